package org.cocontrol.core.reporting;

import java.util.List;
import java.util.Objects;
import org.cocontrol.core.region.Adcode;

/**
 * Everything one report is computed from: the enterprise, its facilities and permit, the year's
 * monthly data and, for the cross-check between the two reports, the data behind the enterprise's
 * other report of the year (null when there is none).
 *
 * @param industry the enterprise's GB/T 4754-2017 industry code (D4411 thermal power …), which
 *     picks the guideline
 */
public record ReportInput(
    String entityId,
    Adcode region,
    int year,
    ReportKind kind,
    String industry,
    List<Facility> facilities,
    Permit permit,
    List<MonthlyEntry> entries,
    List<MonthlyEntry> otherReportEntries) {

  public ReportInput {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(kind, "kind");
    industry = industry == null ? "" : industry;
    facilities = facilities == null ? List.of() : List.copyOf(facilities);
    entries = List.copyOf(entries);
    otherReportEntries = otherReportEntries == null ? null : List.copyOf(otherReportEntries);
  }
}
