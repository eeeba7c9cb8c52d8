package org.cocontrol.io;

import org.apache.poi.ss.util.CellReference;

/** How one source names its rows and cells: CSV lines, worksheet cells, JSON elements. */
interface Places {

  /** A whole row ({@code line 5}, {@code Sheet1!5:5}, {@code record 5}). */
  Place row(long number);

  /**
   * One cell of a row, {@code column} 0-based ({@code line 5}, {@code Sheet1!C5}, {@code record
   * 5}).
   */
  Place cell(long number, int column);

  /** A CSV file: the physical line; a line has no finer place a person could go to. */
  Places CSV =
      new Places() {
        @Override
        public Place row(long number) {
          return new Place(number, "line " + number);
        }

        @Override
        public Place cell(long number, int column) {
          return row(number);
        }
      };

  /**
   * A JSON array of records: the element, 1-based; its keys (row 0, the "header") belong to the
   * body as a whole.
   */
  Places JSON =
      new Places() {
        @Override
        public Place row(long number) {
          return number == 0 ? Place.of("request body") : new Place(number, "record " + number);
        }

        @Override
        public Place cell(long number, int column) {
          return row(number);
        }
      };

  /**
   * Excel's own naming: {@code Sheet1!C5}, {@code 'My data'!C5}, and {@code Sheet1!5:5} for a whole
   * row.
   */
  static Places sheet(String name) {
    boolean plain =
        name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
    String prefix = (plain ? name : "'" + name.replace("'", "''") + "'") + "!";
    return new Places() {
      @Override
      public Place row(long number) {
        return new Place(number, prefix + number + ":" + number);
      }

      @Override
      public Place cell(long number, int column) {
        return new Place(number, prefix + CellReference.convertNumToColString(column) + number);
      }
    };
  }
}
