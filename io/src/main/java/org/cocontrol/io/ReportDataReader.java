package org.cocontrol.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.Regions;
import org.cocontrol.core.reporting.MonthlyEntry;

/**
 * Reads a report's monthly data (CSV or xlsx): the activity file's columns, checked by the same
 * rows reader ({@link ActivityRows}), plus {@code month} (月份, 1–12) and {@code facility} (设施, 机组),
 * and the lab report behind the measured values in the optional columns {@code lab, report_no,
 * sample_date, test_date, report_date} (检测机构, 报告编号, 采样日期, 检测日期, 报告日期; dates as 2023-01-05, 2023/1/5
 * or xlsx date cells).
 *
 * <p>The columns {@code entity_id, region, year} may be left out: the report gives them. Where
 * given, the entity and the year must be the report's (a located problem otherwise). {@code
 * record_id} may be left out too; a row is then known by its row number ({@code R5}).
 */
public final class ReportDataReader {

  /** Sheet names that mark the data sheet in a workbook with several. */
  private static final List<String> DATA_SHEETS = List.of("月度数据", "monthly data", "活动数据");

  /** What the report says of every row: its enterprise, the enterprise's region, the year. */
  public record Frame(String entityId, Adcode region, int year) {
    public Frame {
      Objects.requireNonNull(entityId, "entityId");
      Objects.requireNonNull(region, "region");
    }
  }

  /**
   * What reading gave: the entries of every valid row, and every problem (the data is refused whole
   * when any is an error).
   */
  public record ReportData(List<MonthlyEntry> entries, List<ImportProblem> problems) {
    public ReportData {
      entries = List.copyOf(entries);
      problems = List.copyOf(problems);
    }

    public boolean isValid() {
      return problems.stream().noneMatch(ImportProblem::isError);
    }

    public List<ImportProblem> errors() {
      return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
      return problems.stream().filter(p -> !p.isError()).toList();
    }
  }

  private final Classification classification;
  private final Regions regions;

  public ReportDataReader(Classification classification, Regions regions) {
    this.classification = Objects.requireNonNull(classification, "classification");
    this.regions = Objects.requireNonNull(regions, "regions");
  }

  /**
   * Reads a stream in the given format; {@code name} stands for the file in messages. A report's
   * data is a year of monthly rows per facility, small enough to hold.
   *
   * @throws IOException when the stream cannot be read
   */
  public ReportData read(String name, InputStream in, TableFormat format, Frame frame)
      throws IOException {
    ActivityRows rows = new ActivityRows(name, classification, regions, frame);
    TableReader.read(name, in, format, DATA_SHEETS, rows);
    return rows.reportData();
  }
}
