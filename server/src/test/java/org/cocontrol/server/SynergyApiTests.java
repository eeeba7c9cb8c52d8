package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The synergy API over HTTP on H2 with the demo data: the worked examples of docs/synergy.md. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:synergy;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "cocontrol.data-dir=target/test-data/synergy",
      "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD
    })
class SynergyApiTests {

  @LocalServerPort int port;
  Api api;
  String token;

  @BeforeEach
  void client() {
    api = new Api(port);
    token = api.login("authority", ApiContract.PASSWORD);
  }

  /** The three measures of docs/synergy.md §1. */
  static Map<String, Object> threeMeasures(String rankBy) {
    List<Map<String, Object>> measures = new ArrayList<>();
    measures.add(
        measure(
            "M1",
            "燃煤锅炉改燃气",
            5_000_000.0,
            amounts(100, 80, 30, 100_000),
            amounts(2, 40, 3, 60_000)));
    measures.add(
        measure(
            "M2",
            "加装SCR",
            2_000_000.0,
            amounts(50, 200, null, 500_000),
            amounts(50, 40, null, 501_000)));
    measures.add(
        measure(
            "M3",
            "屋顶光伏",
            400_000.0,
            amounts(5, null, null, 20_000),
            amounts(5, null, null, 16_000)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("measures", measures);
    body.put("rankBy", rankBy);
    return body;
  }

  private static Map<String, Object> measure(
      String id, String name, Double cost, Map<String, Object> base, Map<String, Object> after) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name);
    m.put("costYuan", cost);
    m.put("base", base);
    m.put("after", after);
    return m;
  }

  private static Map<String, Object> amounts(Number so2, Number nox, Number pm, Number co2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("SO2", so2);
    m.put("NOX", nox); // null: the measure does not give it
    m.put("PM", pm);
    m.put("CO2", co2);
    return m;
  }

