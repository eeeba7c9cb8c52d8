package org.cocontrol.server.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.plan.TaskStatus;
import org.cocontrol.server.plan.PlanViews.AssessmentLineView;
import org.cocontrol.server.plan.PlanViews.AssessmentView;

/**
 * The assessment as an xlsx in the layout of a provincial target-responsibility assessment table
 * (考核评分表): title, assessed unit and year, one row per item (序号, 类别, 考核内容, 目标值, 完成情况, 状态, 评分方法, 分值,
 * 得分, 备注), the total, the veto items (一票否决) and the grade, then signature lines.
 */
final class AssessmentWorkbook {

  /** Indicator statuses; a task's comes from TaskStatus, or 未报送 when none was reported. */
  private static final Map<String, String> STATUS_ZH =
      Map.ofEntries(
          Map.entry("achieved", "已完成"),
          Map.entry("on_track", "正常推进"),
          Map.entry("at_risk", "存在风险"),
          Map.entry("off_track", "严重滞后"),
          Map.entry("no_data", "无数据"),
          Map.entry("not_reported", "未报送"));

  private static final Map<String, String> RULE_ZH =
      Map.of(
          "proportional",
          "按完成进度比例计分",
          "all_or_nothing",
          "完成得满分，否则不得分",
          "by_status",
          "按进展等级计分",
          "task",
          "按任务进展计分");
  private static final Map<String, String> GRADE_ZH =
      Map.of("excellent", "优秀", "good", "良好", "pass", "合格", "fail", "不合格");

  private AssessmentWorkbook() {}

  static byte[] write(AssessmentView a) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("考核评分表");
      CellStyle title = style(wb, true, 16, false);
      CellStyle head = style(wb, true, 11, true);
      CellStyle cell = style(wb, false, 11, true);
      CellStyle plain = style(wb, false, 11, false);
      String[] headers = {"序号", "类别", "考核内容", "目标值", "完成情况", "状态", "评分方法", "分值", "得分", "备注"};
      int[] widths = {6, 8, 48, 26, 16, 10, 22, 8, 8, 20};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      int r = 0;
      put(sheet.createRow(r), 0, a.planTitle() + " " + a.year() + "年度目标任务考核评分表", title);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, headers.length - 1));
      r++;
      put(
          sheet.createRow(r),
          0,
          "被考核单位："
              + a.regionName()
              + (a.departmentName() == null ? "" : "（" + a.departmentName() + "）")
              + "　　考核年度："
              + a.year()
              + "　　任务进展截至："
              + a.period(),
          plain);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, headers.length - 1));
      r++;
      Row h = sheet.createRow(r++);
      for (int i = 0; i < headers.length; i++) {
        put(h, i, headers[i], head);
      }
      int n = 1;
      for (AssessmentLineView l : a.lines()) {
        Row row = sheet.createRow(r++);
        put(row, 0, String.valueOf(n++), cell);
        put(row, 1, l.type().equals("indicator") ? "指标" : "任务", cell);
        put(
            row,
            2,
            (l.type().equals("indicator") ? l.id() + " " : l.number() + " ") + l.name(),
            cell);
        put(row, 3, l.target(), cell);
        put(row, 4, l.actual(), cell);
        put(
            row,
            5,
            l.type().equals("task") && !l.status().equals("not_reported")
                ? TaskStatus.ofCode(l.status()).nameZh()
                : STATUS_ZH.getOrDefault(l.status(), l.status()),
            cell);
        put(row, 6, RULE_ZH.getOrDefault(l.rule(), l.rule()), cell);
        num(row, 7, l.weight(), cell);
        num(row, 8, l.score(), cell);
        put(row, 9, l.veto() ? "一票否决" : "", cell);
      }
      Row total = sheet.createRow(r);
      put(total, 0, "合计", head);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 6));
      num(total, 7, a.maxScore(), head);
      num(total, 8, a.score(), head);
      put(total, 9, String.format("得分率 %.1f%%", a.percent()), head);
      r++;
      Row veto = sheet.createRow(r);
      put(veto, 0, "一票否决事项", head);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
      put(veto, 3, a.vetoed().isEmpty() ? "无" : String.join("、", a.vetoed()) + " 未完成", cell);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 3, headers.length - 1));
      r++;
      Row grade = sheet.createRow(r);
      put(grade, 0, "考核等次", head);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
      put(grade, 3, GRADE_ZH.getOrDefault(a.grade(), a.grade()), head);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 3, headers.length - 1));
      r += 2;
      put(sheet.createRow(r++), 0, "评分说明：等次按得分率划分（" + grades(a) + "）；一票否决事项未完成的，等次直接评为不合格。", plain);
      put(sheet.createRow(r + 1), 0, "考核单位（盖章）：　　　　　　　　　　审核人：　　　　　　　　　　日期：", plain);
      sheet.createFreezePane(0, 3);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String grades(AssessmentView a) {
    return String.join(
        "，",
        a.scheme().grades().stream()
            .map(
                g ->
                    GRADE_ZH.getOrDefault(g.code(), g.code())
                        + "≥"
                        + PlanService.format(g.minPercent())
                        + "%")
            .toList());
  }

  private static void put(Row row, int col, String value, CellStyle style) {
    var c = row.createCell(col);
    c.setCellValue(value == null ? "" : value);
    c.setCellStyle(style);
  }

  private static void num(Row row, int col, double value, CellStyle style) {
    var c = row.createCell(col);
    c.setCellValue(Math.round(value * 100) / 100.0);
    c.setCellStyle(style);
  }

  private static CellStyle style(XSSFWorkbook wb, boolean bold, int size, boolean border) {
    CellStyle s = wb.createCellStyle();
    Font f = wb.createFont();
    f.setBold(bold);
    f.setFontHeightInPoints((short) size);
    f.setFontName("宋体");
    s.setFont(f);
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    if (size > 12) {
      s.setAlignment(HorizontalAlignment.CENTER);
    }
    if (border) {
      for (var set :
          List.<java.util.function.Consumer<BorderStyle>>of(
              s::setBorderTop, s::setBorderBottom, s::setBorderLeft, s::setBorderRight)) {
        set.accept(BorderStyle.THIN);
      }
    }
    return s;
  }
}
