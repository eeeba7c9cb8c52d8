package org.cocontrol.core.synergy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cocontrol.core.substance.Substance.CO2;
import static org.cocontrol.core.substance.Substance.NH3;
import static org.cocontrol.core.substance.Substance.NOX;
import static org.cocontrol.core.substance.Substance.PM;
import static org.cocontrol.core.substance.Substance.SO2;
import static org.cocontrol.core.substance.Substance.VOCS;
import static org.cocontrol.core.synergy.SynergyFixtures.t;

import java.util.List;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.PollutionEquivalent;
import org.junit.jupiter.api.Test;

/** The measure metrics on the worked example of docs/synergy.md and on every undefined case. */
class MeasureEvaluatorTests {

  private final MeasureEvaluator evaluator = SynergyFixtures.evaluator();
  private static final double PM_W = 0.95 / 2.18;

  static Measure coalToGas() {
    return Measure.of(
        "M1",
        "燃煤锅炉改燃气",
        5_000_000.0,
        t(SO2, 100, NOX, 80, PM, 30, CO2, 100_000),
        t(SO2, 2, NOX, 40, PM, 3, CO2, 60_000));
  }

  static Measure scr() {
    return Measure.of(
        "M2",
        "加装SCR",
        2_000_000.0,
        t(SO2, 50, NOX, 200, CO2, 500_000),
        t(SO2, 50, NOX, 40, CO2, 501_000));
  }

  static Measure rooftopPv() {
    return Measure.of("M3", "屋顶光伏", 400_000.0, t(SO2, 5, CO2, 20_000), t(SO2, 5, CO2, 16_000));
  }

  @Test
  void apeqWeightsAreTheTaxLawEquivalentsNormalisedToSo2() {
    ApeqWeights w = SynergyFixtures.weights();
    assertThat(w.weight(SO2)).isEqualTo(1.0);
    assertThat(w.weight(NOX)).isEqualTo(1.0);
    assertThat(w.weight(PM)).isCloseTo(0.435780, within(1e-6));
    assertThat(w.weight(VOCS)).isZero();
    assertThat(w.weight(NH3)).isZero();
    assertThat(w.covers(NH3)).isFalse();
    assertThat(w.weights().get(2).basis()).isEqualTo("0.95 kg (二氧化硫) / 2.18 kg (烟尘)");
    // 100 t SO2 + 80 t NOx + 30 t PM × 0.95/2.18
    assertThat(w.apeq(t(SO2, 100, NOX, 80, PM, 30, CO2, 1e5))).isCloseTo(193.073394, within(1e-6));
  }

  @Test
  void coalToGasCutsEverythingTogether() {
    MeasureResult r = evaluator.evaluate(coalToGas());
    assertThat(r.quadrant()).isEqualTo(Quadrant.SYNERGY);
    assertThat(r.change(SO2).orElseThrow().reduction()).isEqualTo(98.0);
    assertThat(r.change(SO2).orElseThrow().relativeReduction()).hasValue(0.98);
    assertThat(r.co2().reduction()).isEqualTo(40_000.0);
    assertThat(r.co2().relativeReduction()).hasValue(0.4);
    // Els = r_j / r_CO2: 0.98/0.4, 0.5/0.4, 0.9/0.4
    assertThat(r.elasticity(SO2).getAsDouble()).isCloseTo(2.45, within(1e-12));
    assertThat(r.elasticity(NOX).getAsDouble()).isCloseTo(1.25, within(1e-12));
    assertThat(r.elasticity(PM).getAsDouble()).isCloseTo(2.25, within(1e-12));
    assertThat(r.elasticity(VOCS)).isEmpty();
    // APeq: 193.073394 → 43.307339; ER = 98 + 40 + 27 × 0.95/2.18 = 149.766055
    assertThat(r.apeq().base()).isCloseTo(180 + 30 * PM_W, within(1e-9));
    assertThat(r.apeq().reduction()).isCloseTo(149.766055, within(1e-6));
    assertThat(r.apeq().relativeReduction().getAsDouble()).isCloseTo(0.775695, within(1e-6));
    assertThat(r.costPerTonneCo2().getAsDouble()).isCloseTo(125.0, within(1e-9));
    assertThat(r.costPerTonneApeq().getAsDouble()).isCloseTo(33385.402, within(1e-3));
    assertThat(r.verdict().zh())
        .isEqualTo("协同减排：CO2减少40.0%，大气污染物当量减少77.6%；单位减排成本：CO2 125 元/t，当量 33385.4 元/t");
    assertThat(r.verdict().en())
        .isEqualTo("synergy: CO2 −40.0%, APeq −77.6%; cost: 125 yuan/t CO2, 33385.4 yuan/t APeq");
  }

