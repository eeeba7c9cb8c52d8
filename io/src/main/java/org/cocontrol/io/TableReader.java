package org.cocontrol.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.xml.sax.SAXException;

/**
 * The one way a table enters: a CSV file, an xlsx workbook or a JSON array of records, fed row by
 * row to a {@link RowSink} with each row's place. A source that cannot be read (wrong type, not
 * UTF-8, a damaged workbook) is reported to the sink on the file, never thrown, so every reader
 * words it the same way.
 */
final class TableReader {

  private TableReader() {}

  /**
   * Reads a {@code .csv} or {@code .xlsx} file, chosen by its extension.
   *
   * @param sheets sheet names (lowercase) that mark the sheet to read in a workbook with several;
   *     else the first
   * @throws IOException when the file cannot be opened or read at all
   */
  static void read(Path file, List<String> sheets, RowSink sink) throws IOException {
    String name = String.valueOf(file.getFileName());
    TableFormat format;
    try {
      format = TableFormat.of(file);
    } catch (IllegalArgumentException e) {
      fileProblem(name, e.getMessage(), sink);
      return;
    }
    if (format == TableFormat.CSV) {
      try (InputStream in = Files.newInputStream(file)) {
        CsvRows.read(name, in, sink);
      }
      return;
    }
    if (!Files.isRegularFile(file)) {
      // POI reports a missing file as an invalid one; say what it really is.
      throw new NoSuchFileException(file.toString());
    }
    // Opened from the file, the package reads zip entries on demand instead of buffering the
    // workbook.
    xlsx(name, () -> OPCPackage.open(file.toFile(), PackageAccess.READ), sheets, sink);
  }

  /**
   * Reads a stream in the given format; {@code name} stands for the file in messages. An xlsx read
   * from a stream is buffered by POI, so prefer {@link #read(Path, List, RowSink)} for large
   * workbooks.
   *
   * @throws IOException when the stream cannot be read
   */
  static void read(
      String name, InputStream in, TableFormat format, List<String> sheets, RowSink sink)
      throws IOException {
    if (format == TableFormat.CSV) {
      CsvRows.read(name, in, sink);
      return;
    }
    xlsx(name, () -> OPCPackage.open(in), sheets, sink);
  }

  /**
   * Reads CSV text already decoded (a reference table shipped with the platform, a file the caller
   * opened).
   */
  static void read(String name, Reader reader, RowSink sink) throws IOException {
    CsvRows.read(name, reader, sink);
  }

  /**
   * Reads a JSON array of records (objects from column to value): the union of their keys, in order
   * of appearance, is the header (row 0), each record a row numbered from 1. Numbers are handed on
   * as numbers, not printed and read back.
   */
  static void json(List<? extends Map<String, ?>> records, RowSink sink) {
    sink.start(Places.JSON);
    Set<String> keys = new LinkedHashSet<>();
    for (Map<String, ?> r : records) {
      if (r != null) {
        keys.addAll(r.keySet());
      }
    }
    List<String> header = List.copyOf(keys);
    sink.row(0, header, null);
    for (int i = 0; i < records.size(); i++) {
      Map<String, ?> r = records.get(i);
      if (r == null) {
        sink.fail(
            Places.JSON.row(i + 1L), "记录为 null，应为对象", "a record is null; it must be an object");
        continue;
      }
      List<String> cells = new ArrayList<>(header.size());
      Double[] numbers = new Double[header.size()];
      for (int c = 0; c < header.size(); c++) {
        Object v = r.get(header.get(c));
        if (v instanceof Number n
            && !(v instanceof BigInteger && ((BigInteger) v).bitLength() > 63)) {
          numbers[c] = n.doubleValue();
        }
        cells.add(text(v));
      }
      sink.row(i + 1L, cells, numbers);
    }
  }

  /**
   * A JSON value as text, for text columns and messages: numbers in plain notation ({@code 1000},
   * not {@code 1E+3}).
   */
  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if ((v instanceof Double || v instanceof Float)
        && Double.isFinite(((Number) v).doubleValue())) {
      return BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v.toString();
  }

  /** Opens a workbook package. */
  private interface Opener {
    OPCPackage open() throws OpenXML4JException, IOException;
  }

  /**
   * Reads a workbook. A container that cannot be opened, or a part that cannot be inflated or
   * parsed (a truncated or garbled workbook), is the file's problem, reported on the file: the
   * upload is already received whole, so an I/O error here is a damaged zip, not a lost stream.
   */
  private static void xlsx(String name, Opener opener, List<String> sheets, RowSink sink) {
    OPCPackage pkg;
    try {
      pkg = opener.open();
    } catch (OpenXML4JException | IOException | RuntimeException e) {
      notXlsx(name, e, sink);
      return;
    }
    try {
      XlsxRows.read(pkg, sheets, sink);
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | IOException
        | RuntimeException e) {
      sink.fail(
          Place.of(name),
          "无法读取 xlsx 文件（已损坏或不完整）：" + e.getMessage(),
          "cannot read the xlsx file (damaged or incomplete): " + e.getMessage());
    } finally {
      // revert(), not close(): close() on a read-only package logs a warning about saving.
      pkg.revert();
    }
  }

  private static void notXlsx(String name, Exception e, RowSink sink) {
    if (e instanceof OLE2NotOfficeXmlFileException) {
      // An .xls saved under an .xlsx name, or an encrypted workbook: both are OLE2 containers.
      sink.fail(
          Place.of(name),
          "这是 .xls 或加密的工作簿，请在 Excel 中另存为未加密的 .xlsx",
          "this is an .xls or encrypted workbook: save it as an unencrypted .xlsx");
      return;
    }
    // Opening only looks at the container, so whatever fails here is the file's fault, not a bug of
    // ours.
    sink.fail(
        Place.of(name),
        "不是有效的 xlsx 文件：" + e.getMessage(),
        "not a valid xlsx file: " + e.getMessage());
  }

  /** TableFormat's message is already "中文 / English". */
  private static void fileProblem(String name, String message, RowSink sink) {
    int cut = message.indexOf(" / ");
    sink.fail(
        Place.of(name),
        cut < 0 ? message : message.substring(0, cut),
        cut < 0 ? message : message.substring(cut + 3));
  }
}
