package org.cocontrol.core.substance;

import java.util.Objects;

/**
 * A pollution-equivalent value (污染当量值) of the Environmental Protection Tax Law annex: the mass of a
 * pollutant, in kg, that counts as one pollution equivalent. 污染当量数 = emission [kg] ÷ value [kg].
 *
 * @param medium {@code air} or {@code water}
 * @param substance the project substance where there is one (SO2, NOX, CO, NH3; PM for 烟尘), else
 *     null
 */
public record PollutionEquivalent(
    String medium,
    String nameZh,
    Substance substance,
    double valueKg,
    String document,
    String tag) {

  public PollutionEquivalent {
    Objects.requireNonNull(medium, "medium");
    Objects.requireNonNull(nameZh, "nameZh");
    if (!(valueKg > 0) || !Double.isFinite(valueKg)) {
      throw new IllegalArgumentException(
          "pollution-equivalent value of " + nameZh + " must be positive");
    }
  }

  /** Number of pollution equivalents in {@code tonnes} of the pollutant. */
  public double equivalents(double tonnes) {
    return tonnes * 1000 / valueKg;
  }
}
