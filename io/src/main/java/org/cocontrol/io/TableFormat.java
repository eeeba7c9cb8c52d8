package org.cocontrol.io;

import java.nio.file.Path;
import java.util.Locale;

/** The table file formats CoControl reads and writes, chosen by a file's extension. */
public enum TableFormat {
  /** Comma-separated values, UTF-8, RFC 4180. */
  CSV,
  /** Office Open XML workbook (Excel 2007 and later). */
  XLSX;

  /**
   * The format a file's name asks for.
   *
   * @throws IllegalArgumentException for any other extension, with what to do about it
   */
  public static TableFormat of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().strip().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".xlsx")) {
      return XLSX;
    }
    if (n.endsWith(".xls")) {
      // The old binary format would need POI's whole-file HSSF model; one "save as" in Excel avoids
      // that.
      throw new IllegalArgumentException(
          "不支持 .xls 文件，请在 Excel 中另存为 .xlsx / .xls files are not supported: save the file as .xlsx: "
              + file);
    }
    throw new IllegalArgumentException(
        "不支持的文件类型，请使用 .csv 或 .xlsx / unsupported file type, use .csv or .xlsx: " + file);
  }
}
