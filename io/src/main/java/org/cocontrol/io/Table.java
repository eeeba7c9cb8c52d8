package org.cocontrol.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocontrol.core.text.Message;
import org.cocontrol.core.text.Numbers;

/**
 * A small table read whole (a plan sheet, a command-line input, a reference table) from CSV, xlsx
 * (first sheet) or CSV text: its columns, its rows with each cell's place, numbers read by the one
 * rule ({@link Numbers}), and every problem with its row and column. Readers of one kind of table
 * add their own problems to it through {@link Row#problem}, so one list says everything wrong with
 * the file. Activity files, which may have millions of rows, are streamed instead ({@link
 * ActivityReader}) through the same {@link TableReader}.
 *
 * <p>The header is the first row that names a known column (a title row may come before it) or,
 * when the table takes any column ({@link Columns#any}), the first row that is not blank. Blank
 * rows are skipped. Every cell is stripped and held to the width given, without control characters
 * but tabs and line breaks.
 */
public final class Table {

  /**
   * The columns a table may have.
   *
   * @param aliases header text (as {@link #normalise} leaves it) → column name; empty: every header
   *     names itself
   * @param required column names that must be present
   * @param maxWidth the most characters a cell may hold
   */
  public record Columns(Map<String, String> aliases, List<String> required, int maxWidth) {
    public Columns {
      Map<String, String> normalised = new HashMap<>();
      aliases.forEach((header, column) -> normalised.put(normalise(header), column));
      aliases = Collections.unmodifiableMap(normalised);
      required = List.copyOf(required);
    }

    /** Every header names its column as written (stripped); {@code required} must be among them. */
    public static Columns any(List<String> required, int maxWidth) {
      return new Columns(Map.of(), required, maxWidth);
    }
  }

  /** The widest cell of a table with no limit of its own (the widest text column of the ledger). */
  public static final int WIDE = 8000;

  private final String name;
  private final Columns spec;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private Places places = Places.CSV;
  private Place headerRow;

  /** The column at each position of the header; null where none. */
  private String[] byPosition = new String[0];

  private boolean sawRows;

  private Table(String name, Columns spec) {
    this.name = name;
    this.spec = spec;
  }

  /**
   * Reads a {@code .csv} or {@code .xlsx} upload, chosen by its name; anything else is one problem
   * on the file.
   */
  public static Table read(String fileName, byte[] content, Columns columns) {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    Table t = new Table(name, columns);
    TableFormat format;
    try {
      format = TableFormat.of(Path.of(name));
    } catch (IllegalArgumentException e) { // also an InvalidPathException (a NUL in the name)
      t.problems.add(ImportProblem.error(Place.of(name), "", name, e.getMessage()));
      return t;
    }
    try {
      TableReader.read(name, new ByteArrayInputStream(content), format, List.of(), t.sink());
    } catch (IOException e) {
      // the content is in memory: nothing here does I/O that could fail
      throw new UncheckedIOException(e);
    }
    return t.finish();
  }

  /** Reads a file; a missing one is a problem on the file, not an exception. */
  public static Table read(Path file, Columns columns) {
    String name = String.valueOf(file.getFileName());
    Table t = new Table(name, columns);
    if (!Files.isRegularFile(file)) {
      t.problems.add(ImportProblem.error(Place.of(name), "", "", "找不到文件 / no such file: " + file));
      return t;
    }
    try {
      TableReader.read(file, List.of(), t.sink());
    } catch (IOException e) {
      t.problems.add(
          ImportProblem.error(Place.of(name), "", "", "无法读取 / cannot be read: " + e.getMessage()));
    }
    return t.finish();
  }

  /**
   * Reads CSV text (a reference table shipped with the platform, or one a user gives in its place).
   */
  public static Table read(String name, Reader csv, Columns columns) {
    Table t = new Table(name, columns);
    try {
      TableReader.read(name, csv, t.sink());
    } catch (IOException e) {
      t.problems.add(
          ImportProblem.error(Place.of(name), "", "", "无法读取 / cannot be read: " + e.getMessage()));
    }
    return t.finish();
  }

  public String name() {
    return name;
  }

