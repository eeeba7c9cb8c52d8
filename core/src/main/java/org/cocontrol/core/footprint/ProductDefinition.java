package org.cocontrol.core.footprint;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cocontrol.core.parameter.Citation;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;

/**
 * A good whose footprint and CBAM embedded emissions are computed (reference data, {@code
 * footprint/products.csv}).
 *
 * @param code the product code ({@code clinker}, {@code cement}, {@code electricity})
 * @param activity the ledger activity whose amount is the production ({@code clinker}; {@code
 *     electricity_exported} for a power plant's electricity)
 * @param unit the declared unit: t, or MWh for electricity
 * @param cnCode the EU Combined Nomenclature code of the good
 * @param cbamCategory the CBAM aggregated goods category ({@code cement}, {@code iron_steel},
 *     {@code aluminium}, {@code fertilisers}, {@code hydrogen}, {@code electricity})
 * @param precursors the relevant precursors of the category's system boundary, product codes
 * @param cbamGases the greenhouse gases CBAM covers for the good (CO2; N2O for nitric acid and
 *     fertilisers; CF4 and C2F6 for aluminium)
 */
public record ProductDefinition(
    String code,
    String nameZh,
    String nameEn,
    String activity,
    Unit unit,
    String cnCode,
    String cbamCategory,
    List<String> precursors,
    Set<Substance> cbamGases,
    Citation citation,
    Verification tag,
    String note) {

  public ProductDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(tag, "tag");
    precursors = List.copyOf(precursors);
    cbamGases = Set.copyOf(cbamGases);
    cnCode = cnCode == null ? "" : cnCode;
    cbamCategory = cbamCategory == null ? "" : cbamCategory;
    note = note == null ? "" : note;
  }
}
