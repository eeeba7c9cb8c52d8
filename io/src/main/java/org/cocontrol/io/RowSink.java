package org.cocontrol.io;

import java.util.List;

/**
 * Receives a table file's rows one at a time while the file is read, so no reader ever holds the whole
 * file. CSV and xlsx readers both feed one, which keeps validation in one place.
 */
interface RowSink {

  /** Called once, before any row, with how this file names its rows and cells. */
  void start(Locations locations);

  /**
   * One row of cells as text, blank cells as empty strings (a row may be shorter than the header).
   *
   * @param number the CSV line the row starts on, or the 1-based worksheet row
   */
  void row(long number, List<String> cells);

  /** The file cannot be read any further; {@code location} is a line or the file's name. */
  void fail(String location, String zh, String en);

  /** How a file names its rows and cells in messages: {@code line 5}, or {@code Sheet1!C5}. */
  interface Locations {
    String row(long number);

    String cell(long number, int column);
  }
}
