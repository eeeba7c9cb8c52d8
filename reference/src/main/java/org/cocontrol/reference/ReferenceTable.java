package org.cocontrol.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.text.Numbers;
import org.cocontrol.io.ImportProblem;
import org.cocontrol.io.Table;

/**
 * A reference table read whole by io's one table reader ({@link Table}), with its problems as the
 * reference loaders word them: {@code file:line column c: what}, collected with every other problem
 * of the load so a bad release or a user's file is refused with the whole list.
 */
final class ReferenceTable {

  /** A row with its line and a way to report problems against its cells. */
  record Row(ReferenceTable table, Table.Row cells) {
    String get(String column) {
      return cells.get(column);
    }

    long line() {
      return cells.number();
    }

    void problem(String column, String what) {
      table.problems.add(table.name + ":" + line() + " column " + column + ": " + what);
    }

    /**
     * A finite number by the one rule for numbers ({@link Numbers}); null and a problem otherwise.
     */
    Double number(String column) {
      Double d = Numbers.valueOf(get(column));
      if (d == null) {
        problem(column, "not a number: '" + get(column) + "'");
      }
      return d;
    }

    /**
     * A whole number; null and a problem otherwise ({@code optional}: blank is null without a
     * problem).
     */
    Integer integer(String column, boolean optional) {
      String v = get(column);
      if (v.isEmpty() && optional) {
        return null;
      }
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        problem(column, "not a whole number: '" + v + "'");
        return null;
      }
    }
  }

  private final String name;
  private final List<String> problems;
  private final List<Row> rows = new ArrayList<>();

  private ReferenceTable(String name, Table table, List<String> problems) {
    this.name = name;
    this.problems = problems;
    for (ImportProblem p : table.problems()) {
      problems.add(
          name
              + (p.row() == null ? "" : ":" + p.row())
              + (p.column().isEmpty() ? "" : " column " + p.column())
              + ": "
              + p.message());
    }
    table.rows().forEach(r -> rows.add(new Row(this, r)));
  }

  static ReferenceTable read(
      String name, Reader reader, List<String> required, List<String> problems) {
    return new ReferenceTable(
        name, Table.read(name, reader, Table.Columns.any(required, Table.WIDE)), problems);
  }

  /** Reads a file shipped on the classpath next to this class. */
  static ReferenceTable resource(String path, List<String> required, List<String> problems) {
    InputStream in = ReferenceTable.class.getResourceAsStream(path);
    if (in == null) {
      problems.add(path + ": not found on the classpath");
      return new ReferenceTable(
          path,
          Table.read(path, Reader.nullReader(), Table.Columns.any(List.of(), Table.WIDE)),
          new ArrayList<>());
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(path, r, required, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int problemCount() {
    return problems.size();
  }

  List<Row> rows() {
    return rows;
  }
}
