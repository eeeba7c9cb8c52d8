package org.cocontrol.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Feeds one worksheet of an xlsx workbook to a {@link RowSink} through POI's SAX event API, so the
 * sheet is never built as an object model: memory stays flat however many rows there are.
 */
final class XlsxRows {

  private XlsxRows() {}

  /**
   * @param preferred sheet names (lowercase) that mark the sheet to read in a workbook with
   *     several; else the first sheet
   */
  static void read(OPCPackage pkg, List<String> preferred, RowSink sink)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader reader = new XSSFReader(pkg);
    StylesTable styles = reader.getStylesTable();
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    String sheetName = null;
    PackagePart sheetPart = null;
    while (sheets.hasNext()) {
      // The iterator opens every sheet it passes; only names and parts are needed while choosing.
      sheets.next().close();
      String name = sheets.getSheetName();
      boolean wanted = preferred.contains(name.strip().toLowerCase(Locale.ROOT));
      if (sheetPart == null || wanted) {
        sheetName = name;
        sheetPart = sheets.getSheetPart();
      }
      if (wanted) {
        break;
      }
    }
    if (sheetPart == null) {
      return;
    }
    sink.start(Places.sheet(sheetName));
    XMLReader xml = XMLHelper.newXMLReader();
    PlainNumbers numbers = new PlainNumbers();
    xml.setContentHandler(
        new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink, numbers), numbers, false));
    try (InputStream in = sheetPart.getInputStream()) {
      xml.parse(new InputSource(in));
    }
  }

  /** Collects one row's cells by column (cells may be missing) and hands the row on. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowSink sink;
    private final PlainNumbers formatter;
    private final List<String> cells = new ArrayList<>();
    private final List<Double> numbers = new ArrayList<>();

    Rows(RowSink sink, PlainNumbers formatter) {
      this.sink = sink;
      this.formatter = formatter;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      numbers.clear();
      formatter.last = null;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : column(reference);
      while (cells.size() < column) {
        cells.add("");
        numbers.add(null);
      }
      String v = value == null ? "" : value;
      // the stored number of a numeric cell the formatter has just seen; it is used as it is, never
      // read back from its text
      Double n = formatter.last;
      formatter.last = null;
      if (column < cells.size()) {
        cells.set(column, v);
        numbers.set(column, n);
      } else {
        cells.add(v);
        numbers.add(n);
      }
    }

    @Override
    public void endRow(int rowNum) {
      sink.row(rowNum + 1L, List.copyOf(cells), numbers.toArray(new Double[0]));
    }

    /**
     * The 0-based column of a reference such as {@code AB12}; cheaper than a CellReference per
     * cell.
     */
    private static int column(String reference) {
      int c = 0;
      for (int i = 0; i < reference.length(); i++) {
        char ch = reference.charAt(i);
        if (ch < 'A' || ch > 'Z') {
          break;
        }
        c = c * 26 + (ch - 'A' + 1);
      }
      return c - 1;
    }
  }

  /**
   * Gives numeric cells their stored value in plain decimal rather than as displayed: a cell
   * formatted {@code 0} that holds 20908.4 must read as 20908.4, and {@code #,##0} must not add
   * separators. Dates are read as text (a whole day as ISO {@code 2023-01-05}), so they never pass
   * for numbers.
   */
  private static final class PlainNumbers extends DataFormatter {
    /** The value of the numeric cell just formatted, taken by the cell callback that follows. */
    Double last;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString)) {
        // A whole day reads as an ISO date (2023-01-05), not in the display form of the sheet's
        // locale (1/5/23 under Excel's built-in format 14 is ambiguous); with a time of day the
        // display form stays.
        if (DateUtil.isValidExcelDate(value) && value == Math.rint(value)) {
          return DateUtil.getLocalDateTime(value).toLocalDate().toString();
        }
        return super.formatRawCellContents(value, formatIndex, formatString);
      }
      last = value;
      return Double.isFinite(value)
          ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
          : String.valueOf(value);
    }
  }
}
