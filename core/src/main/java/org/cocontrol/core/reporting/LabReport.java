package org.cocontrol.core.reporting;

import java.time.LocalDate;

/**
 * The laboratory report behind a month's measured NCV and carbon content (化验报告): which lab, its
 * report number and the sampling, test and report dates. Any field may be null when not given.
 */
public record LabReport(
    String lab, String reportNo, LocalDate sampleDate, LocalDate testDate, LocalDate reportDate) {

  /** True when nothing was given. */
  public boolean isEmpty() {
    return (lab == null || lab.isBlank())
        && (reportNo == null || reportNo.isBlank())
        && sampleDate == null
        && testDate == null
        && reportDate == null;
  }
}
