package org.cocontrol.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.classification.Control;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.region.Regions;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Dimension;
import org.cocontrol.core.unit.Unit;
import org.cocontrol.io.TemplateField.Check;
import org.cocontrol.io.TemplateField.Text;

/**
 * Writes the Excel template users download, fill in and upload as activity data: a data sheet whose
 * headers are exactly what {@link ActivityReader} reads, with drop-down lists and range checks so
 * most mistakes are caught while typing rather than on upload; an instructions sheet; a code table
 * the drop-downs draw on; and the list of administrative divisions.
 *
 * <p>Sheets, in order ({@link Locale#CHINESE} name / otherwise):
 *
 * <ol>
 *   <li>{@code 活动数据} / {@code activities}: the header row only, bold and frozen, each header
 *       carrying a comment with its code name and meaning. No second header row: the reader takes
 *       the first non-empty row as the header and every later one as data.
 *   <li>{@code 填写说明} / {@code instructions}: the rules, and every column with its meaning, unit and
 *       an example, in both languages, the template's own first.
 *   <li>{@code 代码表} / {@code codes}: activities, sources, controls, units and substances.
 *   <li>{@code 行政区划} / {@code regions}: the GB/T 2260 divisions.
 * </ol>
 */
public final class ActivityTemplate {

  /**
   * Sheet names; the data sheet's must be one the reader looks for first in a workbook of several.
   */
  static final Text DATA_SHEET = new Text("活动数据", "activities");

  static final Text INSTRUCTIONS_SHEET = new Text("填写说明", "instructions");
  static final Text CODES_SHEET = new Text("代码表", "codes");
  static final Text REGIONS_SHEET = new Text("行政区划", "regions");

  /**
   * The rows (0-based, so Excel's 2 to 10001) that get drop-downs and checks; rows beyond are still
   * read.
   */
  static final int FIRST_DATA_ROW = 1;

  static final int LAST_DATA_ROW = 10_000;

  /**
   * The years Excel lets through: the reader's own range, so the template never blocks a year an
   * upload would take.
   */
  static final int MIN_YEAR = 1900;

  static final int MAX_YEAR = 2100;

  /**
   * NCV and carbon-content units offered in the drop-downs; the reader accepts any of the right
   * kind.
   */
  static final List<String> NCV_UNITS =
      List.of("GJ/t", "GJ/万Nm3", "kJ/kg", "kJ/Nm3", "MJ/kg", "MJ/Nm3");

  static final List<String> CARBON_UNITS = List.of("tC/GJ", "tC/TJ", "tC/t");

  /**
   * Workbook names of the drop-down ranges: names, unlike cross-sheet references, work in every
   * Excel version.
   */
  static final String SOURCES_LIST = "cc_sources";

  static final String ACTIVITIES_LIST = "cc_activities";
  static final String UNITS_LIST = "cc_units";
  static final String NCV_UNITS_LIST = "cc_ncv_units";
  static final String CARBON_UNITS_LIST = "cc_carbon_units";

  /** Column widths of the instructions sheet, in characters; its paragraphs span them all. */
  private static final int[] INSTRUCTION_WIDTHS = {20, 30, 9, 70, 26, 22};

  /** Height of one wrapped line, in points, with room for CJK glyphs. */
  private static final float LINE_POINTS = 15;

  private ActivityTemplate() {}

