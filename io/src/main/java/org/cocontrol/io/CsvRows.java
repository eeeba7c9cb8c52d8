package org.cocontrol.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Feeds a UTF-8 CSV file (with or without a byte-order mark) to a {@link RowSink}, one record at a
 * time.
 */
final class CsvRows {

  private CsvRows() {}

  static void read(String name, InputStream in, RowSink sink) throws IOException {
    // Strict decoding: Excel's default "CSV" is GBK, and decoding it leniently would turn every
    // Chinese
    // header into replacement characters and a list of baffling "missing column" errors.
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    read(name, new InputStreamReader(in, utf8), sink);
  }

  static void read(String name, Reader text, RowSink sink) throws IOException {
    sink.start(Places.CSV);
    BufferedReader reader = new BufferedReader(text);
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      // Empty lines are kept as records so that the parser's line count stays the physical line
      // count.
      CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        Iterator<CSVRecord> records = parser.iterator();
        long line = 1;
        while (true) {
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
          } catch (UncheckedIOException e) {
            fail(name, line, e.getCause(), sink);
            return;
          }
          List<String> cells = new ArrayList<>(record.size());
          record.forEach(cells::add);
          sink.row(line, cells, null);
          // A quoted value may span lines; the next record starts after the last line this one
          // used.
          line = parser.getCurrentLineNumber() + 1;
        }
      }
    } catch (CharacterCodingException e) {
      fail(name, 0, e, sink);
    }
  }

  private static void fail(String name, long line, IOException e, RowSink sink) {
    if (e instanceof CharacterCodingException) {
      // Decoding runs ahead of parsing, so the line would be a guess: name the file instead.
      sink.fail(
          Place.of(name),
          "文件不是 UTF-8 编码（Excel 默认保存的 CSV 是 GBK），请另存为“CSV UTF-8”",
          "the file is not UTF-8 (Excel saves plain CSV as GBK): save it as \"CSV UTF-8\"");
    } else {
      sink.fail(
          Places.CSV.row(line), "CSV 格式错误：" + e.getMessage(), "malformed CSV: " + e.getMessage());
    }
  }
}
