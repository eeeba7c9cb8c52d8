package org.cocontrol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing result tables: exact CSV text, xlsx read back with POI, and no file at all after a
 * failure.
 */
class TableWriterTests {

  @TempDir Path dir;

  @Test
  void csvQuotesOnlyWhatNeedsItAndWritesNumbersInPlainDecimal() throws IOException {
    Path file = dir.resolve("out.csv");

    TableWriter.write(
        file,
        List.of("name", "value", "note"),
        List.of(
            Arrays.asList("a,b", 0.0000123, "he said \"hi\""),
            Arrays.asList("line\nbreak", 1234567.5, null),
            Arrays.asList("plain", 42, ""),
            Arrays.asList(null, 100.0, "二氧化硫"),
            Arrays.asList("big", 1e21, "x"),
            Arrays.asList("exact", new BigDecimal("1.500"), 9007199254740993L),
            Arrays.asList("signs", -0.5, -0.0),
            Arrays.asList("float", 0.1f, 0.0)));

    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0]).isEqualTo((byte) 'n');
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo(
            "name,value,note\r\n"
                + "\"a,b\",0.0000123,\"he said \"\"hi\"\"\"\r\n"
                + "\"line\nbreak\",1234567.5,\r\n"
                + "plain,42,\r\n"
                + ",100,二氧化硫\r\n"
                + "big,1000000000000000000000,x\r\n"
                + "exact,1.5,9007199254740993\r\n"
                + "signs,-0.5,0\r\n"
                + "float,0.1,0\r\n");
  }

  @Test
  void xlsxHasABoldFrozenHeaderAndNumericCells() throws IOException {
    Path file = dir.resolve("out.xlsx");
    try (TableWriter w = TableWriter.open(file, List.of("地区", "CO2_t", "note"))) {
      w.row("北京市", 1234567.5, null);
      w.row("天津市", 0.0000123, "x");
      w.commit();
    }

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sheet = wb.getSheet(TableWriter.DEFAULT_SHEET);
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("地区");
      assertThat(wb.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
      Row first = sheet.getRow(1);
      assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1234567.5);
      assertThat(first.getCell(2)).isNull();
      assertThat(wb.getFontAt(first.getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.0000123);
      assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("x");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void sheetNameCanBeChosen() throws IOException {
    Path file = dir.resolve("named.xlsx");
    try (TableWriter w = TableWriter.open(file, List.of("a"), "排放清单")) {
      w.row(1);
      w.commit();
    }

    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("排放清单");
    }
  }

  @Test
  void abortedWriteLeavesNoFile() throws IOException {
    for (String name : List.of("out.csv", "out.xlsx")) {
      Path file = dir.resolve(name);
      TableWriter w = TableWriter.open(file, List.of("a", "b"));
      w.row("x", 1);
      w.abort();
      w.close();

      assertThat(file).doesNotExist();
    }
    assertThat(listing()).isEmpty();
  }

  @Test
  void exceptionBeforeCommitLeavesNoFile() throws IOException {
    Path file = dir.resolve("out.xlsx");

    assertThatThrownBy(
            () -> {
              try (TableWriter w = TableWriter.open(file, List.of("a"))) {
                w.row(1);
                throw new IllegalStateException("computation failed");
              }
            })
        .hasMessage("computation failed");

    assertThat(listing()).isEmpty();
  }

  @Test
  void failedWriteKeepsThePreviousFile() throws IOException {
    Path file = Files.writeString(dir.resolve("out.csv"), "old results\n");

    assertThatThrownBy(
            () -> {
              try (TableWriter w = TableWriter.open(file, List.of("a", "b"))) {
                w.row("x", 1);
                w.row("only one cell");
                w.commit();
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row has 1 cells, the header has 2");

    assertThat(file).hasContent("old results");
    assertThat(listing()).containsExactly(file);
  }

  @Test
  void commitReplacesTheTarget() throws IOException {
    Path file = Files.writeString(dir.resolve("out.csv"), "old results\n");

    TableWriter.write(file, List.of("a"), List.of(List.of(1)));

    assertThat(file).hasContent("a\r\n1");
    assertThat(listing()).containsExactly(file);
  }

  @Test
  void badCellsAreRefusedAndAbortTheWrite() throws IOException {
    Path file = dir.resolve("out.csv");
    TableWriter w = TableWriter.open(file, List.of("a"));

    assertThatThrownBy(() -> w.row(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(w::commit).isInstanceOf(IllegalStateException.class);
    assertThat(listing()).isEmpty();

    TableWriter dates = TableWriter.open(file, List.of("a"));
    assertThatThrownBy(() -> dates.row(java.time.LocalDate.of(2024, 1, 1)))
        .hasMessageContaining("String, a Number or null");
    assertThat(listing()).isEmpty();
  }

  @Test
  void onlyCsvAndXlsxAreWritten() {
    assertThatThrownBy(() -> TableWriter.open(dir.resolve("out.txt"), List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use .csv or .xlsx");
    assertThatThrownBy(() -> TableWriter.open(dir.resolve("out.xls"), List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("save the file as .xlsx");
    assertThatThrownBy(() -> TableWriter.open(dir.resolve("out.xlsx"), List.of("a"), "bad/name"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