  @Test
  void scrCutsNoxButItsElectricityRaisesCo2() {
    MeasureResult r = evaluator.evaluate(scr());
    assertThat(r.quadrant()).isEqualTo(Quadrant.POLLUTANT_ONLY);
    assertThat(r.co2().reduction()).isEqualTo(-1000.0);
    assertThat(r.co2().relativeReduction()).hasValue(-0.002);
    // a pollutant falling while CO2 rises gives a negative elasticity: 0.8 / −0.002
    assertThat(r.elasticity(NOX).getAsDouble()).isCloseTo(-400, within(1e-9));
    // SO2 unchanged: Els = 0 (defined, no effect on SO2), written as 0 not −0
    assertThat(r.elasticity(SO2).getAsDouble()).isEqualTo(0.0);
    assertThat(Double.doubleToRawLongBits(r.elasticity(SO2).getAsDouble())).isZero();
    assertThat(r.apeq().reduction()).isEqualTo(160.0);
    assertThat(r.apeq().relativeReduction()).hasValue(0.64);
    // no cost per tonne of CO2 when CO2 rises
    assertThat(r.costPerTonneCo2()).isEmpty();
    assertThat(r.costPerTonneApeq().getAsDouble()).isCloseTo(12_500, within(1e-9));
    assertThat(r.verdict().zh()).startsWith("仅减污（此消彼长）：CO2增加0.2%，大气污染物当量减少64.0%");
    assertThat(r.verdict().en()).startsWith("pollutant_only (trade-off): CO2 +0.2%, APeq −64.0%");
  }

  @Test
  void rooftopPvCutsOnlyCarbon() {
    MeasureResult r = evaluator.evaluate(rooftopPv());
    assertThat(r.quadrant()).isEqualTo(Quadrant.CARBON_ONLY);
    assertThat(r.elasticity(SO2)).hasValue(0.0);
    assertThat(r.apeq().trend()).isEqualTo(Trend.FLAT);
    assertThat(r.costPerTonneCo2().getAsDouble()).isCloseTo(100, within(1e-12));
    assertThat(r.costPerTonneApeq()).isEmpty();
    assertThat(r.verdict().en())
        .isEqualTo("carbon_only: CO2 −20.0%, APeq unchanged; cost: 100 yuan/t CO2");
  }

  @Test
  void theWorkedExampleRanksOnTheChart() {
    List<RankedMeasure> ranked =
        evaluator.evaluateAll(List.of(rooftopPv(), scr(), coalToGas()), MeasureRanking.CHART);
    // synergy first; then pollutant-only and carbon-only by x + y: M2 0.64 − 0.002 = 0.638 > M3 0 +
    // 0.2
    assertThat(ranked).extracting(r -> r.result().id()).containsExactly("M1", "M2", "M3");
    assertThat(ranked).extracting(RankedMeasure::rank).containsExactly(1, 2, 3);
    assertThat(MeasureEvaluator.chartSum(ranked.get(1).result())).isCloseTo(0.638, within(1e-12));
  }

  @Test
  void rankingByCostPutsUndefinedCostsLastSharingARank() {
    List<RankedMeasure> byCo2 =
        evaluator.evaluateAll(List.of(coalToGas(), scr(), rooftopPv()), MeasureRanking.COST_CO2);
    // M3 100 yuan/t < M1 125 yuan/t; M2 has no cost per tonne of CO2 (CO2 rises)
    assertThat(byCo2).extracting(r -> r.result().id()).containsExactly("M3", "M1", "M2");
    assertThat(byCo2).extracting(RankedMeasure::rank).containsExactly(1, 2, 3);
    Measure noCost = Measure.of("M4", "", null, t(CO2, 10, SO2, 1), t(CO2, 5, SO2, 1));
    List<RankedMeasure> byApeq =
        evaluator.evaluateAll(
            List.of(coalToGas(), scr(), rooftopPv(), noCost), MeasureRanking.COST_APEQ);
    // M2 12,500 < M1 33,385; M3 (APeq unchanged) and M4 (no cost) share the last rank
    assertThat(byApeq).extracting(r -> r.result().id()).containsExactly("M2", "M1", "M3", "M4");
    assertThat(byApeq).extracting(RankedMeasure::rank).containsExactly(1, 2, 3, 3);
  }