  private static JsonNode byId(JsonNode measures, String id) {
    for (JsonNode m : measures) {
      if (m.get("id").asString().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no measure " + id + " in " + measures);
  }

  @Test
  void theThreeMeasuresOfTheWorkedExample() {
    Api.Response r = api.postJson("/api/v1/synergy/measures", threeMeasures("chart"), token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode ms = r.json().get("measures");
    assertThat(ms).hasSize(3);
    assertThat(ms.get(0).get("id").asString()).isEqualTo("M1");
    assertThat(ms.get(1).get("id").asString()).isEqualTo("M2");
    assertThat(ms.get(2).get("id").asString()).isEqualTo("M3");

    JsonNode m1 = byId(ms, "M1");
    assertThat(m1.get("quadrant").asString()).isEqualTo("synergy");
    assertThat(m1.get("quadrantZh").asString()).isEqualTo("协同减排");
    assertThat(m1.get("rank").asInt()).isEqualTo(1);
    assertThat(m1.get("els").get("SO2").asDouble()).isCloseTo(2.45, within(1e-9));
    assertThat(m1.get("els").get("NOX").asDouble()).isCloseTo(1.25, within(1e-9));
    assertThat(m1.get("els").get("PM").asDouble()).isCloseTo(2.25, within(1e-9));
    assertThat(m1.get("els").has("VOCS")).isTrue();
    assertThat(m1.get("els").get("VOCS").isNull()).isTrue();
    assertThat(m1.get("apeqReductionT").asDouble()).isCloseTo(149.766055, within(1e-5));
    assertThat(m1.get("relApeqReduction").asDouble()).isCloseTo(0.775695, within(1e-6));
    assertThat(m1.get("co2ReductionT").asDouble()).isCloseTo(40_000, within(1e-6));
    assertThat(m1.get("relCo2Reduction").asDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(m1.get("costPerTCo2").asDouble()).isCloseTo(125, within(1e-9));
    assertThat(m1.get("costPerTApeq").asDouble()).isCloseTo(33_385.40, within(0.01));
    assertThat(m1.get("tradeOff").asBoolean()).isFalse();
    assertThat(m1.get("verdict").get("zh").asString())
        .isEqualTo("协同减排：CO2减少40.0%，大气污染物当量减少77.6%；单位减排成本：CO2 125 元/t，当量 33385.4 元/t");
    assertThat(m1.get("verdict").get("en").asString()).isNotBlank();

    JsonNode m2 = byId(ms, "M2");
    assertThat(m2.get("quadrant").asString()).isEqualTo("pollutant_only");
    assertThat(m2.get("tradeOff").asBoolean()).isTrue();
    assertThat(m2.get("els").get("NOX").asDouble()).isCloseTo(-400, within(1e-6));
    assertThat(m2.get("els").get("SO2").asDouble()).isZero();
    assertThat(m2.get("els").get("PM").isNull()).isTrue();
    assertThat(m2.get("costPerTCo2").isNull()).isTrue();
    assertThat(m2.get("costPerTApeq").asDouble()).isCloseTo(12_500, within(1e-9));
    assertThat(m2.get("rank").asInt()).isEqualTo(2);

    JsonNode m3 = byId(ms, "M3");
    assertThat(m3.get("quadrant").asString()).isEqualTo("carbon_only");
    assertThat(m3.get("costPerTCo2").asDouble()).isCloseTo(100, within(1e-9));
    assertThat(m3.get("costPerTApeq").isNull()).isTrue();
    assertThat(m3.get("rank").asInt()).isEqualTo(3);

    JsonNode weights = r.json().get("apeqWeights");
    assertThat(weights)
        .anySatisfy(
            w -> {
              assertThat(w.get("substance").asString()).isEqualTo("PM");
              assertThat(w.get("weight").asDouble()).isCloseTo(0.435780, within(1e-6));
              assertThat(w.get("tag").asString()).isNotBlank();
            });
  }

  @Test
  void rankedByCostPerTonneOfCo2() {
    JsonNode ms =
        api.postJson("/api/v1/synergy/measures", threeMeasures("cost_co2"), token)
            .json()
            .get("measures");
    assertThat(byId(ms, "M3").get("rank").asInt()).isEqualTo(1);
    assertThat(byId(ms, "M1").get("rank").asInt()).isEqualTo(2);
    assertThat(byId(ms, "M2").get("rank").asInt()).isEqualTo(3);
  }

  @Test
  void synergyNeedsALogin() {
    assertThat(api.postJson("/api/v1/synergy/measures", threeMeasures("chart"), null).status())
        .isEqualTo(401);
    assertThat(
            api.get("/api/v1/synergy/region?region=410000&baseYear=2021&year=2022", null).status())
        .isEqualTo(401);
    assertThat(api.get("/api/v1/synergy/coupling?u1=0.8&u2=0.4", null).status()).isEqualTo(401);
  }

  @Test
  void badBodiesAreRefusedWithEveryProblem() {
    Map<String, Object> body = threeMeasures("chart");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ms = (List<Map<String, Object>>) body.get("measures");
    ((Map<String, Object>) ms.get(0).get("base")).put("SO2", -1);
    ((Map<String, Object>) ms.get(1).get("after")).remove("CO2");
    ((Map<String, Object>) ms.get(2).get("base")).put("XYZ", 1);
    ms.get(2).put("id", "M1");
    Api.Response r = api.postJson("/api/v1/synergy/measures", body, token);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asString()).isNotBlank();
    List<String> where = new ArrayList<>();
    r.json().get("errors").forEach(e -> where.add(e.get("location").asString()));
    assertThat(where)
        .contains(
            "measures[0].base.SO2",
            "measures[1].after.CO2",
            "measures[2].base.XYZ",
            "measures[2].id");
    assertThat(where.stream().filter("measures[0].base.SO2"::equals))
        .as("one problem per cell")
        .hasSize(1);
    // core's MeasureCheck words them, the same the command line prints for a measures file
    // (SynergyCliTests)
    Map<String, String> said = new java.util.HashMap<>();
    r.json()
        .get("errors")
        .forEach(e -> said.put(e.get("location").asString(), e.get("message").asString()));
    assertThat(said)
        .containsEntry(
            "measures[0].base.SO2", "排放量须为 ≥ 0 的有限数 / an emission must be a finite number ≥ 0")
        .containsEntry(
            "measures[1].after.CO2", "缺少数值（前后须同时给出） / missing value (before and after go together)")
        .containsEntry("measures[2].base.XYZ", "未知物质 'XYZ' / unknown substance 'XYZ'")
        .containsEntry("measures[2].id", "措施编号 'M1' 重复 / duplicate measure id 'M1'");

    assertThat(
            api.postJson("/api/v1/synergy/measures", Map.of("measures", List.of()), token).status())
        .isEqualTo(400);
    assertThat(api.postJson("/api/v1/synergy/measures", threeMeasures("cheapest"), token).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/synergy/coupling?u1=1.2&u2=0.4", token).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/synergy/coupling?u1=x&u2=0.4", token).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/synergy/coupling?u1=0.8&u2=0.4&model=other", token).status())
        .isEqualTo(400);
    assertThat(
            api.get(
                    "/api/v1/synergy/carbon-efficiency?co2T=1&valueAdded=0&industryAverage=1",
                    token)
                .status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/synergy/region?region=41&baseYear=2021&year=2022", token).status())
        .isEqualTo(400);
    assertThat(
            api.get("/api/v1/synergy/region?region=410000&baseYear=2021&year=2021", token).status())
        .isEqualTo(400);
  }

  @Test
  void couplingOfTheWorkedExample() {
    Api.Response r = api.get("/api/v1/synergy/coupling?u1=0.8&u2=0.4", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("c").asDouble()).isCloseTo(2 * Math.sqrt(0.32) / 1.2, within(1e-9));
    assertThat(r.json().get("t").asDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(r.json().get("d").asDouble()).isCloseTo(0.752121, within(1e-6));
    assertThat(r.json().get("level").asString()).isEqualTo("中级协调");
    assertThat(r.json().get("model").asString()).isEqualTo("standard");
    assertThat(
            api.get("/api/v1/synergy/coupling?u1=0.8&u2=0.4&model=wang2021", token)
                .json()
                .get("c")
                .asDouble())
        .isLessThan(r.json().get("c").asDouble());
  }

  @Test
  void carbonEfficiencyOfTheWorkedExample() {
    Api.Response r =
        api.get(
            "/api/v1/synergy/carbon-efficiency?co2T=12000&valueAdded=10000&industryAverage=1.0",
            token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("l").asDouble()).isCloseTo(1.2, within(1e-12));
    assertThat(r.json().get("level").asString()).isEqualTo("中碳");
    assertThat(r.json().get("k").asDouble()).isCloseTo(1.2, within(1e-12));
    assertThat(r.json().get("grade").asInt()).isEqualTo(3);
  }

  @Test
  void aRegionBetweenTwoStoredYears() {
    Api.Response r = api.get("/api/v1/synergy/region?region=410000&baseYear=2021&year=2022", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("region").asString()).isEqualTo("410000");
    assertThat(j.get("name").asString()).isEqualTo("河南省");
    assertThat(j.get("total").get("level").asString()).isEqualTo("region");
    assertThat(j.get("total").get("quadrant").asString()).isNotBlank();
    assertThat(j.get("sources").size()).isGreaterThan(0);
    double co2 = 0;
    for (JsonNode s : j.get("sources")) {
      assertThat(s.get("level").asString()).isEqualTo("source");
      assertThat(s.get("source").asString()).isNotBlank();
      assertThat(s.get("verdict").get("zh").asString()).isNotBlank();
      co2 += s.get("co2ReductionT").asDouble();
    }
    // the sources' reductions add up to the region's
    assertThat(co2)
        .isCloseTo(
            j.get("total").get("co2ReductionT").asDouble(),
            within(1e-6 * Math.max(1, Math.abs(co2))));
    assertThat(j.get("summary").get("zh").asString()).isNotBlank();
    assertThat(j.get("drivers").isArray()).isTrue();
    assertThat(j.get("tradeOffs").isArray()).isTrue();
    assertThat(
            api.get("/api/v1/synergy/region?region=410000&baseYear=1990&year=2022", token).status())
        .isEqualTo(404);
    // every plant reported both years: all of each year is compared
    assertThat(j.get("status").asString()).isEqualTo("comparable");
    assertThat(j.get("total").get("status").asString()).isEqualTo("comparable");
    JsonNode coverage = j.get("coverage");
    assertThat(coverage.get("shares").valueStream().map(x -> x.get("basis").asString()).toList())
        .containsExactly("CO2", "APEQ");
    assertThat(coverage.get("shares"))
        .allSatisfy(
            x -> {
              assertThat(x.get("baseShare").asDouble()).isEqualTo(1.0);
              assertThat(x.get("laterShare").asDouble()).isEqualTo(1.0);
            });
    assertThat(coverage.get("matchedUnits").asInt())
        .isEqualTo(coverage.get("baseUnits").asInt())
        .isPositive();
    assertThat(coverage.get("baseOnly").get("units").asInt()).isZero();
    assertThat(coverage.get("minShare").asDouble()).isEqualTo(0.95);
    assertThat(coverage.get("ruleDocument").asString()).contains("2018/2067");
  }

  /**
   * The review's case (issue 9): Henan's 2022 in full and one record of 2023. Before, the region
   * view read "CO2减少…%" for what was simply not reported yet; now the region and its map children
   * have insufficient data, with the reason.
   */
  @Test
  void aRegionWithOneRecordOfTheLaterYearHasInsufficientDataNotAReduction() {
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit,controls,technology\n"
            + "C1,TEST-COV-1,410105,2023,IND_BOILER,原煤,1000,t,wet_fgd;bag_filter,stoker_boiler\n";
    assertThat(
            api.upload(
                    "/api/v1/activities",
                    "one.csv",
                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    token)
                .status())
        .isEqualTo(201);
    Api.Response r = api.get("/api/v1/synergy/region?region=410000&baseYear=2022&year=2023", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode j = r.json();
    JsonNode total = j.get("total");
    assertThat(j.get("status").asString()).isEqualTo("insufficient_data");
    assertThat(total.get("status").asString()).isEqualTo("insufficient_data");
    assertThat(total.get("statusZh").asString()).isEqualTo("数据不足");
    assertThat(total.get("quadrant").isNull()).isTrue();
    assertThat(total.get("relCo2Reduction").isNull()).isTrue();
    assertThat(total.get("relApeqReduction").isNull()).isTrue();
    assertThat(total.get("els").get("SO2").isNull()).isTrue();
    assertThat(total.get("verdict").get("zh").asString()).startsWith("数据不足：").doesNotContain("减少");
    assertThat(j.get("summary").get("zh").asString())
        .startsWith("数据不足：2022年与2023年均有报送的排放源0个")
        .contains("仅2023年报送的排放源1个")
        .endsWith("，不作比较");
    assertThat(j.get("summary").get("en").asString()).startsWith("insufficient data: ");
    assertThat(j.get("drivers")).isEmpty();
    assertThat(j.get("tradeOffs")).isEmpty();
    // nothing of 2022 is compared; 2022's plants are counted apart, the new boiler too
    JsonNode coverage = j.get("coverage");
    assertThat(coverage.get("matchedUnits").asInt()).isZero();
    assertThat(coverage.get("shares").get(0).get("baseShare").asDouble()).isZero();
    assertThat(coverage.get("baseOnly").get("units").asInt())
        .isEqualTo(coverage.get("baseUnits").asInt())
        .isGreaterThan(10);
    assertThat(coverage.get("baseOnly").get("amounts").get("CO2").asDouble()).isPositive();
    assertThat(coverage.get("baseOnly").get("largest")).hasSize(20);
    assertThat(coverage.get("laterOnly").get("units").asInt()).isEqualTo(1);
    assertThat(coverage.get("laterOnly").get("largest").get(0).get("entity").asString())
        .isEqualTo("TEST-COV-1");
    for (JsonNode s : j.get("sources")) {
      assertThat(s.get("status").asString()).as(s.toString()).isEqualTo("insufficient_data");
      assertThat(s.get("quadrant").isNull()).isTrue();
      assertThat(s.get("shareOfCo2Reduction").isNull()).isTrue();
    }

    JsonNode map =
        api.get("/api/v1/synergy/region-map?parent=410000&baseYear=2022&year=2023", token).json();
    for (JsonNode c : map.get("regions")) {
      assertThat(c.get("status").asString()).as(c.toString()).isEqualTo("insufficient_data");
      assertThat(c.get("quadrant").isNull()).isTrue();
      assertThat(c.get("co2RelativeReduction").isNull()).isTrue();
    }
    JsonNode zhengzhou =
        map.get("regions")
            .valueStream()
            .filter(c -> c.get("adcode").asString().equals("410100"))
            .findFirst()
            .orElseThrow();
    assertThat(zhengzhou.get("coverage").get("laterUnits").asInt()).isEqualTo(1);
    assertThat(zhengzhou.get("coverage").get("explanation").get("zh").asString())
        .startsWith("数据不足：2022年与2023年均有报送的排放源0个");
    JsonNode luoyang =
        map.get("regions")
            .valueStream()
            .filter(c -> c.get("adcode").asString().equals("410300"))
            .findFirst()
            .orElseThrow();
    assertThat(luoyang.get("coverage").get("explanation").get("zh").asString())
        .isEqualTo("数据不足：2023年没有报送数据，不作比较");
  }

  @Test
  void theIndexOfTheWorkedExample() {
    Map<String, Object> system =
        Map.of(
            "name",
            "example",
            "indicators",
            List.of(
                Map.of(
                    "indicator",
                    "co2_per_va",
                    "group",
                    "carbon",
                    "direction",
                    "cost",
                    "normalisation",
                    "minmax",
                    "expertWeight",
                    0.5),
                Map.of(
                    "indicator",
                    "non_fossil_share",
                    "group",
                    "carbon",
                    "direction",
                    "benefit",
                    "normalisation",
                    "minmax",
                    "expertWeight",
                    0.2),
                Map.of(
                    "indicator",
                    "so2_per_va",
                    "group",
                    "pollution",
                    "direction",
                    "cost",
                    "normalisation",
                    "minmax",
                    "expertWeight",
                    0.3)));
    List<Map<String, Object>> values =
        List.of(
            Map.of(
                "entity",
                "A",
                "values",
                Map.of("co2_per_va", 0.5, "non_fossil_share", 30, "so2_per_va", 0.2)),
            Map.of(
                "entity",
                "B",
                "values",
                Map.of("co2_per_va", 1.0, "non_fossil_share", 20, "so2_per_va", 0.1)),
            Map.of(
                "entity",
                "C",
                "values",
                Map.of("co2_per_va", 1.5, "non_fossil_share", 10, "so2_per_va", 0.125)));
    Api.Response r =
        api.postJson(
            "/api/v1/synergy/index",
            Map.of("system", system, "values", values, "weights", "equal"),
            token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode scores = r.json().get("scores");
    assertThat(scores).hasSize(3);
    Map<String, JsonNode> byEntity = new LinkedHashMap<>();
    scores.forEach(s -> byEntity.put(s.get("entity").asString(), s));
    assertThat(byEntity.get("A").get("score").asDouble()).isCloseTo(2.0 / 3, within(1e-6));
    assertThat(byEntity.get("B").get("score").asDouble()).isCloseTo(2.0 / 3, within(1e-6));
    assertThat(byEntity.get("C").get("score").asDouble()).isCloseTo(0.25, within(1e-6));
    assertThat(byEntity.get("A").get("rank").asInt()).isEqualTo(1);
    assertThat(byEntity.get("B").get("rank").asInt()).isEqualTo(1);
    assertThat(byEntity.get("C").get("rank").asInt()).isEqualTo(3);
    assertThat(r.json().get("weights").get("co2_per_va").asDouble())
        .isCloseTo(1.0 / 3, within(1e-9));
    assertThat(byEntity.get("A").get("pulledDownBy").get(0).asString()).isEqualTo("so2_per_va");

    // a shipped system by name, and a missing value
    assertThat(
            api.postJson(
                    "/api/v1/synergy/index",
                    Map.of(
                        "system",
                        "enterprise",
                        "values",
                        List.of(Map.of("entity", "X", "values", Map.of())),
                        "weights",
                        "equal"),
                    token)
                .status())
        .isEqualTo(400);
    assertThat(
            api.postJson("/api/v1/synergy/index", Map.of("system", "nope", "values", values), token)
                .status())
        .isEqualTo(400);
    assertThat(
            api.postJson(
                    "/api/v1/synergy/index",
                    Map.of("system", system, "values", values, "weights", "magic"),
                    token)
                .status())
        .isEqualTo(400);
  }

  /**
   * Qinghai (630000) has no demo data. One boiler in Xining burns 1000 t of raw coal in 2020 and
   * 800 t in 2021: every line is linear in the amount, so the region's CO2 falls by 200 t ×
   * 1.9002988488 t/t = 380.05976976 t, 20 %, and APeq by 20 % too; the unit is reported in both
   * years, so all of each year is compared.
   */
  @Test
  void aRegionBetweenTwoYearsInExactNumbers() {
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit\n"
            + "QH-2020,TEST-QH-1,630102,2020,IND_BOILER,raw_coal,1000,t\nQH-2021,TEST-QH-1,630102,2021,IND_BOILER,raw_coal,800,t\n";
    Api.Response up =
        api.upload(
            "/api/v1/activities",
            "qh.csv",
            csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            token);
    assertThat(up.status()).as(up.body()).isEqualTo(201);
    double coal = 20.908 * 0.02637 * 0.94 * 44 / 12;
    double reduction = 200 * coal;
    JsonNode j =
        api.get("/api/v1/synergy/region?region=630000&baseYear=2020&year=2021", token).json();
    JsonNode total = j.get("total");
    assertThat(total.get("status").asString()).isEqualTo("comparable");
    assertThat(total.get("co2ReductionT").asDouble())
        .isCloseTo(reduction, within(reduction * 1e-9));
    assertThat(total.get("relCo2Reduction").asDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(total.get("relApeqReduction").asDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(j.get("sources"))
        .singleElement()
        .satisfies(
            src -> {
              assertThat(src.get("source").asString()).isEqualTo("IND_BOILER");
              assertThat(src.get("co2ReductionT").asDouble())
                  .isCloseTo(reduction, within(reduction * 1e-9));
            });
    JsonNode map =
        api.get("/api/v1/synergy/region-map?parent=630000&baseYear=2020&year=2021", token).json();
    JsonNode xining =
        map.get("regions")
            .valueStream()
            .filter(c -> c.get("adcode").asString().equals("630100"))
            .findFirst()
            .orElseThrow();
    assertThat(xining.get("status").asString()).isEqualTo("comparable");
    assertThat(xining.get("co2RelativeReduction").asDouble()).isCloseTo(0.2, within(1e-12));
    assertThat(xining.get("apeqRelativeReduction").asDouble()).isCloseTo(0.2, within(1e-12));
    JsonNode haidong =
        map.get("regions")
            .valueStream()
            .filter(c -> c.get("adcode").asString().equals("630200"))
            .findFirst()
            .orElseThrow();
    assertThat(haidong.get("status").asString()).isEqualTo("insufficient_data");
    assertThat(haidong.get("co2RelativeReduction").isNull()).isTrue();
  }

  @Test
  void theRegionMapJudgesEachChildOfTheParent() {
    Api.Response r =
        api.get("/api/v1/synergy/region-map?parent=410000&baseYear=2021&year=2022", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode regions = r.json().get("regions");
    assertThat(regions.size()).isGreaterThanOrEqualTo(17);
    int judged = 0;
    for (JsonNode c : regions) {
      assertThat(c.get("adcode").asString()).startsWith("41");
      assertThat(c.get("name").asString()).isNotBlank();
      assertThat(c.has("quadrant")).isTrue();
      assertThat(c.get("status").asString()).isIn("comparable", "insufficient_data");
      assertThat(c.get("quadrant").isNull())
          .isEqualTo(!c.get("status").asString().equals("comparable"));
      if (!c.get("quadrant").isNull()) {
        judged++;
        assertThat(c.get("coverage").get("shares").get(0).get("baseShare").asDouble())
            .isEqualTo(1.0);
        assertThat(c.get("quadrant").asString())
            .isIn("synergy", "pollutant_only", "carbon_only", "both_increase", "no_effect");
        assertThat(c.has("co2RelativeReduction")).isTrue();
        assertThat(c.has("apeqRelativeReduction")).isTrue();
      }
    }
    assertThat(judged).as(r.body()).isGreaterThanOrEqualTo(1);
    assertThat(
            api.get("/api/v1/synergy/region-map?parent=410000&baseYear=2022&year=2022", token)
                .status())
        .isEqualTo(400);
    assertThat(
            api.get("/api/v1/synergy/region-map?parent=x&baseYear=2021&year=2022", token).status())
        .isEqualTo(400);
    assertThat(
            api.get("/api/v1/synergy/region-map?parent=410000&baseYear=2021&year=2022", null)
                .status())
        .isEqualTo(401);
  }

  @Test
  void theShippedIndicatorSystems() {
    Api.Response r = api.get("/api/v1/synergy/systems/park", token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode indicators = r.json().get("indicators");
    assertThat(indicators).hasSize(9);
    assertThat(indicators.get(0).get("indicator").asString()).isEqualTo("co2_per_iva");
    assertThat(indicators.get(0).get("direction").asString()).isEqualTo("cost");
    assertThat(indicators.get(0).get("reference").asDouble()).isCloseTo(0.6, within(1e-12));
    assertThat(api.get("/api/v1/synergy/systems/region", token).json().get("indicators"))
        .hasSize(9);
    assertThat(api.get("/api/v1/synergy/systems/enterprise", token).json().get("indicators"))
        .hasSize(5);
    assertThat(api.get("/api/v1/synergy/systems/nope", token).status()).isEqualTo(404);
  }
}
