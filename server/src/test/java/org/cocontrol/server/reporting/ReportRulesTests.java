package org.cocontrol.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.cocontrol.core.reporting.Check;
import org.cocontrol.core.reporting.Location;
import org.cocontrol.core.reporting.Severity;
import org.cocontrol.core.text.Message;
import org.cocontrol.store.ReportStore;
import org.junit.jupiter.api.Test;

/** The rules of submission and assignment, without a server. */
class ReportRulesTests {

  static final Message M = new Message("中", "en");
  static final Check ERROR = new Check("a", Severity.ERROR, M, new Location("#1", 3, "ncv"));
  static final Check WARNING_MARCH =
      new Check("b", Severity.WARNING, M, new Location("#1", 3, "carbon_content"));
  static final Check WARNING_APRIL =
      new Check("b", Severity.WARNING, M, new Location("#1", 4, "carbon_content"));

  static ReportStore.Explanation explained(
      String code, String facility, Integer month, String field) {
    return new ReportStore.Explanation(
        1, 1, code, facility, month, field, "why", "plant", LocalDateTime.of(2024, 1, 1, 0, 0));
  }

  @Test
  void errorsAndUnexplainedWarningsBlock() {
    assertThat(Reports.blocking(List.of(ERROR, WARNING_MARCH, WARNING_APRIL), List.of()))
        .containsExactly(ERROR, WARNING_MARCH, WARNING_APRIL);
    // a warning explained at its own location no longer blocks; the same code elsewhere still does
    assertThat(
            Reports.blocking(
                List.of(ERROR, WARNING_MARCH, WARNING_APRIL),
                List.of(explained("b", "#1", 3, "carbon_content"))))
        .containsExactly(ERROR, WARNING_APRIL);
    // an explanation never lifts an error
    assertThat(Reports.blocking(List.of(ERROR), List.of(explained("a", "#1", 3, "ncv"))))
        .containsExactly(ERROR);
    assertThat(Reports.blocking(List.of(), List.of())).isEmpty();
  }

  @Test
  void consecutiveYearsCountBackFromTheYearBefore() {
    assertThat(Reports.consecutiveBefore(List.of(2020, 2021, 2022), 2023)).isEqualTo(3);
    assertThat(Reports.consecutiveBefore(List.of(2019, 2021, 2022), 2023)).isEqualTo(2);
    // a gap ends the run
    assertThat(Reports.consecutiveBefore(List.of(2020, 2021), 2023)).isZero();
    assertThat(Reports.consecutiveBefore(List.of(), 2023)).isZero();
    // the year itself does not count (a re-assignment of the same year)
    assertThat(Reports.consecutiveBefore(List.of(2023), 2023)).isZero();
  }
}
