package org.cocontrol.core.footprint;

import java.util.Objects;
import org.cocontrol.core.parameter.Citation;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.unit.Unit;

/**
 * The cradle-to-gate emissions of an input the facility buys (reference data, {@code
 * footprint/upstream_factors.csv}): a fuel's extraction, processing and transport, a material's or
 * an intermediate good's production.
 *
 * @param activity the ledger activity the factor applies to
 * @param tCo2ePerUnit t CO2e per {@code unit} of the activity, cradle to the facility's gate
 * @param unit the unit the factor is per (t, GJ, 万Nm3 ...)
 * @param precursor when the input is a CBAM precursor bought in, the product code it is ({@code
 *     clinker}); null otherwise
 * @param cbamDirect specific embedded direct emissions of the precursor, t CO2e per t (null when
 *     not a precursor)
 * @param cbamIndirect specific embedded indirect emissions of the precursor, t CO2e per t
 */
public record UpstreamFactor(
    String activity,
    double tCo2ePerUnit,
    Unit unit,
    String precursor,
    Double cbamDirect,
    Double cbamIndirect,
    Citation citation,
    Verification tag,
    String note) {

  public UpstreamFactor {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(tag, "tag");
    if (!Double.isFinite(tCo2ePerUnit) || tCo2ePerUnit < 0) {
      throw new IllegalArgumentException("an upstream factor must be a finite number ≥ 0");
    }
    precursor = precursor == null || precursor.isBlank() ? null : precursor;
    if (precursor != null && (cbamDirect == null || cbamIndirect == null)) {
      throw new IllegalArgumentException(
          "a precursor's upstream factor needs its CBAM direct and indirect values");
    }
    note = note == null ? "" : note;
  }

  /** The factor's provenance, as a line shows it. */
  public String provenance() {
    return activity
        + " "
        + tCo2ePerUnit
        + " tCO2e/"
        + unit.symbol()
        + " ("
        + citation
        + "; "
        + tag
        + ")";
  }
}