  @Test
  void equalChartPositionsShareARank() {
    Measure a = Measure.of("a", "", null, t(CO2, 100, SO2, 10), t(CO2, 50, SO2, 5));
    Measure b = Measure.of("b", "", null, t(CO2, 200, SO2, 20), t(CO2, 100, SO2, 10));
    Measure c = Measure.of("c", "", null, t(CO2, 100, SO2, 10), t(CO2, 100, SO2, 10));
    assertThat(evaluator.evaluateAll(List.of(c, a, b), MeasureRanking.CHART))
        .extracting(RankedMeasure::rank)
        .containsExactly(1, 1, 3);
  }

  @Test
  void noCo2ChangeLeavesElasticityAndCostPerCo2Undefined() {
    MeasureResult r =
        evaluator.evaluate(Measure.of("x", "", 1000.0, t(CO2, 500, SO2, 10), t(CO2, 500, SO2, 4)));
    assertThat(r.quadrant()).isEqualTo(Quadrant.POLLUTANT_ONLY);
    assertThat(r.co2().trend()).isEqualTo(Trend.FLAT);
    assertThat(r.elasticity(SO2)).isEmpty();
    assertThat(r.costPerTonneCo2()).isEmpty();
    assertThat(r.costPerTonneApeq().getAsDouble()).isCloseTo(1000 / 6.0, within(1e-12));
    assertThat(r.verdict().zh()).startsWith("仅减污：CO2不变，大气污染物当量减少60.0%");
  }

  @Test
  void aZeroBaseLeavesTheRelativeReductionAndElasticityUndefined() {
    // a new SCR slips ammonia that was not there before; a new plant has no CO2 base
    MeasureResult r =
        evaluator.evaluate(
            Measure.of(
                "x", "", null, t(CO2, 1000, NOX, 10, NH3, 0), t(CO2, 900, NOX, 2, NH3, 0.5)));
    assertThat(r.change(NH3).orElseThrow().relativeReduction()).isEmpty();
    assertThat(r.change(NH3).orElseThrow().trend()).isEqualTo(Trend.RISES);
    assertThat(r.elasticity(NH3)).isEmpty();
    assertThat(r.elasticity(NOX).getAsDouble()).isCloseTo(0.8 / 0.1, within(1e-9));
    assertThat(r.verdict().zh()).contains("上升：NH3 +0.5 t");
    assertThat(r.verdict().en()).contains("rising: NH3 +0.5 t");

    MeasureResult newPlant =
        evaluator.evaluate(Measure.of("y", "", null, t(CO2, 0, SO2, 0), t(CO2, 100, SO2, 1)));
    assertThat(newPlant.co2().relativeReduction()).isEmpty();
    assertThat(newPlant.elasticity(SO2)).isEmpty();
    assertThat(newPlant.quadrant()).isEqualTo(Quadrant.BOTH_INCREASE);
    assertThat(newPlant.verdict().en()).startsWith("both_increase: CO2 +100 t, APeq +1 t");
  }

  @Test
  void aRisingPollutantWithFallingCo2IsACarbonOnlyTradeOff() {
    // a biomass co-firing retrofit: CO2 falls 10 %, PM rises 20 %
    MeasureResult r =
        evaluator.evaluate(Measure.of("x", "", null, t(CO2, 1000, PM, 10), t(CO2, 900, PM, 12)));
    assertThat(r.quadrant()).isEqualTo(Quadrant.CARBON_ONLY);
    assertThat(r.elasticity(PM).getAsDouble()).isCloseTo(-0.2 / 0.1, within(1e-9));
    assertThat(r.verdict().zh()).startsWith("仅降碳（此消彼长）：CO2减少10.0%，大气污染物当量增加20.0%");
    assertThat(r.verdict().zh()).contains("上升：PM +2 t");
  }

