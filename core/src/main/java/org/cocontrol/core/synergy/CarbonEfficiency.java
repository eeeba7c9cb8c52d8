package org.cocontrol.core.synergy;

import java.util.Objects;

/**
 * An enterprise's carbon efficiency, Zhejiang-style (methods-china §5.3): L = CO2 / value added in
 * t/万元 with its level, and K = L / the industry's average L with its grade (1 = most efficient).
 *
 * @param l carbon intensity, t CO2 per 万元 of value added
 * @param k L relative to the industry average, dimensionless
 */
public record CarbonEfficiency(
    double l, CarbonEfficiencyRule.Step level, double k, CarbonEfficiencyRule.Step grade) {

  public CarbonEfficiency {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(grade, "grade");
  }

  /**
   * @param co2Tonnes CO2 from all energy use net of zero-carbon electricity generated and sinks, t,
   *     ≥ 0
   * @param valueAddedWanYuan value added (income approach), 万元, &gt; 0
   * @param industryAverage the industry's average L over the same period, t/万元, &gt; 0
   * @throws IllegalArgumentException for a value outside those ranges
   */
  public static CarbonEfficiency of(
      double co2Tonnes,
      double valueAddedWanYuan,
      double industryAverage,
      CarbonEfficiencyRule rule) {
    Objects.requireNonNull(rule, "rule");
    if (!Double.isFinite(co2Tonnes) || co2Tonnes < 0) {
      throw new IllegalArgumentException(
          "CO2 must be a finite number of tonnes ≥ 0, got " + co2Tonnes);
    }
    if (!Double.isFinite(valueAddedWanYuan) || valueAddedWanYuan <= 0) {
      throw new IllegalArgumentException(
          "value added must be a finite number of 万元 > 0, got " + valueAddedWanYuan);
    }
    if (!Double.isFinite(industryAverage) || industryAverage <= 0) {
      throw new IllegalArgumentException(
          "the industry average must be a finite number of t/万元 > 0, got " + industryAverage);
    }
    double l = co2Tonnes / valueAddedWanYuan;
    double k = l / industryAverage;
    return new CarbonEfficiency(
        l,
        CarbonEfficiencyRule.step(rule.levels(), l),
        k,
        CarbonEfficiencyRule.step(rule.grades(), k));
  }
}
