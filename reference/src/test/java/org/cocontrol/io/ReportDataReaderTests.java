package org.cocontrol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.reporting.LabReport;
import org.cocontrol.core.reporting.MonthlyEntry;
import org.cocontrol.reference.ReferenceLoader;
import org.junit.jupiter.api.Test;

/**
 * A report's monthly data: the activity columns through the activity rows reader, plus month,
 * facility and the lab report; entity, region and year taken from the report when left out.
 */
class ReportDataReaderTests {

  static final ReferenceData REF = ReferenceLoader.load();
  static final ReportDataReader.Frame FRAME =
      new ReportDataReader.Frame("PLANT-1", Adcode.of(110105), 2023);

  private static ReportDataReader.ReportData csv(String text) throws IOException {
    return new ReportDataReader(REF.classification(), REF.regions())
        .read(
            "data.csv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            TableFormat.CSV,
            FRAME);
  }

  @Test
  void aMonthlyRowBecomesAnEntryOfTheReportsEnterpriseAndYear() throws IOException {
    ReportDataReader.ReportData d =
        csv(
            "月份,机组,source,activity,amount,unit,ncv,carbon_content,检测机构,报告编号,采样日期,检测日期,报告日期\n"
                + "1,#1,POWER,raw_coal,1000,t,20.908,0.02637,某检测站,R-001,2023-01-31,2023/2/3,2023-02-05\n"
                + "2月,#1,POWER,raw_coal,900,t,,,,,,,\n");
    assertThat(d.errors()).isEmpty();
    assertThat(d.entries()).hasSize(2);
    MonthlyEntry jan = d.entries().get(0);
    assertThat(jan.row()).isEqualTo(2);
    assertThat(jan.facility()).isEqualTo("#1");
    assertThat(jan.month()).isEqualTo(1);
    assertThat(jan.record().entityId()).isEqualTo("PLANT-1");
    assertThat(jan.record().region()).isEqualTo(Adcode.of(110105));
    assertThat(jan.record().year()).isEqualTo(2023);
    assertThat(jan.record().amount()).isEqualTo(1000.0);
    assertThat(jan.lab())
        .isEqualTo(
            new LabReport(
                "某检测站",
                "R-001",
                LocalDate.of(2023, 1, 31),
                LocalDate.of(2023, 2, 3),
                LocalDate.of(2023, 2, 5)));
    assertThat(d.entries().get(1).month()).isEqualTo(2);
    assertThat(d.entries().get(1).lab()).isNull();
  }

  @Test
  void everyProblemIsLocated() throws IOException {
    ReportDataReader.ReportData d =
        csv(
            "entity_id,year,month,facility,source,activity,amount,unit,test_date\n"
                + "OTHER,2023,13,#1,POWER,raw_coal,1000,t,2023-02-30\n"
                + "PLANT-1,2022,0,,POWER,raw_coal,1000,t,5.1.2023\n");
    assertThat(d.errors())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::location)
        .containsExactlyInAnyOrder(
            tuple(2L, "entity_id", "line 2"),
            tuple(2L, "month", "line 2"),
            tuple(2L, "test_date", "line 2"),
            tuple(3L, "year", "line 3"),
            tuple(3L, "month", "line 3"),
            tuple(3L, "facility", "line 3"),
            tuple(3L, "test_date", "line 3"));
    assertThat(d.entries()).isEmpty();
  }

  @Test
  void aFileWithoutTheMonthOrFacilityColumnIsRefusedOnItsHeader() throws IOException {
    ReportDataReader.ReportData d = csv("source,activity,amount,unit\nPOWER,raw_coal,1,t\n");
    assertThat(d.errors())
        .extracting(ImportProblem::column)
        .containsExactlyInAnyOrder("month", "facility");
  }

  @Test
  void anActivityFileDoesNotKnowTheReportColumns() throws IOException {
    ActivityImport read =
        new ActivityReader(REF.classification(), REF.regions())
            .read(
                "a.csv",
                new ByteArrayInputStream(
                    ("record_id,entity_id,region,year,source,activity,amount,unit,month\n"
                            + "a,E,110105,2022,POWER,raw_coal,1,t,3\n")
                        .getBytes(StandardCharsets.UTF_8)),
                TableFormat.CSV);
    assertThat(read.isValid()).isTrue();
    assertThat(read.warnings()).extracting(ImportProblem::column).contains("month");
  }

  @Test
  void anXlsxWorkbookWithDateCellsReadsLikeTheCsv() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("月度数据");
      CellStyle date = wb.createCellStyle();
      // Excel's built-in short date (format 14), which displays 1/31/23
      date.setDataFormat((short) 14);
      Row h = s.createRow(0);
      String[] head = {"月份", "设施", "排放源", "活动类型", "活动水平", "计量单位", "采样日期", "检测日期"};
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue(1);
      r.createCell(1).setCellValue("#2");
      r.createCell(2).setCellValue("POWER");
      r.createCell(3).setCellValue("raw_coal");
      r.createCell(4).setCellValue(1234.5);
      r.createCell(5).setCellValue("t");
      r.createCell(6).setCellValue(LocalDate.of(2023, 1, 31));
      r.getCell(6).setCellStyle(date);
      r.createCell(7).setCellValue("2023/2/3");
      Row bad = s.createRow(2);
      bad.createCell(0).setCellValue(14);
      bad.createCell(1).setCellValue("#2");
      bad.createCell(2).setCellValue("POWER");
      bad.createCell(3).setCellValue("raw_coal");
      bad.createCell(4).setCellValue(1);
      bad.createCell(5).setCellValue("t");
      wb.write(out);
    }
    ReportDataReader.ReportData d =
        new ReportDataReader(REF.classification(), REF.regions())
            .read(
                "data.xlsx", new ByteArrayInputStream(out.toByteArray()), TableFormat.XLSX, FRAME);
    assertThat(d.errors())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::location)
        .containsExactly(tuple(3L, "month", "月度数据!A3"));
    assertThat(d.entries()).hasSize(1);
    MonthlyEntry e = d.entries().get(0);
    assertThat(e.facility()).isEqualTo("#2");
    assertThat(e.record().amount()).isEqualTo(1234.5);
    assertThat(e.lab().sampleDate()).isEqualTo(LocalDate.of(2023, 1, 31));
    assertThat(e.lab().testDate()).isEqualTo(LocalDate.of(2023, 2, 3));
  }
}
