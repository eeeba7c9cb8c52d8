package org.cocontrol.io;

import java.util.Objects;

/**
 * One thing wrong with an imported table, located so a person can find and fix it, and so a program
 * can use the place as data (the server's error body takes {@code row} and {@code column} as they
 * are).
 *
 * @param location {@code line N} for CSV (the physical line, header = line 1), {@code Sheet!C5} for
 *     a workbook cell, {@code Sheet!1:1} for a workbook's header row, {@code record N} for a JSON
 *     element, or the file name for the file as a whole
 * @param row the row as the user counts it (see {@link Place#row()}); null for the file as a whole
 * @param column the column's canonical name ({@code unit}), or the header text as written when the
 *     header itself is the problem; empty when no column applies
 * @param value the offending text as written; empty when there is none
 * @param message what is wrong, in Chinese and English ({@code 未知计量单位 'x' / unknown unit 'x'})
 */
public record ImportProblem(
    Severity severity, String location, Long row, String column, String value, String message) {

  /** Whether a problem rejects the import or only deserves a look. */
  public enum Severity {
    /** The file must be fixed before it can be used. */
    ERROR,
    /** Legitimate but unusual, such as a division code missing from the current list. */
    WARNING
  }

  public ImportProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    column = column == null ? "" : column;
    value = value == null ? "" : value;
  }

  /** An error at a place. */
  public static ImportProblem error(Place where, String column, String value, String message) {
    return new ImportProblem(Severity.ERROR, where.location(), where.row(), column, value, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The place this problem is at. */
  public Place place() {
    return new Place(row, location);
  }

  /**
   * {@code line 5, column unit: 未知计量单位 'x' / unknown unit 'x'}, prefixed with {@code warning: } for
   * warnings.
   */
  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "warning: " : "")
        + location
        + (column.isEmpty() ? "" : ", column " + column)
        + ": "
        + message;
  }
}
