package org.cocontrol.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.cocontrol.io.ReportWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cocontrol report} on two demo plants' 2023 monthly files (copies of the server's demo
 * files): 永安 GPPD-1070681, a clean coal plant, and 许昌 GPPD-1075619, caught by the carbon-per-GJ
 * band in April–June.
 */
class ReportCliTests {

  static final Path CLEAN = Path.of("src/test/resources/reports/GPPD-1070681.csv");
  static final Path CAUGHT = Path.of("src/test/resources/reports/GPPD-1075619.csv");

  /**
   * Σ over the 24 unit-months of raw coal FC [t] × C_ar [tC/t] × OF 0.99 (cn.ets.of.raw_coal) ×
   * 44/12: every month measured, purchased electricity a memo in a 2023 power report. Summed from
   * the file's 24 coal rows outside this code (a separate script): 2,090,007.72 t.
   */
  static final double CLEAN_CO2_T = 2_090_007.7201113;

  static {
    // as CoControl.main does: POI's log4j-api would otherwise complain on stdout, in the JSON
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
  }

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** {@code cocontrol report --data data --entity entity --year 2023 more…}. */
  private static int report(Path data, String entity, String... more) {
    String[] args = new String[7 + more.length];
    String[] head = {"report", "--data", data.toString(), "--entity", entity, "--year", "2023"};
    System.arraycopy(head, 0, args, 0, 7);
    System.arraycopy(more, 0, args, 7, more.length);
    return CoControl.run(args);
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theCleanPlantsTotalIsTheHandComputedOneAndNothingBlocks() throws Exception {
    Path tables = dir.resolve("report.xlsx");
    int code =
        report(CLEAN, "GPPD-1070681", "--industry", "D4411", "--json", "--xlsx", tables.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(printed()).startsWith("{");
    JsonNode r = JsonMapper.builder().build().readTree(printed());
    assertThat(r.path("totalsT").path("CO2").asDouble()).isCloseTo(CLEAN_CO2_T, within(0.01));
    assertThat(r.path("guideline").asString()).isEqualTo("power");
    assertThat(r.path("region").asString()).isEqualTo("350481");
    // one facility per facility value of the file: U1, U2 and the common systems
    assertThat(r.path("facilities").size()).isEqualTo(3);
    for (JsonNode c : r.path("checks")) {
      assertThat(c.path("severity").asString()).as(c.toString()).isEqualTo("warning");
    }
    try (Workbook wb = WorkbookFactory.create(tables.toFile())) {
      assertThat(wb.getSheet(ReportWorkbook.FUEL)).isNotNull();
      assertThat(wb.getSheet(ReportWorkbook.FUEL).getLastRowNum()).isEqualTo(24);
    }
  }

  @Test
  void theCaughtPlantExitsWithThreeAndNamesTheCheckAtItsMonths() {
    int code = report(CAUGHT, "GPPD-1075619", "--industry", "D4412");
    assertThat(code).isEqualTo(ReportCommand.BLOCKED);
    String text = printed();
    assertThat(text).contains("RPT-CC-BAND 错误 U1 4月 raw_coal.carbon_content");
    assertThat(text).contains("RPT-CC-BAND 错误 U2 6月 raw_coal.carbon_content");
    assertThat(text).doesNotContain("RPT-CC-BAND 错误 U1 3月");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("exit code 3");
  }

  @Test
  void englishWithLangEn() {
    report(CAUGHT, "GPPD-1075619", "--industry", "D4412", "--lang", "en");
    assertThat(printed()).contains("RPT-CC-BAND error U1 4月 raw_coal.carbon_content");
    assertThat(printed()).contains("Totals (t):");
  }

  @Test
  void aWrongEntityIsALocatedProblemAndExitTwo() {
    int code = report(CLEAN, "GPPD-0000000");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("entity_id");
    assertThat(printed()).isEmpty();
  }

  @Test
  void facilitiesAndPermitFromFilesGiveThePermitReport() throws Exception {
    Path facilities = dir.resolve("facilities.csv");
    Files.writeString(
        facilities,
        "entity_id,facility,name_zh,kind,capacity_mw,attributes,outlets\n"
            + "GPPD-1070681,U1,1号机组,power_unit,300,,DA001\n"
            + "GPPD-1070681,U2,2号机组,power_unit,300,,DA002\n"
            + "GPPD-1070681,COMMON,公用,other,,,\n"
            + "OTHER-1,U9,别家,power_unit,10,,\n");
    Path permit = dir.resolve("permit.json");
    Files.writeString(
        permit,
        """
        {"number": "H9350481GPD1070681001P", "validFrom": "2022-01-01", "validTo": "2026-12-31",
         "outlets": [
           {"code": "DA001", "facilities": ["U1"], "limits": [{"pollutant": "SO2", "annualT": 1}]},
           {"code": "DA002", "facilities": ["U2"], "limits": [{"pollutant": "SO2", "annualT": 1e6}]}
         ]}
        """);
    int code =
        report(
            CLEAN,
            "GPPD-1070681",
            "--kind",
            "permit",
            "--facilities",
            facilities.toString(),
            "--permit",
            permit.toString(),
            "--json");
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode r = JsonMapper.builder().build().readTree(printed());
    assertThat(r.path("kind").asString()).isEqualTo("permit");
    // 1 t permitted at DA001: the exceedance is reported as a warning there, not at DA002
    boolean exceededAtDa001 = false;
    for (JsonNode c : r.path("checks")) {
      if (c.path("code").asString().equals("RPT-PERMIT-EXCEEDED")) {
        assertThat(c.path("location").path("field").asString()).startsWith("DA001");
        exceededAtDa001 = true;
      }
    }
    assertThat(exceededAtDa001).isTrue();
  }

  @Test
  void aBadFacilityKindIsNamedWithItsLine() throws Exception {
    Path facilities = dir.resolve("facilities.csv");
    Files.writeString(facilities, "facility,kind\nU1,turbine\nU2,power_unit\n");
    int code = report(CLEAN, "GPPD-1070681", "--facilities", facilities.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("facilities.csv: line 2, kind")
        .contains("turbine");
  }
}
