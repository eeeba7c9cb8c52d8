package org.cocontrol.server.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.text.Message;
import org.cocontrol.io.ImportProblem;
import org.cocontrol.io.Table;
import org.cocontrol.server.system.ApiError;

/**
 * Reads indicator values from an xlsx (first sheet) or CSV through io's one table reader: columns
 * {@code indicator_id, year, value} and optionally {@code region, note}, Chinese headers accepted
 * (指标编号, 年份, 数值, 地区代码, 备注). Every bad cell is reported with its row and column; nothing is returned
 * when any is bad.
 */
final class PlanValueReader {

  /**
   * A value read; {@code cells} places any later problem (an unknown indicator, a region outside)
   * at its cell.
   */
  record Row(
      Table.Row cells, String indicatorId, int year, double value, String region, String note) {
    ApiError.Problem problem(String column, String message) {
      return ApiError.Problem.of(
          ImportProblem.error(cells.place(column), column, cells.get(column), message));
    }
  }

  record Result(List<Row> rows, List<ApiError.Problem> problems) {}

  static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("indicator_id", "indicator_id"),
          Map.entry("indicator", "indicator_id"),
          Map.entry("指标编号", "indicator_id"),
          Map.entry("指标", "indicator_id"),
          Map.entry("year", "year"),
          Map.entry("年份", "year"),
          Map.entry("value", "value"),
          Map.entry("数值", "value"),
          Map.entry("完成值", "value"),
          Map.entry("region", "region"),
          Map.entry("地区代码", "region"),
          Map.entry("note", "note"),
          Map.entry("备注", "note"));

  static final Table.Columns COLUMNS =
      new Table.Columns(ALIASES, List.of("indicator_id", "year", "value"), PlanViews.NARRATIVE_MAX);

  private PlanValueReader() {}

  static Result read(String fileName, byte[] content) {
    Table sheet = Table.read(fileName, content, COLUMNS);
    List<Row> out = new ArrayList<>();
    for (Table.Row r : sheet.rows()) {
      String id = r.get("indicator_id");
      if (id.isEmpty()) {
        r.problem("indicator_id", new Message("缺少指标编号", "indicator_id is empty"));
      }
      Integer year = r.year("year");
      Double value = r.number("value", true);
      boolean noteFits = r.get("note").length() <= PlanViews.NOTE_MAX;
      if (!noteFits) {
        r.problem(
            "note",
            new Message(
                "备注不超过" + PlanViews.NOTE_MAX + "字",
                "a note has at most " + PlanViews.NOTE_MAX + " characters"));
      }
      if (year != null && value != null && !id.isEmpty() && noteFits) {
        out.add(new Row(r, id, year, value, r.get("region"), r.get("note")));
      }
    }
    List<ApiError.Problem> problems = sheet.problems().stream().map(ApiError.Problem::of).toList();
    return new Result(problems.isEmpty() ? out : List.of(), problems);
  }
}
