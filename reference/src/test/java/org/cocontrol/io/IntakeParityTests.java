package org.cocontrol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * One intake path: the same rows as a CSV file, an xlsx workbook and a JSON array give the same
 * records and the same problems, at the same row and column (a JSON element counts from 1 where a
 * file's first data row is line 2).
 */
class IntakeParityTests {

  static final List<String> HEADER =
      List.of(
          "record_id",
          "entity_id",
          "region",
          "year",
          "source",
          "activity",
          "amount",
          "unit",
          "sulfur_pct",
          "controls",
          "measured_SO2_t");

  /** Rows as JSON would give them: numbers as numbers, text as text, null for blank. */
  static final List<List<Object>> ROWS =
      List.of(
          List.of(
              "P1",
              "E1",
              "410105",
              2022,
              "POWER",
              "raw_coal",
              1000.5,
              "t",
              0.8,
              "wet_fgd:0.95;scr",
              12.5),
          java.util.Arrays.asList(
              "P2",
              "E1",
              "410105",
              2022,
              "IND_BOILER",
              "natural_gas",
              12,
              "万Nm3",
              null,
              null,
              null),
          java.util.Arrays.asList(
              "P3", "E1", "4101", 1850, "POWER", "raw_coal", -5, "t", 120, "magic:0.5", "x"),
          java.util.Arrays.asList(
              "P1", "", "410105", 2022, "POWER", "unobtainium", 3, "head", null, "scr:1.5", null));

  static String csv() {
    StringBuilder b = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (List<Object> r : ROWS) {
      List<String> cells = new ArrayList<>();
      r.forEach(v -> cells.add(v == null ? "" : v.toString()));
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  static byte[] xlsx() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("活动数据");
      Row h = s.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        h.createCell(c).setCellValue(HEADER.get(c));
      }
      for (int i = 0; i < ROWS.size(); i++) {
        Row r = s.createRow(i + 1);
        for (int c = 0; c < HEADER.size(); c++) {
          Object v = ROWS.get(i).get(c);
          if (v instanceof Number n) {
            r.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            r.createCell(c).setCellValue((String) v);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static List<Map<String, Object>> json() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> r : ROWS) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int c = 0; c < HEADER.size(); c++) {
        m.put(HEADER.get(c), r.get(c));
      }
      out.add(m);
    }
    return out;
  }

  /**
   * A problem as data; a repeated record id names its first place in the source's own terms, so
   * that place is left out.
   */
  static List<Object> described(ImportProblem p, long rowOffset) {
    return List.of(
        p.severity(),
        p.row() - rowOffset,
        p.column(),
        p.value(),
        p.message().replaceAll("(首次出现在|first seen at) (line \\d+|record \\d+|\\S+)", "$1 …"));
  }

  @Test
  void csvXlsxAndJsonGiveTheSameRecordsAndTheSameProblemsAtTheSameRowAndColumn()
      throws IOException {
    ActivityReader reader = ActivityReaderTests.reader();
    ActivityImport fromCsv =
        reader.read(
            "a.csv",
            new ByteArrayInputStream(csv().getBytes(StandardCharsets.UTF_8)),
            TableFormat.CSV);
    ActivityImport fromXlsx =
        reader.read("a.xlsx", new ByteArrayInputStream(xlsx()), TableFormat.XLSX);
    ActivityImport fromJson = reader.read(json());

    // hand-checked: line 4 has six bad cells, line 5 four (head is a unit; with no known activity
    // it fits none to refuse);
    // the second P1 repeats line 2's record id
    assertThat(fromCsv.problems())
        .extracting(
            ImportProblem::location,
            ImportProblem::row,
            ImportProblem::column,
            ImportProblem::value)
        .containsExactly(
            tuple("line 4", 4L, "year", "1850"),
            tuple("line 4", 4L, "region", "4101"),
            tuple("line 4", 4L, "amount", "-5"),
            tuple("line 4", 4L, "sulfur_pct", "120"),
            tuple("line 4", 4L, "controls", "magic:0.5"),
            tuple("line 4", 4L, "measured_SO2_t", "x"),
            tuple("line 5", 5L, "record_id", "P1"),
            tuple("line 5", 5L, "entity_id", ""),
            tuple("line 5", 5L, "activity", "unobtainium"),
            tuple("line 5", 5L, "controls", "scr:1.5"));
    assertThat(fromXlsx.problems())
        .extracting(p -> described(p, 0))
        .containsExactlyElementsOf(fromCsv.problems().stream().map(p -> described(p, 0)).toList());
    assertThat(fromJson.problems())
        .extracting(p -> described(p, -1))
        .containsExactlyElementsOf(fromCsv.problems().stream().map(p -> described(p, 0)).toList());
    assertThat(fromXlsx.problems().get(0).location()).isEqualTo("活动数据!D4");
    assertThat(fromJson.problems().get(0).location()).isEqualTo("record 3");
    assertThat(fromJson.problems().get(6).message())
        .contains("首次出现在 record 1")
        .contains("first seen at record 1");

    assertThat(fromCsv.records()).hasSize(2);
    assertThat(fromXlsx.records()).isEqualTo(fromCsv.records());
    assertThat(fromJson.records()).isEqualTo(fromCsv.records());
    assertThat(fromJson.records().get(0).amount()).isEqualTo(1000.5);
    assertThat(fromJson.locations())
        .containsExactly(new Place(1L, "record 1"), new Place(2L, "record 2"));
    assertThat(fromXlsx.locations())
        .containsExactly(new Place(2L, "活动数据!2:2"), new Place(3L, "活动数据!3:3"));
  }

  @Test
  void aJsonNumberIsTakenAsTheNumberItIs() {
    Map<String, Object> r = new LinkedHashMap<>(json().get(1));
    r.put("amount", 1e-7);
    r.put("year", 2022.0);
    ActivityImport imported = ActivityReaderTests.reader().read(List.of(r));
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.records().get(0).amount()).isEqualTo(1e-7);
    assertThat(imported.records().get(0).year()).isEqualTo(2022);

    r.put("amount", Double.POSITIVE_INFINITY);
    assertThat(ActivityReaderTests.reader().read(List.of(r)).errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(1L);
              assertThat(p.column()).isEqualTo("amount");
              assertThat(p.message()).contains("out of range");
            });
  }

  @Test
  void aNullJsonRecordIsAProblemAtItsElement() {
    List<Map<String, Object>> records = new ArrayList<>(json().subList(0, 2));
    records.add(1, null);
    assertThat(ActivityReaderTests.reader().read(records).errors())
        .singleElement()
        .satisfies(p -> assertThat(p.place()).isEqualTo(new Place(2L, "record 2")));
  }
}
