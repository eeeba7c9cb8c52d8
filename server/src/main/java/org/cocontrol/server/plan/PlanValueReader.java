package org.cocontrol.server.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocontrol.server.system.ApiError;

/**
 * Reads indicator values from an xlsx (first sheet) or CSV: columns {@code indicator_id, year, value} and
 * optionally {@code region, note}, Chinese headers accepted (指标编号, 年份, 数值, 地区代码, 备注). Every bad cell is
 * reported with its place; nothing is returned when any is bad.
 */
final class PlanValueReader {

  /** A value read; {@code cells} places any later problem (an unknown indicator, a region outside) at its cell. */
  record Row(SheetRows.Row cells, String indicatorId, int year, double value, String region, String note) {}

  record Result(List<Row> rows, List<ApiError.Problem> problems) {}

  static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("indicator_id", "indicator_id"),
      Map.entry("indicator", "indicator_id"), Map.entry("指标编号", "indicator_id"), Map.entry("指标", "indicator_id"),
      Map.entry("year", "year"), Map.entry("年份", "year"), Map.entry("value", "value"), Map.entry("数值", "value"),
      Map.entry("完成值", "value"), Map.entry("region", "region"), Map.entry("地区代码", "region"),
      Map.entry("note", "note"), Map.entry("备注", "note"));

  private PlanValueReader() {}

  static Result read(String fileName, byte[] content) {
    SheetRows.Result sheet = SheetRows.read(fileName, content, ALIASES, List.of("indicator_id", "year", "value"));
    List<ApiError.Problem> problems = new ArrayList<>(sheet.problems());
    List<Row> out = new ArrayList<>();
    for (SheetRows.Row r : sheet.rows()) {
      String id = r.get("indicator_id");
      Integer year = null;
      Double value = null;
      if (id.isEmpty()) {
        problems.add(r.problem("indicator_id", "缺少指标编号 / indicator_id is empty"));
      }
      try {
        year = Integer.valueOf(r.get("year"));
        if (year < 1900 || year > 2100) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(r.problem("year", "年份应为1900–2100的整数 / year must be a whole number 1900–2100"));
      }
      try {
        value = Double.valueOf(r.get("value"));
        if (value.isNaN() || value.isInfinite()) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(r.problem("value", "数值无效 / value is not a number"));
      }
      boolean noteFits = r.get("note").length() <= PlanViews.NOTE_MAX;
      if (!noteFits) {
        problems.add(r.problem("note", "备注不超过" + PlanViews.NOTE_MAX + "字 / a note has at most " + PlanViews.NOTE_MAX + " characters"));
      }
      if (year != null && value != null && !id.isEmpty() && noteFits) {
        out.add(new Row(r, id, year, value, r.get("region"), r.get("note")));
      }
    }
    return new Result(problems.isEmpty() ? out : List.of(), problems);
  }
}
