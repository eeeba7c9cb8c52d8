package org.cocontrol.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cocontrol footprint} on the bundled example of a cement and a steel plant. */
class FootprintCliTests {

  static final Path EXAMPLE = Path.of("../examples/footprint.csv");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return new ArrayList<>(p.getRecords());
    }
  }

  @Test
  void writesEveryProductOfEveryFacility() throws IOException {
    Path result = dir.resolve("fp.csv");
    assertThat(
            CoControl.run(
                "footprint", "--activities", EXAMPLE.toString(), "--out", result.toString()))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(rows.get(0).toMap().keySet()).containsExactlyElementsOf(FootprintCommand.HEADER);
    assertThat(rows)
        .extracting(r -> r.get("product"))
        .containsExactly("sinter", "pig_iron", "crude_steel", "clinker", "cement");
    CSVRecord cement = rows.get(4);
    assertThat(cement.get("cn_code")).isEqualTo("2523 29 00");
    // Purchased clinker 200,000 t × 0.92 + limestone 1,300,000 t × 0.005 (shared by mass:
    // 1.5/2.5 to cement) = 184,000 + 3,900
    assertThat(Double.parseDouble(cement.get("upstream_t")))
        .isCloseTo(184000 + 6500 * 0.6, withinPercentage(1e-7));
    // The CBAM SEE adds up.
    assertThat(Double.parseDouble(cement.get("cbam_see_total")))
        .isCloseTo(
            Double.parseDouble(cement.get("cbam_see_direct"))
                + Double.parseDouble(cement.get("cbam_see_indirect")),
            withinPercentage(1e-7));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 个企业-年份, 5 个产品");
  }

  @Test
  void anXlsxHoldsOneInstallationAndYear() throws IOException {
    Path result = dir.resolve("cbam.xlsx");
    assertThat(
            CoControl.run(
                "footprint", "--activities", EXAMPLE.toString(), "--out", result.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("give --entity and --year");
    assertThat(result).doesNotExist();
    assertThat(
            CoControl.run(
                "footprint",
                "--activities",
                EXAMPLE.toString(),
                "--entity",
                "91130200MA0STEEL01",
                "--out",
                result.toString()))
        .isZero();
    try (InputStream in = Files.newInputStream(result);
        Workbook wb = WorkbookFactory.create(in)) {
      var products = wb.getSheet("Summary_Products");
      assertThat(products.getRow(2).getCell(3).getStringCellValue()).isEqualTo("sinter");
      assertThat(products.getRow(4).getCell(3).getStringCellValue()).isEqualTo("crude_steel");
      assertThat(wb.getSheet("E_PurchPrec").getRow(2).getCell(2).getStringCellValue())
          .isEqualTo("pig_iron");
    }
  }
}
