package org.cocontrol.core.synergy;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cocontrol.core.parameter.Verification;

/**
 * The thresholds of a carbon-efficiency grading (Zhejiang 碳效码, methods-china §5.3): levels of the
 * absolute intensity L (t CO2 / 万元 value added) and grades of the relative value K = L / industry
 * average. Each step holds values up to and including its upper bound; the last step is open-ended.
 *
 * @param levels steps of L, e.g. 低碳 ≤ 0.6, 中碳 ≤ 2.0, 高碳 above
 * @param grades steps of K, e.g. 1 ≤ 0.6, 2 ≤ 0.8, 3 ≤ 1.2, 4 ≤ 2.0, 5 above
 */
public record CarbonEfficiencyRule(
    List<Step> levels, List<Step> grades, String document, Verification tag) {

  /**
   * One step.
   *
   * @param upper inclusive upper bound; {@link Double#POSITIVE_INFINITY} for the open-ended last
   *     step
   * @param code the code used in files: {@code low}, {@code 1}
   */
  public record Step(double upper, String code, String nameZh, String nameEn) {
    public Step {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(nameZh, "nameZh");
      Objects.requireNonNull(nameEn, "nameEn");
      if (Double.isNaN(upper) || upper <= 0) {
        throw new IllegalArgumentException(
            "a carbon-efficiency step needs a positive upper bound, got " + upper);
      }
    }
  }

  public CarbonEfficiencyRule {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(tag, "tag");
    levels = checked("levels", levels);
    grades = checked("grades", grades);
  }

  public static CarbonEfficiencyRule of(
      List<Step> levels, List<Step> grades, String document, Verification tag) {
    return new CarbonEfficiencyRule(levels, grades, document, tag);
  }

  private static List<Step> checked(String what, List<Step> steps) {
    List<Step> sorted = steps.stream().sorted(Comparator.comparingDouble(Step::upper)).toList();
    if (sorted.isEmpty() || sorted.get(sorted.size() - 1).upper() != Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "the carbon-efficiency " + what + " need an open-ended last step");
    }
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).upper() == sorted.get(i - 1).upper()) {
        throw new IllegalArgumentException(
            "two carbon-efficiency " + what + " share the upper bound " + sorted.get(i).upper());
      }
    }
    return sorted;
  }

  /**
   * Bounds are compared within rounding, relative 1e-9: L and K are quotients of decimal inputs,
   * and 0.14 / 0.175 must fall in the step "≤ 0.8" although in binary it is 0.8000000000000002.
   */
  static final double BOUND_TOLERANCE = 1e-9;

  /** The first step whose upper bound is ≥ v (within {@link #BOUND_TOLERANCE}). */
  static Step step(List<Step> steps, double v) {
    for (Step s : steps) {
      if (v <= s.upper() * (1 + BOUND_TOLERANCE)) {
        return s;
      }
    }
    return steps.get(steps.size() - 1);
  }
}
