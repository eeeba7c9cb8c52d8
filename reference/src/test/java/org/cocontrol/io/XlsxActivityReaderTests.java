package org.cocontrol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading activity workbooks: numbers from any kind of cell, problems located by cell reference.
 */
class XlsxActivityReaderTests {

  static final List<String> HEADER =
      List.of("record_id", "entity_id", "region", "year", "source", "activity", "amount", "unit");

  @TempDir Path dir;

  @Test
  void xlsxGivesTheSameRecordsAsTheCsv() throws IOException {
    Path file = dir.resolve("activities.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      // The activity sheet is found by name even when it is not the first one.
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填报说明：每行一条活动数据");
      Sheet s = wb.createSheet("活动数据");
      CellStyle thousands = style(wb, "#,##0");
      CellStyle whole = style(wb, "0");
      CellStyle percent = style(wb, "0%");
      row(
          s,
          0,
          "记录编号",
          "企业编号",
          "行政区划代码",
          "年份",
          "排放源",
          "活动类型",
          "活动水平",
          "计量单位",
          "低位发热量",
          "低位发热量单位",
          "含碳量",
          "含碳量单位",
          "碳氧化率",
          "硫分",
          "灰分",
          "挥发分",
          "治理设施",
          "工艺",
          "measured_SO2_t",
          "measured_PM2.5_t");
      Row r1 =
          row(
              s,
              1,
              "R1",
              "E1",
              110105,
              2022,
              "POWER",
              "原煤",
              null,
              "t",
              20908.4,
              "kJ/kg",
              0.02637,
              "tC/GJ",
              0.99,
              0.8,
              20.5,
              25,
              "wet_fgd:0.95:0.9；SCR:90%;静电除尘",
              "pulverized coal boiler",
              12.5,
              1.2);
      Cell amount = r1.createCell(6);
      amount.setCellFormula("400+600");
      amount.setCellStyle(thousands);
      r1.getCell(8).setCellStyle(whole);
      r1.getCell(12).setCellStyle(percent);
      row(s, 2, "", "", null, null);
      row(s, 3, "R2", "E2", "210102", "2021", "1.A.1.a", "natural_gas", 12.5, "万Nm3", "389.31");
      row(s, 5, "R3", "E2", 210102, 2021, "power", "柴油", 3, "吨", null, null, 0.0202);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      save(wb, file);
    }

    ActivityImport result = ActivityReaderTests.reader().read(file);

    assertThat(result.problems()).isEmpty();
    assertThat(result.records()).containsExactlyElementsOf(ActivityReaderTests.expectedRecords());
  }

  @Test
  void xlsxProblemsAreReportedByCellReference() throws IOException {
    Path file = dir.resolve("errors.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Sheet1");
      row(s, 0, HEADER.toArray());
      row(s, 1, "a", "e", 110105, 2022, "POWER", "raw_coal", 1, "t");
      row(s, 2, "b", "e", 110105, 2022, "POWER", "raw_coal", "abc", "t");
      Row dated = row(s, 3, "c", "e", 110105, 2022, "POWER", "raw_coal", 45000, "t");
      dated.getCell(6).setCellStyle(style(wb, "yyyy-mm-dd"));
      row(s, 4, "d", "e", 110105, 2022, "POWER", "raw_coal", 1, "tonnes2");
      Row formulaError = row(s, 5, "e", "e", 110105, 2022, "POWER", "raw_coal", null, "t");
      formulaError.createCell(6).setCellFormula("1/0");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      save(wb, file);
    }

    ActivityImport result = ActivityReaderTests.reader().read(file);

