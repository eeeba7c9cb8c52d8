package org.cocontrol.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cocontrol account} and {@code sources} on solvents, F-gases and fleets (issue 18). */
class ProductUseCliTests {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private static final String FILE =
      """
      record_id,entity_id,region,year,source,activity,amount,unit,controls,technology,voc_content_pct
      S1,E1,210100,2022,SOLVENT_USE,solvent_coating,100,t,voc_capture_enclosure;rto,,60
      S2,E1,210100,2022,2.D.3,油墨,20,t,,,
      F1,E2,210100,2022,REFRIGERATION,refrigerant_bank,1000,kg,,stationary_ac.HFC-410A,
      F2,E3,210100,2022,2.G.1,sf6_bank,2000,kg,,,
      V1,E4,210100,2022,ROAD,vehicle_km,100,万km,,hdt_diesel_guo3,
      V2,E4,210100,2022,ROAD,vehicle_km,100,万km,,hdt_electric,
      L1,E5,210100,2022,2.D.1,lubricant,1000,t,,,
      """;

  private static double sum(List<CSVRecord> rows, String record, String substance, String scope) {
    return rows.stream()
        .filter(
            r ->
                r.get("record_id").equals(record)
                    && r.get("substance").equals(substance)
                    && r.get("scope").equals(scope))
        .mapToDouble(r -> Double.parseDouble(r.get("amount_t")))
        .sum();
  }

  @Test
  void accountsSolventsFgasesAndFleets() throws IOException {
    Path in = dir.resolve("product_use.csv");
    Files.writeString(in, FILE, StandardCharsets.UTF_8);
    Path result = dir.resolve("result.csv");
    assertThat(CoControl.run("account", "--activities", in.toString(), "--out", result.toString()))
        .isZero();
    List<CSVRecord> rows = CliTests.read(result);
    // S1: 100 t × 60 % × (1 − 0.9 × 0.94) = 9.24 t VOCs
    assertThat(sum(rows, "S1", "VOCS", "direct")).isCloseTo(9.24, within(1e-9));
    // S2: 20 t ink × 45 % (default) = 9 t
    assertThat(sum(rows, "S2", "VOCS", "direct")).isCloseTo(9.0, within(1e-9));
    // F1: 1 t × 5 % → 0.025 t HFC-32 and 0.025 t HFC-125; CO2E (AR5) 0.025 × (677 + 3170)
    assertThat(sum(rows, "F1", "HFC-32", "direct")).isCloseTo(0.025, within(1e-12));
    assertThat(sum(rows, "F1", "HFC-125", "direct")).isCloseTo(0.025, within(1e-12));
    assertThat(sum(rows, "F1", "CO2E", "direct")).isCloseTo(96.175, within(1e-9));
    // F2: 2 t SF6 × 2 % = 0.04 t
    assertThat(sum(rows, "F2", "SF6", "direct")).isCloseTo(0.04, within(1e-12));
    // V1: 272 t diesel → 272 × 42.652 × 0.0202 × 0.98 × 44/12 t CO2; NOx 8.6 g/km × 1e6 km
    assertThat(sum(rows, "V1", "CO2", "direct"))
        .isCloseTo(272 * 42.652 * 0.0202 * 0.98 * 44 / 12, within(1e-9));
    assertThat(sum(rows, "V1", "NOX", "direct")).isCloseTo(8.6, within(1e-9));
    // V2: 1600 MWh × 0.5626 = 900.16 t CO2 indirect, no NOx
    assertThat(sum(rows, "V2", "CO2", "indirect")).isCloseTo(900.16, within(1e-9));
    assertThat(sum(rows, "V2", "NOX", "direct")).isZero();
    // L1: 1000 × 40.2 × 0.02 × 0.2 × 44/12 = 589.6 t
    assertThat(sum(rows, "L1", "CO2", "direct")).isCloseTo(589.6, within(1e-9));
    assertThat(rows)
        .anyMatch(r -> r.get("record_id").equals("F1") && r.get("ipcc").equals("2.F.1"))
        .anyMatch(r -> r.get("record_id").equals("F2") && r.get("ipcc").equals("2.G.1"))
        .anyMatch(r -> r.get("record_id").equals("S2") && r.get("ipcc").equals("2.D.3"))
        .anyMatch(r -> r.get("method").equals("bank_leakage"))
        .anyMatch(r -> r.get("method").equals("vehicle_fuel"))
        .anyMatch(r -> r.get("method").equals("solvent_voc"));
  }

  @Test
  void theDemoCitysProductUseAndFleetAccountWithBothSidesOfTheFleetChange() throws IOException {
    Path demo = Path.of("../server/src/main/resources/demo/product_use_activities.csv");
    Path result = dir.resolve("demo.csv");
    assertThat(
            CoControl.run("account", "--activities", demo.toString(), "--out", result.toString()))
        .isZero();
    List<CSVRecord> rows = CliTests.read(result);
    double[] nox = new double[2];
    double[] indirect = new double[2];
    for (CSVRecord r : rows) {
      if (!r.get("record_id").startsWith("PU-SM-")) {
        continue;
      }
      int y = r.get("year").equals("2021") ? 0 : 1;
      if (r.get("source").equals("ROAD") && r.get("substance").equals("NOX")) {
        nox[y] += Double.parseDouble(r.get("amount_t"));
      }
      if (r.get("substance").equals("CO2") && r.get("scope").equals("indirect")) {
        indirect[y] += Double.parseDouble(r.get("amount_t"));
      }
    }
    // 国三 trucks gone, more 国六 and electric: NOx falls, grid CO2 rises
    assertThat(nox[1]).isLessThan(nox[0]);
    assertThat(indirect[1]).isGreaterThan(indirect[0]);
  }

  @Test
  void sourcesListTheProductUseClassesWithTheirIpccCodes() {
    assertThat(CoControl.run("sources")).isZero();
    String o = out.toString(StandardCharsets.UTF_8);
    assertThat(o)
        .containsPattern("LUBRICANT_USE\\s+.*IPCC 2\\.D\\.1")
        .containsPattern("PARAFFIN_USE\\s+.*IPCC 2\\.D\\.2")
        .containsPattern("SOLVENT_USE\\s+.*IPCC 2\\.D\\.3")
        .containsPattern("REFRIGERATION\\s+.*IPCC 2\\.F\\.1")
        .containsPattern("ELECTRICAL_EQUIPMENT\\s+.*IPCC 2\\.G\\.1")
        .containsPattern("ROAD\\s+.*IPCC 1\\.A\\.3\\.b");
  }
}
