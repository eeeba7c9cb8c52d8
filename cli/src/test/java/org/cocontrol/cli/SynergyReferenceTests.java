package org.cocontrol.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.cocontrol.core.comparison.CoverageRule;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.synergy.ApeqWeights;
import org.cocontrol.core.synergy.CarbonEfficiencyRule;
import org.cocontrol.core.synergy.CouplingBands;
import org.cocontrol.core.synergy.Direction;
import org.cocontrol.core.synergy.Indicator;
import org.cocontrol.core.synergy.IndicatorSystem;
import org.cocontrol.core.synergy.Normalisation;
import org.cocontrol.core.synergy.RandomIndex;
import org.cocontrol.reference.ReferenceDataException;
import org.cocontrol.reference.SynergyReference;
import org.junit.jupiter.api.Test;

/**
 * The shipped synergy parameters (reference module) with their values, sources and tags, and users'
 * files.
 */
class SynergyReferenceTests {

  @Test
  void apeqWeightsComeFromTheTaxLawEquivalentsNormalisedToSo2() {
    ApeqWeights w = SynergyReference.apeqWeights();
    assertThat(w.weight(Substance.SO2)).isEqualTo(1.0);
    assertThat(w.weight(Substance.NOX)).isEqualTo(1.0);
    assertThat(w.weight(Substance.PM)).isCloseTo(0.95 / 2.18, within(1e-15));
    assertThat(w.weight(Substance.VOCS)).isZero();
    assertThat(w.covers(Substance.VOCS)).isTrue();
    assertThat(w.weights())
        .hasSize(4)
        .allSatisfy(
            x -> {
              assertThat(x.tag()).isEqualTo(Verification.U);
              assertThat(x.document()).isNotBlank();
            });
    assertThat(w.weights().get(2).basis()).isEqualTo("0.95 kg (二氧化硫) / 2.18 kg (烟尘)");
  }

