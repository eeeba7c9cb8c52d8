package org.cocontrol.core.reporting;

import java.util.Objects;
import org.cocontrol.core.accounting.ActivityRecord;

/**
 * One row of a report's data: an activity record of one month at one facility (fuel burnt with its
 * measured NCV and carbon content, electricity generated or supplied, heat supplied, production,
 * purchased or exported energy), with the lab report behind its measurements.
 *
 * @param row the row of the uploaded file (1-based, the header is row 1), for locating problems
 * @param facility the facility code as the enterprise keeps it (e.g. {@code #1机组}, {@code G1})
 * @param month 1–12
 * @param lab null when the row carries no lab metadata
 */
public record MonthlyEntry(
    int row, String facility, int month, ActivityRecord record, LabReport lab) {

  public MonthlyEntry {
    Objects.requireNonNull(facility, "facility");
    Objects.requireNonNull(record, "record");
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1–12, got " + month);
    }
  }
}
