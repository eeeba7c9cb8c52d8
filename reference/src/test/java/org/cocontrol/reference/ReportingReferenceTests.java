package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.FacilityKind;
import org.cocontrol.core.reporting.ReportRules;
import org.cocontrol.core.reporting.Threshold;
import org.cocontrol.core.substance.Substance;
import org.junit.jupiter.api.Test;

/** The shipped report rules: every threshold cited and tagged, the guidelines picked as stated. */
class ReportingReferenceTests {

  private static final ReportRules RULES = ReportingReference.rules();

  @Test
  void everyThresholdHasItsSourceAndTag() {
    assertThat(RULES.thresholds()).isNotEmpty();
    for (Threshold t : RULES.thresholds()) {
      assertThat(t.source()).as(t.id()).isNotBlank();
      assertThat(t.tag()).as(t.id()).isNotNull();
    }
    for (String id : ReportRules.REQUIRED) {
      assertThat(RULES.required(id).appliesTo()).isEmpty();
    }
    assertThat(RULES.required("measured_months.min").value()).isEqualTo(3);
    assertThat(RULES.required("lab.report_days_after_month").value()).isEqualTo(40);
    assertThat(RULES.exactly("cc_band.min", "bituminous_coal").orElseThrow().value())
        .isEqualTo(0.024);
    assertThat(RULES.exactly("cc_band.max", "bituminous_coal").orElseThrow().value())
        .isEqualTo(0.030);
    assertThat(RULES.exactly("cc_band.min", "natural_gas")).isEmpty();
  }

  @Test
  void powerUnitsAndThermalPowerIndustriesFollowThePowerFacilityGuideline() {
    var byIndustry = RULES.guideline("D4411", List.of(), 2023);
    assertThat(byIndustry.id()).isEqualTo("power");
    assertThat(byIndustry.scheme()).isEqualTo(Scheme.ETS);
    assertThat(byIndustry.gases()).containsExactly(Substance.CO2);
    assertThat(byIndustry.measuredMonthsRule()).isTrue();
    Facility unit = new Facility("G1", null, FacilityKind.POWER_UNIT, 50.0, Map.of(), List.of());
    assertThat(RULES.guideline("C2614", List.of(unit), 2023).id()).isEqualTo("power");
    assertThat(RULES.guideline("C2614", List.of(), 2023).id()).isEqualTo("general");
  }

  @Test
  void cementAndAluminiumReportUnderTheCarbonMarketGuidelinesFrom2024() {
    assertThat(RULES.guideline("C3011", List.of(), 2023).id()).isEqualTo("general");
    assertThat(RULES.guideline("C3011", List.of(), 2024).id()).isEqualTo("cement_cets");
    var aluminium = RULES.guideline("C3216", List.of(), 2024);
    assertThat(aluminium.gases())
        .containsExactlyInAnyOrder(Substance.CO2, Substance.CF4, Substance.C2F6);
    assertThat(aluminium.indirectCounted()).isFalse();
    assertThat(RULES.guideline("", List.of(), 2024).scheme()).isEqualTo(Scheme.GENERAL);
  }
}