  @Test
  void usersApeqWeightsWithTheirSourceOrDerivedFromTheTaxLaw() {
    ApeqWeights w =
        SynergyReference.apeqWeights(
            "w.csv",
            new StringReader(
                "substance,basis,relative_to,weight,document,tag\nSO2,,,1,mine,V1\nNH3,pollution_equivalent,SO2,,,\nVOCS,fixed,,0.5,guess,\n"));
    assertThat(w.weight(Substance.NH3)).isCloseTo(0.95 / 9.09, within(1e-15));
    assertThat(w.weights().get(0).tag()).isEqualTo(Verification.V1);
    assertThat(w.weights().get(2).tag()).isEqualTo(Verification.U);
    assertThatThrownBy(
            () ->
                SynergyReference.apeqWeights(
                    "w.csv", new StringReader("substance,weight\nSO2,x\nCO2,1\nFOO,1\n")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("w.csv:2 column weight: not a number: 'x'")
        .hasMessageContaining("w.csv:3 column substance: CO2 is a greenhouse gas")
        .hasMessageContaining("w.csv:4 column substance: unknown substance 'FOO'");
  }

  @Test
  void couplingBandsAreTheTenStandardLevels() {
    CouplingBands b = SynergyReference.couplingBands();
    assertThat(b.bands()).hasSize(10);
    assertThat(b.bands())
        .extracting(CouplingBands.Band::nameZh)
        .containsExactly(
            "极度失调", "严重失调", "中度失调", "轻度失调", "濒临失调", "勉强协调", "初级协调", "中级协调", "良好协调", "优质协调");
    assertThat(b.band(0.5).nameZh()).isEqualTo("勉强协调");
    assertThat(b.band(1.0).nameZh()).isEqualTo("优质协调");
    assertThat(b.tag()).isEqualTo(Verification.U);
  }

  @Test
  void zhejiangCarbonEfficiencyThresholds() {
    CarbonEfficiencyRule r = SynergyReference.carbonEfficiency();
    assertThat(r.levels())
        .extracting(CarbonEfficiencyRule.Step::upper)
        .containsExactly(0.6, 2.0, Double.POSITIVE_INFINITY);
    assertThat(r.levels())
        .extracting(CarbonEfficiencyRule.Step::nameZh)
        .containsExactly("低碳", "中碳", "高碳");
    assertThat(r.grades())
        .extracting(CarbonEfficiencyRule.Step::upper)
        .containsExactly(0.6, 0.8, 1.2, 2.0, Double.POSITIVE_INFINITY);
    assertThat(r.grades())
        .extracting(CarbonEfficiencyRule.Step::code)
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(r.tag()).isEqualTo(Verification.V2);
    assertThat(r.document()).contains("S53");
  }

  @Test
  void saatysRandomIndex() {
    RandomIndex ri = SynergyReference.randomIndex();
    assertThat(ri.ri(3)).hasValue(0.58);
    assertThat(ri.ri(10)).hasValue(1.49);
    assertThat(ri.ri(11)).isEmpty();
    assertThat(ri.crThreshold()).isEqualTo(0.1);
  }

  @Test
  void theLeastCoverageOfAComparisonIsReferenceDataWithItsReason() {
    CoverageRule r = SynergyReference.coverageRule();
    assertThat(r.minShare()).isEqualTo(0.95);
    assertThat(r.document()).contains("2018/2067").contains("Art. 23(1)");
    assertThat(r.tag()).isEqualTo(Verification.U);
    assertThat(r.note()).contains("materially misstate").contains("insufficient data");
  }

  @Test
  void theShippedSystemsLoadWithSourcesAndTags() {
    for (String name : SynergyReference.SYSTEMS) {
      IndicatorSystem s = SynergyReference.system(name);
      assertThat(s.indicators())
          .as(name)
          .isNotEmpty()
          .allSatisfy(
              i -> {
                assertThat(i.document()).isNotBlank();
                assertThat(i.name()).isNotEqualTo(i.code());
                assertThat(i.unit()).isNotBlank();
              });
    }
    assertThat(SynergyReference.system("region").groups())
        .containsExactly("target", "path", "management");
    assertThat(SynergyReference.system("enterprise").groups())
        .containsExactly("carbon", "pollution");
    IndicatorSystem park = SynergyReference.system("park");
    assertThat(park.groups()).containsExactly("carbon", "pollution", "resource");
    Indicator co2 = park.indicator("co2_per_iva").orElseThrow();
    assertThat(co2.reference()).isEqualTo(0.6);
    assertThat(co2.direction()).isEqualTo(Direction.COST);
    assertThat(co2.normalisation()).isEqualTo(Normalisation.TARGET);
    assertThat(co2.tag()).isEqualTo(Verification.V2);
    assertThat(co2.document()).contains("S52");
    assertThat(park.indicator("energy_per_iva").orElseThrow().reference()).isEqualTo(0.35);
    assertThat(park.indicator("non_fossil_share").orElseThrow().reference()).isEqualTo(20.0);
    assertThat(park.indicator("solid_waste_utilisation").orElseThrow().reference()).isEqualTo(96.0);
    assertThat(park.indicator("water_reuse").orElseThrow().reference()).isEqualTo(85.0);
    assertThat(park.indicator("so2_per_iva").orElseThrow().tag()).isEqualTo(Verification.U);
    assertThatThrownBy(() -> SynergyReference.system("city"))
        .hasMessageContaining("no shipped indicator system 'city'");
  }

  @Test
  void aUsersSystemFileWithEveryProblemLocated() {
    IndicatorSystem s =
        SynergyReference.system(
            "s.csv",
            new StringReader(
                "indicator,direction,normalisation,reference\na,+,minmax,\nb,负向,target,2\n"));
    assertThat(s.indicators())
        .extracting(Indicator::direction)
        .containsExactly(Direction.BENEFIT, Direction.COST);
    assertThat(s.indicator("a").orElseThrow().tag()).isEqualTo(Verification.U);
    assertThatThrownBy(
            () ->
                SynergyReference.system(
                    "s.csv",
                    new StringReader(
                        "indicator,direction,normalisation,reference,expert_weight\na,up,minmax,,\nb,-,target,,\nc,-,zscore,,-1\na,+,minmax,,\n")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("s.csv:2 column direction: 'up' is not +, -, benefit or cost")
        .hasMessageContaining(
            "s.csv:3 column reference: target-based normalisation needs a reference value")
        .hasMessageContaining("s.csv:4 column normalisation: 'zscore' is not minmax or target")
        .hasMessageContaining("s.csv:4 column expert_weight: must be ≥ 0")
        .hasMessageContaining("s.csv:5 column indicator: 'a' already defined on line 2");
    assertThatThrownBy(
            () -> SynergyReference.system("s.csv", new StringReader("indicator,name\na,x\n")))
        .hasMessageContaining(
            "s.csv:1 column direction: 缺少必填列 direction / missing required column direction");
  }
}
