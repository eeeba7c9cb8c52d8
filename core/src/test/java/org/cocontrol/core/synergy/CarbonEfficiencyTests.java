package org.cocontrol.core.synergy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cocontrol.core.parameter.Verification;
import org.junit.jupiter.api.Test;

/** Zhejiang-style carbon-efficiency levels and grades, with the inclusive boundaries. */
class CarbonEfficiencyTests {

  private final CarbonEfficiencyRule rule = SynergyFixtures.zhejiang();

  @Test
  void theWorkedExample() {
    // 12,000 t / 10,000 万元 = 1.2 t/万元: 中碳; K = 1.2 / 1.0 = 1.2: grade 3 (≤ 1.2 inclusive)
    CarbonEfficiency e = CarbonEfficiency.of(12_000, 10_000, 1.0, rule);
    assertThat(e.l()).isEqualTo(1.2);
    assertThat(e.level().nameZh()).isEqualTo("中碳");
    assertThat(e.k()).isEqualTo(1.2);
    assertThat(e.grade().code()).isEqualTo("3");
  }

  @Test
  void boundariesAreInclusive() {
    assertThat(CarbonEfficiency.of(6_000, 10_000, 1, rule).level().code()).isEqualTo("low");
    assertThat(CarbonEfficiency.of(6_001, 10_000, 1, rule).level().code()).isEqualTo("medium");
    assertThat(CarbonEfficiency.of(20_000, 10_000, 1, rule).level().code()).isEqualTo("medium");
    assertThat(CarbonEfficiency.of(20_001, 10_000, 1, rule).level().code()).isEqualTo("high");
    // K at each grade boundary: 0.6, 0.8, 1.2, 2.0 and just above 2.0
    double[] k = {0.6, 0.8, 1.2, 2.0, 2.0001};
    String[] grade = {"1", "2", "3", "4", "5"};
    for (int i = 0; i < k.length; i++) {
      assertThat(CarbonEfficiency.of(k[i] * 1000, 1000, 1, rule).grade().code())
          .as("K = %s", k[i])
          .isEqualTo(grade[i]);
    }
    // 0.14 / 0.175 is 0.8000000000000002 in binary: still grade 2
    CarbonEfficiency rounded = CarbonEfficiency.of(0.14, 1, 0.175, rule);
    assertThat(rounded.k()).isGreaterThan(0.8);
    assertThat(rounded.grade().code()).isEqualTo("2");
    assertThat(CarbonEfficiency.of(0, 1000, 1, rule).grade().code()).isEqualTo("1");
  }

  @Test
  void theIndustryAverageSetsTheGrade() {
    // the same L = 1.5 t/万元 is grade 2 in an industry averaging 2.0 (K = 0.75) and grade 4 in one
    // averaging 1.0
    assertThat(CarbonEfficiency.of(1500, 1000, 2.0, rule).k()).isCloseTo(0.75, within(1e-15));
    assertThat(CarbonEfficiency.of(1500, 1000, 2.0, rule).grade().code()).isEqualTo("2");
    assertThat(CarbonEfficiency.of(1500, 1000, 1.0, rule).grade().code()).isEqualTo("4");
  }

  @Test
  void undefinedInputsAreRefused() {
    assertThatThrownBy(() -> CarbonEfficiency.of(100, 0, 1, rule))
        .hasMessageContaining("value added must be");
    assertThatThrownBy(() -> CarbonEfficiency.of(100, -5, 1, rule))
        .hasMessageContaining("value added must be");
    assertThatThrownBy(() -> CarbonEfficiency.of(100, 10, 0, rule))
        .hasMessageContaining("industry average must be");
    assertThatThrownBy(() -> CarbonEfficiency.of(-1, 10, 1, rule))
        .hasMessageContaining("CO2 must be");
    assertThatThrownBy(
            () ->
                CarbonEfficiencyRule.of(
                    List.of(new CarbonEfficiencyRule.Step(1, "a", "", "")),
                    rule.grades(),
                    "x",
                    Verification.U))
        .hasMessageContaining("open-ended");
  }
}