  /**
   * Writes the template as an xlsx workbook. Any Chinese locale gives Chinese headers, sheet names
   * and texts first; any other gives the English ones. The stream is left open.
   *
   * @throws IOException when the stream cannot be written
   */
  public static void write(
      OutputStream out, Classification classification, Regions regions, Locale locale)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(regions, "regions");
    boolean chinese =
        Objects.requireNonNull(locale, "locale").getLanguage().equals(Locale.CHINESE.getLanguage());
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      new Builder(wb, classification, regions, chinese).build();
      wb.write(out);
    }
  }

  /**
   * Units an activity amount may be given in: those of a dimension some kind of activity allows.
   */
  private static List<Unit> amountUnits() {
    Set<Dimension> allowed = EnumSet.noneOf(Dimension.class);
    for (ActivityKind k : ActivityKind.values()) {
      allowed.addAll(k.allowedDimensions());
    }
    return Arrays.stream(Unit.values()).filter(u -> allowed.contains(u.dimension())).toList();
  }

  /** Builds one workbook; holds the styles, which a workbook can only have a limited number of. */
  private static final class Builder {
    private final XSSFWorkbook wb;
    private final Classification classification;
    private final Regions regions;
    private final boolean zh;
    private final List<TemplateField> fields = TemplateField.all();
    private final XSSFCellStyle requiredHeader;
    private final XSSFCellStyle optionalHeader;
    private final XSSFCellStyle tableHeader;
    private final XSSFCellStyle bold;
    private final XSSFCellStyle title;
    private final XSSFCellStyle wrap;
    private final XSSFCellStyle secondLanguage;
    private final XSSFCellStyle textFormat;

    Builder(XSSFWorkbook wb, Classification classification, Regions regions, boolean zh) {
      this.wb = wb;
      this.classification = classification;
      this.regions = regions;
      this.zh = zh;
      requiredHeader = headerStyle(new byte[] {(byte) 255, (byte) 217, (byte) 102});
      optionalHeader = headerStyle(new byte[] {(byte) 221, (byte) 235, (byte) 247});
      tableHeader = headerStyle(new byte[] {(byte) 217, (byte) 217, (byte) 217});
      bold = wb.createCellStyle();
      bold.setFont(font(true, false, 11, null));
      title = wb.createCellStyle();
      title.setFont(font(true, false, 14, null));
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      secondLanguage = wb.createCellStyle();
      secondLanguage.cloneStyleFrom(wrap);
      secondLanguage.setFont(font(false, true, 10, new byte[] {89, 89, 89}));
      textFormat = wb.createCellStyle();
      textFormat.setDataFormat(wb.createDataFormat().getFormat("@"));
    }

    void build() {
      // Names can only refer to sheets that exist, and the drop-downs refer to the names: create
      // first, fill after.
      XSSFSheet data = wb.createSheet(DATA_SHEET.pick(zh));
      XSSFSheet instructions = wb.createSheet(INSTRUCTIONS_SHEET.pick(zh));
      XSSFSheet codes = wb.createSheet(CODES_SHEET.pick(zh));
      XSSFSheet regionSheet = wb.createSheet(REGIONS_SHEET.pick(zh));
      codes(codes);
      regions(regionSheet);
      instructions(instructions);
      data(data);
      wb.setActiveSheet(0);
      wb.setSelectedTab(0);
      wb.getProperties()
          .getCoreProperties()
          .setTitle(zh ? "CoControl 活动数据填报模板" : "CoControl activity data template");
      wb.getProperties().getCoreProperties().setCreator("CoControl");
    }

    // ------------------------------------------------------------ data sheet

    private void data(XSSFSheet sheet) {
      XSSFRow header = sheet.createRow(0);
      XSSFDrawing drawing = sheet.createDrawingPatriarch();
      for (int i = 0; i < fields.size(); i++) {
        TemplateField f = fields.get(i);
        XSSFCell cell = header.createCell(i);
        cell.setCellValue(f.header(zh));
        cell.setCellStyle(f.required() ? requiredHeader : optionalHeader);
        cell.setCellComment(comment(drawing, i, f));
        sheet.setColumnWidth(i, Math.max(f.width(), displayWidth(f.header(zh)) + 3) * 256);
        if (f.text()) {
          sheet.setDefaultColumnStyle(i, textFormat);
        }
        validate(sheet, i, f);
      }
      sheet.createFreezePane(0, 1);
    }

    /**
     * The column's code name and meaning, on the header cell itself, since no second header row is
     * allowed.
     */
    private Comment comment(XSSFDrawing drawing, int column, TemplateField f) {
      String text =
          f.key()
              + (f.required()
                  ? (zh ? "（必填 required）" : " (required 必填)")
                  : (zh ? "（可选 optional）" : " (optional 可选)"))
              + "\n"
              + f.meaning().both(zh);
      ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
      anchor.setCol1(column + 1);
      anchor.setCol2(column + 5);
      anchor.setRow1(1);
      anchor.setRow2(1 + Math.max(5, displayWidth(text) / 40 + text.split("\n").length));
      Comment c = drawing.createCellComment(anchor);
      c.setString(wb.getCreationHelper().createRichTextString(text));
      c.setAuthor("CoControl");
      return c;
    }

    private void validate(XSSFSheet sheet, int column, TemplateField f) {
      DataValidationHelper helper = sheet.getDataValidationHelper();
      String col = CellReference.convertNumToColString(column);
      // Relative references in a custom formula are read from the first cell of the range.
      String first = col + (FIRST_DATA_ROW + 1);
      String all = "$" + col + "$" + (FIRST_DATA_ROW + 1) + ":$" + col + "$" + (LAST_DATA_ROW + 1);
      DataValidationConstraint constraint;
      // STOP where the reader would refuse the value too; WARNING for lists, since the reader also
      // takes
      // spellings a list cannot hold (IPCC codes, aliases, 吨), which the user may then keep.
      int style = DataValidation.ErrorStyle.STOP;
      Text error;
      switch (f.check()) {
        case NONE -> {
          // No check, but the prompt still tells what goes in: for controls the syntax is the whole
          // point.
          constraint =
              new XSSFDataValidationConstraint(ValidationType.ANY, OperatorType.IGNORED, null);
          error = Text.none();
        }
        case UNIQUE -> {
          constraint = helper.createCustomConstraint("COUNTIF(" + all + "," + first + ")=1");
          error = new Text("记录编号在本文件内不得重复。", "record_id must be unique within the file.");
        }
        case REGION -> {
          constraint = helper.createTextLengthConstraint(OperatorType.EQUAL, "6", null);
          error =
              new Text(
                  "行政区划代码应为 6 位数字（GB/T 2260），全国合计填 000000。",
                  "The region must be a 6-digit GB/T 2260 code; 000000 for national totals.");
        }
        case YEAR -> {
          constraint =
              helper.createIntegerConstraint(
                  OperatorType.BETWEEN, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
          error =
              new Text(
                  "年份应为 " + MIN_YEAR + "–" + MAX_YEAR + " 之间的整数。",
                  "The year must be a whole number from " + MIN_YEAR + " to " + MAX_YEAR + ".");
        }
        case SOURCE_LIST -> {
          constraint = helper.createFormulaListConstraint(SOURCES_LIST);
          style = DataValidation.ErrorStyle.WARNING;
          error =
              new Text(
                  "不在列表中。IPCC 2006 类别代码（如 1.A.1.a）也可以，其他写法上传时会报错。",
                  "Not in the list. IPCC 2006 codes (e.g. 1.A.1.a) are accepted too; anything else is refused on upload.");
        }
        case ACTIVITY_LIST -> {
          constraint = helper.createFormulaListConstraint(ACTIVITIES_LIST);
          style = DataValidation.ErrorStyle.WARNING;
          error =
              new Text(
                  "不在列表中。代码表中的代码（如 raw_coal）或英文名也可以，其他写法上传时会报错。",
                  "Not in the list. Chinese names (e.g. 原煤) and English names from the codes sheet are accepted too; anything else is"
                      + " refused on upload.");
        }
        case UNIT_LIST -> {
          constraint = helper.createFormulaListConstraint(UNITS_LIST);
          style = DataValidation.ErrorStyle.WARNING;
          error =
              new Text(
                  "不在列表中。吨、万吨、千瓦时等中文写法也可以，其他写法上传时会报错。",
                  "Not in the list. Chinese spellings such as 吨 or 千瓦时 are accepted too; anything else is refused on upload.");
        }
        case NCV_UNIT_LIST -> {
          constraint = helper.createFormulaListConstraint(NCV_UNITS_LIST);
          style = DataValidation.ErrorStyle.WARNING;
          error =
              new Text(
                  "不在列表中。应为每质量或每体积的热量，如 GJ/t、kJ/kg、GJ/万Nm3。",
                  "Not in the list. It must be energy per mass or per volume, e.g. GJ/t, kJ/kg, GJ/万Nm3.");
        }
        case CARBON_UNIT_LIST -> {
          constraint = helper.createFormulaListConstraint(CARBON_UNITS_LIST);
          style = DataValidation.ErrorStyle.WARNING;
          error =
              new Text(
                  "不在列表中。应为每热量或每质量的碳，如 tC/GJ、tC/t。",
                  "Not in the list. It must be carbon per energy or per mass, e.g. tC/GJ, tC/t.");
        }
        case NON_NEGATIVE -> {
          constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
          error = new Text("应为不小于 0 的数值，不带单位。", "Must be a number ≥ 0, without a unit.");
        }
        case FRACTION -> {
          // Excel has no half-open range, and the reader refuses an oxidation rate of 0.
          constraint =
              helper.createCustomConstraint(
                  "AND(ISNUMBER(" + first + ")," + first + ">0," + first + "<=1)");
          error =
              new Text(
                  "碳氧化率应为大于 0、不超过 1 的小数（如 0.98）。",
                  "The oxidation rate must be above 0 and at most 1 (e.g. 0.98).");
        }
        case PERCENT -> {
          constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
          error =
              new Text(
                  "应为 0–100 之间的质量百分数数值（0.8 表示 0.8%）。",
                  "Must be a mass percent from 0 to 100 (0.8 means 0.8 %).");
        }
        default -> throw new AssertionError(f.check());
      }
      DataValidation v =
          helper.createValidation(
              constraint, new CellRangeAddressList(FIRST_DATA_ROW, LAST_DATA_ROW, column, column));
      v.setEmptyCellAllowed(true);
      v.createPromptBox(shortTitle(f.header(zh)), f.meaning().pick(zh));
      v.setShowPromptBox(true);
      if (f.check() != Check.NONE) {
        v.setErrorStyle(style);
        v.createErrorBox(shortTitle(f.header(zh)), error.pick(zh));
        v.setShowErrorBox(true);
      }
      sheet.addValidationData(v);
    }

    // ------------------------------------------------------------ instructions

    private void instructions(XSSFSheet sheet) {
      for (int i = 0; i < INSTRUCTION_WIDTHS.length; i++) {
        sheet.setColumnWidth(i, INSTRUCTION_WIDTHS[i] * 256);
      }
      int r = 0;
      r =
          paragraph(
              sheet,
              r,
              new Text(
                  "CoControl 活动数据填报模板 — 填写说明", "CoControl activity data template — instructions"),
              title);
      r++;
      r = paragraph(sheet, r, new Text("一、填写规则", "1. Rules"), bold);
      String data = DATA_SHEET.pick(zh);
      List<Text> rules =
          List.of(
              new Text(
                  "在“"
                      + data
                      + "”表中每行填写一条活动数据（一个单位、一个排放源、一种活动、一个年份）。第 1 行是表头，请勿修改、删除，"
                      + "也不要在其上方插入行或说明；表头的批注给出了各列的代码名。不需要的可选列可以删除，列的顺序可以调整。",
                  "Fill one activity record per row on the "
                      + data
                      + " sheet (one entity, source, activity and year). Row 1 is the header: do"
                      + " not change or delete it, and put no rows or notes above it; each header's comment gives the column's code name."
                      + " Optional columns you do not need may be deleted, and columns may be reordered."),
              new Text(
                  "黄色表头为必填列：记录编号、单位编号、行政区划代码、年份、排放源、活动类型、活动水平、计量单位；蓝色表头为可选列，不填时使用缺省参数。",
                  "Yellow headers are required: record_id, entity_id, region, year, source, activity, amount, unit. Blue ones are optional;"
                      + " defaults apply when they are blank."),
              new Text(
                  "上传时会逐格检查全部数据。只要有一处错误，整个文件都不会导入；错误清单列出每处错误所在的工作表、行和列（如 "
                      + data
                      + "!G5）"
                      + "及原因，请全部改正后重新上传。警告（如未识别的列、不在现行区划目录中的旧代码）不影响导入。",
                  "Every cell is checked on upload. Any error rejects the whole upload; the list of errors gives each one's sheet, row and"
                      + " column (e.g. "
                      + data
                      + "!G5) and the reason. Correct them all and upload again. Warnings (an unknown column, an"
                      + " older region code no longer listed) do not stop the import."),
              new Text(
                  "行政区划代码为 GB/T 2260 的 6 位数字代码，最细到区县，见“"
                      + REGIONS_SHEET.pick(zh)
                      + "”表；全国合计的数据填 000000。"
                      + "该列已设为文本格式，以免丢失前导零。",
                  "The region is the 6-digit GB/T 2260 administrative division code, down to county level, listed on the "
                      + REGIONS_SHEET.pick(zh)
                      + " sheet; 000000 for national totals. The column is formatted as text so that leading"
                      + " zeros stay."),
              new Text(
                  "数值只填数字，单位填在对应的单位列中。硫分、灰分、挥发分填质量百分数的数值（0.8 表示 0.8%），请不要把这些单元格设为百分比格式，"
                      + "否则 0.8% 会被存成 0.008。",
                  "Numbers go without units; units have columns of their own. Sulfur, ash and volatile matter are mass percents as plain"
                      + " numbers (0.8 means 0.8 %): do not format those cells as percentages, or 0.8% is stored as 0.008."),
              new Text(
                  "下拉列表取自“"
                      + CODES_SHEET.pick(zh)
                      + "”表。列表以外、系统能识别的写法也可以填写（Excel 会请你确认）：排放源可填"
                      + " IPCC 2006 类别代码（如 1.A.1.a），活动类型可填代码（如 raw_coal）或英文名，计量单位可填 吨、万吨、千瓦时 等。",
                  "The drop-down lists come from the "
                      + CODES_SHEET.pick(zh)
                      + " sheet. Other spellings the system knows are accepted too"
                      + " (Excel asks you to confirm them): IPCC 2006 codes (e.g. 1.A.1.a) for the source, codes or names for the activity,"
                      + " 吨, 万吨 or 千瓦时 for the unit."),
              new Text(
                  "治理设施的写法：多个设施用分号分隔，如 wet_fgd;scr:0.85;esp。每个设施写作 代码[:去除效率[:运行率]]，效率和运行率为"
                      + " 0–1 的小数或百分数（0.85 或 85%）；不填的部分使用缺省值，如 scr::0.9 只给出运行率。设施代码或中文名见代码表。",
                  "Controls are separated by semicolons, e.g. wet_fgd;scr:0.85;esp. Each is code[:efficiency[:operating_rate]], with fractions"
                      + " from 0 to 1 or percentages (0.85 or 85%); a part left out takes its default, so scr::0.9 gives only the operating"
                      + " rate. Control codes and Chinese names are on the codes sheet."),
              new Text(
                  "实测排放量列（如 实测二氧化硫(t)）填写后替代计算值。其他物质可以增加一列，表头写作 实测<物质>(t) 或 measured_<物质代码>_t，"
                      + "如 实测挥发性有机物(t)、measured_PM25_t；物质见代码表。",
                  "A measured-emission column (e.g. measured_SO2_t) replaces the calculated amount. Add a column for any other substance,"
                      + " headed measured_<CODE>_t or 实测<中文名>(t), e.g. measured_PM25_t or 实测挥发性有机物(t); substances are on the codes"
                      + " sheet."),
              new Text(
                  "下拉列表和数值检查设在第 2–"
                      + (LAST_DATA_ROW + 1)
                      + " 行；更多的行也可以填写，上传时同样检查。也可以上传表头相同的 CSV 文件（UTF-8 编码）。",
                  "Drop-downs and checks cover rows 2 to "
                      + (LAST_DATA_ROW + 1)
                      + "; further rows may be filled and are checked on upload"
                      + " just the same. A CSV file (UTF-8) with the same headers can be uploaded instead."));
      for (int i = 0; i < rules.size(); i++) {
        Text rule = rules.get(i);
        r =
            paragraph(
                sheet, r, new Text((i + 1) + ". " + rule.zh(), (i + 1) + ". " + rule.en()), wrap);
      }
      r++;
      r = paragraph(sheet, r, new Text("二、各列说明", "2. Columns"), bold);
      r =
          paragraph(
              sheet,
              r,
              new Text(
                  "“示例”一列合起来是一行完整的数据（与 examples/activities.csv 第一行相同：2022 年沈阳一家电厂的燃煤），空白表示该项可以不填。",
                  "The example column is one complete row (the first of examples/activities.csv: coal burnt in 2022 by a power plant in"
                      + " Shenyang); blanks may be left blank."),
              wrap);
      XSSFRow head = sheet.createRow(r++);
      List<String> heads =
          zh
              ? List.of("列名", "英文列名（也可用）", "必填", "说明", "单位 / 格式", "示例")
              : List.of(
                  "column",
                  "Chinese header (also accepted)",
                  "required",
                  "meaning",
                  "unit / format",
                  "example");
      for (int i = 0; i < heads.size(); i++) {
        cell(head, i, heads.get(i), tableHeader);
      }
      for (TemplateField f : fields) {
        XSSFRow row = sheet.createRow(r++);
        List<String> values =
            List.of(
                f.header(zh),
                f.header(!zh),
                f.required() ? (zh ? "必填" : "required") : (zh ? "可选" : "optional"),
                f.meaning().both(zh),
                f.format().both(zh),
                f.example().pick(zh));
        int lines = 1;
        for (int i = 0; i < values.size(); i++) {
          cell(row, i, values.get(i), i == 0 ? bold : wrap);
          lines = Math.max(lines, lines(values.get(i), INSTRUCTION_WIDTHS[i]));
        }
        // Not every spreadsheet program fits wrapped rows on opening; an explicit height shows them
        // whole everywhere.
        row.setHeightInPoints(lines * LINE_POINTS);
      }
    }

    /**
     * A text across the whole width, the template's language first and the other on the next row.
     */
    private int paragraph(XSSFSheet sheet, int row, Text text, XSSFCellStyle style) {
      row = mergedRow(sheet, row, text.pick(zh), style);
      return mergedRow(sheet, row, text.pick(!zh), style == wrap ? secondLanguage : style);
    }

    private int mergedRow(XSSFSheet sheet, int row, String text, XSSFCellStyle style) {
      XSSFRow r = sheet.createRow(row);
      cell(r, 0, text, style);
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, INSTRUCTION_WIDTHS.length - 1));
      // Excel never fits the height of merged cells itself, so estimate it from the text's width.
      int lines = lines(text, Arrays.stream(INSTRUCTION_WIDTHS).sum());
      r.setHeightInPoints(lines * (style == title ? 2 * LINE_POINTS : LINE_POINTS));
      return row + 1;
    }

    // ------------------------------------------------------------ code table

    private void codes(XSSFSheet sheet) {
      int col = 0;
      List<List<String>> activities = new ArrayList<>();
      for (Activity a : classification.activities()) {
        activities.add(
            List.of(
                a.code(),
                a.nameZh(),
                a.nameEn(),
                kind(a.kind()).pick(zh),
                a.defaultUnit().symbol()));
      }
      // The activity drop-down offers what the reader resolves: Chinese names here, codes in
      // English.
      name(ACTIVITIES_LIST, sheet, col + (zh ? 1 : 0), activities.size());
      col =
          block(
              sheet,
              col,
              new Text("活动类型", "activities"),
              heads(
                  "代码",
                  "code",
                  "中文名",
                  "Chinese name",
                  "英文名",
                  "English name",
                  "类别",
                  "kind",
                  "默认单位",
                  "default unit"),
              activities,
              16,
              14,
              26,
              12,
              10);

      List<List<String>> sources = new ArrayList<>();
      for (SourceCategory s : classification.sources()) {
        String industry =
            Arrays.stream(s.gbt4754().split("[;；]"))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(c -> classification.industryName(c).orElse(""))
                .collect(Collectors.joining("；"));
        sources.add(List.of(s.code(), s.nameZh(), s.nameEn(), s.ipcc(), s.gbt4754(), industry));
      }
      name(SOURCES_LIST, sheet, col, sources.size());
      col =
          block(
              sheet,
              col,
              new Text("排放源", "sources"),
              heads(
                  "代码",
                  "code",
                  "中文名",
                  "Chinese name",
                  "英文名",
                  "English name",
                  "IPCC 2006",
                  "IPCC 2006",
                  "GB/T 4754-2017",
                  "GB/T 4754-2017",
                  "行业",
                  "industry (Chinese)"),
              sources,
              14,
              20,
              28,
              10,
              14,
              24);

      List<List<String>> controls = new ArrayList<>();
      for (Control c : classification.controls()) {
        controls.add(List.of(c.code(), c.nameZh(), c.nameEn(), c.primarySubstance().code()));
      }
      col =
          block(
              sheet,
              col,
              new Text("治理设施", "controls"),
              heads(
                  "代码",
                  "code",
                  "中文名",
                  "Chinese name",
                  "英文名",
                  "English name",
                  "主要污染物",
                  "primary substance"),
              controls,
              16,
              22,
              28,
              10);

      List<List<String>> units = new ArrayList<>();
      Map<Dimension, Unit> base = new EnumMap<>(Dimension.class);
      for (Unit u : amountUnits()) {
        base.putIfAbsent(u.dimension(), u);
        Unit b = base.get(u.dimension());
        String conversion =
            u == b
                ? (zh ? "基本单位" : "base unit")
                : "1 "
                    + u.symbol()
                    + " = "
                    + BigDecimal.valueOf(u.toBase() / b.toBase())
                        .stripTrailingZeros()
                        .toPlainString()
                    + " "
                    + b.symbol();
        units.add(List.of(u.symbol(), dimension(u.dimension()).pick(zh), conversion));
      }
      name(UNITS_LIST, sheet, col, units.size());
      col =
          block(
              sheet,
              col,
              new Text("计量单位", "units"),
              heads("单位", "unit", "量纲", "dimension", "换算", "conversion"),
              units,
              10,
              10,
              22);

      name(NCV_UNITS_LIST, sheet, col, NCV_UNITS.size());
      col =
          block(
              sheet,
              col,
              new Text("低位发热量单位", "NCV units"),
              heads("单位", "unit"),
              NCV_UNITS.stream().map(List::of).toList(),
              16);

      name(CARBON_UNITS_LIST, sheet, col, CARBON_UNITS.size());
      col =
          block(
              sheet,
              col,
              new Text("含碳量单位", "carbon units"),
              heads("单位", "unit"),
              CARBON_UNITS.stream().map(List::of).toList(),
              14);

      List<List<String>> substances = new ArrayList<>();
      for (Substance s : Substance.values()) {
        substances.add(List.of(s.code(), s.nameZh(), s.nameEn()));
      }
      block(
          sheet,
          col,
          new Text("物质（实测排放量列）", "substances (measured columns)"),
          heads("代码", "code", "中文名", "Chinese name", "英文名", "English name"),
          substances,
          12,
          14,
          26);
      sheet.createFreezePane(0, 2);
    }

    /** Headers given as Chinese, English pairs; the template's language is kept. */
    private List<String> heads(String... pairs) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < pairs.length; i += 2) {
        out.add(pairs[i + (zh ? 0 : 1)]);
      }
      return out;
    }

    /**
     * One table of the code sheet: a title, a header and rows, starting at {@code col} of the
     * sheet's first row. Tables sit side by side, so each list a drop-down uses is one column.
     * Returns the next free column.
     */
    private int block(
        XSSFSheet sheet,
        int col,
        Text blockTitle,
        List<String> heads,
        List<List<String>> rows,
        int... widths) {
      cell(row(sheet, 0), col, blockTitle.pick(zh) + " / " + blockTitle.pick(!zh), bold);
      for (int i = 0; i < heads.size(); i++) {
        cell(row(sheet, 1), col + i, heads.get(i), tableHeader);
        sheet.setColumnWidth(col + i, widths[i] * 256);
      }
      for (int r = 0; r < rows.size(); r++) {
        List<String> values = rows.get(r);
        for (int i = 0; i < values.size(); i++) {
          cell(row(sheet, r + 2), col + i, values.get(i), null);
        }
      }
      sheet.setColumnWidth(col + heads.size(), 3 * 256);
      return col + heads.size() + 1;
    }

    /** Names the data rows of one code-sheet column, for a drop-down. */
    private void name(String name, XSSFSheet sheet, int col, int rows) {
      String c = CellReference.convertNumToColString(col);
      Name n = wb.createName();
      n.setNameName(name);
      n.setRefersToFormula(
          "'"
              + sheet.getSheetName().replace("'", "''")
              + "'!$"
              + c
              + "$3:$"
              + c
              + "$"
              + (2 + Math.max(1, rows)));
    }

    // ------------------------------------------------------------ regions

    private void regions(XSSFSheet sheet) {
      List<String> heads =
          zh
              ? List.of("行政区划代码", "中文名", "英文名", "级别")
              : List.of("region", "Chinese name", "English name", "level");
      XSSFRow head = sheet.createRow(0);
      for (int i = 0; i < heads.size(); i++) {
        cell(head, i, heads.get(i), tableHeader);
      }
      int r = 1;
      for (Regions.Region region : regions.all()) {
        XSSFRow row = sheet.createRow(r++);
        cell(row, 0, region.code().toString(), null);
        cell(row, 1, region.nameZh(), null);
        cell(row, 2, region.nameEn(), null);
        cell(row, 3, level(region.code().level()).pick(zh), null);
      }
      sheet.setColumnWidth(0, 14 * 256);
      sheet.setColumnWidth(1, 24 * 256);
      sheet.setColumnWidth(2, 24 * 256);
      sheet.setColumnWidth(3, 10 * 256);
      sheet.setDefaultColumnStyle(0, textFormat);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, heads.size() - 1));
      sheet.createFreezePane(0, 1);
    }

    // ------------------------------------------------------------ cells and styles

    private static XSSFRow row(XSSFSheet sheet, int index) {
      XSSFRow r = sheet.getRow(index);
      return r == null ? sheet.createRow(index) : r;
    }

    private static void cell(XSSFRow row, int column, String value, XSSFCellStyle style) {
      XSSFCell c = row.createCell(column);
      c.setCellValue(value);
      if (style != null) {
        c.setCellStyle(style);
      }
    }

    private XSSFCellStyle headerStyle(byte[] rgb) {
      XSSFCellStyle s = wb.createCellStyle();
      s.setFont(font(true, false, 11, null));
      s.setFillForegroundColor(new XSSFColor(rgb, null));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      s.setBorderBottom(BorderStyle.THIN);
      s.setVerticalAlignment(VerticalAlignment.CENTER);
      return s;
    }

    private XSSFFont font(boolean isBold, boolean italic, int points, byte[] rgb) {
      XSSFFont f = wb.createFont();
      f.setBold(isBold);
      f.setItalic(italic);
      f.setFontHeightInPoints((short) points);
      if (rgb != null) {
        f.setColor(new XSSFColor(rgb, null));
      }
      return f;
    }
  }

  private static Text kind(ActivityKind k) {
    return switch (k) {
      case FOSSIL_FUEL -> new Text("化石燃料", "fossil fuel");
      case BIOMASS_FUEL -> new Text("生物质燃料", "biomass fuel");
      case ELECTRICITY_PURCHASED -> new Text("外购电力", "purchased electricity");
      case ELECTRICITY_EXPORTED -> new Text("输出电力", "exported electricity");
      case HEAT_PURCHASED -> new Text("外购热力", "purchased heat");
      case HEAT_EXPORTED -> new Text("输出热力", "exported heat");
      case PRODUCT -> new Text("工业产品", "industrial product");
      case LIVESTOCK -> new Text("畜禽", "livestock");
      case CROP_AREA -> new Text("作物面积", "crop area");
      case N_INPUT -> new Text("氮投入", "nitrogen input");
      case SOLID_WASTE -> new Text("固体废弃物", "solid waste");
      case WASTEWATER -> new Text("废水负荷", "wastewater load");
      case RECOVERED_CH4 -> new Text("甲烷回收", "recovered methane");
      case SOLVENT -> new Text("溶剂使用", "solvent use");
      case NON_ENERGY_PRODUCT -> new Text("非能源产品使用", "non-energy product use");
      case FGAS_BANK -> new Text("含氟气体存量", "fluorinated gas bank");
      case VEHICLE_DISTANCE -> new Text("机动车行驶里程", "vehicle-km");
      case PURCHASED_INPUT -> new Text("外购原料和中间产品", "purchased material or intermediate");
      case PRODUCTION_DATA -> new Text("生产和台账数据", "production and stock data");
    };
  }

  private static Text dimension(Dimension d) {
    return switch (d) {
      case MASS -> new Text("质量", "mass");
      case ENERGY -> new Text("能量", "energy");
      case VOLUME -> new Text("体积", "volume");
      case COUNT -> new Text("头数", "count");
      case AREA -> new Text("面积", "area");
      case NONE -> new Text("无量纲", "none");
      case DISTANCE -> new Text("里程", "distance");
    };
  }

  private static Text level(RegionLevel l) {
    return switch (l) {
      case NATION -> new Text("全国", "nation");
      case PROVINCE -> new Text("省级", "province");
      case CITY -> new Text("地级", "prefecture");
      case COUNTY -> new Text("县级", "county");
    };
  }

  /** Excel column-width units a text needs: CJK and full-width characters take two. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c >= 0x2E80 ? 2 : 1;
    }
    return w;
  }

  /**
   * Lines a wrapped text takes in a column of the given width; a tenth is kept spare for breaks at
   * word ends.
   */
  static int lines(String text, int widthChars) {
    int usable = Math.max(1, widthChars * 9 / 10 - 1);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += Math.max(1, (displayWidth(paragraph) + usable - 1) / usable);
    }
    return lines;
  }

  /** Excel refuses prompt and error titles over 32 characters. */
  private static String shortTitle(String s) {
    return s.length() <= 32 ? s : s.substring(0, 32);
  }
}
