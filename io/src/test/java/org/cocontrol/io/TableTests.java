package org.cocontrol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.text.Message;
import org.junit.jupiter.api.Test;

/**
 * io's one table reader for small tables: places, numbers and problems with row and column as data,
 * alike for CSV and xlsx.
 */
class TableTests {

  static final Table.Columns VALUES =
      new Table.Columns(
          Map.of(
              "indicator_id",
              "indicator_id",
              "指标编号",
              "indicator_id",
              "year",
              "year",
              "年份",
              "year",
              "value",
              "value",
              "数值",
              "value",
              "note",
              "note"),
          List.of("indicator_id", "year", "value"),
          20);

  /**
   * A title row, the header, then rows; the same cells as {@link #CSV}, numbers as numeric cells.
   */
  static byte[] workbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("Sheet1");
      s.createRow(0).createCell(0).setCellValue("2023 年指标完成值");
      Object[][] rows = {
        {"指标编号", "年份", "数值", "备注说明"},
        {"LN-04", 2022, 41.5, "x"},
        {"LN-05", "20x3", "abc", ""},
        {},
        {"LN-06", 2023, "1,200", ""}
      };
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(i + 1);
        for (int c = 0; c < rows[i].length; c++) {
          if (rows[i][c] instanceof Number n) {
            r.createCell(c).setCellValue(n.doubleValue());
          } else {
            r.createCell(c).setCellValue((String) rows[i][c]);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static final String CSV =
      "2023 年指标完成值,,,\n指标编号,年份,数值,备注说明\nLN-04,2022,41.5,x\nLN-05,20x3,abc,\n,,,\nLN-06,2023,\"1,200\",\n";

  @Test
  void csvAndXlsxGiveTheSameRowsAndTheSameProblemsAtTheSameRowAndColumn() throws IOException {
    Table csv = Table.read("v.csv", CSV.getBytes(StandardCharsets.UTF_8), VALUES);
    Table xlsx = Table.read("v.xlsx", workbook(), VALUES);
    for (Table t : List.of(csv, xlsx)) {
      assertThat(t.columns()).containsExactly("indicator_id", "year", "value");
      assertThat(t.rows()).extracting(Table.Row::number).containsExactly(3L, 4L, 6L);
      assertThat(t.rows())
          .extracting(r -> r.year("year"), r -> r.number("value", true))
          .containsExactly(tuple(2022, 41.5), tuple(null, null), tuple(2023, 1200.0));
    }
    assertThat(csv.problems())
        .extracting(
            ImportProblem::row, ImportProblem::column, ImportProblem::value, ImportProblem::message)
        .containsExactly(
            tuple(4L, "year", "20x3", "'20x3' 不是数字 / '20x3' is not a number"),
            tuple(4L, "value", "abc", "'abc' 不是数字 / 'abc' is not a number"));
    assertThat(xlsx.problems())
        .extracting(
            ImportProblem::row, ImportProblem::column, ImportProblem::value, ImportProblem::message)
        .containsExactlyElementsOf(
            csv.problems().stream()
                .map(p -> tuple(p.row(), p.column(), p.value(), p.message()))
                .toList());
    // the place as the user sees it: a CSV line, a worksheet cell
    assertThat(csv.problems())
        .extracting(ImportProblem::location)
        .containsExactly("line 4", "line 4");
    assertThat(xlsx.problems())
        .extracting(ImportProblem::location)
        .containsExactly("Sheet1!B4", "Sheet1!C4");
  }

  @Test
  void aMissingColumnADuplicateAndACellTooWideOrWithAControlCharacter() {
    Table t =
        Table.read(
            "v.csv",
            "year,年份,value\n2022,2022,\"012345678901234567890\"\n2023,2023,\"a\u0001\"\n"
                .getBytes(StandardCharsets.UTF_8),
            VALUES);
    assertThat(t.problems())
        .extracting(
            ImportProblem::location,
            ImportProblem::row,
            ImportProblem::column,
            ImportProblem::message)
        .containsExactly(
            tuple("line 1", 1L, "year", "重复的列 '年份' / duplicate column '年份'"),
            tuple(
                "line 1",
                1L,
                "indicator_id",
                "缺少必填列 indicator_id / missing required column indicator_id"),
            tuple("line 2", 2L, "value", "超过 20 个字符 / longer than 20 characters"),
            tuple("line 3", 3L, "value", "含有控制字符 U+0001 / contains the control character U+0001"));
    assertThat(t.isValid()).isFalse();
  }

  @Test
  void aTableThatTakesAnyColumnRefusesValuesUnderNoHeader() {
    Table t =
        Table.read(
            "w.csv",
            new StringReader("substance,weight\nSO2,1,extra\n\nNOX,\"0,5\"\n"),
            Table.Columns.any(List.of("substance"), 100));
    assertThat(t.problems())
        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
        .containsExactly(tuple(2L, "", "extra"));
    assertThat(t.rows()).extracting(r -> r.get("substance")).containsExactly("SO2", "NOX");
    Table.Row nox = t.rows().get(1);
    assertThat(nox.number("weight", true)).isNull();
    assertThat(t.problems())
        .last()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(4L);
              assertThat(p.column()).isEqualTo("weight");
              assertThat(p.message()).isEqualTo("'0,5' 不是数字 / '0,5' is not a number");
            });
  }

  @Test
  void readersAddTheirOwnProblemsToTheSameList() {
    Table t =
        Table.read(
            "v.csv",
            "indicator_id,year,value\nLN-99,2022,1\n".getBytes(StandardCharsets.UTF_8),
            VALUES);
    t.rows()
        .get(0)
        .problem("indicator_id", new Message("不是本规划的指标", "not an indicator of the plan"));
    assertThat(t.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.place()).isEqualTo(new Place(2L, "line 2"));
              assertThat(p.value()).isEqualTo("LN-99");
              assertThat(p.message()).isEqualTo("不是本规划的指标 / not an indicator of the plan");
            });
  }

  @Test
  void fileProblemsAreOnTheFileWithNoRow() {
    assertThat(Table.read("v.xls", new byte[] {1}, VALUES).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.place()).isEqualTo(Place.of("v.xls")));
    assertThat(
            Table.read("v.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), VALUES).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("不是有效的 xlsx 文件"));
    assertThat(Table.read("v.csv", new byte[0], VALUES).problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.message()).isEqualTo("文件为空，没有表头 / the file is empty: no header row"));
  }
}
