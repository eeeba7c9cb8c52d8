package org.cocontrol.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.cocontrol.reference.ReferenceLoader;
import org.junit.jupiter.api.Test;

/**
 * The downloadable activity template: its sheets, headers and checks, and that a filled-in copy
 * reads back.
 */
class ActivityTemplateTests {

  static final ReferenceData REF = ReferenceLoader.load();

  static final List<String> ZH_HEADER =
      List.of(
          "记录编号",
          "单位编号",
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
          "VOCs含量",
          "实测二氧化硫(t)",
          "实测氮氧化物(t)",
          "实测颗粒物(t)",
          "实测二氧化碳(t)");
  static final List<String> EN_HEADER =
      List.of(
          "record_id",
          "entity_id",
          "region",
          "year",
          "source",
          "activity",
          "amount",
          "unit",
          "ncv",
          "ncv_unit",
          "carbon_content",
          "carbon_content_unit",
          "oxidation",
          "sulfur_pct",
          "ash_pct",
          "volatile_pct",
          "controls",
          "technology",
          "voc_content_pct",
          "measured_SO2_t",
          "measured_NOX_t",
          "measured_PM_t",
          "measured_CO2_t");

  /** The record both round trips must give back. */
  static final ActivityRecord COAL =
      new ActivityRecord(
          "R1",
          "91210100MA0XXXXX1A",
          Adcode.of(210106),
          2022,
          "POWER",
          "raw_coal",
          1000,
          Unit.T,
          null,
          null,
          null,
          0.8,
          null,
          null,
          List.of(ControlSpec.of("wet_fgd"), ControlSpec.of("scr"), ControlSpec.of("esp")),
          null,
          Map.of(Substance.SO2, 12.5),
          null);

