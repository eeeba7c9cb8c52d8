package org.cocontrol.core.reporting;

import java.util.Objects;
import org.cocontrol.core.substance.Substance;

/**
 * What a permit allows one pollutant at one outlet: the concentration limit (mg/m³, standard dry
 * flue gas) and the annual permitted quantity (t/a); either may be null when the permit sets none.
 */
public record PermitLimit(Substance substance, Double concentrationMgM3, Double annualT) {

  public PermitLimit {
    Objects.requireNonNull(substance, "substance");
  }
}
