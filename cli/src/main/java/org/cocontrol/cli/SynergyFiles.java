package org.cocontrol.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cocontrol.reference.ReferenceDataException;

/**
 * Reading the small CSV inputs of {@code cocontrol synergy} (measures, indicator values, pairwise matrices),
 * with every problem located as {@code file line N, column X: what}, and printing numbers plainly.
 */
final class SynergyFiles {

  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern FRACTION = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*");

  private SynergyFiles() {}

  /** A CSV file read whole: header names as written (trimmed) and rows by column. */
  record Table(String name, List<String> header, List<Row> rows) {
    boolean has(String column) {
      return header.contains(column);
    }

    String where(Row r, String column) {
      return name + " line " + r.line() + (column == null ? "" : ", column " + column);
    }
  }

  /** One data row; {@code line} is the CSV line (header = line 1). */
  record Row(long line, Map<String, String> cells) {
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.strip();
    }
  }

  /**
   * Reads a UTF-8 CSV file (a byte-order mark is allowed).
   *
   * @throws InvalidInputException when the file is missing, is not CSV or UTF-8, or has a duplicate or empty header
   */
  static Table read(Path file) {
    String name = String.valueOf(file.getFileName());
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("找不到文件 / no such file: " + file);
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new InvalidInputException(name + ": 此输入仅支持 UTF-8 CSV 文件 / this input must be a UTF-8 .csv file");
    }
    List<String> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
        .setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      try (CSVParser p = CSVParser.parse(r, format)) {
        for (String h : p.getHeaderNames()) {
          String t = h == null ? "" : h.strip();
          if (t.isEmpty()) {
            problems.add(name + " line 1: 空列名 / a column has no name");
          } else if (header.contains(t)) {
            problems.add(name + " line 1, column " + t + ": 重复的列 / duplicate column");
          }
          header.add(t);
        }
        for (CSVRecord rec : p) {
          long line = rec.getRecordNumber() + 1;
          if (rec.size() == 1 && rec.get(0).isBlank()) {
            continue;
          }
          if (rec.size() > header.size()) {
            problems.add(name + " line " + line + ": " + rec.size() + " 个字段, 表头只有 " + header.size() + " 列 / fields, the header has "
                + header.size());
            continue;
          }
          Map<String, String> cells = new LinkedHashMap<>();
          for (int i = 0; i < rec.size(); i++) {
            cells.put(header.get(i), rec.get(i));
          }
          rows.add(new Row(line, cells));
        }
      }
    } catch (CharacterCodingException e) {
      problems.add(name + ": 文件不是 UTF-8 编码, 请另存为 \"CSV UTF-8\" / the file is not UTF-8: save it as \"CSV UTF-8\"");
    } catch (IOException | RuntimeException e) {
      problems.add(name + ": 无法读取 CSV / cannot be read as CSV: " + e.getMessage());
    }
    fail(problems, name);
    return new Table(name, List.copyOf(header), List.copyOf(rows));
  }

  /** Throws an {@link InvalidInputException} listing every problem, if there are any. */
  static void fail(List<String> problems, String what) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(what + ": " + problems.size() + " 处错误, 未写出任何结果 / error(s), nothing written:\n  "
          + String.join("\n  ", problems));
    }
  }

  /** Like {@link #fail} for commands that only print: there is no file to not write. */
  static void refuse(List<String> problems, String what) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(what + ": " + problems.size() + " 处错误 / error(s):\n  " + String.join("\n  ", problems));
    }
  }

  /** A reference-module file problem as input to fix. */
  static InvalidInputException invalid(ReferenceDataException e) {
    return new InvalidInputException(e.problems().size() + " 处错误, 未写出任何结果 / error(s), nothing written:\n  "
        + String.join("\n  ", e.problems()));
  }

  /** A finite number as people type it (thousands separators allowed); null and a problem otherwise. */
  static Double number(Table t, Row r, String column, List<String> problems) {
    String v = r.get(column);
    Double d = parse(v);
    if (d == null) {
      problems.add(t.where(r, column) + ": " + (v.isEmpty() ? "缺少数值 / missing value" : "'" + v + "' 不是数字 / is not a number"));
    }
    return d;
  }

  /** A finite number, or a fraction such as {@code 1/3} (for pairwise matrices); null when it is neither. */
  static Double numberOrFraction(String v) {
    var m = FRACTION.matcher(v);
    if (m.matches()) {
      double den = Double.parseDouble(m.group(2));
      return den == 0 ? null : Double.parseDouble(m.group(1)) / den;
    }
    return parse(v);
  }

  static Double parse(String text) {
    String s = text.strip().replace("\u00a0", "");
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    if (!PLAIN.matcher(s).matches()) {
      return null;
    }
    double d = Double.parseDouble(s);
    return Double.isFinite(d) ? d + 0.0 : null;
  }

  /** A result cell: the number, or empty when undefined. */
  static Double cell(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  /** A number for the terminal: at most 6 decimals, no trailing zeros ({@code 0.942809}, {@code 1.2}). */
  static String fmt(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