  /** The columns found, in the order of the header. */
  public Set<String> columns() {
    return Collections.unmodifiableSet(index.keySet());
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  public List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  /**
   * Every problem found so far, by the reading and by whoever checked the rows, in the order found.
   */
  public List<ImportProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  public boolean isValid() {
    return problems.stream().noneMatch(ImportProblem::isError);
  }

  /**
   * A problem with the table's header (a column the reader of this kind of table needs), at the
   * header row.
   */
  public void problem(String column, Message message) {
    problems.add(
        ImportProblem.error(
            headerRow == null ? Place.of(name) : headerRow, column, "", message.toString()));
  }

  /** A problem with the table as a whole. */
  public void fileProblem(Message message) {
    problems.add(ImportProblem.error(Place.of(name), "", "", message.toString()));
  }

  /**
   * The same rule {@link ActivityReader} uses: case, surrounding spaces never matter; inner spaces
   * count as underscores.
   */
  public static String normalise(String header) {
    return Column.normalise(header);
  }

  /** One data row; {@code number} is its line (CSV) or sheet row, as the user counts it. */
  public final class Row {
    private final long number;
    private final List<String> cells;
    private final Double[] numbers;

    private Row(long number, List<String> cells, Double[] numbers) {
      this.number = number;
      this.cells = cells;
      this.numbers = numbers;
    }

    public long number() {
      return number;
    }

    /** A cell's text, stripped; empty when blank or when the table has no such column. */
    public String get(String column) {
      Integer i = index.get(column);
      return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    /**
     * Where a cell is ({@code line 5}, {@code Sheet1!C5}); the row's place when the table has no
     * such column.
     */
    public Place place(String column) {
      Integer i = index.get(column);
      return i == null ? places.row(number) : places.cell(number, i);
    }

    /**
     * A cell's number: as the source stored it, or read from its text by the one rule; null when
     * blank (and, when {@code required}, a problem), null and a problem when it is not a finite
     * number.
     */
    public Double number(String column, boolean required) {
      String text = get(column);
      Integer i = index.get(column);
      Double stored = i != null && numbers != null && i < numbers.length ? numbers[i] : null;
      if (text.isEmpty() && stored == null) {
        if (required) {
          problem(column, new Message("缺少数值", "missing value"));
        }
        return null;
      }
      try {
        return stored != null ? Numbers.finite(stored, text) : Numbers.parse(text);
      } catch (Numbers.BadValue e) {
        problem(column, e.text());
        return null;
      }
    }

    /**
     * A required year: a whole number from 1900 to 2100, as the activity reader takes it; null and
     * a problem otherwise.
     */
    public Integer year(String column) {
      String text = get(column);
      Double v = number(column, true);
      if (v == null && text.isEmpty()) {
        return null;
      }
      if (v != null && v == Math.rint(v) && v >= 1900 && v <= 2100) {
        return v.intValue();
      }
      if (v != null) {
        problem(
            column,
            new Message(
                "年份应为 1900–2100 之间的整数，得到 '" + text + "'",
                "year must be a whole number from 1900 to 2100, got '" + text + "'"));
      }
      return null;
    }

    /** Records a problem with one cell of this row. */
    public void problem(String column, Message message) {
      problems.add(ImportProblem.error(place(column), column, get(column), message.toString()));
    }
  }

  // ---------------------------------------------------------------- reading

  private RowSink sink() {
    return new RowSink() {
      @Override
      public void start(Places p) {
        places = p;
      }

      @Override
      public void row(long number, List<String> cells, Double[] numbers) {
        List<String> stripped = cells.stream().map(String::strip).toList();
        if (stripped.stream().allMatch(String::isEmpty)) {
          return;
        }
        sawRows = true;
        if (headerRow == null) {
          header(number, stripped);
        } else {
          data(number, stripped, numbers);
        }
      }

      @Override
      public void fail(Place where, String zh, String en) {
        problems.add(ImportProblem.error(where, "", "", zh + " / " + en));
      }
    };
  }

  private void header(long number, List<String> cells) {
    Map<String, Integer> found = new LinkedHashMap<>();
    List<ImportProblem> duplicates = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i);
      String column =
          spec.aliases().isEmpty()
              ? (text.isEmpty() ? null : text)
              : spec.aliases().get(normalise(text));
      if (column != null && found.putIfAbsent(column, i) != null) {
        duplicates.add(
            ImportProblem.error(
                places.cell(number, i),
                column,
                text,
                "重复的列 '" + text + "' / duplicate column '" + text + "'"));
      }
    }
    if (found.isEmpty() && !spec.aliases().isEmpty()) {
      return; // a title row above the header
    }
    headerRow = places.row(number);
    index.putAll(found);
    byPosition = new String[cells.size()];
    found.forEach((column, i) -> byPosition[i] = column);
    problems.addAll(duplicates);
    for (String c : spec.required()) {
      if (!index.containsKey(c)) {
        problem(c, new Message("缺少必填列 " + c, "missing required column " + c));
      }
    }
  }

  private void data(long number, List<String> cells, Double[] numbers) {
    Row row = new Row(number, cells, numbers);
    for (int i = 0; i < cells.size(); i++) {
      String v = cells.get(i);
      if (v.isEmpty()) {
        continue;
      }
      String column = i < byPosition.length ? byPosition[i] : null;
      if (column == null) {
        if (spec.aliases().isEmpty()) {
          // a table that takes any column has no column to ignore: a value under no header is a
          // mistake
          problems.add(
              ImportProblem.error(
                  places.cell(number, i),
                  "",
                  v,
                  "该列没有表头，其中的值无法读取 / a value in a column without a header"));
        }
        continue;
      }
      Message wrong = fits(v);
      if (wrong != null) {
        row.problem(column, wrong);
      }
    }
    rows.add(row);
  }

  private Message fits(String v) {
    return fits(v, spec.maxWidth());
  }

  /**
   * Why a cell's text cannot be taken (wider than {@code max}, a control character), or null: the
   * rule for every table.
   */
  static Message fits(String v, int max) {
    if (v.length() > max) {
      return new Message("超过 " + max + " 个字符", "longer than " + max + " characters");
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        return new Message(
            "含有控制字符 U+" + String.format("%04X", (int) c),
            "contains the control character U+" + String.format("%04X", (int) c));
      }
    }
    return null;
  }

  private Table finish() {
    if (headerRow == null && isValid()) {
      if (!sawRows || spec.required().isEmpty()) {
        fileProblem(new Message("文件为空，没有表头", "the file is empty: no header row"));
      } else {
        // rows, but none names a known column: the header is there and wrong
        spec.required()
            .forEach(
                c ->
                    problems.add(
                        ImportProblem.error(
                            Place.of(name),
                            c,
                            "",
                            "缺少必填列 " + c + " / missing required column " + c)));
      }
    }
    return this;
  }
}