    assertThat(result.problems())
        .extracting(ImportProblem::location, ImportProblem::column)
        .containsExactly(
            tuple("Sheet1!G3", "amount"),
            tuple("Sheet1!G4", "amount"),
            tuple("Sheet1!H5", "unit"),
            tuple("Sheet1!G6", "amount"));
    assertThat(result.problems().get(0))
        .hasToString("Sheet1!G3, column amount: 'abc' 不是数字 / 'abc' is not a number");
    assertThat(result.problems().get(1).value()).isEqualTo("2023-03-15");
    assertThat(result.records()).extracting(r -> r.recordId()).containsExactly("a");
  }

  @Test
  void headerProblemsPointAtTheHeaderRowAndSheetNamesAreQuotedWhenNeeded() throws IOException {
    Path file = dir.resolve("header.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("my data");
      row(s, 0, "record_id", "entity_id", "region", "year", "source", "activity", "amount");
      row(s, 1, "a", "e", 110105, 2022, "POWER", "raw_coal", 1, "stray");
      save(wb, file);
    }

    ActivityImport result = ActivityReaderTests.reader().read(file);

    assertThat(result.problems())
        .extracting(ImportProblem::severity, ImportProblem::location, ImportProblem::column)
        .containsExactly(
            tuple(ImportProblem.Severity.ERROR, "'my data'!1:1", "unit"),
            tuple(ImportProblem.Severity.WARNING, "'my data'!H2", ""));
  }

  @Test
  void largeWorkbookWrittenByTableWriterReadsBack() throws IOException {
    Path file = dir.resolve("large.xlsx");
    int rows = 20_000;
    try (TableWriter w = TableWriter.open(file, HEADER, "activities")) {
      for (int i = 0; i < rows; i++) {
        w.row("r" + i, "e" + i % 50, 110105, 2022, "POWER", "raw_coal", i * 0.5, "t");
      }
      w.commit();
    }

    ActivityImport result = ActivityReaderTests.reader().read(file);

    assertThat(result.problems()).isEmpty();
    assertThat(result.records()).hasSize(rows);
    assertThat(result.records().get(rows - 1).amount()).isEqualTo((rows - 1) * 0.5);
  }

  /**
   * A workbook damaged in transit is refused with a problem, read from a file or a stream, never an
   * exception; garbled bytes in a part the reader does not use (document properties) may leave it
   * readable, and then it reads whole.
   */
  @Test
  void damagedWorkbooksAreProblemsNotExceptions() throws IOException {
    byte[] good;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("活动数据");
      row(s, 0, HEADER.toArray());
      for (int i = 1; i <= 200; i++) {
        row(s, i, "r" + i, "e", 110105, 2022, "POWER", "raw_coal", i, "t");
      }
      wb.write(out);
      good = out.toByteArray();
    }
    java.util.Map<String, byte[]> damaged = new java.util.LinkedHashMap<>();
    for (int cut : new int[] {10, 30, good.length / 3, good.length / 2, good.length - 30}) {
      damaged.put("cut at " + cut, java.util.Arrays.copyOf(good, cut));
    }
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 8; k++) {
      byte[] b = good.clone();
      int from = 40 + random.nextInt(b.length - 200);
      for (int i = from; i < from + 64; i++) {
        b[i] = (byte) random.nextInt(256);
      }
      damaged.put("64 bytes garbled at " + from, b);
    }
    byte[] header = java.util.Arrays.copyOf(good, 4);
    damaged.put("a zip header and nothing", header);
    byte[] noise = new byte[5000];
    random.nextBytes(noise);
    noise[0] = 'P';
    noise[1] = 'K';
    noise[2] = 3;
    noise[3] = 4;
    damaged.put("a zip header and noise", noise);

    for (java.util.Map.Entry<String, byte[]> d : damaged.entrySet()) {
      Path file = Files.write(dir.resolve("damaged.xlsx"), d.getValue());
      for (ActivityImport result :
          List.of(
              ActivityReaderTests.reader().read(file),
              ActivityReaderTests.reader()
                  .read(
                      "damaged.xlsx",
                      new java.io.ByteArrayInputStream(d.getValue()),
                      TableFormat.XLSX))) {
        if (result.isValid()) {
          assertThat(result.records()).as(d.getKey()).hasSize(200);
        } else {
          assertThat(result.errors()).as(d.getKey()).isNotEmpty();
        }
      }
    }
  }

  private static CellStyle style(XSSFWorkbook wb, String format) {
    CellStyle s = wb.createCellStyle();
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    return s;
  }

  /** A row of string and numeric cells; null leaves the cell out. */
  private static Row row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else if (v != null) {
        row.createCell(i).setCellValue((String) v);
      }
    }
    return row;
  }

  private static void save(XSSFWorkbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
  }
}
