package org.cocontrol.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reporting periods and finding the task a report is about. */
class ReportingTests {

  @Test
  void periods_are_ordered_by_the_month_they_end_in() {
    assertThat(ReportingPeriod.order("2024Q1")).isEqualTo(2024 * 12 + 3);
    assertThat(ReportingPeriod.order("2024H1")).isEqualTo(2024 * 12 + 6);
    assertThat(ReportingPeriod.order(" 2024Q4 ")).isEqualTo(2024 * 12 + 12);
    // a year ends with its fourth quarter and its second half
    assertThat(ReportingPeriod.order("2024"))
        .isEqualTo(ReportingPeriod.order("2024Q4"))
        .isEqualTo(ReportingPeriod.order("2024H2"));
    assertThat(ReportingPeriod.order("2024Q4")).isLessThan(ReportingPeriod.order("2025Q1"));
  }

  @Test
  void bad_periods_say_what_is_wrong() {
    assertThatThrownBy(() -> ReportingPeriod.order("2024Q5"))
        .hasMessageContaining("2024Q3")
        .hasMessageContaining("'2024Q5'");
    assertThatThrownBy(() -> ReportingPeriod.order("2024H3")).hasMessageContaining("H1 or H2");
    assertThatThrownBy(() -> ReportingPeriod.order("24Q1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportingPeriod.order(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_task_is_found_by_id_or_by_its_number_as_written() {
    PlanItem chapter =
        new PlanItem(
            "3", "三、", null, "加强源头防控", "", 10, 30, false, null, List.of(), List.of(), List.of());
    PlanItem fourth =
        new PlanItem(
            "3.4",
            "（四）",
            "3",
            "强化生态环境分区管控",
            "",
            11,
            12,
            true,
            Theme.ECOLOGY,
            List.of(),
            List.of(),
            List.of());
    PlanItem nineteenth =
        new PlanItem(
            "2.7.19",
            "19",
            "2.7",
            "持续开展温室气体排放核查",
            "",
            42,
            42,
            true,
            Theme.CAPACITY,
            List.of(),
            List.of(),
            List.of());
    Plan plan =
        new Plan(
            "p",
            "210000",
            null,
            "t",
            "2023-01-01",
            null,
            List.of(),
            "f.txt",
            "",
            Map.of(),
            List.of(chapter, fourth, nineteenth),
            List.of());
    assertThat(plan.task("3.4")).contains(fourth);
    assertThat(plan.task("（四）")).contains(fourth);
    assertThat(plan.task("(四)")).contains(fourth);
    assertThat(plan.task("19")).contains(nineteenth);
    assertThat(plan.task("19.")).contains(nineteenth);
    assertThat(plan.task("三、")).as("a chapter is no task").isEmpty();
    assertThat(plan.task("（五）")).isEmpty();
    assertThat(plan.task(null)).isEmpty();
  }
}
