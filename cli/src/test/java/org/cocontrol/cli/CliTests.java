package org.cocontrol.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on the bundled example and on broken files. */
class CliTests {

  static final Path EXAMPLE = Path.of("../examples/activities.csv");
  static final Path FOOTPRINT_EXAMPLE = Path.of("../examples/footprint.csv");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int run(String... args) {
    return CoControl.run(args);
  }

  static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return new ArrayList<>(p.getRecords());
    }
  }

  private static double sum(
      List<CSVRecord> rows, String column, String value, String substance, String scope) {
    return rows.stream()
        .filter(
            r ->
                r.get(column).equals(value)
                    && r.get("substance").equals(substance)
                    && r.get("scope").equals(scope))
        .mapToDouble(r -> Double.parseDouble(r.get("amount_t")))
        .sum();
  }

  @Test
  void accountsTheExampleWithHandCheckedNumbers() throws IOException {
    Path result = dir.resolve("result.csv");
    assertThat(run("account", "--activities", EXAMPLE.toString(), "--out", result.toString()))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(rows.get(0).toMap().keySet())
        .containsExactly(
            "record_id",
            "entity_id",
            "region",
            "year",
            "source",
            "activity",
            "substance",
            "amount_t",
            "method",
            "gwp_set",
            "provenance",
            "scope",
            "source_category",
            "ipcc");
    // LN-001: 1,200,000 t raw coal × 20.934 GJ/t (measured) × 0.02637 tC/GJ × 0.94 × 44/12
    CSVRecord ln =
        rows.stream()
            .filter(
                r ->
                    r.get("record_id").equals("LN-001")
                        && r.get("method").equals("combustion_tier2"))
            .findFirst()
            .orElseThrow();
    assertThat(Double.parseDouble(ln.get("amount_t"))).isCloseTo(2283194.34288, within(1e-3));
    assertThat(ln.get("provenance"))
        .contains("NCV=20.934 GJ/t [record:ncv")
        .contains("cn.cc.raw_coal@2");
    // HN-001: as-received carbon 0.545 tC/t × 800,000 t × 0.99 × 44/12; SO2 measured 310.5 t
    assertThat(
            sum(rows, "record_id", "HN-001", "CO2", "direct")
                - sum(
                    rows.stream().filter(r -> r.get("method").equals("fgd_co2")).toList(),
                    "record_id",
                    "HN-001",
                    "CO2",
                    "direct"))
        .isCloseTo(1582680, within(1e-6));
    assertThat(sum(rows, "record_id", "HN-001", "SO2", "direct")).isEqualTo(310.5);
    // the FGD's CO2, the SCR's ammonia and the controls' electricity are on the ledger
    assertThat(rows)
        .anyMatch(r -> r.get("record_id").equals("LN-001") && r.get("method").equals("fgd_co2"))
        .anyMatch(
            r -> r.get("record_id").equals("LN-001") && r.get("method").equals("ammonia_slip"))
        .anyMatch(
            r ->
                r.get("record_id").equals("LN-001")
                    && r.get("method").equals("control_electricity")
                    && r.get("scope").equals("memo"));
    // a power plant's supplied electricity is a memo, never deducted; biomass CO2 stays out of CO2E
    assertThat(sum(rows, "record_id", "LN-002", "CO2", "exported")).isZero();
    assertThat(sum(rows, "record_id", "LN-002", "CO2", "memo")).isPositive();
    assertThat(sum(rows, "record_id", "CQ-002", "CO2", "biogenic")).isPositive();
    assertThat(rows)
        .filteredOn(r -> r.get("substance").equals("CO2E"))
        .allMatch(r -> r.get("gwp_set").equals("AR5"));
  }

  @Test
  void inventoryRollsUpExactlyAndWritesXlsx() throws IOException {
    Path accounted = dir.resolve("a.csv");
    Path province = dir.resolve("p.csv");
    Path city = dir.resolve("c.csv");
    assertThat(run("account", "--activities", EXAMPLE.toString(), "--out", accounted.toString()))
        .isZero();
    assertThat(
            run(
                "inventory",
                "--activities",
                EXAMPLE.toString(),
                "--out",
                province.toString(),
                "--level",
                "province"))
        .isZero();
    assertThat(
            run(
                "inventory",
                "--activities",
                EXAMPLE.toString(),
                "--out",
                city.toString(),
                "--level",
                "city",
                "--by",
                "substance"))
        .isZero();
    List<CSVRecord> a = read(accounted);
    List<CSVRecord> p = read(province);
    List<CSVRecord> c = read(city);
    double liaoningRecords =
        a.stream()
            .filter(
                r ->
                    r.get("region").startsWith("21")
                        && r.get("substance").equals("CO2")
                        && r.get("scope").equals("direct"))
            .mapToDouble(r -> Double.parseDouble(r.get("amount_t")))
            .sum();
    assertThat(sum(p, "region", "210000", "CO2", "direct"))
        .isCloseTo(liaoningRecords, within(1e-6));
    double liaoningCities =
        c.stream()
            .filter(
                r ->
                    r.get("region").startsWith("21")
                        && r.get("substance").equals("CO2")
                        && r.get("scope").equals("direct"))
            .mapToDouble(r -> Double.parseDouble(r.get("amount_t")))
            .sum();
    assertThat(liaoningCities).isCloseTo(liaoningRecords, within(1e-6));
    assertThat(p).anyMatch(r -> r.get("region_name").equals("辽宁省"));
    assertThat(c)
        .anyMatch(r -> r.get("region").equals("500000") && r.get("region_name").equals("重庆市"));
    assertThat(c.get(0).toMap().keySet()).doesNotContain("source");

    Path xlsx = dir.resolve("p.xlsx");
    assertThat(
            run(
                "inventory",
                "--activities",
                EXAMPLE.toString(),
                "--out",
                xlsx.toString(),
                "--level",
                "province",
                "--gwp",
                "AR6"))
        .isZero();
    try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("region");
      assertThat(s.getLastRowNum()).isEqualTo(p.size());
    }
  }

  /**
   * {@code --by ipcc-sector}: Ningxia 2022 (640104). Raw coal 1000 t in an industrial boiler: CO2 =
   * 1000 × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12; CH4 = 20.908 TJ × 10 kg/TJ = 0.20908 t; N2O
   * × 1.5 kg/TJ = 0.031362 t. 1000 MWh bought (indirect, memo: 642.3 t). 1000 t clinker × 0.52 =
   * 520 t CO2 (sector 2). 100 dairy cows × 68 kg = 6.8 t CH4 (sector 3). 10 t biomass at home:
   * 0.156 TJ; CO2 × 112 t/TJ = 17.472 t (biogenic memo), CH4 × 300 kg/TJ = 0.0468 t, N2O × 4 kg/TJ
   * = 0.000624 t (counted). AR5 CO2e of the total = CO2 + CH4 × 28 + N2O × 265.
   */
  @Test
  void inventoryReportBySector() throws IOException {
    Path in = dir.resolve("nx.csv");
    Files.writeString(
        in,
        "record_id,entity_id,region,year,source,activity,amount,unit\n"
            + "NX-1,NX-ENT,640104,2022,IND_BOILER,raw_coal,1000,t\n"
            + "NX-2,NX-ENT,640104,2022,IND_BOILER,electricity_purchased,1000,MWh\n"
            + "NX-3,NX-KILN,640104,2022,CEMENT,clinker,1000,t\n"
            + "NX-4,NX-FARM,640104,2022,ENTERIC,dairy_cattle,100,head\n"
            + "NX-5,NX-HOMES,640104,2022,RESIDENTIAL,biomass,10,t\n");
    Path rep = dir.resolve("sectors.csv");
    assertThat(sectors(in, rep, "--report", "provincial"))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    double coal = 1000 * 20.908 * 0.02637 * 0.94 * 44 / 12;
    double co2 = coal + 520;
    double ch4 = 0.20908 + 0.0468 + 6.8;
    double n2o = 0.031362 + 0.000624;
    double total = co2 + ch4 * 28 + n2o * 265;
    double energy = coal + (0.20908 + 0.0468) * 28 + n2o * 265;
    List<CSVRecord> rows = read(rep);
    CSVRecord t = rows.stream().filter(r -> r.get("row").equals("TOTAL")).findFirst().orElseThrow();
    assertThat(t.get("region")).isEqualTo("640000");
    assertThat(t.get("region_name")).isEqualTo("宁夏回族自治区");
    assertThat(Double.parseDouble(t.get("CO2_t"))).isCloseTo(co2, within(co2 * 1e-9));
    assertThat(Double.parseDouble(t.get("CH4_t"))).isCloseTo(ch4, within(ch4 * 1e-9));
    assertThat(Double.parseDouble(t.get("co2e_t"))).isCloseTo(total, within(total * 1e-9));
    CSVRecord en =
        rows.stream().filter(r -> r.get("name_zh").equals("能源活动")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(en.get("co2e_t"))).isCloseTo(energy, within(energy * 1e-9));
    CSVRecord bio =
        rows.stream().filter(r -> r.get("row").equals("EN.BIO")).findFirst().orElseThrow();
    assertThat(bio.get("memo")).isEqualTo("Y");
    assertThat(Double.parseDouble(bio.get("CO2_t"))).isCloseTo(17.472, within(17.472 * 1e-9));
    assertThat(bio.get("co2e_t")).isEmpty();
    CSVRecord waste =
        rows.stream().filter(r -> r.get("row").equals("WA")).findFirst().orElseThrow();
    assertThat(waste.get("has_data")).isEqualTo("N");
    assertThat(waste.get("co2e_t")).isEmpty(); // missing, not 0
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("省级温室气体清单", "能源活动", "化石燃料燃烧", "居民生活", "废弃物处理", "无数据", "合计")
        .contains("无数据的部门 / sectors without data: 土地利用变化和林业、废弃物处理")
        .contains(String.format("%.3f", total));

    Path ipcc = dir.resolve("ipcc.csv");
    assertThat(sectors(in, ipcc, "--level", "county")).isZero();
    List<CSVRecord> i = read(ipcc);
    assertThat(i.get(0).get("region")).isEqualTo("640104");
    assertThat(i.stream().filter(r -> r.get("parent").isEmpty() && r.get("memo").equals("N")))
        .extracting(r -> r.get("numbering") + " " + r.get("name_zh"))
        .containsExactly("1 能源", "2 工业过程和产品使用", "3 农业、林业和其他土地利用", "4 废弃物", "5 其他", " 合计");
    assertThat(sectors(in, ipcc, "--report", "nope")).isEqualTo(2);
    assertThat(
            run(
                "inventory",
                "--activities",
                in.toString(),
                "--out",
                ipcc.toString(),
                "--by",
                "ipcc-sector,source"))
        .isEqualTo(2);
  }

  /** {@code inventory --by ipcc-sector} of a file, with further options. */
  private int sectors(Path in, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "inventory",
                "--activities",
                in.toString(),
                "--out",
                out.toString(),
                "--by",
                "ipcc-sector"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void intensitiesFromDenominators() throws IOException {
    Path d = dir.resolve("gdp.csv");
    Files.writeString(d, "region,year,name,value,unit\n410000,2022,gdp,6134500,万元\n");
    Path inv = dir.resolve("i.csv");
    assertThat(
            run(
                "inventory",
                "--activities",
                EXAMPLE.toString(),
                "--out",
                inv.toString(),
                "--level",
                "province",
                "--denominators",
                d.toString()))
        .isZero();
    CSVRecord henanCo2 =
        read(inv).stream()
            .filter(
                r ->
                    r.get("region").equals("410000")
                        && r.get("source").equals("CEMENT")
                        && r.get("substance").equals("CO2")
                        && r.get("scope").equals("direct"))
            .findFirst()
            .orElseThrow();
    assertThat(Double.parseDouble(henanCo2.get("per_gdp")))
        .isCloseTo(Double.parseDouble(henanCo2.get("amount_t")) / 6134500, within(1e-12));
  }

  @Test
  void aBrokenFileIsRejectedWholeWithEveryProblemAndNoOutput() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "record_id,entity_id,region,year,source,activity,amount,unit",
            "R1,E1,210106,2022,POWER,raw_coal,1000,t",
            "R2,E1,21010,2022,POWER,raw_coal,abc,tonnes2",
            "R1,E1,210106,2022,POWER,unobtainium,-5,t"));
    Path result = dir.resolve("result.csv");
    assertThat(run("account", "--activities", bad.toString(), "--out", result.toString()))
        .isEqualTo(2);
    assertThat(result).doesNotExist();
    assertThat(dir.toFile().list()).containsExactly("bad.csv");
    String e = err.toString(StandardCharsets.UTF_8);
    assertThat(e)
        .contains("line 3")
        .contains("region")
        .contains("amount")
        .contains("unit")
        .contains("line 4")
        .contains("record_id")
        .contains("activity");
  }

  @Test
  void missingRequiredColumnIsReported() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "record_id,entity_id,region,year,source,activity,amount\nR1,E1,210106,2022,POWER,raw_coal,1000\n");
    assertThat(
            run(
                "inventory",
                "--activities",
                bad.toString(),
                "--out",
                dir.resolve("x.csv").toString(),
                "--level",
                "city"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unit");
    assertThat(
            run(
                "inventory",
                "--activities",
                EXAMPLE.toString(),
                "--out",
                dir.resolve("x.csv").toString(),
                "--level",
                "planet"))
        .isEqualTo(2);
  }

  @Test
  void parametersAreListedWithTheirSources() {
    assertThat(run("parameters", "--activity", "原煤", "--kind", "NCV")).isZero();
    String o = out.toString(StandardCharsets.UTF_8);
    assertThat(o)
        .contains("cn.ncv.raw_coal@2")
        .contains("20.908")
        .contains("GJ/t")
        .contains("NATIONAL");
    assertThat(run("parameters", "--substance", "NOX")).isZero();
    assertThat(run("sources")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("1.A.1.a").contains("D4411");
  }

  // ---------------------------------------------------------------- footprint

  @Test
  void writesEveryProductOfEveryFacility() throws IOException {
    Path result = dir.resolve("fp.csv");
    assertThat(
            CoControl.run(
                "footprint",
                "--activities",
                FOOTPRINT_EXAMPLE.toString(),
                "--out",
                result.toString()))
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
                "footprint",
                "--activities",
                FOOTPRINT_EXAMPLE.toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("give --entity and --year");
    assertThat(result).doesNotExist();
    assertThat(
            CoControl.run(
                "footprint",
                "--activities",
                FOOTPRINT_EXAMPLE.toString(),
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
