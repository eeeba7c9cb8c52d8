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
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cocontrol synergy …} end to end: the worked examples of docs/synergy.md and broken inputs.
 */
class SynergyCliTests {

  static final String MEASURES =
      String.join(
          "\n",
          "id,name,cost_yuan,base_SO2_t,after_SO2_t,base_NOX_t,after_NOX_t,base_PM_t,after_PM_t,base_CO2_t,after_CO2_t",
          "M1,燃煤锅炉改燃气,5000000,100,2,80,40,30,3,100000,60000",
          "M2,加装SCR,2000000,50,50,200,40,,,500000,501000",
          "M3,屋顶光伏,400000,5,5,,,,,20000,16000",
          "");

  static final String SYSTEM =
      String.join(
          "\n",
          "indicator,name,group,direction,unit,normalisation,reference,expert_weight",
          "co2_per_va,单位增加值CO2,carbon,cost,t/万元,minmax,,0.5",
          "non_fossil_share,非化石能源占比,carbon,benefit,%,minmax,,0.2",
          "so2_per_va,单位增加值SO2,pollution,cost,kg/万元,minmax,,0.3",
          "");

  static final String VALUES =
      "entity,co2_per_va,non_fossil_share,so2_per_va\nA,0.5,30,0.2\nB,1.0,20,0.1\nC,1.5,10,0.125\n";

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

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return new ArrayList<>(p.getRecords());
    }
  }

  private static double num(CSVRecord r, String column) {
    return Double.parseDouble(r.get(column));
  }

  // ---- measures ----

  @Test
  void measuresTheWorkedExample() throws IOException {
    Path result = dir.resolve("m.csv");
    Path chart = dir.resolve("chart.svg");
    assertThat(
            run(
                "synergy",
                "measures",
                "--in",
                file("measures.csv", MEASURES).toString(),
                "--out",
                result.toString(),
                "--chart",
                chart.toString()))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(new ArrayList<>(rows.get(0).toMap().keySet()).subList(0, 10))
        .containsExactlyElementsOf(SynergyMeasuresCommand.CONTRACT);
    assertThat(rows).extracting(r -> r.get("id")).containsExactly("M1", "M2", "M3");
    assertThat(rows).extracting(r -> r.get("rank")).containsExactly("1", "2", "3");
    assertThat(rows)
        .extracting(r -> r.get("quadrant"))
        .containsExactly("synergy", "pollutant_only", "carbon_only");
    CSVRecord m1 = rows.get(0);
    assertThat(num(m1, "els_SO2")).isCloseTo(2.45, within(1e-12));
    assertThat(num(m1, "els_NOX")).isCloseTo(1.25, within(1e-12));
    assertThat(num(m1, "els_PM")).isCloseTo(2.25, within(1e-12));
    assertThat(m1.get("els_VOCS")).isEmpty();
    assertThat(num(m1, "apeq_reduction_t")).isCloseTo(149.766055, within(1e-6));
    assertThat(num(m1, "co2_reduction_t")).isEqualTo(40000);
    assertThat(num(m1, "cost_per_t_co2")).isEqualTo(125);
    assertThat(num(m1, "cost_per_t_apeq")).isCloseTo(33385.402, within(1e-3));
    assertThat(m1.get("name")).isEqualTo("燃煤锅炉改燃气");
    assertThat(m1.get("verdict")).startsWith("协同减排：");
    CSVRecord m2 = rows.get(1);
    assertThat(num(m2, "els_NOX")).isCloseTo(-400, within(1e-9));
    assertThat(m2.get("els_SO2")).isEqualTo("0");
    assertThat(m2.get("els_PM")).isEmpty();
    assertThat(m2.get("cost_per_t_co2")).isEmpty();
    assertThat(num(m2, "cost_per_t_apeq")).isEqualTo(12500);
    assertThat(num(m2, "co2_reduction_t")).isEqualTo(-1000);
    CSVRecord m3 = rows.get(2);
    assertThat(m3.get("cost_per_t_apeq")).isEmpty();
    assertThat(num(m3, "cost_per_t_co2")).isEqualTo(100);
    assertThat(m3.get("rel_apeq_reduction")).isEqualTo("0");
    assertThat(Files.readString(chart)).startsWith("<svg").contains("1. M1").contains("3. M3");
    assertThat(stdout()).contains("1. M1 [synergy]").contains("evaluated 3 measure(s)");
  }

  @Test
  void measuresRankedByCostAndWeighedWithTheUsersWeights() throws IOException {
    Path result = dir.resolve("m.xlsx");
    Path weights = file("w.csv", "substance,weight,document\nSO2,1,mine\nNOX,0.5,mine\n");
    assertThat(
            run(
                "synergy",
                "measures",
                "--in",
                file("measures.csv", MEASURES).toString(),
                "--out",
                result.toString(),
                "--rank-by",
                "cost_co2",
                "--apeq-weights",
                weights.toString()))
        .isZero();
    assertThat(result).exists();
    Path csv = dir.resolve("m.csv");
    assertThat(
            run(
                "synergy",
                "measures",
                "--in",
                dir.resolve("measures.csv").toString(),
                "--out",
                csv.toString(),
                "--rank-by",
                "cost_co2",
                "--apeq-weights",
                weights.toString()))
        .isZero();
    List<CSVRecord> rows = read(csv);
    assertThat(rows).extracting(r -> r.get("id")).containsExactly("M3", "M1", "M2");
    // M1 with SO2 1, NOx 0.5 and no PM weight: 98 + 20
    assertThat(num(rows.get(1), "apeq_reduction_t")).isCloseTo(118, within(1e-9));
  }

  @Test
  void aBrokenMeasuresFileIsRejectedWithEveryProblemAndNoOutput() throws IOException {
    Path bad =
        file(
            "bad.csv",
            String.join(
                "\n",
                "id,cost_yuan,base_SO2_t,after_SO2_t,base_CO2_t,after_CO2_t",
                "M1,abc,10,,100,90",
                "M1,,10,-2,100,90",
                ",,,,100,",
                ""));
    Path result = dir.resolve("r.csv");
    assertThat(run("synergy", "measures", "--in", bad.toString(), "--out", result.toString()))
        .isEqualTo(2);
    assertThat(result).doesNotExist();
    // the rules and words are core's MeasureCheck, the same the REST API gives (SynergyApiTests)
    assertThat(stderr())
        .contains("bad.csv line 2, column cost_yuan: 'abc' 不是数字 / 'abc' is not a number")
        .contains(
            "bad.csv line 2, column after_SO2_t: 缺少数值（前后须同时给出） / missing value (before and after go together)")
        .contains("bad.csv line 3, column id: 措施编号 'M1' 重复 / duplicate measure id 'M1'")
        .contains(
            "bad.csv line 3, column after_SO2_t: 排放量须为 ≥ 0 的有限数 / an emission must be a finite number ≥ 0")
        .contains("bad.csv line 4, column id: 措施编号必填 / a measure id is required")
        .contains("bad.csv line 4, column after_CO2_t: 缺少数值（前后须同时给出）");
    Path header =
        file("header.csv", "id,base_SO2_t,base_XYZ_t,after_XYZ_t,base_CO2_t\nM1,1,1,1,1\n");
    assertThat(run("synergy", "measures", "--in", header.toString(), "--out", result.toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .contains("header.csv line 1, column base_SO2_t: 缺少配对列 after_SO2_t")
        .contains("column base_XYZ_t: 未知物质 'XYZ' / unknown substance 'XYZ'")
        .contains("missing required columns base_CO2_t and after_CO2_t");
    assertThat(result).doesNotExist();
  }

  @Test
  void synergyInputsAreReadByIosTableReaderWithEveryPlaceExact() throws IOException {
    Path result = dir.resolve("r.csv");
    // a value under no header, a duplicate column: the table itself is refused before any measure
    // is judged
    Path stray = file("stray.csv", "id,base_CO2_t,after_CO2_t,after_CO2_t\nM1,100,90,90,note\n");
    assertThat(run("synergy", "measures", "--in", stray.toString(), "--out", result.toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .contains(
            "stray.csv line 1, column after_CO2_t: 重复的列 'after_CO2_t' / duplicate column 'after_CO2_t'")
        .contains("stray.csv line 2: 该列没有表头，其中的值无法读取 / a value in a column without a header");
    // numbers by the one rule: 1e400 is out of range, 5d is not a number, 1,000 is a thousand
    Path numbers =
        file("numbers.csv", "id,base_CO2_t,after_CO2_t\nM1,1e400,5d\nM2,\"1,000\",900\n");
    assertThat(run("synergy", "measures", "--in", numbers.toString(), "--out", result.toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .contains(
            "numbers.csv line 2, column base_CO2_t: 数值 '1e400' 超出范围 / number '1e400' is out of range")
        .contains("numbers.csv line 2, column after_CO2_t: '5d' 不是数字 / '5d' is not a number")
        .doesNotContain("numbers.csv line 3");
    assertThat(result).doesNotExist();
    assertThat(
            run(
                "synergy",
                "measures",
                "--in",
                dir.resolve("missing.csv").toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr()).contains("missing.csv: 找不到文件 / no such file");
  }

  @Test
  void measuresNeedExactlyOneKindOfInput() throws IOException {
    Path m = file("measures.csv", MEASURES);
    assertThat(run("synergy", "measures", "--out", dir.resolve("r.csv").toString())).isEqualTo(2);
    assertThat(
            run(
                "synergy",
                "measures",
                "--in",
                m.toString(),
                "--before",
                m.toString(),
                "--after",
                m.toString(),
                "--out",
                dir.resolve("r.csv").toString()))
        .isEqualTo(2);
    assertThat(
            run(
                "synergy",
                "measures",
                "--before",
                m.toString(),
                "--out",
                dir.resolve("r.csv").toString()))
        .isEqualTo(2);
    assertThat(
            run(
                "synergy",
                "measures",
                "--in",
                m.toString(),
                "--out",
                dir.resolve("r.csv").toString(),
                "--rank-by",
                "beauty"))
        .isEqualTo(2);
    assertThat(stderr()).contains("--before and --after go together").contains("unknown ranking");
    assertThat(dir.resolve("r.csv")).doesNotExist();
  }

  static final String HEADER =
      "record_id,entity_id,region,year,source,activity,amount,unit,sulfur_pct,ash_pct,controls,technology,measure_id";

  @Test
  void measuresFromActivityRecordsIncludeTheSideEffects() throws IOException {
    Path before =
        file(
            "before.csv",
            String.join(
                "\n",
                HEADER,
                "B1,E1,210106,2022,IND_BOILER,raw_coal,10000,t,1.0,20,,stoker_boiler,coal2gas",
                "B2,E2,210106,2022,POWER,raw_coal,100000,t,0.8,22,esp,pc_boiler,scr",
                ""));
    Path after =
        file(
            "after.csv",
            String.join(
                "\n",
                HEADER,
                "A1,E1,210106,2022,IND_BOILER,natural_gas,500,万Nm3,,,,gas_boiler,coal2gas",
                "A2,E2,210106,2022,POWER,raw_coal,100000,t,0.8,22,esp;scr,pc_boiler,scr",
                ""));
    Path costs =
        file("costs.csv", "id,cost_yuan,name\ncoal2gas,3000000,燃煤锅炉改燃气\nscr,1500000,电厂加装SCR\n");
    Path result = dir.resolve("m.csv");
    assertThat(
            run(
                "synergy",
                "measures",
                "--before",
                before.toString(),
                "--after",
                after.toString(),
                "--costs",
                costs.toString(),
                "--out",
                result.toString()))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(rows).extracting(r -> r.get("id")).containsExactly("coal2gas", "scr");
    CSVRecord gas = rows.get(0);
    assertThat(gas.get("quadrant")).isEqualTo("synergy");
    assertThat(gas.get("name")).isEqualTo("燃煤锅炉改燃气");
    assertThat(num(gas, "cost_per_t_co2"))
        .isCloseTo(3_000_000 / num(gas, "co2_reduction_t"), within(1e-6));
    CSVRecord scr = rows.get(1);
    // the SCR cuts NOx, slips ammonia that was not there before, and its electricity raises CO2
    assertThat(num(scr, "reduction_NOX_t")).isPositive();
    assertThat(num(scr, "base_NH3_t")).isZero();
    assertThat(num(scr, "after_NH3_t")).isPositive();
    assertThat(scr.get("rel_reduction_NH3")).isEmpty();
    assertThat(scr.get("quadrant")).isEqualTo("pollutant_only");
    // NOx falls while CO2 rises: a negative cross-elasticity, the trade-off the ledger must show
    assertThat(num(scr, "els_NOX")).isNegative();
    assertThat(num(scr, "co2_reduction_t")).isNegative();
    assertThat(scr.get("verdict")).contains("NH3 +");

    // the totals are the accounting's own: the sum of the account command's CO2 rows that count in
    // totals
    Path accounted = dir.resolve("a.csv");
    assertThat(run("account", "--activities", after.toString(), "--out", accounted.toString()))
        .isZero();
    double co2 =
        read(accounted).stream()
            .filter(
                r ->
                    r.get("record_id").equals("A1")
                        && r.get("substance").equals("CO2")
                        && List.of("direct", "indirect", "exported").contains(r.get("scope")))
            .mapToDouble(r -> num(r, "amount_t"))
            .sum();
    assertThat(num(gas, "after_CO2_t")).isCloseTo(co2, within(1e-6));
  }

  @Test
  void activityFilesWithoutMeasureIdAreOneMeasureNamedAfterTheFiles() throws IOException {
    String h = "record_id,entity_id,region,year,source,activity,amount,unit";
    Path before = file("old.csv", h + "\nB1,E1,210106,2022,IND_BOILER,raw_coal,1000,t\n");
    Path after = file("new.csv", h + "\nA1,E1,210106,2022,IND_BOILER,raw_coal,800,t\n");
    Path result = dir.resolve("m.csv");
    assertThat(
            run(
                "synergy",
                "measures",
                "--before",
                before.toString(),
                "--after",
                after.toString(),
                "--out",
                result.toString()))
        .isZero();
    CSVRecord r = read(result).get(0);
    assertThat(r.get("id")).isEqualTo("old→new");
    // the same coal, 20 % less: every substance falls 20 %, every elasticity is 1
    assertThat(num(r, "rel_co2_reduction")).isCloseTo(0.2, within(1e-12));
    assertThat(num(r, "els_SO2")).isCloseTo(1, within(1e-12));
    assertThat(r.get("quadrant")).isEqualTo("synergy");
  }

  @Test
  void badActivityFilesAreRejectedTogether() throws IOException {
    String h = "record_id,entity_id,region,year,source,activity,amount,unit,measure_id";
    Path before = file("b.csv", h + "\nB1,E1,210106,2022,IND_BOILER,unobtainium,1000,t,m1\n");
    Path after = file("a.csv", h + "\nA1,E1,210106,2022,IND_BOILER,raw_coal,-5,t,\n");
    Path result = dir.resolve("m.csv");
    assertThat(
            run(
                "synergy",
                "measures",
                "--before",
                before.toString(),
                "--after",
                after.toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .contains("b.csv line 2")
        .contains("activity")
        .contains("a.csv line 2")
        .contains("amount")
        .contains("a.csv line 2, column measure_id");
    assertThat(result).doesNotExist();
    Path costs = file("c.csv", "id,cost_yuan\nnope,5\n");
    Path ok = file("ok.csv", h + "\nA1,E1,210106,2022,IND_BOILER,raw_coal,5,t,m1\n");
    assertThat(
            run(
                "synergy",
                "measures",
                "--before",
                ok.toString(),
                "--after",
                ok.toString(),
                "--costs",
                costs.toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr()).contains("c.csv, id nope: 活动数据中没有此措施");
    // a workbook cannot carry measure_id (the activity reader streams it and keeps only its own
    // columns)
    Path xlsx = dir.resolve("b.xlsx");
    org.cocontrol.io.TableWriter.write(
        xlsx,
        List.of(h.split(",")),
        List.of(List.of("B1", "E1", "210106", "2022", "IND_BOILER", "raw_coal", "5", "t", "m1")));
    assertThat(
            run(
                "synergy",
                "measures",
                "--before",
                xlsx.toString(),
                "--after",
                ok.toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr()).contains("b.xlsx: 按 measure_id 分组仅支持 CSV 活动数据文件");
    assertThat(result).doesNotExist();
  }

  // ---- region ----

  static final String REGION =
      String.join(
          "\n",
          "record_id,entity_id,region,year,source,activity,amount,unit,sulfur_pct,ash_pct,controls,technology",
          "P20,E1,210106,2020,POWER,raw_coal,1000000,t,0.8,22,wet_fgd;esp,pc_boiler",
          "B20,E2,210106,2020,IND_BOILER,raw_coal,50000,t,1.2,18,,stoker_boiler",
          "P25,E1,210106,2025,POWER,raw_coal,900000,t,0.8,22,wet_fgd;scr;esp,pc_boiler",
          "B25,E2,210106,2025,IND_BOILER,natural_gas,2000,万Nm3,,,,gas_boiler",
          "X25,E9,210211,2025,POWER,raw_coal,1000000,t,0.8,22,,pc_boiler",
          "");

  @Test
  void aRegionBetweenTwoYearsAndItsSources() throws IOException {
    Path acts = file("region.csv", REGION);
    Path result = dir.resolve("r.csv");
    assertThat(
            run(
                "synergy",
                "region",
                "--activities",
                acts.toString(),
                "--region",
                "210100",
                "--base-year",
                "2020",
                "--year",
                "2025",
                "--out",
                result.toString()))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(rows).extracting(r -> r.get("level")).containsExactly("region", "source", "source");
    assertThat(rows)
        .extracting(r -> r.get("source"))
        .containsExactly("210100", "IND_BOILER", "POWER");
    CSVRecord region = rows.get(0);
    assertThat(region.get("source_name")).isEqualTo("沈阳市");
    assertThat(region.get("quadrant")).isEqualTo("synergy");
    // the power plant burns 10 % less coal: its CO2 falls 10 % (its SCR's electricity is its own
    // use)
    CSVRecord power = rows.get(2);
    assertThat(num(power, "rel_co2_reduction")).isCloseTo(0.1, within(1e-9));
    // Dalian (210211) is not in Shenyang: the region is the sum of its two sources
    assertThat(num(region, "CO2_2025_t"))
        .isCloseTo(num(rows.get(1), "CO2_2025_t") + num(power, "CO2_2025_t"), within(1e-6));
    assertThat(num(rows.get(1), "share_of_co2_reduction") + num(power, "share_of_co2_reduction"))
        .isCloseTo(1, within(1e-12));
    assertThat(num(rows.get(1), "share_of_apeq_reduction") + num(power, "share_of_apeq_reduction"))
        .isCloseTo(1, within(1e-12));
    assertThat(region.get("share_of_co2_reduction")).isEmpty();
    assertThat(region.get("verdict")).contains("协同减排来源：");
    // both plants reported both years: all of each year is compared
    assertThat(region.get("status")).isEqualTo("comparable");
    assertThat(num(region, "coverage_CO2_2020")).isEqualTo(1.0);
    assertThat(num(region, "coverage_APEQ_2025")).isEqualTo(1.0);
    assertThat(region.get("matched_units")).isEqualTo("2");
    assertThat(stdout()).contains("210100 沈阳市 2020→2025");
  }

  @Test
  void aRegionWhoseLaterYearIsIncompleteHasInsufficientDataNotAReduction() throws IOException {
    // the boiler E2 has not reported 2025 yet: it is left out, not read as a fall of 100 %
    Path acts =
        file(
            "region.csv",
            REGION.replace(
                "B25,E2,210106,2025,IND_BOILER,natural_gas,2000,万Nm3,,,,gas_boiler\n", ""));
    Path result = dir.resolve("r.csv");
    assertThat(
            run(
                "synergy",
                "region",
                "--activities",
                acts.toString(),
                "--region",
                "210100",
                "--base-year",
                "2020",
                "--year",
                "2025",
                "--out",
                result.toString()))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(rows)
        .extracting(r -> r.get("source"))
        .containsExactly("210100", "IND_BOILER", "POWER");
    CSVRecord region = rows.get(0);
    CSVRecord boiler = rows.get(1);
    CSVRecord power = rows.get(2);
    // the plant alone is compared. The boiler's 2020 CO2, 50,000 t coal × 1.9002988488 t/t =
    // 95,014.94244 t, is left out; the
    // boiler row's tonnes are those of its units of both years: none
    assertThat(num(boiler, "CO2_2020_t")).isZero();
    double plant = num(power, "CO2_2020_t");
    assertThat(num(region, "coverage_CO2_2020"))
        .isCloseTo(plant / (plant + 95_014.94244), within(1e-9));
    // the boiler had no FGD: the plant carries less than 95 % of 2020's APeq
    assertThat(num(region, "coverage_APEQ_2020")).isLessThan(0.95);
    assertThat(num(region, "coverage_CO2_2025")).isEqualTo(1.0);
    assertThat(region.get("status")).isEqualTo("insufficient_data");
    assertThat(region.get("quadrant")).isEmpty();
    assertThat(region.get("rel_co2_reduction")).isEmpty();
    assertThat(region.get("rel_reduction_SO2")).isEmpty();
    assertThat(region.get("matched_units")).isEqualTo("1");
    assertThat(region.get("units_2020_only")).isEqualTo("1");
    assertThat(region.get("verdict")).startsWith("数据不足：").contains("仅2020年报送的排放源1个");
    assertThat(boiler.get("status")).isEqualTo("insufficient_data");
    assertThat(boiler.get("quadrant")).isEmpty();
    assertThat(boiler.get("verdict"))
        .isEqualTo(
            "数据不足：2025年没有报送数据，不作比较 / insufficient data: nothing was reported for 2025, so no comparison is made");
    assertThat(power.get("status")).isEqualTo("comparable");
    assertThat(num(power, "rel_co2_reduction")).isCloseTo(0.1, within(1e-9));
    assertThat(stdout()).contains("210100 沈阳市 2020→2025: 数据不足：");
  }

  @Test
  void aRegionWithoutOneOfTheYearsIsRefused() throws IOException {
    Path acts = file("region.csv", REGION);
    Path result = dir.resolve("r.csv");
    assertThat(
            run(
                "synergy",
                "region",
                "--activities",
                acts.toString(),
                "--region",
                "210100",
                "--base-year",
                "2019",
                "--year",
                "2025",
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr()).contains("no records of region 210100 in 2019");
    assertThat(
            run(
                "synergy",
                "region",
                "--activities",
                acts.toString(),
                "--region",
                "2101",
                "--base-year",
                "2020",
                "--year",
                "2020",
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr()).contains("not a 6-digit adcode").contains("must differ");
    assertThat(result).doesNotExist();
  }

  // ---- coupling and carbon efficiency ----

  @Test
  void couplingPrintsCtdAndLevel() {
    assertThat(run("synergy", "coupling", "--u1", "0.8", "--u2", "0.4")).isZero();
    assertThat(stdout())
        .contains("C=0.942809\n")
        .contains("T=0.6\n")
        .contains("D=0.752121\n")
        .contains("level=中级协调\n");
    out.reset();
    assertThat(
            run(
                "synergy",
                "coupling",
                "--u1",
                "0.8",
                "--u2",
                "0.4",
                "--alpha",
                "1",
                "--model",
                "wang2021"))
        .isZero();
    // C = √0.3 = 0.547723, T = 0.8, D = √(0.547723 × 0.8) = 0.661950
    assertThat(stdout())
        .contains("C=0.547723\n")
        .contains("T=0.8\n")
        .contains("D=0.66195\n")
        .contains("level=初级协调\n");
  }

  @Test
  void couplingRefusesScoresOutsideZeroToOne() {
    assertThat(run("synergy", "coupling", "--u1", "1.2", "--u2", "-0.1", "--alpha", "2"))
        .isEqualTo(2);
    assertThat(stderr())
        .contains("--u1: 必须在 0 到 1 之间, 实为 1.2")
        .contains("--u2")
        .contains("--alpha");
    assertThat(run("synergy", "coupling", "--u1", "x", "--u2", "0.1")).isEqualTo(2);
    assertThat(stdout()).doesNotContain("C=");
  }

  @Test
  void carbonEfficiencyPrintsLevelAndGrade() {
    assertThat(
            run(
                "synergy",
                "carbon-efficiency",
                "--co2-t",
                "12000",
                "--value-added",
                "10000",
                "--industry-average",
                "1.0"))
        .isZero();
    assertThat(stdout())
        .contains("L=1.2\n")
        .contains("level=中碳\n")
        .contains("K=1.2\n")
        .contains("grade=3\n");
    out.reset();
    assertThat(
            run(
                "synergy",
                "carbon-efficiency",
                "--co2-t",
                "5000",
                "--value-added",
                "10000",
                "--industry-average",
                "1.25"))
        .isZero();
    // L = 0.5 低碳; K = 0.4 grade 1
    assertThat(stdout())
        .contains("L=0.5\n")
        .contains("level=低碳\n")
        .contains("K=0.4\n")
        .contains("grade=1\n");
    assertThat(
            run(
                "synergy",
                "carbon-efficiency",
                "--co2-t",
                "-1",
                "--value-added",
                "0",
                "--industry-average",
                "0"))
        .isEqualTo(2);
    assertThat(stderr())
        .contains("--co2-t")
        .contains("--value-added: 必须 > 0")
        .contains("--industry-average: 必须 > 0");
  }

  // ---- index ----

  @Test
  void indexTheWorkedExampleWithEachWeighting() throws IOException {
    Path system = file("system.csv", SYSTEM);
    Path values = file("values.csv", VALUES);
    Path result = dir.resolve("i.csv");
    Map<String, double[]> expected =
        Map.of(
            "equal", new double[] {2 / 3.0, 2 / 3.0, 0.25},
            "expert", new double[] {0.7, 0.65, 0.225},
            "entropy", new double[] {0.689750, 0.655125, 0.232688},
            "critic", new double[] {0.489996, 0.755002, 0.382503});
    for (Map.Entry<String, double[]> e : expected.entrySet()) {
      assertThat(
              run(
                  "synergy",
                  "index",
                  "--system",
                  system.toString(),
                  "--values",
                  values.toString(),
                  "--weights",
                  e.getKey(),
                  "--out",
                  result.toString()))
          .as(e.getKey())
          .isZero();
      List<CSVRecord> rows = read(result);
      for (CSVRecord r : rows) {
        int i = "ABC".indexOf(r.get("entity"));
        assertThat(num(r, "score"))
            .as(e.getKey() + " " + r.get("entity"))
            .isCloseTo(e.getValue()[i], within(1e-6));
      }
    }
    // equal weights: A and B tie
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                values.toString(),
                "--weights",
                "equal",
                "--out",
                result.toString()))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(new ArrayList<>(rows.get(0).toMap().keySet()).subList(0, 3))
        .containsExactly("entity", "score", "rank");
    assertThat(rows).extracting(r -> r.get("rank")).containsExactly("1", "1", "3");
    assertThat(rows.get(0).get("pulled_down_by")).isEqualTo("so2_per_va (0.333333)");
    assertThat(stdout()).contains("权重 / weights (equal):").contains("co2_per_va 0.333333");
  }

  @Test
  void indexWithAhpFromAMatrixFileAndCouplingOfTwoGroups() throws IOException {
    Path system = file("system.csv", SYSTEM);
    Path values = file("values.csv", VALUES);
    Path matrix =
        file(
            "ahp.csv",
            "indicator,co2_per_va,non_fossil_share,so2_per_va\nco2_per_va,1,2,4\nnon_fossil_share,1/2,1,2\nso2_per_va,1/4,1/2,1\n");
    Path result = dir.resolve("i.csv");
    Path weights = dir.resolve("w.csv");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                values.toString(),
                "--weights",
                "ahp:" + matrix,
                "--out",
                result.toString(),
                "--weights-out",
                weights.toString(),
                "--coupling",
                "pollution,carbon"))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(num(rows.get(0), "score")).isCloseTo(6 / 7.0, within(1e-9));
    CSVRecord b = rows.stream().filter(r -> r.get("entity").equals("B")).findFirst().orElseThrow();
    // B: pollution 1, carbon (4/7 × 0.5 + 2/7 × 0.5)/(6/7) = 0.5; D = 0.840896 良好协调
    assertThat(num(b, "u1")).isCloseTo(1, within(1e-12));
    assertThat(num(b, "u2")).isCloseTo(0.5, within(1e-12));
    assertThat(num(b, "D")).isCloseTo(0.840896, within(1e-6));
    assertThat(b.get("coupling_level")).isEqualTo("良好协调");
    List<CSVRecord> w = read(weights);
    assertThat(w)
        .extracting(r -> r.get("indicator"))
        .containsExactly("co2_per_va", "non_fossil_share", "so2_per_va");
    assertThat(num(w.get(0), "weight")).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(stdout()).contains("AHP: λmax=3 CI=0 RI=0.58 CR=0");
  }

  @Test
  void anInconsistentAhpMatrixWarnsOrWithStrictFails() throws IOException {
    Path system = file("system.csv", SYSTEM);
    Path values = file("values.csv", VALUES);
    Path matrix =
        file(
            "ahp.csv",
            "indicator,so2_per_va,co2_per_va,non_fossil_share\nso2_per_va,1,3,1/3\nco2_per_va,1/3,1,3\nnon_fossil_share,3,1/3,1\n");
    Path result = dir.resolve("i.csv");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                values.toString(),
                "--weights",
                "ahp:" + matrix,
                "--out",
                result.toString()))
        .isZero();
    assertThat(stderr()).contains("CR = 1.1494 ≥ 0.1");
    Files.delete(result);
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                values.toString(),
                "--weights",
                "ahp:" + matrix,
                "--out",
                result.toString(),
                "--strict-ahp"))
        .isEqualTo(2);
    assertThat(result).doesNotExist();
  }

  @Test
  void indexOnTheShippedParkSystemWithLongFormatValues() throws IOException {
    Path values =
        file(
            "park.csv",
            String.join(
                "\n",
                "entity,indicator,value",
                "P1,co2_per_iva,0.9",
                "P1,energy_per_iva,0.35",
                "P1,non_fossil_share,15",
                "P1,so2_per_iva,1",
                "P1,nox_per_iva,2",
                "P1,pm_per_iva,0.5",
                "P1,vocs_per_iva,1",
                "P1,solid_waste_utilisation,90",
                "P1,water_reuse,85",
                "P2,co2_per_iva,0.5",
                "P2,energy_per_iva,0.5",
                "P2,non_fossil_share,25",
                "P2,so2_per_iva,2",
                "P2,nox_per_iva,1",
                "P2,pm_per_iva,0.5",
                "P2,vocs_per_iva,2",
                "P2,solid_waste_utilisation,98",
                "P2,water_reuse,80",
                ""));
    Path result = dir.resolve("i.csv");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                "park",
                "--values",
                values.toString(),
                "--out",
                result.toString()))
        .isZero();
    List<CSVRecord> rows = read(result);
    // P1: target 0.6/0.9, 1, 15/20, 90/96, 1; min–max so2 1, nox 0, pm 1 (constant), vocs 1
    double p1 = (0.6 / 0.9 + 1 + 0.75 + 1 + 0 + 1 + 1 + 90 / 96.0 + 1) / 9;
    // P2: 1, 0.35/0.5, 1, 1, 80/85; so2 0, nox 1, pm 1, vocs 0
    double p2 = (1 + 0.7 + 1 + 0 + 1 + 1 + 0 + 1 + 80 / 85.0) / 9;
    assertThat(rows.get(0).get("entity")).isEqualTo("P1");
    assertThat(num(rows.get(0), "score")).isCloseTo(p1, within(1e-12));
    assertThat(num(rows.get(1), "score")).isCloseTo(p2, within(1e-12));
    assertThat(num(rows.get(0), "x_co2_per_iva")).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(rows.get(0).get("pulled_down_by"))
        .startsWith("nox_per_iva (0.111111); co2_per_iva (0.037037)");
  }

  @Test
  void brokenIndexInputsAreRejectedWithEveryProblemAndNoOutput() throws IOException {
    Path system = file("system.csv", SYSTEM);
    Path values = file("values.csv", "entity,co2_per_va,so2_per_va,typo\nA,0.5,x,1\nA,1,2,3\n");
    Path result = dir.resolve("i.csv");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                values.toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .contains("values.csv line 1, column typo: 指标体系 system.csv 中没有此指标")
        .contains("values.csv line 1: 缺少指标列 non_fossil_share");
    Path values2 =
        file("values2.csv", "entity,co2_per_va,non_fossil_share,so2_per_va\nA,0.5,,0.2\nA,1,2,3\n");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                values2.toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr())
        .contains("values2.csv line 2, column non_fossil_share: 缺少数值")
        .contains("values2.csv line 3, column entity: 'A' 重复");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                file("v.csv", VALUES).toString(),
                "--out",
                result.toString(),
                "--weights",
                "magic"))
        .isEqualTo(2);
    assertThat(stderr()).contains("--weights: 未知方法 'magic'");
    Path matrix =
        file(
            "m.csv",
            "indicator,co2_per_va,non_fossil_share,so2_per_va\nco2_per_va,1,2,4\nnon_fossil_share,1/2,1,x\nso2_per_va,1/4,1,1\n");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                file("v.csv", VALUES).toString(),
                "--out",
                result.toString(),
                "--weights",
                "ahp:" + matrix))
        .isEqualTo(2);
    assertThat(stderr()).contains("m.csv line 3, column so2_per_va: 'x' 须为正数或分数");
    Path nonReciprocal =
        file(
            "n.csv",
            "indicator,co2_per_va,non_fossil_share,so2_per_va\nco2_per_va,1,2,4\nnon_fossil_share,1/2,1,2\nso2_per_va,1/4,1,1\n");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                file("v.csv", VALUES).toString(),
                "--out",
                result.toString(),
                "--weights",
                "ahp:" + nonReciprocal))
        .isEqualTo(2);
    assertThat(stderr())
        .contains(
            "n.csv: entries (non_fossil_share, so2_per_va) = 2.0 and (so2_per_va, non_fossil_share) = 1.0 are not reciprocal");
    Path badSystem =
        file("bad-system.csv", "indicator,direction,normalisation\na,sideways,minmax\n");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                badSystem.toString(),
                "--values",
                values.toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(stderr()).contains("bad-system.csv:2 column direction");
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                "galaxy",
                "--values",
                values.toString(),
                "--out",
                result.toString()))
        .isEqualTo(2);
    assertThat(
            run(
                "synergy",
                "index",
                "--system",
                system.toString(),
                "--values",
                file("v.csv", VALUES).toString(),
                "--out",
                result.toString(),
                "--coupling",
                "pollution,water"))
        .isEqualTo(2);
    assertThat(stderr()).contains("--coupling: 指标体系中没有组 'water'");
    assertThat(result).doesNotExist();
  }
}
