package org.cocontrol.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTests {

  @Test
  void masses_and_intensities_in_the_units_plans_use() {
    assertThat(Metrics.tonnesIn(512_300_000, "万吨")).isCloseTo(51_230, within(1e-9));
    assertThat(Metrics.tonnesIn(512_300_000, "亿吨")).isCloseTo(5.123, within(1e-12));
    assertThat(Metrics.tonnesIn(42, "t")).isEqualTo(42.0);
    // 5.123 亿 t CO2 over GDP 25,115 亿元 = 2.51150e8 万元: 2.03981 t per 万元
    assertThat(Metrics.per10kYuan(512_300_000, 25_115, "亿元"))
        .isCloseTo(512_300_000 / 2.5115e8, within(1e-12));
    assertThat(Metrics.per10kYuan(100, 50, "万元")).isEqualTo(2.0);
    assertThat(Metrics.tce(2.2, "万tce")).isCloseTo(22_000, within(1e-9));
    assertThat(Metrics.Metric.ofCode("co2_per_gdp")).isEqualTo(Metrics.Metric.CO2_PER_GDP);
    assertThat(Metrics.Metric.ofCode("pm25_concentration")).isNull();
  }

  @Test
  void wrong_units_and_zero_gdp_are_refused() {
    assertThatThrownBy(() -> Metrics.tonnesIn(1, "%")).hasMessageContaining("not a mass unit");
    assertThatThrownBy(() -> Metrics.per10kYuan(1, 1, "美元")).hasMessageContaining("万元");
    assertThatThrownBy(() -> Metrics.per10kYuan(1, 0, "亿元")).hasMessageContaining("positive");
    assertThatThrownBy(() -> Metrics.tce(1, "GJ")).hasMessageContaining("tce");
  }
}
