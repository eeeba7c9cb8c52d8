package org.cocontrol.io;

import java.util.List;

/**
 * Receives a table's rows one at a time while it is read, so no reader ever holds the whole file.
 * CSV, xlsx and JSON all feed one ({@link TableReader}), which keeps checking in one place.
 */
interface RowSink {

  /** Called once, before any row, with how this source names its rows and cells. */
  void start(Places places);

  /**
   * One row of cells as text, blank cells as empty strings (a row may be shorter than the header).
   *
   * @param number the CSV line the row starts on, the 1-based worksheet row, or the JSON element
   *     (its keys are row 0)
   * @param numbers the value of each cell the source stored as a number (an xlsx numeric cell, a
   *     JSON number), so it is not printed and read back; null entries (or a null array, for CSV)
   *     where the cell holds text
   */
  void row(long number, List<String> cells, Double[] numbers);

  /** The source cannot be read any further. */
  void fail(Place where, String zh, String en);
}
