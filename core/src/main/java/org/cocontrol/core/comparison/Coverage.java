package org.cocontrol.core.comparison;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The share of each year's amount of a basis that the units present in both years carry. Each unit
 * weighs by the magnitude of its net amount (exported electricity is negative), so a share is
 * always in [0, 1].
 *
 * @param baseMatched Σ |amount| of the matched units in the base year
 * @param baseAll Σ |amount| of every unit in the base year
 * @param laterMatched, laterAll the same in the later year
 */
public record Coverage(
    Basis basis, double baseMatched, double baseAll, double laterMatched, double laterAll) {

  public Coverage {
    Objects.requireNonNull(basis, "basis");
  }

  /** matched / all in the base year; empty when the base year has none of the basis. */
  public OptionalDouble baseShare() {
    return share(baseMatched, baseAll);
  }

  /** matched / all in the later year; empty when the later year has none of the basis. */
  public OptionalDouble laterShare() {
    return share(laterMatched, laterAll);
  }

  private static OptionalDouble share(double matched, double all) {
    return all > 0 ? OptionalDouble.of(matched / all) : OptionalDouble.empty();
  }
}
