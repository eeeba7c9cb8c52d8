package org.cocontrol.core.plan;

import java.util.Objects;

/**
 * A quantitative indicator of a plan, as written.
 *
 * @param itemId the item that states it
 * @param kind as written; {@link IndicatorKind#INHERITED} when the figure comes from the level
 *     above
 * @param inheritedKind for an inherited indicator, the kind it takes once the figure is known
 * @param inheritsFrom for an inherited indicator, {@code national} or {@code province}
 * @param comparison the good direction
 * @param metric what the platform can compute it from ({@code co2_total}), or null
 * @param targetYear the year the target is for; null for a standing requirement
 * @param targetValue null for an inherited indicator until the user completes it
 * @param sourceText the clause the figure is in
 */
public record PlanIndicator(
    String id,
    String itemId,
    String name,
    String unit,
    IndicatorKind kind,
    IndicatorKind inheritedKind,
    String inheritsFrom,
    Comparison comparison,
    String metric,
    Integer baseYear,
    Double baseValue,
    Integer targetYear,
    Double targetValue,
    String sourceText) {

  public PlanIndicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(comparison, "comparison of " + id);
    if (kind == IndicatorKind.INHERITED
        && (inheritedKind == null || inheritedKind == IndicatorKind.INHERITED)) {
      throw new IllegalArgumentException(id + ": an inherited indicator needs the kind it becomes");
    }
    IndicatorKind effective = kind == IndicatorKind.INHERITED ? inheritedKind : kind;
    if (effective.defaultComparison() != null && effective.defaultComparison() != comparison) {
      throw new IllegalArgumentException(
          id + ": " + effective.code() + " is always " + effective.defaultComparison().symbol());
    }
  }

  /** The kind it is tracked and scored as: an inherited indicator's kind once known. */
  public IndicatorKind effectiveKind() {
    return kind == IndicatorKind.INHERITED ? inheritedKind : kind;
  }

  /**
   * The target to track.
   *
   * @param completedValue the figure a user completed (an inherited target, or a region's allocated
   *     target), which replaces the written one; null to use the written one
   * @param baseValue a base-year level the user supplied where the plan states none; null otherwise
   * @param horizonYear the year a standing requirement (no target year) is judged in: the plan's
   *     horizon
   */
  public Target target(Double completedValue, Double baseValue, int horizonYear) {
    Integer year = targetYear == null ? Integer.valueOf(horizonYear) : targetYear;
    Integer by = baseYear != null && baseYear > year ? null : baseYear;
    Double base = this.baseValue != null ? this.baseValue : baseValue;
    return new Target(
        effectiveKind(),
        comparison,
        by,
        by == null ? null : base,
        year,
        completedValue != null ? completedValue : targetValue);
  }
}
