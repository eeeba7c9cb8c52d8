package org.cocontrol.core.inventory;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A denominator for intensities (GDP, population, output) of one region and year.
 *
 * @param name what it is: {@code gdp}, {@code population}, {@code output}
 * @param unit its unit as written, e.g. {@code 万元}, {@code 人}, {@code t}
 */
public record Intensity(String name, double value, String unit) {

  public Intensity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "denominator " + name + " must be a number ≥ 0, got " + value);
    }
  }

  /**
   * Tonnes per unit of the denominator; empty when the denominator is zero (an intensity is then
   * undefined).
   */
  public OptionalDouble of(double tonnes) {
    return value == 0 ? OptionalDouble.empty() : OptionalDouble.of(tonnes / value);
  }
}