  @Test
  void chineseTemplateHasItsSheetsAndTheHeadersTheReaderAccepts() throws IOException {
    try (XSSFWorkbook wb = open(template(Locale.CHINESE))) {
      assertThat(sheetNames(wb)).containsExactly("活动数据", "填写说明", "代码表", "行政区划");
      XSSFSheet data = wb.getSheet("活动数据");
      assertThat(texts(data.getRow(0))).containsExactlyElementsOf(ZH_HEADER);
      // Nothing but the header: the reader would take a second row as data.
      assertThat(data.getLastRowNum()).isZero();
      assertThat(wb.getActiveSheetIndex()).isZero();

      PaneInformation pane = data.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
      for (int i = 0; i < EN_HEADER.size(); i++) {
        XSSFCell cell = data.getRow(0).getCell(i);
        assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
        // The code name of every column sits in the header's comment.
        assertThat(cell.getCellComment()).as(EN_HEADER.get(i)).isNotNull();
        assertThat(cell.getCellComment().getString().getString()).startsWith(EN_HEADER.get(i));
        assertThat(data.getColumnWidth(i)).isGreaterThanOrEqualTo(8 * 256);
      }
      // Required columns stand out from optional ones.
      XSSFRow head = data.getRow(0);
      assertThat(head.getCell(0).getCellStyle().getFillForegroundColorColor())
          .isEqualTo(head.getCell(7).getCellStyle().getFillForegroundColorColor())
          .isNotEqualTo(head.getCell(8).getCellStyle().getFillForegroundColorColor());
      // Codes keep their leading zeros, credit codes their digits.
      assertThat(data.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
      assertThat(data.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
    }
  }

  @Test
  void englishTemplateHasEnglishNamesAndCanonicalHeaders() throws IOException {
    try (XSSFWorkbook wb = open(template(Locale.ENGLISH))) {
      assertThat(sheetNames(wb)).containsExactly("activities", "instructions", "codes", "regions");
      assertThat(texts(wb.getSheet("activities").getRow(0))).containsExactlyElementsOf(EN_HEADER);
      assertThat(
              wb.getSheet("activities")
                  .getRow(0)
                  .getCell(5)
                  .getCellComment()
                  .getString()
                  .getString())
          .startsWith("activity");
    }
    // Any Chinese locale is Chinese; any other language falls back to English.
    try (XSSFWorkbook wb = open(template(Locale.SIMPLIFIED_CHINESE))) {
      assertThat(wb.getSheetName(0)).isEqualTo("活动数据");
    }
    try (XSSFWorkbook wb = open(template(Locale.FRENCH))) {
      assertThat(wb.getSheetName(0)).isEqualTo("activities");
    }
  }

  @Test
  void dataSheetChecksEachColumnOnRows2To10001() throws IOException {
    try (XSSFWorkbook wb = open(template(Locale.CHINESE))) {
      Map<String, XSSFDataValidation> byHeader = validations(wb.getSheet("活动数据"));
      assertThat(byHeader.keySet()).containsExactlyInAnyOrderElementsOf(ZH_HEADER);

      for (XSSFDataValidation v : byHeader.values()) {
        CellRangeAddress range = v.getRegions().getCellRangeAddresses()[0];
        assertThat(v.getRegions().countRanges()).isEqualTo(1);
        assertThat(range.getFirstRow()).isEqualTo(1);
        assertThat(range.getLastRow()).isEqualTo(10_000);
        assertThat(range.getFirstColumn()).isEqualTo(range.getLastColumn());
        assertThat(v.getEmptyCellAllowed()).isTrue();
        // Excel's own limits; longer texts make it call the file corrupt.
        assertThat(v.getPromptBoxTitle()).hasSizeLessThanOrEqualTo(32);
        assertThat(v.getPromptBoxText()).isNotBlank().hasSizeLessThanOrEqualTo(255);
        if (v.getErrorBoxText() != null) {
          assertThat(v.getErrorBoxTitle()).hasSizeLessThanOrEqualTo(32);
          assertThat(v.getErrorBoxText()).hasSizeLessThanOrEqualTo(225);
        }
      }

      assertList(byHeader.get("排放源"), "cc_sources");
      assertList(byHeader.get("活动类型"), "cc_activities");
      assertList(byHeader.get("计量单位"), "cc_units");
      assertList(byHeader.get("低位发热量单位"), "cc_ncv_units");
      assertList(byHeader.get("含碳量单位"), "cc_carbon_units");
      assertThat(listValues(wb, byHeader.get("排放源")))
          .containsExactlyElementsOf(
              REF.classification().sources().stream().map(s -> s.code()).toList());
      assertThat(listValues(wb, byHeader.get("活动类型")))
          .containsExactlyElementsOf(
              REF.classification().activities().stream().map(Activity::nameZh).toList());
      assertThat(listValues(wb, byHeader.get("计量单位")))
          .contains("t", "万t", "万Nm3", "MWh", "GJ", "tce", "head", "ha")
          .doesNotContain("%", "fraction");
      assertThat(listValues(wb, byHeader.get("低位发热量单位"))).contains("GJ/t", "GJ/万Nm3", "kJ/kg");
      assertThat(listValues(wb, byHeader.get("含碳量单位"))).contains("tC/GJ", "tC/t");
      // Lists only warn: the reader also takes IPCC codes, aliases and Chinese unit names.
      assertThat(byHeader.get("排放源").getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);

      XSSFDataValidation year = byHeader.get("年份");
      assertThat(year.getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.INTEGER);
      assertThat(year.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
      assertThat(year.getValidationConstraint().getFormula1()).isEqualTo("1900");
      assertThat(year.getValidationConstraint().getFormula2()).isEqualTo("2100");
      assertThat(year.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);

      XSSFDataValidation region = byHeader.get("行政区划代码");
      assertThat(region.getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.TEXT_LENGTH);
      assertThat(region.getValidationConstraint().getOperator()).isEqualTo(OperatorType.EQUAL);
      assertThat(region.getValidationConstraint().getFormula1()).isEqualTo("6");

      for (String h :
          List.of("活动水平", "低位发热量", "含碳量", "实测二氧化硫(t)", "实测氮氧化物(t)", "实测颗粒物(t)", "实测二氧化碳(t)")) {
        assertThat(byHeader.get(h).getValidationConstraint().getValidationType())
            .as(h)
            .isEqualTo(ValidationType.DECIMAL);
        assertThat(byHeader.get(h).getValidationConstraint().getOperator())
            .as(h)
            .isEqualTo(OperatorType.GREATER_OR_EQUAL);
        assertThat(byHeader.get(h).getValidationConstraint().getFormula1()).as(h).isEqualTo("0");
      }
      for (String h : List.of("硫分", "灰分", "挥发分", "VOCs含量")) {
        assertThat(byHeader.get(h).getValidationConstraint().getValidationType())
            .as(h)
            .isEqualTo(ValidationType.DECIMAL);
        assertThat(byHeader.get(h).getValidationConstraint().getFormula2()).as(h).isEqualTo("100");
      }
      assertThat(byHeader.get("碳氧化率").getValidationConstraint().getFormula1())
          .isEqualTo("AND(ISNUMBER(M2),M2>0,M2<=1)");
      assertThat(byHeader.get("记录编号").getValidationConstraint().getFormula1())
          .isEqualTo("COUNTIF($A$2:$A$10001,A2)=1");
      // Controls are free text, checked on upload; the column still explains its syntax when
      // selected.
      assertThat(byHeader.get("治理设施").getValidationConstraint().getValidationType())
          .isEqualTo(ValidationType.ANY);
      assertThat(byHeader.get("治理设施").getPromptBoxText()).contains("wet_fgd;scr:0.85;esp");
    }
  }

  @Test
  void englishTemplateOffersActivityCodes() throws IOException {
    try (XSSFWorkbook wb = open(template(Locale.ENGLISH))) {
      Map<String, XSSFDataValidation> byHeader = validations(wb.getSheet("activities"));
      assertThat(byHeader.keySet()).containsExactlyInAnyOrderElementsOf(EN_HEADER);
      assertThat(listValues(wb, byHeader.get("activity")))
          .containsExactlyElementsOf(
              REF.classification().activities().stream().map(Activity::code).toList());
      for (XSSFDataValidation v : byHeader.values()) {
        assertThat(v.getPromptBoxTitle()).hasSizeLessThanOrEqualTo(32);
        assertThat(v.getPromptBoxText()).hasSizeLessThanOrEqualTo(255);
        if (v.getErrorBoxText() != null) {
          assertThat(v.getErrorBoxText()).hasSizeLessThanOrEqualTo(225);
        }
      }
    }
  }

  @Test
  void instructionsExplainTheColumnsInBothLanguages() throws IOException {
    try (XSSFWorkbook wb = open(template(Locale.CHINESE))) {
      String text = allText(wb.getSheet("填写说明"));
      assertThat(text)
          .contains(
              "wet_fgd;scr:0.85;esp",
              "GB/T 2260",
              "000000",
              "活动数据!G5",
              "整个文件都不会导入",
              "rejects the whole upload");
      for (int i = 0; i < ZH_HEADER.size(); i++) {
        assertThat(text).contains(ZH_HEADER.get(i), EN_HEADER.get(i));
      }
      // Chinese first, English beneath.
      assertThat(text.indexOf("填写规则")).isLessThan(text.indexOf("Rules"));
      // The example column is the first row of examples/activities.csv.
      assertThat(text)
          .contains("LN-001", "91210100MA0XXXXX1A", "210106", "1200000", "20.934", "pc_boiler");
    }
    try (XSSFWorkbook wb = open(template(Locale.ENGLISH))) {
      String text = allText(wb.getSheet("instructions"));
      assertThat(text.indexOf("Rules")).isLessThan(text.indexOf("填写规则"));
      assertThat(text).contains("activities!G5");
    }
  }

  @Test
  void codeSheetsListEveryCodeAndEveryRegion() throws IOException {
    Classification c = REF.classification();
    try (XSSFWorkbook wb = open(template(Locale.CHINESE))) {
      String codes = allText(wb.getSheet("代码表"));
      c.activities()
          .forEach(a -> assertThat(codes).contains(a.code(), a.nameZh(), a.defaultUnit().symbol()));
      c.sources().forEach(s -> assertThat(codes).contains(s.code(), s.nameZh(), s.ipcc()));
      c.controls()
          .forEach(
              k -> assertThat(codes).contains(k.code(), k.nameZh(), k.primarySubstance().code()));
      assertThat(codes)
          .contains("GB/T 4754-2017", "D4411", "1 万t = 10000 t", "tC/GJ", "GJ/万Nm3", "挥发性有机物");

      XSSFSheet regions = wb.getSheet("行政区划");
      assertThat(regions.getLastRowNum()).isEqualTo(REF.regions().all().size());
      assertThat(allText(regions)).contains("210106", "和平区", "000000", "全国");
    }
  }

  @Test
  void blankTemplateReadsWithoutProblems() throws IOException {
    // Every header recognised: an unknown one would come back as a warning, a missing required one
    // as an error. The
    // only problem is that a blank template holds no data to report.
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      ActivityImport result = read(template(locale));
      assertThat(result.problems())
          .as(locale.toString())
          .singleElement()
          .satisfies(
              p -> assertThat(p.message()).contains("the file has a header but no data rows"));
      assertThat(result.records()).isEmpty();
    }
  }

  @Test
  void filledChineseTemplateReadsBack() throws IOException {
    byte[] filled =
        fill(
            template(Locale.CHINESE),
            "活动数据",
            cells(
                "记录编号",
                "R1",
                "单位编号",
                "91210100MA0XXXXX1A",
                "行政区划代码",
                "210106",
                "年份",
                2022,
                "排放源",
                "POWER",
                "活动类型",
                "原煤",
                "活动水平",
                1000,
                "计量单位",
                "t",
                "硫分",
                0.8,
                "治理设施",
                "wet_fgd;scr;esp",
                "实测二氧化硫(t)",
                12.5));

    ActivityImport result = read(filled);

    assertThat(result.problems()).isEmpty();
    assertThat(result.records()).containsExactly(COAL);
  }

  @Test
  void filledEnglishTemplateReadsBack() throws IOException {
    byte[] filled =
        fill(
            template(Locale.ENGLISH),
            "activities",
            cells(
                "record_id",
                "R1",
                "entity_id",
                "91210100MA0XXXXX1A",
                "region",
                210106,
                "year",
                2022,
                "source",
                "POWER",
                "activity",
                "raw_coal",
                "amount",
                1000,
                "unit",
                "t",
                "sulfur_pct",
                0.8,
                "controls",
                "wet_fgd;scr;esp",
                "measured_SO2_t",
                12.5));

    ActivityImport result = read(filled);

    assertThat(result.problems()).isEmpty();
    assertThat(result.records()).containsExactly(COAL);
  }

  @Test
  void everyDropDownValueIsOneTheReaderAccepts() throws IOException {
    Classification c = REF.classification();
    byte[] template = template(Locale.CHINESE);
    List<Map<String, Object>> rows = new ArrayList<>();
    try (XSSFWorkbook wb = open(template)) {
      Map<String, XSSFDataValidation> byHeader = validations(wb.getSheet("活动数据"));
      for (String source : listValues(wb, byHeader.get("排放源"))) {
        rows.add(row(Map.of("排放源", source)));
      }
      for (String name : listValues(wb, byHeader.get("活动类型"))) {
        Activity a = c.activity(name).orElseThrow();
        assertThat(a.nameZh()).isEqualTo(name);
        rows.add(row(Map.of("活动类型", name, "计量单位", a.defaultUnit().symbol())));
      }
      for (String symbol : listValues(wb, byHeader.get("计量单位"))) {
        Unit unit = Unit.parse(symbol).orElseThrow();
        Activity fitting =
            c.activities().stream()
                .filter(a -> a.kind().allowedDimensions().contains(unit.dimension()))
                .findFirst()
                .orElseThrow();
        rows.add(row(Map.of("活动类型", fitting.nameZh(), "计量单位", symbol)));
      }
      for (String unit : listValues(wb, byHeader.get("低位发热量单位"))) {
        rows.add(row(Map.of("低位发热量", 20, "低位发热量单位", unit)));
      }
      for (String unit : listValues(wb, byHeader.get("含碳量单位"))) {
        rows.add(row(Map.of("含碳量", 0.5, "含碳量单位", unit)));
      }
    }

    ActivityImport result = read(fill(template, "活动数据", rows));

    assertThat(result.problems()).isEmpty();
    assertThat(result.records()).hasSize(rows.size());
  }

  // ------------------------------------------------------------ helpers

  static byte[] template(Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ActivityTemplate.write(out, REF.classification(), REF.regions(), locale);
    return out.toByteArray();
  }

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static ActivityImport read(byte[] bytes) throws IOException {
    return new ActivityReader(REF.classification(), REF.regions())
        .read("template.xlsx", new ByteArrayInputStream(bytes), TableFormat.XLSX);
  }

  /** Header, value pairs in order. */
  private static Map<String, Object> cells(Object... pairs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], pairs[i + 1]);
    }
    return out;
  }

  /** A valid coal row, numbered by its position, with some cells replaced. */
  private static Map<String, Object> row(Map<String, Object> changes) {
    Map<String, Object> r =
        new HashMap<>(
            Map.of(
                "记录编号", "", "单位编号", "E1", "行政区划代码", "210106", "年份", 2022, "排放源", "POWER", "活动类型",
                "原煤", "活动水平", 1000, "计量单位", "t"));
    r.putAll(changes);
    return r;
  }

  static byte[] fill(byte[] template, String sheetName, Map<String, Object> values)
      throws IOException {
    return fill(template, sheetName, List.of(values));
  }

  /** Types rows into the data sheet under the headers named, as a user would. */
  static byte[] fill(byte[] template, String sheetName, List<Map<String, Object>> rows)
      throws IOException {
    try (XSSFWorkbook wb = open(template)) {
      XSSFSheet sheet = wb.getSheet(sheetName);
      Map<String, Integer> columns = new HashMap<>();
      for (Cell cell : sheet.getRow(0)) {
        columns.put(cell.getStringCellValue(), cell.getColumnIndex());
      }
      for (int i = 0; i < rows.size(); i++) {
        XSSFRow row = sheet.createRow(i + 1);
        for (Map.Entry<String, Object> e : rows.get(i).entrySet()) {
          Integer column = columns.get(e.getKey());
          assertThat(column).as(e.getKey()).isNotNull();
          Object v =
              e.getKey().equals("记录编号") && "".equals(e.getValue()) ? "R" + (i + 1) : e.getValue();
          if (v instanceof Number n) {
            row.createCell(column).setCellValue(n.doubleValue());
          } else {
            row.createCell(column).setCellValue((String) v);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }

  private static String allText(XSSFSheet sheet) {
    DataFormatter f = new DataFormatter();
    StringBuilder sb = new StringBuilder();
    sheet.forEach(r -> r.forEach(c -> sb.append(f.formatCellValue(c)).append('\n')));
    return sb.toString();
  }

  /** The sheet's validations by the header of the column each covers. */
  private static Map<String, XSSFDataValidation> validations(XSSFSheet sheet) {
    Map<String, XSSFDataValidation> out = new LinkedHashMap<>();
    for (XSSFDataValidation v : sheet.getDataValidations()) {
      int column = v.getRegions().getCellRangeAddresses()[0].getFirstColumn();
      XSSFDataValidation earlier = out.put(sheet.getRow(0).getCell(column).getStringCellValue(), v);
      assertThat(earlier).as("two validations on column " + column).isNull();
    }
    return out;
  }

  private static void assertList(XSSFDataValidation v, String name) {
    assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
    assertThat(v.getValidationConstraint().getFormula1()).isEqualTo(name);
  }

  /** The values a list drop-down offers, read through its workbook name as Excel would. */
  private static List<String> listValues(XSSFWorkbook wb, XSSFDataValidation v) {
    String formula = wb.getName(v.getValidationConstraint().getFormula1()).getRefersToFormula();
    AreaReference area = new AreaReference(formula, wb.getSpreadsheetVersion());
    List<String> out = new ArrayList<>();
    for (CellReference ref : area.getAllReferencedCells()) {
      Row row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
      Cell cell = row == null ? null : row.getCell(ref.getCol());
      out.add(cell == null ? "" : cell.getStringCellValue());
    }
    return out;
  }
}
