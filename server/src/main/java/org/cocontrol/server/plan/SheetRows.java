package org.cocontrol.server.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.TextLimits;

/**
 * The rows of an uploaded xlsx (first sheet) or UTF-8 CSV as column → text, with each cell's place as the user
 * sees it ({@code Sheet1!C5} or {@code line 5 value}). Headers are matched through aliases (Chinese or English,
 * any case); columns without an alias are ignored; blank rows are skipped. Every cell read is held to
 * {@link TextLimits}: at most {@link #CELL_MAX} characters, no control character but tabs and line breaks.
 */
final class SheetRows {

  /** One data row; {@code line} is 1-based as in the file. */
  record Row(int line, Map<String, String> values, Map<String, String> places) {
    String get(String column) {
      return values.getOrDefault(column, "");
    }

    String place(String column) {
      return places.getOrDefault(column, "line " + line + " " + column);
    }

    ApiError.Problem problem(String column, String message) {
      return new ApiError.Problem(line, column, place(column), get(column), message);
    }
  }

  record Result(List<Row> rows, List<ApiError.Problem> problems) {}

  /** The widest any cell may be (a task report's narrative); narrower columns are checked by their readers. */
  static final int CELL_MAX = PlanViews.NARRATIVE_MAX;

  private SheetRows() {}

  /**
   * @param aliases   header text (lowercase) → column name
   * @param required  column names that must be present
   */
  static Result read(String fileName, byte[] content, Map<String, String> aliases, List<String> required) {
    List<Row> rows = new ArrayList<>();
    List<ApiError.Problem> problems = new ArrayList<>();
    List<String> found = new ArrayList<>();
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
        readWorkbook(content, aliases, rows, found);
      } else {
        readCsv(content, aliases, rows, found);
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new ApiError.Problem(null, null, fileName, null, "文件无法读取 / the file cannot be read: " + e.getMessage()));
      return new Result(List.of(), problems);
    }
    for (String column : required) {
      if (!found.contains(column)) {
        problems.add(new ApiError.Problem(1, column, "header", null, "缺少列 / missing column: " + column));
      }
    }
    for (Row r : rows) {
      r.values().forEach((column, value) -> {
        ApiError.Problem p = TextLimits.text(r.line(), column, value, CELL_MAX);
        if (p != null) {
          problems.add(new ApiError.Problem(r.line(), column, r.place(column), p.value(), p.message()));
        }
      });
    }
    return new Result(problems.isEmpty() ? rows : List.of(), problems);
  }

  private static void readWorkbook(byte[] content, Map<String, String> aliases, List<Row> rows, List<String> found) throws IOException {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter fmt = new DataFormatter(Locale.ROOT);
      // The header is the first row that names a known column (a title row may come before it).
      Map<Integer, String> columns = new LinkedHashMap<>();
      int headerRow = -1;
      for (int i = sheet.getFirstRowNum(); i <= sheet.getLastRowNum() && headerRow < 0; i++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(i);
        if (row == null) {
          continue;
        }
        for (Cell c : row) {
          String name = aliases.get(fmt.formatCellValue(c).strip().toLowerCase(Locale.ROOT));
          if (name != null) {
            columns.put(c.getColumnIndex(), name);
            found.add(name);
            headerRow = i;
          }
        }
      }
      for (int i = headerRow + 1; headerRow >= 0 && i <= sheet.getLastRowNum(); i++) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(i);
        if (row == null) {
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> col : columns.entrySet()) {
          Cell c = row.getCell(col.getKey());
          String v = c == null ? "" : c.getCellType() == CellType.NUMERIC
              ? java.math.BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString()
              : fmt.formatCellValue(c);
          values.put(col.getValue(), v.strip());
          places.put(col.getValue(), sheet.getSheetName() + "!" + CellReference.convertNumToColString(col.getKey()) + (i + 1));
        }
        if (!values.values().stream().allMatch(String::isEmpty)) {
          rows.add(new Row(i + 1, values, places));
        }
      }
    }
  }

  private static void readCsv(byte[] content, Map<String, String> aliases, List<Row> rows, List<String> found) throws IOException {
    byte[] b = content;
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      b = java.util.Arrays.copyOfRange(b, 3, b.length);
    }
    try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).get().parse(new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8))) {
      Map<String, String> headers = new LinkedHashMap<>();
      for (String h : parser.getHeaderNames()) {
        String name = aliases.get(h.strip().toLowerCase(Locale.ROOT));
        if (name != null) {
          headers.put(name, h);
          found.add(name);
        }
      }
      for (CSVRecord rec : parser) {
        Map<String, String> values = new LinkedHashMap<>();
        headers.forEach((name, h) -> values.put(name, rec.isSet(h) ? rec.get(h) : ""));
        if (!values.values().stream().allMatch(String::isEmpty)) {
          rows.add(new Row((int) rec.getRecordNumber() + 1, values, Map.of()));
        }
      }
    }
  }
}
