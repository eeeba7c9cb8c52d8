package org.cocontrol.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.cocontrol.core.text.Numbers;
import org.cocontrol.io.ImportProblem;
import org.cocontrol.io.Table;
import org.cocontrol.reference.ReferenceDataException;

/**
 * Reading the small inputs of {@code cocontrol synergy} (measures, indicator values, pairwise
 * matrices) through io's one table reader, with every problem located as {@code file line N, column
 * X: what}, and printing numbers plainly.
 */
final class SynergyFiles {

  private static final Pattern FRACTION =
      Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*");

  private SynergyFiles() {}

  /**
   * Reads a CSV (UTF-8, a byte-order mark is allowed) or xlsx file whose header names its columns
   * as written.
   *
   * @throws InvalidInputException when the file is missing or cannot be read, or its header is
   *     empty or repeats a column
   */
  static Table read(Path file) {
    Table t = Table.read(file, Table.Columns.any(List.of(), Table.WIDE));
    fail(t.problems().stream().map(p -> text(t, p)).toList(), t.name());
    return t;
  }

  /**
   * {@code file line 5, column X: what}; a problem with the whole file already starts with its
   * name.
   */
  static String text(Table t, ImportProblem p) {
    return p.row() == null ? p.toString() : t.name() + " " + p;
  }

  /** The columns of a table, in header order. */
  static List<String> header(Table t) {
    return List.copyOf(t.columns());
  }

  /** {@code file line 5, column X}: a cell as the user finds it. */
  static String where(Table t, Table.Row r, String column) {
    return t.name()
        + " "
        + r.place(column).location()
        + (column == null ? "" : ", column " + column);
  }

  /** Throws an {@link InvalidInputException} listing every problem, if there are any. */
  static void fail(List<String> problems, String what) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          what
              + ": "
              + problems.size()
              + " 处错误, 未写出任何结果 / error(s), nothing written:\n  "
              + String.join("\n  ", problems));
    }
  }

  /** Like {@link #fail} for commands that only print: there is no file to not write. */
  static void refuse(List<String> problems, String what) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          what + ": " + problems.size() + " 处错误 / error(s):\n  " + String.join("\n  ", problems));
    }
  }

  /** A reference-module file problem as input to fix. */
  static InvalidInputException invalid(ReferenceDataException e) {
    return new InvalidInputException(
        e.problems().size()
            + " 处错误, 未写出任何结果 / error(s), nothing written:\n  "
            + String.join("\n  ", e.problems()));
  }

  /**
   * A cell's number by io's one rule (thousands separators allowed); null and a problem when blank
   * or not a number.
   */
  static Double number(Table t, Table.Row r, String column, List<String> problems) {
    int before = t.problems().size();
    Double d = r.number(column, true);
    t.problems().subList(before, t.problems().size()).forEach(p -> problems.add(text(t, p)));
    return d;
  }

  /**
   * A finite number, or a fraction such as {@code 1/3} (for pairwise matrices); null when it is
   * neither.
   */
  static Double numberOrFraction(String v) {
    var m = FRACTION.matcher(v);
    if (m.matches()) {
      double den = Double.parseDouble(m.group(2));
      return den == 0 ? null : Double.parseDouble(m.group(1)) / den;
    }
    return Numbers.valueOf(v);
  }

  /** A result cell: the number, or empty when undefined. */
  static Double cell(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  /**
   * A number for the terminal: at most 6 decimals, no trailing zeros ({@code 0.942809}, {@code
   * 1.2}).
   */
  static String fmt(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
