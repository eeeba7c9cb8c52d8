package org.cocontrol.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A reference CSV file read whole, with its name for error messages. */
final class CsvTable {

  /** A row with its line number and a way to report problems against its cells. */
  record Row(CsvTable table, CSVRecord record) {
    String get(String column) {
      if (!record.isMapped(column)) {
        return "";
      }
      String v = record.get(column);
      return v == null ? "" : v.strip();
    }

    long line() {
      return record.getRecordNumber() + 1;
    }

    void problem(String column, String what) {
      table.problems.add(table.name + ":" + line() + " column " + column + ": " + what);
    }
  }

  private final String name;
  private final List<String> problems;
  private final List<Row> rows = new ArrayList<>();

  private CsvTable(String name, Reader reader, List<String> required, List<String> problems) {
    this.name = name;
    this.problems = problems;
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      for (String c : required) {
        if (!header.containsKey(c)) {
          problems.add(name + ":1: missing column " + c);
        }
      }
      for (CSVRecord r : parser) {
        if (r.size() != header.size()) {
          problems.add(name + ":" + (r.getRecordNumber() + 1) + ": " + r.size() + " fields, the header has " + header.size());
          continue;
        }
        rows.add(new Row(this, r));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(name + ": cannot be read as CSV: " + e.getMessage());
    }
  }

  static CsvTable read(String name, Reader reader, List<String> required, List<String> problems) {
    return new CsvTable(name, reader, required, problems);
  }

  /** Reads a file shipped on the classpath next to this class. */
  static CsvTable resource(String path, List<String> required, List<String> problems) {
    InputStream in = CsvTable.class.getResourceAsStream(path);
    if (in == null) {
      problems.add(path + ": not found on the classpath");
      return new CsvTable(path, Reader.nullReader(), List.of(), new ArrayList<>());
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new CsvTable(path, r, required, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int problemCount() {
    return problems.size();
  }

  List<Row> rows() {
    return rows;
  }
}
