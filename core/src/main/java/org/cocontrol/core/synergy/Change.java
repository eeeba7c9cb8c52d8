package org.cocontrol.core.synergy;

import java.util.OptionalDouble;

/**
 * One amount before and after (tonnes of a substance, or tonnes of APeq).
 *
 * @param base the amount before (the baseline Q)
 * @param after the amount after
 */
public record Change(double base, double after) {

  /**
   * Changes smaller than this fraction of the larger amount count as none: accounting the same
   * records twice in another order may differ in the last bits, and that must not read as an
   * effect.
   */
  public static final double TOLERANCE = 1e-9;

  public Change {
    if (!Double.isFinite(base) || !Double.isFinite(after)) {
      throw new IllegalArgumentException(
          "amounts must be finite numbers, got " + base + " and " + after);
    }
  }

  public static Change of(double base, double after) {
    return new Change(base, after);
  }

  /** ER = base − after: positive when the amount falls. */
  public double reduction() {
    // + 0.0 turns −0.0 into 0.0, which would otherwise print as "-0".
    return base - after + 0.0;
  }

  /** ER / base, the relative reduction; undefined unless the base is positive. */
  public OptionalDouble relativeReduction() {
    return base > 0 ? OptionalDouble.of(reduction() / base + 0.0) : OptionalDouble.empty();
  }

  public Trend trend() {
    double er = reduction();
    if (Math.abs(er) <= TOLERANCE * Math.max(Math.abs(base), Math.abs(after))) {
      return Trend.FLAT;
    }
    return er > 0 ? Trend.FALLS : Trend.RISES;
  }
}
