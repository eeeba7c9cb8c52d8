package org.cocontrol.io;

/**
 * Where something is in a table, as data and as the user reads it.
 *
 * @param row the row as the user counts it: the CSV line the row starts on (header = line 1), the
 *     worksheet row (1-based) or the JSON element (1-based); null for the file as a whole or a JSON
 *     body's column names
 * @param location the place as the user sees it: {@code line 5}, {@code Sheet1!C5} for a cell,
 *     {@code Sheet1!5:5} for a worksheet row, {@code record 3} for a JSON element, or the file's
 *     name
 */
public record Place(Long row, String location) {

  public Place {
    java.util.Objects.requireNonNull(location, "location");
  }

  /** The file (or request body) as a whole. */
  public static Place of(String name) {
    return new Place(null, name);
  }
}
