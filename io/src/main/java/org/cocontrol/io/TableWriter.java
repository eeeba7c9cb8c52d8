package org.cocontrol.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table (a header and rows of cells) to a {@code .csv} or {@code .xlsx} file, chosen by
 * the target's extension, row by row so large results never sit in memory whole.
 *
 * <p>The target appears only when the table is complete: rows go to a temporary file in the same
 * directory, and {@link #commit()} moves it over the target. Closing without committing, or any
 * failure on the way, deletes the temporary file and leaves the target as it was. Commit is
 * explicit because try-with-resources closes on exceptions too, and a close that committed would
 * publish a partial table:
 *
 * <pre>{@code
 * try (TableWriter w = TableWriter.open(path, header)) {
 *   for (...) w.row(cells);
 *   w.commit();
 * }
 * }</pre>
 *
 * <p>Cells are {@link String}s, {@link Number}s or null for empty. CSV is UTF-8 without a
 * byte-order mark, RFC 4180 (CRLF line ends; a value is quoted only when it holds a comma, quote or
 * line break), numbers in plain decimal with no exponent and no trailing zeros. An xlsx has a bold,
 * frozen header row and numbers as numeric cells.
 */
public final class TableWriter implements Closeable {

  /** The sheet name used unless another is given. */
  public static final String DEFAULT_SHEET = "result";

  private final Path target;
  private final Path temp;
  private final int width;
  private final Sink sink;
  private boolean finished;

  private TableWriter(Path target, Path temp, int width, Sink sink) {
    this.target = target;
    this.temp = temp;
    this.width = width;
    this.sink = sink;
  }

  /** Opens a writer for {@code target} with the default sheet name. */
  public static TableWriter open(Path target, List<String> header) throws IOException {
    return open(target, header, DEFAULT_SHEET);
  }

  /**
   * Opens a writer and writes the header.
   *
   * @param sheetName the worksheet's name in an xlsx; ignored for CSV
   * @throws IllegalArgumentException when the extension is neither .csv nor .xlsx, or the sheet
   *     name is not one Excel allows
   * @throws IOException when the temporary file cannot be created next to the target
   */
  public static TableWriter open(Path target, List<String> header, String sheetName)
      throws IOException {
    Objects.requireNonNull(header, "header");
    TableFormat format = TableFormat.of(target);
    if (format == TableFormat.XLSX) {
      WorkbookUtil.validateSheetName(sheetName);
    }
    Path absolute = target.toAbsolutePath();
    // Same directory, so the final move is a rename on one file system; hidden, so nobody picks it
    // up early.
    Path temp =
        absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    OutputStream out =
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    TableWriter w;
    try {
      Sink sink = format == TableFormat.CSV ? new CsvSink(out) : new XlsxSink(out, sheetName);
      w = new TableWriter(absolute, temp, header.size(), sink);
    } catch (RuntimeException e) {
      out.close();
      Files.deleteIfExists(temp);
      throw e;
    }
    w.write(header.toArray(), true);
    return w;
  }

  /** Writes a whole table at once. */
  public static void write(Path target, List<String> header, Iterable<? extends List<?>> rows)
      throws IOException {
    try (TableWriter w = open(target, header)) {
      for (List<?> row : rows) {
        w.row(row);
      }
      w.commit();
    }
  }

  /**
   * Appends a row.
   *
   * @param cells as many as the header has: {@link String}, {@link Number} or null
   * @throws IllegalArgumentException for a wrong number of cells, another type, or a NaN or
   *     infinite number; the writer is then aborted, since a table missing a row must not be
   *     committed
   */
  public void row(List<?> cells) throws IOException {
    if (cells.size() != width) {
      abort();
      throw new IllegalArgumentException(
          "a row has " + cells.size() + " cells, the header has " + width);
    }
    write(cells.toArray(), false);
  }

  /** Appends a row; see {@link #row(List)}. */
  public void row(Object... cells) throws IOException {
    row(Arrays.asList(cells));
  }

  /** Finishes the file and moves it over the target. */
  public void commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("the table was already committed or aborted");
    }
    finished = true;
    try {
      sink.finish();
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      discard();
      throw e;
    }
  }

  /**
   * Gives up: the temporary file is deleted and the target is left as it was. Does nothing once
   * finished.
   */
  public void abort() {
    if (finished) {
      return;
    }
    finished = true;
    discard();
  }

  /** Aborts unless {@link #commit()} has run. */
  @Override
  public void close() {
    abort();
  }

  private void write(Object[] cells, boolean header) throws IOException {
    if (finished) {
      throw new IllegalStateException("the table was already committed or aborted");
    }
    try {
      for (Object c : cells) {
        if (c != null && !(c instanceof String) && !(c instanceof Number)) {
          throw new IllegalArgumentException(
              "a cell must be a String, a Number or null, got " + c.getClass().getName());
        }
      }
      sink.row(cells, header);
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
  }

  private void discard() {
    try {
      sink.close();
    } catch (IOException | RuntimeException e) {
      // The file is deleted next; a failure to close it cleanly changes nothing.
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Nothing better to do: the temporary file is hidden and named as such.
    }
  }

  /**
   * A number in plain decimal: no exponent, no trailing zeros, integers without {@code .0} ({@code
   * 1.23E-5} → {@code 0.0000123}).
   *
   * @throws IllegalArgumentException for NaN or infinity, which no result should contain
   */
  static String plain(Number n) {
    if (n instanceof Integer
        || n instanceof Long
        || n instanceof Short
        || n instanceof Byte
        || n instanceof BigInteger) {
      return n.toString();
    }
    BigDecimal d;
    if (n instanceof BigDecimal b) {
      d = b;
    } else {
      double v = n.doubleValue();
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "cannot write " + v + ": results must be finite numbers");
      }
      // Float.toString keeps a float's short form (0.1f, not 0.10000000149011612).
      d = n instanceof Float f ? new BigDecimal(Float.toString(f)) : BigDecimal.valueOf(v);
    }
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** Where rows go: one implementation per format. */
  private interface Sink extends Closeable {
    void row(Object[] cells, boolean header) throws IOException;

    /** Writes out everything and closes the temporary file. */
    void finish() throws IOException;
  }

  /** RFC 4180 text, written through a buffer straight into the temporary file. */
  private static final class CsvSink implements Sink {
    private final Writer out;

    CsvSink(OutputStream stream) {
      out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void row(Object[] cells, boolean header) throws IOException {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          line.append(',');
        }
        Object c = cells[i];
        if (c instanceof Number n) {
          line.append(plain(n));
        } else if (c != null) {
          quote((String) c, line);
        }
      }
      out.write(line.append("\r\n").toString());
    }

    private static void quote(String s, StringBuilder line) {
      if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
        line.append(s);
        return;
      }
      line.append('"').append(s.replace("\"", "\"\"")).append('"');
    }

    @Override
    public void finish() throws IOException {
      out.close();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /**
   * A streaming workbook: POI keeps a window of rows in memory and spills the rest to its own
   * temporary file, then assembles the xlsx on {@link #finish()}.
   */
  private static final class XlsxSink implements Sink {
    /** Rows kept in memory before SXSSF flushes them to its own temporary file. */
    private static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle bold;
    private int next;

    XlsxSink(OutputStream out, String sheetName) {
      this.out = out;
      workbook.setCompressTempFiles(true);
      sheet = workbook.createSheet(sheetName);
      Font font = workbook.createFont();
      font.setBold(true);
      bold = workbook.createCellStyle();
      bold.setFont(font);
    }

    @Override
    public void row(Object[] cells, boolean header) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < cells.length; i++) {
        Object c = cells[i];
        if (c == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        if (c instanceof Number n) {
          cell.setCellValue(Double.parseDouble(plain(n)));
        } else {
          cell.setCellValue((String) c);
        }
        if (header) {
          cell.setCellStyle(bold);
        }
      }
      if (header) {
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < cells.length; i++) {
          // Wide enough for the header; CJK characters take two columns each.
          String h = cells[i] == null ? "" : cells[i].toString();
          int w = h.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum() + 2;
          sheet.setColumnWidth(i, Math.min(Math.max(w, 10), 60) * 256);
        }
      }
    }

    @Override
    public void finish() throws IOException {
      try (OutputStream o = out) {
        workbook.write(o);
      } finally {
        close();
      }
    }

    /** Also deletes SXSSF's own temporary files (its close() disposes of them). */
    @Override
    public void close() throws IOException {
      try {
        out.close();
      } finally {
        workbook.close();
      }
    }
  }
}