  @Test
  void bothRisingAndNothingChanging() {
    assertThat(
            evaluator
                .evaluate(Measure.of("x", "", null, t(CO2, 10, SO2, 1), t(CO2, 11, SO2, 2)))
                .quadrant())
        .isEqualTo(Quadrant.BOTH_INCREASE);
    // pollutants rising with CO2 unchanged: neither falls, one rises
    assertThat(
            evaluator
                .evaluate(Measure.of("x", "", null, t(CO2, 10, SO2, 1), t(CO2, 10, SO2, 2)))
                .quadrant())
        .isEqualTo(Quadrant.BOTH_INCREASE);
    MeasureResult none =
        evaluator.evaluate(Measure.of("x", "", 50.0, t(CO2, 10, SO2, 1), t(CO2, 10, SO2, 1)));
    assertThat(none.quadrant()).isEqualTo(Quadrant.NO_EFFECT);
    assertThat(none.costPerTonneCo2()).isEmpty();
    assertThat(none.costPerTonneApeq()).isEmpty();
    assertThat(none.verdict().en()).isEqualTo("no_effect: CO2 unchanged, APeq unchanged");
  }

  @Test
  void changesWithinTheToleranceCountAsNone() {
    // 1e-12 relative is rounding, not an effect; 1e-6 is an effect
    Measure tiny =
        Measure.of(
            "x",
            "",
            null,
            t(CO2, 1e6, SO2, 100),
            t(CO2, 1e6 * (1 - 1e-12), SO2, 100 * (1 + 1e-12)));
    assertThat(evaluator.evaluate(tiny).quadrant()).isEqualTo(Quadrant.NO_EFFECT);
    assertThat(evaluator.evaluate(tiny).elasticity(SO2)).isEmpty();
    Measure small =
        Measure.of("x", "", null, t(CO2, 1e6, SO2, 100), t(CO2, 1e6 * (1 - 1e-6), SO2, 100));
    assertThat(evaluator.evaluate(small).quadrant()).isEqualTo(Quadrant.CARBON_ONLY);
  }

  @Test
  void aPollutantWithoutWeightIsReportedButStaysOffThePollutantAxis() {
    MeasureResult r =
        evaluator.evaluate(Measure.of("x", "", null, t(CO2, 100, VOCS, 50), t(CO2, 90, VOCS, 25)));
    assertThat(r.quadrant()).isEqualTo(Quadrant.CARBON_ONLY);
    assertThat(r.elasticity(VOCS).getAsDouble()).isCloseTo(5.0, within(1e-12));
    assertThat(r.verdict().zh()).contains("未计入当量（权重为0或未设）：VOCS");
  }

  @Test
  void onlyCo2GivenIsJudgedOnCarbon() {
    MeasureResult r = evaluator.evaluate(Measure.of("x", "", null, t(CO2, 100), t(CO2, 90)));
    assertThat(r.quadrant()).isEqualTo(Quadrant.CARBON_ONLY);
    assertThat(r.elasticities()).isEmpty();
    assertThat(r.verdict().en()).isEqualTo("carbon_only: CO2 −10.0%, no air pollutants given");
  }

  @Test
  void aNegativeCostIsASavingPerTonne() {
    MeasureResult r = evaluator.evaluate(Measure.of("x", "", -2000.0, t(CO2, 100), t(CO2, 90)));
    assertThat(r.costPerTonneCo2()).hasValue(-200.0);
  }

  @Test
  void measuresAndWeightsRejectWhatTheyCannotMean() {
    assertThatThrownBy(() -> Measure.of("x", "", null, t(SO2, 1), t(SO2, 2)))
        .hasMessageContaining("CO2 before and after are required");
    assertThatThrownBy(() -> Measure.of("x", "", null, t(CO2, 1, SO2, 1), t(CO2, 2)))
        .hasMessageContaining("same substances");
    assertThatThrownBy(() -> Measure.of("x", "", null, t(CO2, Double.NaN), t(CO2, 2)))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> Measure.of(" ", "", null, t(CO2, 1), t(CO2, 2)))
        .hasMessageContaining("needs an id");
    assertThatThrownBy(() -> ApeqWeights.Weight.of(CO2, 1, "", "", Verification.U))
        .hasMessageContaining("greenhouse gas");
    assertThatThrownBy(() -> ApeqWeights.Weight.of(SO2, -1, "", "", Verification.U))
        .hasMessageContaining("≥ 0");
    ApeqWeights.Weight w = ApeqWeights.Weight.of(SO2, 1, "", "", Verification.U);
    assertThatThrownBy(() -> ApeqWeights.of(List.of(w, w)))
        .hasMessageContaining("two APeq weights for SO2");
    PollutionEquivalent chlorine = new PollutionEquivalent("air", "氯气", null, 0.34, "", "V2");
    assertThatThrownBy(
            () ->
                ApeqWeights.Weight.fromEquivalents(
                    SynergyFixtures.SO2_PE, chlorine, Verification.U))
        .hasMessageContaining("no substance code");
  }
}
