package org.cocontrol.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.Substance;
import org.junit.jupiter.api.Test;

/** The rules refuse an incomplete set and pick thresholds and guidelines as documented. */
class ReportRulesTests {

  private static List<Threshold> required() {
    List<Threshold> t = new ArrayList<>();
    for (String id : ReportRules.REQUIRED) {
      t.add(new Threshold(id, "", 1, "", "test", Verification.U, ""));
    }
    return t;
  }

  private static Guideline guideline(String id, String prefix, FacilityKind kind, Integer from) {
    return new Guideline(
        id,
        prefix,
        kind,
        from,
        null,
        id,
        id,
        "test",
        Scheme.GENERAL,
        Set.of(),
        true,
        false,
        false,
        Verification.U);
  }

  private static final Guideline GENERAL = guideline("general", "", null, null);

  @Test
  void aMissingRequiredThresholdOrGeneralGuidelineIsRefused() {
    List<Threshold> t = required();
    t.remove(0);
    assertThatThrownBy(() -> ReportRules.of(t, List.of(GENERAL)))
        .hasMessageContaining(ReportRules.REQUIRED.get(0));
    assertThatThrownBy(() -> ReportRules.of(required(), List.of())).hasMessageContaining("general");
    List<Threshold> twice = required();
    twice.add(twice.get(0));
    assertThatThrownBy(() -> ReportRules.of(twice, List.of(GENERAL))).hasMessageContaining("twice");
  }

  @Test
  void aThresholdOfTheActivityComesBeforeTheGeneralOne() {
    List<Threshold> t = required();
    t.add(new Threshold("x", "", 1, "", "test", Verification.U, ""));
    t.add(new Threshold("x", "lignite", 2, "", "test", Verification.U, ""));
    ReportRules rules = ReportRules.of(t, List.of(GENERAL));
    assertThat(rules.threshold("x", "lignite").orElseThrow().value()).isEqualTo(2);
    assertThat(rules.threshold("x", "anthracite").orElseThrow().value()).isEqualTo(1);
    assertThat(rules.exactly("x", "anthracite")).isEmpty();
  }

  @Test
  void theLongestIndustryPrefixValidInTheYearWins() {
    Guideline power = guideline("power", "D441", FacilityKind.POWER_UNIT, null);
    Guideline cement = guideline("cement", "C3011", null, 2024);
    ReportRules rules = ReportRules.of(required(), List.of(GENERAL, power, cement));
    Facility unit = new Facility("G1", null, FacilityKind.POWER_UNIT, null, Map.of(), List.of());
    assertThat(rules.guideline("D4412", List.of(), 2023)).isEqualTo(power);
    assertThat(rules.guideline("C3011", List.of(), 2023)).isEqualTo(GENERAL);
    assertThat(rules.guideline("C3011", List.of(), 2024)).isEqualTo(cement);
    assertThat(rules.guideline("C3011", List.of(unit), 2023)).isEqualTo(power);
    assertThat(rules.guideline("C3011", List.of(unit), 2024)).isEqualTo(cement);
    assertThat(GENERAL.states(Substance.CH4)).isTrue();
    assertThat(GENERAL.states(Substance.SO2)).isFalse();
  }
}
