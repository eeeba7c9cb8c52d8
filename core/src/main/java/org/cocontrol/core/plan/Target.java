package org.cocontrol.core.plan;

import java.util.Objects;

/**
 * What one indicator asks for, resolved: an inherited indicator arrives here as the kind it takes
 * once the parent's figure is known, or with no target value while it is not.
 *
 * @param kind never {@link IndicatorKind#INHERITED}
 * @param comparison the good direction
 * @param baseYear base year, or null
 * @param baseValue base-year level in the indicator's unit, or null when the plan does not state it
 * @param targetYear the year the target is for
 * @param targetValue the target as written: a percent reduction for {@link
 *     IndicatorKind#REDUCTION}, a level, amount or count otherwise; null while an inherited figure
 *     is unknown
 */
public record Target(
    IndicatorKind kind,
    Comparison comparison,
    Integer baseYear,
    Double baseValue,
    int targetYear,
    Double targetValue) {

  public Target {
    Objects.requireNonNull(kind, "kind");
    if (kind == IndicatorKind.INHERITED) {
      throw new IllegalArgumentException(
          "resolve an inherited indicator to the kind it takes before tracking it");
    }
    Objects.requireNonNull(comparison, "comparison");
    if (kind.defaultComparison() != null && kind.defaultComparison() != comparison) {
      throw new IllegalArgumentException(
          kind.code() + " is always " + kind.defaultComparison().symbol());
    }
    if (baseYear != null && baseYear > targetYear) {
      throw new IllegalArgumentException(
          "base year " + baseYear + " is after target year " + targetYear);
    }
    if (kind == IndicatorKind.REDUCTION
        && targetValue != null
        && !(targetValue > -100 && targetValue <= 100)) {
      throw new IllegalArgumentException(
          "a reduction is a percent in (-100, 100], got " + targetValue);
    }
  }

  /** A target of a kind with its own direction. */
  public static Target of(
      IndicatorKind kind, Integer baseYear, Double baseValue, int targetYear, Double targetValue) {
    return new Target(kind, kind.defaultComparison(), baseYear, baseValue, targetYear, targetValue);
  }

  /**
   * The level that meets the target, in the indicator's unit: for a reduction, base × (1 − r/100),
   * which needs a base level ({@code base}, the stated one or the value recorded for the base
   * year); otherwise the target value. Null when it cannot be known.
   */
  public Double level(Double base) {
    if (targetValue == null) {
      return null;
    }
    if (kind == IndicatorKind.REDUCTION) {
      return base == null ? null : base * (1 - targetValue / 100);
    }
    return targetValue;
  }
}
