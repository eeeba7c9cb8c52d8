package org.cocontrol.server.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.plan.Plan;
import org.cocontrol.core.plan.PlanItem;
import org.cocontrol.core.plan.ReportingPeriod;
import org.cocontrol.core.plan.TaskStatus;
import org.cocontrol.core.text.Message;
import org.cocontrol.io.Table;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.store.PlanStore;

/**
 * The periodic scheduling sheet (定期调度表): one row per task with its lead and cooperating departments
 * and the latest report, for departments to fill in the period's status and narrative and send
 * back. Reading it back accepts the status as a code or its Chinese or English label.
 */
final class ProgressSheet {

  static final String[] HEADERS = {
    "任务编号", "序号", "任务", "牵头单位", "配合单位", "报告期", "进展状态", "进展说明", "上次报告"
  };

  static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("任务编号", "task_id"),
          Map.entry("task_id", "task_id"),
          Map.entry("报告期", "period"),
          Map.entry("period", "period"),
          Map.entry("进展状态", "status"),
          Map.entry("status", "status"),
          Map.entry("进展说明", "narrative"),
          Map.entry("narrative", "narrative"),
          Map.entry("序号", "number"),
          Map.entry("number", "number"));

  /** A report read from the sheet. */
  record Report(
      long line, String place, String taskId, String period, TaskStatus status, String narrative) {}

  record Result(List<Report> reports, List<ApiError.Problem> problems) {}

  private ProgressSheet() {}

  static byte[] write(
      Plan plan,
      String regionName,
      String period,
      List<PlanItem> tasks,
      Map<String, PlanStore.TaskProgress> latest) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("任务调度表");
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      int[] widths = {10, 8, 40, 30, 30, 10, 12, 50, 24};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      Row title = sheet.createRow(0);
      title
          .createCell(0)
          .setCellValue(plan.title() + " 任务进展调度表（" + regionName + "，" + period + "）");
      title.getCell(0).setCellStyle(bold);
      Row head = sheet.createRow(1);
      for (int i = 0; i < HEADERS.length; i++) {
        head.createCell(i).setCellValue(HEADERS[i]);
        head.getCell(i).setCellStyle(bold);
      }
      int r = 2;
      for (PlanItem t : tasks) {
        PlanStore.TaskProgress last = latest.get(t.id());
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(t.id());
        row.createCell(1).setCellValue(t.number());
        row.createCell(2).setCellValue(t.title());
        row.createCell(3).setCellValue(String.join("、", t.lead()));
        row.createCell(4).setCellValue(String.join("、", t.cooperating()));
        row.createCell(5).setCellValue(period);
        row.createCell(6).setCellValue("");
        row.createCell(7).setCellValue("");
        row.createCell(8)
            .setCellValue(
                last == null
                    ? ""
                    : last.period()
                        + " "
                        + TaskStatus.ofCode(last.status()).nameZh()
                        + (last.narrative().isBlank() ? "" : "：" + last.narrative()));
        for (int c : new int[] {2, 3, 4, 7, 8}) {
          row.getCell(c).setCellStyle(wrap);
        }
      }
      if (r > 2) {
        DataValidationHelper dv = sheet.getDataValidationHelper();
        DataValidation list =
            dv.createValidation(
                dv.createExplicitListConstraint(
                    Arrays.stream(TaskStatus.values())
                        .map(TaskStatus::nameZh)
                        .toArray(String[]::new)),
                new CellRangeAddressList(2, r - 1, 6, 6));
        list.setShowErrorBox(true);
        sheet.addValidationData(list);
      }
      sheet.createFreezePane(3, 2);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rows without a status are not reports and are skipped; any bad cell rejects the whole sheet.
   */
  static Result read(Plan plan, String fileName, byte[] content) {
    Table sheet =
        Table.read(
            fileName,
            content,
            new Table.Columns(
                ALIASES, List.of("task_id", "period", "status"), PlanViews.NARRATIVE_MAX));
    List<Report> reports = new ArrayList<>();
    for (Table.Row r : sheet.rows()) {
      if (r.get("status").isEmpty()) {
        continue;
      }
      // the item id the sheet carries, or the task's number as a user may type it
      PlanItem task = plan.task(r.get("task_id")).orElse(null);
      if (task == null) {
        r.problem("task_id", new Message("不是本规划的任务", "not a task of " + plan.id()));
      }
      try {
        ReportingPeriod.order(r.get("period"));
      } catch (IllegalArgumentException e) {
        r.problem("period", message(e.getMessage()));
      }
      TaskStatus status = status(r.get("status"));
      if (status == null) {
        r.problem(
            "status",
            new Message(
                "进展状态应为 未启动、正常推进、滞后 或 已完成",
                "status must be not started, on track, delayed or done"));
      }
      if (task != null && status != null) {
        reports.add(
            new Report(
                r.number(),
                r.place("status").location(),
                task.id(),
                r.get("period"),
                status,
                r.get("narrative")));
      }
    }
    List<ApiError.Problem> problems = sheet.problems().stream().map(ApiError.Problem::of).toList();
    return new Result(problems.isEmpty() ? reports : List.of(), problems);
  }

  /** A message core already gives in both languages ({@code 中文 / English}). */
  private static Message message(String both) {
    int cut = both.indexOf(" / ");
    return cut < 0
        ? new Message(both, both)
        : new Message(both.substring(0, cut), both.substring(cut + 3));
  }

  static TaskStatus status(String text) {
    String s = text.strip();
    for (TaskStatus t : TaskStatus.values()) {
      if (t.nameZh().equals(s) || t.code().equals(s.toLowerCase(Locale.ROOT).replace(' ', '_'))) {
        return t;
      }
    }
    return null;
  }
}
