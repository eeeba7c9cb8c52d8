package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cocontrol.reference.ReportFixtures.ACCOUNTANT;
import static org.cocontrol.reference.ReportFixtures.RULES;
import static org.cocontrol.reference.ReportFixtures.cleanPlant;
import static org.cocontrol.reference.ReportFixtures.input;
import static org.cocontrol.reference.ReportFixtures.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportKind;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.reporting.Reporting;
import org.cocontrol.io.ReportWorkbook;
import org.junit.jupiter.api.Test;

/** The report tables written as xlsx and read back: the totals and the monthly rows are there. */
class ReportWorkbookTests {

  private static XSSFWorkbook roundTrip(ReportInput in, ReportResult r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWorkbook.write(in, r, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static Row find(Sheet s, String first) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.toString().equals(first)) {
        return r;
      }
    }
    throw new AssertionError("no row " + first + " in " + s.getSheetName());
  }

  @Test
  void powerReportTablesCarryTheMonthsAndTheTotal() throws Exception {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 5, "bituminous_coal").car = null;
    ReportInput in = input(ReportKind.GHG, rows);
    ReportResult r = Reporting.compute(in, ACCOUNTANT, RULES);
    try (XSSFWorkbook wb = roundTrip(in, r)) {
      assertThat(wb.getSheet(ReportWorkbook.BASIC)).isNotNull();
      Sheet fuel = wb.getSheet(ReportWorkbook.FUEL);
      assertThat(fuel.getRow(0).getCell(0).getStringCellValue()).isEqualTo("设施");
      assertThat(fuel.getLastRowNum()).isEqualTo(12);
      Row january = fuel.getRow(1);
      assertThat(january.getCell(2).getStringCellValue()).isEqualTo("烟煤");
      assertThat(january.getCell(3).getNumericCellValue()).isEqualTo(101_000);
      assertThat(january.getCell(7).getNumericCellValue()).isCloseTo(0.571, within(1e-12));
      assertThat(january.getCell(9).getStringCellValue()).isEqualTo("实测");
      assertThat(january.getCell(13).getStringCellValue()).isEqualTo("C2023-101");
      Row may = fuel.getRow(5);
      assertThat(may.getCell(7)).isNull();
      assertThat(may.getCell(8).getNumericCellValue()).isEqualTo(0.03085);
      assertThat(may.getCell(9).getStringCellValue()).isEqualTo("缺省值");
      // 105 000 × 21.55 × 0.03085 × 0.99 × 44/12
      assertThat(may.getCell(11).getNumericCellValue())
          .isCloseTo(253_395.190125, within(253_395.19 * 1e-9));

      Sheet summary = wb.getSheet(ReportWorkbook.SUMMARY);
      Row whole = find(summary, "全厂合计");
      assertThat(whole.getCell(7).getNumericCellValue())
          .isCloseTo(2_709_217.240125, within(2_709_217.24 * 1e-9));
      Row total = null;
      for (Row x : summary) {
        if (x.getCell(1) != null && x.getCell(1).toString().equals("CO2")) {
          total = x;
        }
      }
      assertThat(total).isNotNull();
      assertThat(total.getCell(2).getNumericCellValue())
          .isCloseTo(2_709_217.240125, within(2_709_217.24 * 1e-9));
      Sheet energy = wb.getSheet(ReportWorkbook.ENERGY);
      assertThat(energy.getRow(1).getCell(7).getStringCellValue()).isEqualTo("不计入（信息项）");
      assertThat(wb.getSheet(ReportWorkbook.PRODUCTION).getLastRowNum()).isEqualTo(12);
    }
  }

  @Test
  void permitTablesCompareEachOutletWithItsPermittedTonnes() throws Exception {
    ReportInput in = input(ReportKind.PERMIT, cleanPlant());
    ReportResult r = Reporting.compute(in, ACCOUNTANT, RULES);
    try (XSSFWorkbook wb = roundTrip(in, r)) {
      Sheet s = wb.getSheet(ReportWorkbook.OUTLETS);
      Row so2 = null;
      for (Row x : s) {
        if (x.getCell(3) != null && x.getCell(3).toString().equals("二氧化硫")) {
          so2 = x;
        }
      }
      assertThat(so2).isNotNull();
      assertThat(so2.getCell(0).getStringCellValue()).isEqualTo("DA001");
      // no control: 1 278 000 t × 0.8 % × 0.85 × 2 = 17 380.8 t, permitted 100 000 t
      assertThat(so2.getCell(16).getNumericCellValue()).isCloseTo(17_380.8, within(1e-6));
      assertThat(so2.getCell(17).getNumericCellValue()).isEqualTo(100_000);
      assertThat(so2.getCell(19).getStringCellValue()).isEqualTo("否");
      assertThat(wb.getSheet(ReportWorkbook.CHECKS).getLastRowNum()).isZero();
    }
  }
}
