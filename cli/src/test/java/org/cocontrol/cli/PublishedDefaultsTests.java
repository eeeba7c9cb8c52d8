package org.cocontrol.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped defaults against the published documents, through the command line: every number
 * written here is the document's (not read from the parameter files), and every expected figure is
 * computed by hand.
 */
class PublishedDefaultsTests {

  private static final double CO2_PER_C = 44.0 / 12.0;
  private static final String HEADER =
      "record_id,entity_id,region,year,source,activity,amount,unit,sulfur_pct,controls,technology\n";

  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs {@code cocontrol account} on the given activity rows (after the header) and returns the
   * result rows.
   */
  private List<CSVRecord> account(String rows, String... options) throws IOException {
    Path in = dir.resolve("in.csv");
    Path out = dir.resolve("out.csv");
    Files.writeString(in, HEADER + rows, StandardCharsets.UTF_8);
    List<String> args =
        new ArrayList<>(List.of("account", "--activities", in.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    assertThat(CoControl.run(args.toArray(String[]::new)))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return new ArrayList<>(p.getRecords());
    }
  }

  private static CSVRecord line(List<CSVRecord> rows, String id, String substance, String method) {
    List<CSVRecord> l =
        rows.stream()
            .filter(
                r ->
                    r.get("record_id").equals(id)
                        && r.get("substance").equals(substance)
                        && r.get("method").equals(method))
            .toList();
    assertThat(l).as(id + " " + substance + " " + method).hasSize(1);
    return l.get(0);
  }

  private static double tonnes(List<CSVRecord> rows, String id, String substance, String method) {
    return Double.parseDouble(line(rows, id, substance, method).get("amount_t"));
  }

  /** Tonnes of a substance that count in the record's total (direct + indirect + exported). */
  private static double total(List<CSVRecord> rows, String id, String substance) {
    return rows.stream()
        .filter(
            r ->
                r.get("record_id").equals(id)
                    && r.get("substance").equals(substance)
                    && List.of("direct", "indirect", "exported").contains(r.get("scope")))
        .mapToDouble(r -> Double.parseDouble(r.get("amount_t")))
        .sum();
  }

  /**
   * CO2 of one unit of fuel = NCV × CC × OF × 44/12, with the (NCV, CC, OF) of one edition: 表2.1
   * 常用化石燃料相关参数缺省值 of the NDRC enterprise guidelines (工业其他行业, 发改办气候〔2015〕1722号) for every fuel it
   * lists; 原煤, which it does not list, from the table 各种能源折标准煤及碳排放参考系数 (20 908 kJ/kg, 26.37 tC/TJ,
   * 0.94).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "anthracite,        t,     26.7,   0.0274,  0.94",
    "bituminous_coal,   t,     19.570, 0.0261,  0.93",
    "lignite,           t,     11.9,   0.0280,  0.96",
    "washed_coal,       t,     26.344, 0.02541, 0.90",
    "coke,              t,     28.435, 0.0295,  0.93",
    "crude_oil,         t,     41.816, 0.0201,  0.98",
    "fuel_oil,          t,     41.816, 0.0211,  0.98",
    "gasoline,          t,     43.070, 0.0189,  0.98",
    "diesel,            t,     42.652, 0.0202,  0.98",
    "kerosene,          t,     43.070, 0.0196,  0.98",
    "lpg,               t,     50.179, 0.0172,  0.98",
    "natural_gas,       万Nm3, 389.31, 0.0153,  0.99",
    "coke_oven_gas,     万Nm3, 179.81, 0.01358, 0.99",
    "blast_furnace_gas, 万Nm3, 33.000, 0.0708,  0.99",
    "raw_coal,          t,     20.908, 0.02637, 0.94"
  })
  void oneUnitOfFuelGivesTheCo2OfThePublishedPair(
      String fuel, String unit, double ncv, double cc, double of) throws IOException {
    List<CSVRecord> rows = account("F,E,210106,2022,IND_BOILER," + fuel + ",1," + unit + ",,,\n");
    double expected = ncv * cc * of * CO2_PER_C;
    assertThat(tonnes(rows, "F", "CO2", "combustion_tier2"))
        .isCloseTo(expected, within(expected * 1e-12));
  }

  @Test
  void coalInAPowerPlantUnderTheGeneralSchemeUsesTheCitedRawCoalDefaults() throws IOException {
    List<CSVRecord> rows = account("P,E,210106,2022,POWER,raw_coal,1000,t,,,pc_boiler\n");
    // 1000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12
    assertThat(tonnes(rows, "P", "CO2", "combustion_tier2"))
        .isCloseTo(1000 * 20.908 * 0.02637 * 0.94 * CO2_PER_C, within(1e-9));
    assertThat(line(rows, "P", "CO2", "combustion_tier2").get("provenance"))
        .contains("cn.cc.raw_coal@2 NATIONAL V2")
        .contains("cn.of.raw_coal@2 NATIONAL V2");
  }

  @Test
  void aCirculatingFluidisedBedReleasesSulfurAndNoxAsTCses144Gives() throws IOException {
    // T/CSES 144—2024 表C.1: 15 % of the sulfur stays in the bottom ash of a 流化床炉; 表E.7: NOx 7.5
    // g/kg
    List<CSVRecord> rows =
        account(
            """
        C1,E,210106,2022,IND_BOILER,raw_coal,1000,t,1.0,,cfb_boiler
        C2,E,210106,2022,IND_BOILER,raw_coal,1000,t,1.0,furnace_sorbent,cfb_boiler
        """);
    // SO2 = 1000 t × 1.0 % × (1 − 0.15) × 2 = 17 t; NOx = 1000 t × 7.5 kg/t = 7.5 t
    assertThat(tonnes(rows, "C1", "SO2", "sulfur_balance")).isCloseTo(17, within(1e-9));
    assertThat(tonnes(rows, "C1", "NOX", "generation_coefficient")).isCloseTo(7.5, within(1e-9));
    // in-furnace limestone (表A.1 炉内喷钙法 50 %) is a control the record states
    assertThat(tonnes(rows, "C2", "SO2", "sulfur_balance")).isCloseTo(8.5, within(1e-9));
  }

  @Test
  void aPowerBoilersNoxFollowsItsSizeClass() throws IOException {
    // T/CSES 144—2024 表D.1 电力生产 煤炭: ≤100 MW 8.96, (100, 300) MW 8.19, ≥300 MW 7.21 g/kg, for every
    // coal technology
    List<CSVRecord> rows =
        account(
            """
        S,E,210106,2022,POWER,raw_coal,1000,t,,,pc_boiler.le100mw
        M,E,210106,2022,POWER,bituminous_coal,1000,t,,,cfb_boiler.100_300mw
        L,E,210106,2022,POWER,raw_coal,1000,t,,,stoker_boiler.ge300mw
        """);
    assertThat(tonnes(rows, "S", "NOX", "generation_coefficient")).isCloseTo(8.96, within(1e-9));
    assertThat(tonnes(rows, "M", "NOX", "generation_coefficient")).isCloseTo(8.19, within(1e-9));
    assertThat(tonnes(rows, "L", "NOX", "generation_coefficient")).isCloseTo(7.21, within(1e-9));
    // the class code still reaches the technology's other values: 表C.1 sulfur to bottom ash 0.15
    // for a 煤粉炉
    assertThat(line(rows, "S", "SO2", "sulfur_balance").get("provenance"))
        .contains("ap.sconv.pc_boiler@1");
  }

  @Test
  void removalEfficienciesDefaultToTheStandardsAveragesAndAStatedEfficiencyWins()
      throws IOException {
    List<CSVRecord> rows =
        account(
            """
        D,E,210106,2022,IND_BOILER,raw_coal,1000,t,1.0,wet_fgd;scr,pc_boiler
        P,E,210106,2022,POWER,raw_coal,1000,t,1.0,wet_fgd;scr,pc_boiler
        S,E,210106,2022,IND_BOILER,raw_coal,1000,t,1.0,wet_fgd:0.95;scr:0.8,pc_boiler
        """);
    // SO2 generated 1000 × 1.0 % × 0.85 × 2 = 17 t; T/CSES 表A.1 石灰石/石膏法 80 % → 3.4 t
    assertThat(tonnes(rows, "D", "SO2", "sulfur_balance")).isCloseTo(3.4, within(1e-9));
    // NOx generated 1000 × 5.47 kg/t (表E.7 煤粉炉) = 5.47 t; 表A.1 SCR 42 % → 3.1726 t
    assertThat(tonnes(rows, "D", "NOX", "generation_coefficient")).isCloseTo(3.1726, within(1e-9));
    // a power plant gets the same averages (no design values): 17 × 0.2 = 3.4 t; NOx 7.21 (≥300 MW
    // assumed) × 0.58
    assertThat(tonnes(rows, "P", "SO2", "sulfur_balance")).isCloseTo(3.4, within(1e-9));
    assertThat(tonnes(rows, "P", "NOX", "generation_coefficient"))
        .isCloseTo(7.21 * 0.58, within(1e-9));
    // stated (design or tested) efficiencies: 17 × 0.05 = 0.85 t; 5.47 × 0.2 = 1.094 t
    assertThat(tonnes(rows, "S", "SO2", "sulfur_balance")).isCloseTo(0.85, within(1e-9));
    assertThat(tonnes(rows, "S", "NOX", "generation_coefficient")).isCloseTo(1.094, within(1e-9));
  }

  @Test
  void clinkerUsesTheIpccDefaultWhileTheNationalValueHasNoReadableSource() throws IOException {
    List<CSVRecord> rows = account("K,E,410305,2022,CEMENT,clinker,1000,t,,,\n");
    // 2006 IPCC Vol.3 Ch.2 Eq. 2.4: 0.52 tCO2/t clinker → 520 t
    assertThat(tonnes(rows, "K", "CO2", "process")).isCloseTo(520, within(1e-9));
    assertThat(line(rows, "K", "CO2", "process").get("provenance"))
        .contains("ipcc.ef.co2.clinker@1");
  }

  @Test
  void aPowerPlantsSuppliedElectricityIsNeverDeductedAnEnterprisesExportIs() throws IOException {
    List<CSVRecord> rows =
        account(
            """
        G,E,210106,2022,POWER,electricity_exported,1000,MWh,,,
        H,E,210106,2022,HEAT,heat_exported,1000,GJ,,,
        X,E,210106,2022,IND_BOILER,electricity_exported,1000,MWh,,,
        """);
    // Liaoning 2022: 1000 MWh × 0.5626 tCO2/MWh (provincial row) = 562.6 t
    CSVRecord supplied = line(rows, "G", "CO2", "exported_electricity");
    assertThat(supplied.get("scope")).isEqualTo("memo");
    assertThat(total(rows, "G", "CO2")).isZero();
    assertThat(line(rows, "H", "CO2", "exported_heat").get("scope")).isEqualTo("memo");
    assertThat(total(rows, "X", "CO2")).isCloseTo(-562.6, within(1e-9));
  }

  @Test
  void anEtsPowerReportFrom2023HasNoPurchasedElectricityAndAReusedGridFactorIsFlagged()
      throws IOException {
    List<CSVRecord> rows =
        account(
            """
        P22,E,210106,2022,POWER,electricity_purchased,1000,MWh,,,
        P23,E,210106,2023,POWER,electricity_purchased,1000,MWh,,,
        I23,E,210106,2023,IND_BOILER,electricity_purchased,1000,MWh,,,
        """,
            "--scheme",
            "ets");
    // 1000 MWh × 0.5703 tCO2/MWh (2022 factor, 环办气候函〔2023〕43号) = 570.3 t
    assertThat(total(rows, "P22", "CO2")).isCloseTo(570.3, within(1e-9));
    assertThat(line(rows, "P23", "CO2", "indirect_electricity").get("scope")).isEqualTo("memo");
    assertThat(total(rows, "P23", "CO2")).isZero();
    // another enterprise still counts it, with the 2022 factor marked as reused for 2023, and the
    // run says so
    assertThat(total(rows, "I23", "CO2")).isCloseTo(570.3, within(1e-9));
    assertThat(line(rows, "I23", "CO2", "indirect_electricity").get("provenance"))
        .contains("cn.ets.grid.ef.2022@2 NATIONAL V2 outside-validity");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("cn.ets.grid.ef.2022@2")
        .contains("[2023]");
  }
}
