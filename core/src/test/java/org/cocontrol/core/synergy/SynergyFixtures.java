package org.cocontrol.core.synergy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.PollutionEquivalent;
import org.cocontrol.core.substance.Substance;

/**
 * Test inputs mirroring the shipped synergy data (the reference module's tests check the shipped
 * files themselves).
 */
final class SynergyFixtures {

  private SynergyFixtures() {}

  static final PollutionEquivalent SO2_PE =
      new PollutionEquivalent("air", "二氧化硫", Substance.SO2, 0.95, "tax law", "V2");
  static final PollutionEquivalent NOX_PE =
      new PollutionEquivalent("air", "氮氧化物", Substance.NOX, 0.95, "tax law", "V2");
  static final PollutionEquivalent PM_PE =
      new PollutionEquivalent("air", "烟尘", Substance.PM, 2.18, "tax law", "V2");

  /** SO2 1, NOX 1, PM 0.95/2.18, VOCS 0. */
  static ApeqWeights weights() {
    return ApeqWeights.of(
        List.of(
            ApeqWeights.Weight.fromEquivalents(SO2_PE, SO2_PE, Verification.U),
            ApeqWeights.Weight.fromEquivalents(SO2_PE, NOX_PE, Verification.U),
            ApeqWeights.Weight.fromEquivalents(SO2_PE, PM_PE, Verification.U),
            ApeqWeights.Weight.of(Substance.VOCS, 0, "fixed", "no tax-law value", Verification.U)));
  }

  static MeasureEvaluator evaluator() {
    return MeasureEvaluator.of(weights());
  }

  /** Tonnes by substance from pairs: {@code t(CO2, 100.0, SO2, 2.0)}. */
  static Map<Substance, Double> t(Object... pairs) {
    Map<Substance, Double> m = new EnumMap<>(Substance.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Substance) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return m;
  }

  static CouplingBands bands() {
    String[] zh = {"极度失调", "严重失调", "中度失调", "轻度失调", "濒临失调", "勉强协调", "初级协调", "中级协调", "良好协调", "优质协调"};
    List<CouplingBands.Band> b = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      b.add(new CouplingBands.Band(i / 10.0, (i + 1) / 10.0, i + 1, zh[i], "band " + (i + 1)));
    }
    return CouplingBands.of(b, "test", Verification.U);
  }

  static CarbonEfficiencyRule zhejiang() {
    double inf = Double.POSITIVE_INFINITY;
    return CarbonEfficiencyRule.of(
        List.of(
            new CarbonEfficiencyRule.Step(0.6, "low", "低碳", "low carbon"),
            new CarbonEfficiencyRule.Step(2.0, "medium", "中碳", "medium carbon"),
            new CarbonEfficiencyRule.Step(inf, "high", "高碳", "high carbon")),
        List.of(
            new CarbonEfficiencyRule.Step(0.6, "1", "一级", "grade 1"),
            new CarbonEfficiencyRule.Step(0.8, "2", "二级", "grade 2"),
            new CarbonEfficiencyRule.Step(1.2, "3", "三级", "grade 3"),
            new CarbonEfficiencyRule.Step(2.0, "4", "四级", "grade 4"),
            new CarbonEfficiencyRule.Step(inf, "5", "五级", "grade 5")),
        "test",
        Verification.V2);
  }

  static RandomIndex saaty() {
    Map<Integer, Double> ri = new LinkedHashMap<>();
    double[] v = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    for (int i = 0; i < v.length; i++) {
      ri.put(i + 1, v[i]);
    }
    return RandomIndex.of(ri, 0.1, "test", Verification.U);
  }

  /** The worked example of docs/synergy.md: three entities, three indicators. */
  static IndicatorSystem example() {
    return IndicatorSystem.of(
        "example",
        List.of(
            new Indicator(
                "co2_per_va",
                "单位增加值CO2",
                "carbon",
                Direction.COST,
                "t/万元",
                Normalisation.MIN_MAX,
                null,
                0.5,
                "",
                Verification.U),
            new Indicator(
                "non_fossil_share",
                "非化石能源占比",
                "carbon",
                Direction.BENEFIT,
                "%",
                Normalisation.MIN_MAX,
                null,
                0.2,
                "",
                Verification.U),
            new Indicator(
                "so2_per_va",
                "单位增加值SO2",
                "pollution",
                Direction.COST,
                "kg/万元",
                Normalisation.MIN_MAX,
                null,
                0.3,
                "",
                Verification.U)));
  }

  static List<EntityValues> exampleValues() {
    return List.of(
        EntityValues.of(
            "A", Map.of("co2_per_va", 0.5, "non_fossil_share", 30.0, "so2_per_va", 0.2)),
        EntityValues.of(
            "B", Map.of("co2_per_va", 1.0, "non_fossil_share", 20.0, "so2_per_va", 0.1)),
        EntityValues.of(
            "C", Map.of("co2_per_va", 1.5, "non_fossil_share", 10.0, "so2_per_va", 0.125)));
  }
}
