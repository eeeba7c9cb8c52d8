package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The stable API, exercised over HTTP against a running server; subclasses choose the database. */
abstract class ApiContract {

  static final String PASSWORD = "test-password-0123";

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  @Test
  void healthIsUpOnceTheDemoIsLoaded() {
    Api.Response r = api.get("/actuator/health", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void loginGivesATokenAndReportedDataNeedsOne() {
    assertThat(
            api.postJson(
                    "/api/v1/auth/login",
                    Map.of("username", "authority", "password", "wrong"),
                    null)
                .status())
        .isEqualTo(401);
    String token = api.login("authority", PASSWORD);
    assertThat(token).isNotBlank();
    assertThat(api.get("/api/v1/enterprises", null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/enterprises", "not-a-token").status()).isEqualTo(401);
    assertThat(api.get("/api/v1/enterprises", token).status()).isEqualTo(200);
    assertThat(
            api.upload("/api/v1/activities", "a.csv", "x".getBytes(StandardCharsets.UTF_8), null)
                .status())
        .isEqualTo(401);
    assertThat(api.get("/api/v1/enterprises", api.login("public", PASSWORD)).status())
        .isEqualTo(403);
  }

  @Test
  void regionsFormATree() {
    JsonNode liaoning = api.get("/api/v1/regions/210000", null).json();
    assertThat(liaoning.get("name").asString()).isEqualTo("辽宁省");
    assertThat(liaoning.get("level").asString()).isEqualTo("province");
    assertThat(liaoning.get("parent").asString()).isEqualTo("000000");
    assertThat(liaoning.get("children")).hasSize(14);
    assertThat(liaoning.get("children").get(0).get("name").asString()).isEqualTo("沈阳市");
    assertThat(api.get("/api/v1/regions/000000", null).json().get("children")).hasSize(34);
    assertThat(api.get("/api/v1/regions/500000", null).json().get("children")).hasSize(38);
    assertThat(api.get("/api/v1/regions/21000", null).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/regions/219900", null).status()).isEqualTo(404);
  }

  @Test
  void theTopDownLayerCoversCeadsYearsAndIsReconciledWithFacilities() {
    JsonNode inv = api.get("/api/v1/inventory?region=210000&year=2019&groupBy=sector", null).json();
    assertThat(inv.get("layer").asString()).startsWith("top-down");
    assertThat(inv.get("totalT").asDouble()).isGreaterThan(3e8);
    double sectors = 0;
    for (JsonNode r : inv.get("rows")) {
      sectors += r.get("amountT").asDouble();
    }
    // the 47 sectors plus households add up to the published total (CEADs rounding aside)
    assertThat(sectors)
        .isCloseTo(inv.get("totalT").asDouble(), within(inv.get("totalT").asDouble() * 1e-3));
    JsonNode bySource = api.get("/api/v1/inventory?region=210000&year=2019", null).json();
    assertThat(bySource.get("reconciliation"))
        .anySatisfy(
            r -> {
              assertThat(r.get("source").asString()).isEqualTo("POWER");
              assertThat(r.get("bottomUpT").asDouble()).isPositive();
              assertThat(r.get("explainedShare").asDouble()).isBetween(0.0, 2.0);
            });
  }

  // ---------------------------------------------------------------- the read side, exact numbers

  /**
   * 1000 t of raw coal: 1000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 (national NCV, carbon
   * content, oxidation).
   */
  static final double COAL_CO2 = 1000 * 20.908 * 0.02637 * 0.94 * 44 / 12;

  /** Relative tolerance of the exact-number assertions: rounding only. */
  static final double EXACT = 1e-9;

  static org.assertj.core.data.Offset<Double> exact(double expected) {
    return within(Math.abs(expected) * EXACT);
  }

  /**
   * Gansu (620000) has no demo data. In 2011 CEADs publishes its total, 140,316,128.685 t CO2, and
   * its power sector, 82,558,293.061 t (ceads_province.csv.gz); a power plant's 1000 t of raw coal
   * in Lanzhou is reconciled with the power sector — it explains COAL_CO2 / 82,558,293.061 of it —
   * and never added to the total.
   */
  @Test
  void theReconciliationSaysWhichShareOfTheTopDownAmountFacilitiesExplain() {
    String token = api.login("authority", PASSWORD);
    Api.Response r =
        api.upload(
            "/api/v1/activities",
            "gs2011.csv",
            csv("GS-2011-1,TEST-GS-POWER,620102,2011,POWER,raw_coal,1000,t"),
            token);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode inv = api.get("/api/v1/inventory?region=620000&year=2011", null).json();
    assertThat(inv.get("layer").asString()).isEqualTo("top-down+bottom-up");
    assertThat(inv.get("totalT").asDouble()).isCloseTo(140316128.685, exact(140316128.685));
    assertThat(inv.get("totalsT").get("CO2").asDouble())
        .isCloseTo(140316128.685, exact(140316128.685));
    JsonNode power =
        inv.get("reconciliation")
            .valueStream()
            .filter(x -> x.get("source").asString().equals("POWER"))
            .findFirst()
            .orElseThrow();
    assertThat(power.get("topDownT").asDouble()).isCloseTo(82558293.061, exact(82558293.061));
    assertThat(power.get("bottomUpT").asDouble()).isCloseTo(COAL_CO2, exact(COAL_CO2));
    assertThat(power.get("explainedShare").asDouble())
        .isCloseTo(COAL_CO2 / 82558293.061, exact(COAL_CO2 / 82558293.061));
    // the CO2 rows are the published layer's: the source rows add up to the total, the facility is
    // not among them
    JsonNode co2Rows = inv.get("rows");
    assertThat(co2Rows.valueStream().filter(x -> x.get("substance").asString().equals("CO2")))
        .allSatisfy(
            x -> {
              assertThat(x.get("layer").asString()).isEqualTo("top-down");
              assertThat(x.get("scope").asString()).isEqualTo("direct");
            });
    JsonNode powerRow =
        co2Rows
            .valueStream()
            .filter(
                x ->
                    x.get("substance").asString().equals("CO2")
                        && x.get("source").asString().equals("POWER"))
            .findFirst()
            .orElseThrow();
    assertThat(powerRow.get("amountT").asDouble()).isCloseTo(82558293.061, exact(82558293.061));
    // no CO2E beside a published CO2 total; the map's Lanzhou is the published city total
    assertThat(inv.get("totalsT").has("CO2E")).isFalse();
    JsonNode lanzhou =
        api.get("/api/v1/public/map?parent=620000&year=2011&substance=CO2", null)
            .json()
            .get("regions")
            .valueStream()
            .filter(x -> x.get("adcode").asString().equals("620100"))
            .findFirst()
            .orElseThrow();
    assertThat(lanzhou.get("layer").asString()).isEqualTo("top-down");
    assertThat(lanzhou.get("valueT").asDouble()).isCloseTo(39550980.855, exact(39550980.855));
  }

  /**
   * Gansu 2022, ledger only: an enterprise in Lanzhou burns 1000 t of raw coal and buys 1000 MWh.
   * Its purchased electricity (1000 MWh × 0.4772 t/MWh, Gansu's 2022 provincial grid factor = 477.2
   * t) is the power plants' emission: shown as an indirect row, never in the region's totals or on
   * the map. CH4 = 20.908 TJ × 10 kg/TJ = 0.20908 t and N2O = 20.908 TJ × 1.5 kg/TJ = 0.031362 t
   * (IPCC 1.A.2); CO2E (AR5: 28, 265) = COAL_CO2 + 5.85424 + 8.31093.
   */
  @Test
  void regionTotalsAreTerritorialAndIndirectElectricityIsShownApart() {
    String token = api.login("authority", PASSWORD);
    Api.Response r =
        api.upload(
            "/api/v1/activities",
            "gs2022.csv",
            csv(
                "GS-2022-1,TEST-GS-ENT,620102,2022,IND_BOILER,raw_coal,1000,t",
                "GS-2022-2,TEST-GS-ENT,620102,2022,IND_BOILER,electricity_purchased,1000,MWh"),
            token);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    double ch4 = 1000 * 20.908 * 10 * 1e-6;
    double n2o = 1000 * 20.908 * 1.5 * 1e-6;
    double co2e = COAL_CO2 + ch4 * 28 + n2o * 265;
    double indirect = 1000 * 0.4772;
    for (String region : List.of("620000", "620100", "620102")) {
      JsonNode inv = api.get("/api/v1/inventory?region=" + region + "&year=2022", null).json();
      assertThat(inv.get("layer").asString()).isEqualTo("bottom-up");
      assertThat(inv.get("totalT").asDouble()).as(region).isCloseTo(COAL_CO2, exact(COAL_CO2));
      assertThat(inv.get("totalsT").get("CO2").asDouble()).isCloseTo(COAL_CO2, exact(COAL_CO2));
      assertThat(inv.get("totalsT").get("CH4").asDouble()).isCloseTo(ch4, exact(ch4));
      assertThat(inv.get("totalsT").get("N2O").asDouble()).isCloseTo(n2o, exact(n2o));
      assertThat(inv.get("totalsT").get("CO2E").asDouble()).isCloseTo(co2e, exact(co2e));
      assertThat(inv.get("gwpSet").asString()).isEqualTo("AR5");
      assertThat(inv.get("reconciliation")).isEmpty();
      JsonNode rows = inv.get("rows");
      assertThat(amount(rows, "CO2", "direct")).isCloseTo(COAL_CO2, exact(COAL_CO2));
      assertThat(amount(rows, "CO2", "indirect")).isCloseTo(indirect, exact(indirect));
      assertThat(amount(rows, "CO2E", "direct")).isCloseTo(co2e, exact(co2e));
      assertThat(amount(rows, "CO2E", "indirect")).isCloseTo(indirect, exact(indirect));
    }
    JsonNode co2eOnly =
        api.get("/api/v1/inventory?region=620000&year=2022&substance=CO2E&gwpSet=SAR", null).json();
    double sar = COAL_CO2 + ch4 * 21 + n2o * 310;
    assertThat(co2eOnly.get("totalT").asDouble()).isCloseTo(sar, exact(sar));
    assertThat(
            co2eOnly
                .get("rows")
                .valueStream()
                .map(x -> x.get("substance").asString())
                .distinct()
                .toList())
        .containsExactly("CO2E");
    JsonNode lanzhou =
        api.get("/api/v1/public/map?parent=620000&year=2022&substance=CO2", null)
            .json()
            .get("regions")
            .valueStream()
            .filter(x -> x.get("adcode").asString().equals("620100"))
            .findFirst()
            .orElseThrow();
    assertThat(lanzhou.get("layer").asString()).isEqualTo("bottom-up");
    assertThat(lanzhou.get("valueT").asDouble()).isCloseTo(COAL_CO2, exact(COAL_CO2));
    assertThat(api.get("/api/v1/inventory?region=620000&year=2022&substance=XYZ", null).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/inventory?region=620000&year=2022&gwpSet=AR9", null).status())
        .isEqualTo(400);
  }

  /**
   * Ningxia 2022 (no demo data), ledger only, tabulated as an inventory report by sector. An
   * enterprise in 兴庆区 (640104) burns 1000 t of raw coal in an industrial boiler (COAL_CO2; CH4
   * 20.908 TJ × 10 kg/TJ = 0.20908 t, N2O × 1.5 kg/TJ = 0.031362 t) and buys 1000 MWh (× 0.6423,
   * Ningxia's 2022 provincial grid factor = 642.3 t: indirect, a memo item); a kiln makes 1000 t of
   * clinker (× 0.52, the IPCC default = 520 t CO2); a farm keeps 100 dairy cows (× 68 kg CH4 = 6.8
   * t); households burn 10 t of biomass (10 × 15.6 GJ/t = 0.156 TJ: CO2 × 112 t/TJ = 17.472 t,
   * biogenic, a memo item; CH4 × 300 kg/TJ = 0.0468 t, N2O × 4 kg/TJ = 0.000624 t, both counted).
   * Totals (AR5: CH4 28, N2O 265): CO2 = COAL_CO2 + 520; CH4 = 0.20908 + 0.0468 + 6.8 = 7.05588;
   * N2O = 0.031362 + 0.000624 = 0.031986.
   */
  @Test
  void theInventoryReportBySectorTabulatesTheFiveSectors() {
    String token = api.login("authority", PASSWORD);
    Api.Response up =
        api.upload(
            "/api/v1/activities",
            "nx2022.csv",
            csv(
                "NX-2022-1,TEST-NX-ENT,640104,2022,IND_BOILER,raw_coal,1000,t",
                "NX-2022-2,TEST-NX-ENT,640104,2022,IND_BOILER,electricity_purchased,1000,MWh",
                "NX-2022-3,TEST-NX-KILN,640104,2022,CEMENT,clinker,1000,t",
                "NX-2022-4,TEST-NX-FARM,640104,2022,ENTERIC,dairy_cattle,100,head",
                "NX-2022-5,TEST-NX-HOMES,640104,2022,RESIDENTIAL,biomass,10,t"),
            token);
    assertThat(up.status()).as(up.body()).isEqualTo(201);
    double coalCh4 = 0.20908;
    double coalN2o = 0.031362;
    double bioCh4 = 0.156 * 300 * 1e-3;
    double bioN2o = 0.156 * 4 * 1e-3;
    double co2 = COAL_CO2 + 520;
    double ch4 = coalCh4 + bioCh4 + 6.8;
    double n2o = coalN2o + bioN2o;
    double total = co2 + ch4 * 28 + n2o * 265;
    double energy = COAL_CO2 + (coalCh4 + bioCh4) * 28 + n2o * 265;

    JsonNode p =
        api.get("/api/v1/inventory/sectors?region=640000&year=2022&layout=provincial", null).json();
    assertThat(p.get("layout").asString()).isEqualTo("provincial");
    assertThat(p.get("layer").asString()).isEqualTo("bottom-up");
    assertThat(p.get("gwpSet").asString()).isEqualTo("AR5");
    assertThat(p.get("gases").valueStream().map(g -> g.get("code").asString()))
        .containsExactly("CO2", "CH4", "N2O", "HFCs", "PFCs", "SF6");
    JsonNode t = p.get("total");
    assertThat(t.get("tonnes").get("CO2").asDouble()).isCloseTo(co2, exact(co2));
    assertThat(t.get("tonnes").get("CH4").asDouble()).isCloseTo(ch4, exact(ch4));
    assertThat(t.get("tonnes").get("N2O").asDouble()).isCloseTo(n2o, exact(n2o));
    assertThat(t.get("co2eT").asDouble()).isCloseTo(total, exact(total));
    assertThat(t.get("tonnes").has("HFCs")).isFalse();
    assertThat(sectorRow(p, "能源活动").get("co2eT").asDouble()).isCloseTo(energy, exact(energy));
    assertThat(sectorRow(p, "工业和建筑业").get("tonnes").get("CO2").asDouble())
        .isCloseTo(COAL_CO2, exact(COAL_CO2));
    assertThat(sectorRow(p, "居民生活").get("tonnes").get("CH4").asDouble())
        .isCloseTo(bioCh4, exact(bioCh4));
    JsonNode bio = sectorRow(p, "生物质燃烧CO2（信息项）");
    assertThat(bio.get("memo").asBoolean()).isTrue();
    assertThat(bio.get("tonnes").get("CO2").asDouble()).isCloseTo(17.472, exact(17.472));
    assertThat(bio.get("co2eT").isNull()).isTrue();
    JsonNode indirect = sectorRow(p, "外购电力和热力间接排放（信息项）");
    assertThat(indirect.get("tonnes").get("CO2").asDouble()).isCloseTo(642.3, exact(642.3));
    assertThat(sectorRow(p, "水泥生产过程").get("co2eT").asDouble()).isCloseTo(520, exact(520));
    assertThat(sectorRow(p, "动物肠道发酵甲烷").get("co2eT").asDouble())
        .isCloseTo(6.8 * 28, exact(6.8 * 28));
    // missing is not zero: no waste and no land-use data
    JsonNode waste = sectorRow(p, "废弃物处理");
    assertThat(waste.get("hasData").asBoolean()).isFalse();
    assertThat(waste.get("co2eT").isNull()).isTrue();
    assertThat(waste.get("tonnes")).isEmpty();
    assertThat(
            p.get("coverage")
                .get("sectorsWithoutData")
                .valueStream()
                .map(x -> x.get("name").asString()))
        .containsExactly("土地利用变化和林业", "废弃物处理");
    assertThat(p.get("coverage").get("complete").asBoolean()).isFalse();

    JsonNode ipcc = api.get("/api/v1/inventory/sectors?region=640100&year=2022", null).json();
    assertThat(ipcc.get("layout").asString()).isEqualTo("ipcc2006");
    assertThat(sectorRow(ipcc, "能源").get("numbering").asString()).isEqualTo("1");
    assertThat(sectorRow(ipcc, "能源").get("co2eT").asDouble()).isCloseTo(energy, exact(energy));
    assertThat(sectorRow(ipcc, "工业过程和产品使用").get("co2eT").asDouble()).isCloseTo(520, exact(520));
    assertThat(sectorRow(ipcc, "农业、林业和其他土地利用").get("co2eT").asDouble())
        .isCloseTo(190.4, exact(190.4));
    assertThat(ipcc.get("total").get("co2eT").asDouble()).isCloseTo(total, exact(total));
    assertThat(
            ipcc.get("coverage")
                .get("sectorsWithoutData")
                .valueStream()
                .map(x -> x.get("code").asString()))
        .containsExactly("4", "5");
    // the source-class view's rows name their IPCC sector
    JsonNode bySource = api.get("/api/v1/inventory?region=640000&year=2022", null).json();
    assertThat(
            bySource
                .get("rows")
                .valueStream()
                .filter(r -> r.get("source").asString().equals("ENTERIC"))
                .map(r -> r.get("ipccSector").asString() + " " + r.get("ipccSectorName").asString())
                .distinct())
        .containsExactly("3 农业、林业和其他土地利用");
    // the sum of the five sectors is the total
    double sum = energy + 520 + 190.4;
    assertThat(sum).isCloseTo(total, exact(total));

    JsonNode sar =
        api.get("/api/v1/inventory/sectors?region=640000&year=2022&gwpSet=SAR", null).json();
    double totalSar = co2 + ch4 * 21 + n2o * 310;
    assertThat(sar.get("total").get("co2eT").asDouble()).isCloseTo(totalSar, exact(totalSar));
    assertThat(
            api.get("/api/v1/inventory/sectors?region=640000&year=2022&layout=nope", null).status())
        .isEqualTo(400);
    assertThat(
            api.get("/api/v1/inventory/sectors?region=640000&year=2022&gwpSet=AR9", null).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/inventory/sectors?region=64&year=2022", null).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/inventory/sectors?region=640000&year=x", null).status())
        .isEqualTo(400);
  }

  /** The one row of a report by sector with this Chinese name. */
  private static JsonNode sectorRow(JsonNode report, String name) {
    List<JsonNode> found =
        report
            .get("rows")
            .valueStream()
            .filter(r -> r.get("name").asString().equals(name))
            .toList();
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  /** The amount of the one row (groupBy source: one source here) of a substance and scope. */
  private static double amount(JsonNode rows, String substance, String scope) {
    List<JsonNode> found =
        rows.valueStream()
            .filter(
                x ->
                    x.get("substance").asString().equals(substance)
                        && x.get("scope").asString().equals(scope))
            .toList();
    assertThat(found).as(substance + " " + scope).hasSize(1);
    return found.get(0).get("amountT").asDouble();
  }

  @Test
  void aValidUploadIsAccountedAndShowsUpInTheInventory() {
    String token = api.login("authority", PASSWORD);
    double before =
        co2(api.get("/api/v1/inventory?region=410000&year=2023&substance=CO2", null).json());
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit,controls,technology\n"
            + "T1,TEST-1,410105,2023,IND_BOILER,原煤,1000,t,wet_fgd;bag_filter,stoker_boiler\n";
    Api.Response r =
        api.upload("/api/v1/activities", "test.csv", csv.getBytes(StandardCharsets.UTF_8), token);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("records").asInt()).isEqualTo(1);
    // 1000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12, plus the FGD's limestone CO2
    assertThat(r.json().get("results").get(0).get("emissions").get(0).get("amountT").asDouble())
        .isCloseTo(1900.2988488, within(1e-6));
    double after =
        co2(api.get("/api/v1/inventory?region=410000&year=2023&substance=CO2", null).json());
    assertThat(after - before).isGreaterThan(1900.29).isLessThan(1950);
  }

  @Test
  void aBadUploadIsRejectedWholeWithRowAndColumn() {
    String token = api.login("authority", PASSWORD);
    double before =
        co2(api.get("/api/v1/inventory?region=410000&year=2024&substance=CO2", null).json());
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit\n"
            + "B1,TEST-2,410105,2024,IND_BOILER,raw_coal,1000,t\n"
            + "B2,TEST-2,410105,2024,IND_BOILER,raw_coal,abc,tonnes2\n";
    Api.Response r =
        api.upload("/api/v1/activities", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), token);
    assertThat(r.status()).isEqualTo(400);
    List<String> columns =
        r.json().get("errors").valueStream().map(e -> e.get("column").asString()).toList();
    assertThat(columns).contains("amount", "unit");
    assertThat(r.json().get("errors"))
        .allSatisfy(e -> assertThat(e.get("row").asInt()).isEqualTo(3));
    assertThat(co2(api.get("/api/v1/inventory?region=410000&year=2024&substance=CO2", null).json()))
        .isEqualTo(before);
  }

  /** Header and rows for {@link #csvXlsxAndJsonAreOnePath}: numbers as numbers, blank as null. */
  private static final List<String> PARITY_HEADER =
      List.of(
          "record_id",
          "entity_id",
          "region",
          "year",
          "source",
          "activity",
          "amount",
          "unit",
          "controls");

  private static List<Map<String, Object>> parityJson(List<List<Object>> rows) {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (List<Object> r : rows) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      for (int c = 0; c < PARITY_HEADER.size(); c++) {
        m.put(PARITY_HEADER.get(c), r.get(c));
      }
      out.add(m);
    }
    return out;
  }

  private static byte[] parityCsv(List<List<Object>> rows) {
    StringBuilder b = new StringBuilder(String.join(",", PARITY_HEADER)).append('\n');
    rows.forEach(
        r ->
            b.append(String.join(",", r.stream().map(v -> v == null ? "" : v.toString()).toList()))
                .append('\n'));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] parityXlsx(List<List<Object>> rows) throws java.io.IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      var sheet = wb.createSheet("活动数据");
      var h = sheet.createRow(0);
      for (int c = 0; c < PARITY_HEADER.size(); c++) {
        h.createCell(c).setCellValue(PARITY_HEADER.get(c));
      }
      for (int i = 0; i < rows.size(); i++) {
        var row = sheet.createRow(i + 1);
        for (int c = 0; c < PARITY_HEADER.size(); c++) {
          Object v = rows.get(i).get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  /**
   * Each problem as {@code row column value message}, rows counted from the first data row so files
   * and JSON compare.
   */
  private static List<String> problems(Api.Response r, int firstDataRow) {
    return r.json()
        .get("errors")
        .valueStream()
        .map(
            e ->
                (e.get("row").asInt() - firstDataRow + 1)
                    + " "
                    + e.get("column").asString()
                    + " "
                    + e.get("value").asString()
                    + " "
                    + e.get("message").asString())
        .toList();
  }

  @Test
  void csvXlsxAndJsonAreOnePath() throws java.io.IOException {
    String token = api.login("authority", PASSWORD);
    List<List<Object>> good =
        List.of(
            java.util.Arrays.asList(
                "PAR1", "TEST-PAR", "410105", 2023, "IND_BOILER", "raw_coal", 1000, "t", null),
            java.util.Arrays.asList(
                "PAR2",
                "TEST-PAR",
                "410105",
                2023,
                "IND_BOILER",
                "natural_gas",
                12.5,
                "万Nm3",
                "scr:0.8"));
    Api.Response json = api.postJson("/api/v1/activities", parityJson(good), token);
    assertThat(json.status()).as(json.body()).isEqualTo(201);
    assertThat(json.json().get("added").asInt()).isEqualTo(2);
    // 1000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 (the first record's only CO2 line)
    assertThat(json.json().get("results").get(0).get("emissions").get(0).get("amountT").asDouble())
        .isCloseTo(1900.2988488, within(1e-6));
    double co2 = json.json().get("totalsT").get("CO2").asDouble();
    // the same rows as a file are the same facts: nothing to change, the same totals
    for (Api.Response same :
        List.of(
            api.upload("/api/v1/activities", "p.csv", parityCsv(good), token),
            api.upload("/api/v1/activities", "p.xlsx", parityXlsx(good), token))) {
      assertThat(same.status()).as(same.body()).isEqualTo(200);
      assertThat(same.json().get("unchanged").asInt()).isEqualTo(2);
      assertThat(same.json().get("totalsT").get("CO2").asDouble()).isEqualTo(co2);
    }

    List<List<Object>> bad =
        List.of(
            java.util.Arrays.asList(
                "PAR3", "TEST-PAR", "410105", 2023, "IND_BOILER", "raw_coal", -5, "t", "magic"),
            java.util.Arrays.asList(
                "PAR4", "TEST-PAR", "4101", 2023, "IND_BOILER", "raw_coal", 1, "tonnes2", null));
    Api.Response csv = api.upload("/api/v1/activities", "bad.csv", parityCsv(bad), token);
    Api.Response xlsx = api.upload("/api/v1/activities", "bad.xlsx", parityXlsx(bad), token);
    Api.Response jsonBad = api.postJson("/api/v1/activities", parityJson(bad), token);
    assertThat(List.of(csv.status(), xlsx.status(), jsonBad.status())).containsOnly(400);
    assertThat(problems(csv, 2))
        .containsExactly(
            "1 amount -5 数值不能为负：'-5' / value must not be negative: '-5'",
            "1 controls magic 未知治理设施 'magic' / unknown control 'magic'",
            "2 region 4101 行政区划代码 '4101' 不是有效的 GB/T 2260 代码（应为6位数字） / region '4101' is not a GB/T 2260 division code (it must have 6 digits)",
            "2 unit tonnes2 未知计量单位 'tonnes2' / unknown unit 'tonnes2'");
    assertThat(problems(xlsx, 2)).isEqualTo(problems(csv, 2));
    assertThat(problems(jsonBad, 1)).isEqualTo(problems(csv, 2));
    assertThat(csv.json().get("errors").get(0).get("location").asString()).isEqualTo("line 2");
    assertThat(xlsx.json().get("errors").get(0).get("location").asString()).isEqualTo("活动数据!G2");
    assertThat(jsonBad.json().get("errors").get(0).get("location").asString())
        .isEqualTo("record 1");
  }

  @Test
  void jsonRecordsFollowTheSameRules() {
    String token = api.login("authority", PASSWORD);
    Api.Response ok =
        api.postJson(
            "/api/v1/activities",
            List.of(
                Map.of(
                    "record_id",
                    "J1",
                    "entity_id",
                    "TEST-3",
                    "region",
                    "500103",
                    "year",
                    2023,
                    "source",
                    "IND_BOILER",
                    "activity",
                    "natural_gas",
                    "amount",
                    10,
                    "unit",
                    "万Nm3")),
            token);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    Api.Response bad =
        api.postJson(
            "/api/v1/activities",
            List.of(
                Map.of(
                    "record_id",
                    "J2",
                    "entity_id",
                    "TEST-3",
                    "region",
                    "5001",
                    "year",
                    2023,
                    "source",
                    "IND_BOILER",
                    "activity",
                    "natural_gas",
                    "amount",
                    -1,
                    "unit",
                    "万Nm3")),
            token);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors"))
        .anySatisfy(
            e -> {
              assertThat(e.get("row").asInt()).isEqualTo(1);
              assertThat(e.get("column").asString()).isEqualTo("region");
            });
  }

  /** A solvent record as a JSON object, with its VOC content. */
  private static Map<String, Object> solventJson(String id, Object vocContentPct) {
    return Map.ofEntries(
        Map.entry("record_id", id),
        Map.entry("entity_id", "TEST-VOC"),
        Map.entry("region", "500103"),
        Map.entry("year", 2023),
        Map.entry("source", "SOLVENT_USE"),
        Map.entry("activity", "solvent_coating"),
        Map.entry("amount", 100),
        Map.entry("unit", "t"),
        Map.entry("controls", "voc_capture_enclosure;rto"),
        Map.entry("voc_content_pct", vocContentPct));
  }

  @Test
  void jsonSolventRecordsCarryTheirVocContent() {
    String token = api.login("authority", PASSWORD);
    Api.Response ok = api.postJson("/api/v1/activities", List.of(solventJson("VOC-J1", 60)), token);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    // 100 t × 60 % × (1 − 0.9 × 0.94) = 9.24 t VOCs
    assertThat(ok.json().get("totalsT").get("VOCS").asDouble()).isCloseTo(9.24, within(1e-9));
    Api.Response bad =
        api.postJson("/api/v1/activities", List.of(solventJson("VOC-J2", 150)), token);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors"))
        .anySatisfy(e -> assertThat(e.get("column").asString()).isEqualTo("voc_content_pct"));
  }

  @Test
  void anEnterpriseSeesAndReportsOnlyItself() {
    String token = api.login("enterprise", PASSWORD);
    JsonNode mine = api.get("/api/v1/enterprises", token).json();
    assertThat(mine.get("total").asInt()).isEqualTo(1);
    long id = mine.get("items").get(0).get("id").asLong();
    assertThat(api.get("/api/v1/enterprises/" + id, token).status()).isEqualTo(200);
    JsonNode all = api.get("/api/v1/enterprises?size=200", api.login("authority", PASSWORD)).json();
    long other =
        all.get("items")
            .valueStream()
            .map(i -> i.get("id").asLong())
            .filter(x -> x != id)
            .findFirst()
            .orElseThrow();
    assertThat(api.get("/api/v1/enterprises/" + other, token).status()).isEqualTo(404);
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit\nE1,SOMEONE-ELSE,410105,2023,IND_BOILER,raw_coal,1,t\n";
    assertThat(
            api.upload("/api/v1/activities", "e.csv", csv.getBytes(StandardCharsets.UTF_8), token)
                .status())
        .isEqualTo(403);
  }

  @Test
  void anEnterpriseDetailShowsEmissionsWithProvenanceAndYearOverYear() {
    String token = api.login("authority", PASSWORD);
    JsonNode page = api.get("/api/v1/enterprises?q=GPPD&size=5", token).json();
    assertThat(page.get("total").asInt()).isPositive();
    JsonNode detail =
        api.get("/api/v1/enterprises/" + page.get("items").get(0).get("id").asLong(), token).json();
    // stored compact, shown with each parameter's level, tag and citation
    assertThat(detail.get("emissions").get(0).get("provenance").asString())
        .containsPattern("@\\d+ (NATIONAL|IPCC_DEFAULT|REGIONAL|PROVINCIAL) (V1|V2|U): \\S");
    assertThat(detail.get("totalsByYear").size()).isGreaterThanOrEqualTo(2);
    assertThat(detail.get("yearOverYear")).isNotEmpty();
    // the activity records as reported, one for every record the emission lines name
    JsonNode activities = detail.get("activities");
    assertThat(activities).isNotEmpty();
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (JsonNode a : activities) {
      assertThat(a.get("amount").asDouble()).as(a.toString()).isPositive();
      assertThat(a.get("unit").asString()).as(a.toString()).isNotBlank();
      reported.add(a.get("recordId").asString());
    }
    for (JsonNode e : detail.get("emissions")) {
      assertThat(reported).contains(e.get("recordId").asString());
    }
  }

  /**
   * Missing is not zero: SYN-LN-02 reports only its steelmaking (IRON_STEEL) for 2023. Its
   * sintering, coking and boiler, reported in 2022, are not a fall: the change is that of the
   * steelmaking alone, and it covers too little of 2022 to be stated.
   */
  @Test
  void aSourceReportedOneYearOnlyIsNotAChangeOfTheEnterprise() {
    String token = api.login("authority", PASSWORD);
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit,technology\n"
            + "SYN-LN-02-2023-01,SYN-LN-02,210502,2023,IRON_STEEL,crude_steel,1600000,t,bof\n"
            + "SYN-LN-02-2023-05,SYN-LN-02,210502,2023,IRON_STEEL,electricity_purchased,288000,MWh,\n";
    assertThat(
            api.upload(
                    "/api/v1/activities", "ln02.csv", csv.getBytes(StandardCharsets.UTF_8), token)
                .status())
        .isEqualTo(201);
    long id =
        api.get("/api/v1/enterprises?q=SYN-LN-02", token)
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    JsonNode detail = api.get("/api/v1/enterprises/" + id, token).json();
    JsonNode co2 =
        detail
            .get("yearOverYear")
            .valueStream()
            .filter(
                c -> c.get("substance").asString().equals("CO2") && c.get("toYear").asInt() == 2023)
            .findFirst()
            .orElseThrow();
    // the same steelmaking records as 2022's: the same tonnes on both sides, not 2022's whole plant
    // against 2023's part
    assertThat(co2.get("fromYear").asInt()).isEqualTo(2022);
    assertThat(co2.get("toT").asDouble())
        .isCloseTo(co2.get("fromT").asDouble(), within(1e-9 * co2.get("fromT").asDouble()));
    assertThat(co2.get("toT").asDouble())
        .isLessThan(detail.get("totalsByYear").get("2022").get("CO2").asDouble() * 0.95);
    assertThat(co2.get("status").asString()).isEqualTo("insufficient_data");
    assertThat(co2.get("relativeChange").isNull()).isTrue();
    JsonNode pair =
        detail
            .get("comparisons")
            .valueStream()
            .filter(c -> c.get("year").asInt() == 2023)
            .findFirst()
            .orElseThrow();
    assertThat(pair.get("baseYear").asInt()).isEqualTo(2022);
    assertThat(pair.get("status").asString()).isEqualTo("insufficient_data");
    assertThat(pair.get("statusZh").asString()).isEqualTo("数据不足");
    assertThat(pair.get("matchedUnits").asInt()).isEqualTo(1);
    assertThat(pair.get("baseOnly").get("units").asInt()).isEqualTo(3);
    assertThat(
            pair.get("baseOnly")
                .get("largest")
                .valueStream()
                .map(u -> u.get("source").asString())
                .toList())
        .containsExactlyInAnyOrder("SINTERING", "COKING", "IND_BOILER");
    assertThat(pair.get("explanation").get("zh").asString())
        .startsWith("数据不足：2022年与2023年均有报送的排放源1个")
        .contains("仅2022年报送的排放源3个");
    // 2021 → 2022: all five records of both years, the change stated
    JsonNode earlier =
        detail
            .get("yearOverYear")
            .valueStream()
            .filter(
                c -> c.get("substance").asString().equals("CO2") && c.get("toYear").asInt() == 2022)
            .findFirst()
            .orElseThrow();
    assertThat(earlier.get("status").asString()).isEqualTo("comparable");
    assertThat(earlier.get("relativeChange").asDouble())
        .isCloseTo(
            (earlier.get("toT").asDouble() - earlier.get("fromT").asDouble())
                / earlier.get("fromT").asDouble(),
            within(1e-12));
  }

  @Test
  void thePublicDashboardHasMapValuesTrendsAndYears() {
    JsonNode map = api.get("/api/v1/public/map?parent=000000&year=2019&substance=CO2", null).json();
    assertThat(map.get("regions")).hasSize(34);
    JsonNode henan =
        map.get("regions")
            .valueStream()
            .filter(r -> r.get("adcode").asString().equals("410000"))
            .findFirst()
            .orElseThrow();
    assertThat(henan.get("name").asString()).isEqualTo("河南省");
    assertThat(henan.get("layer").asString()).isEqualTo("top-down");
    assertThat(henan.get("valueT").asDouble()).isGreaterThan(3e8);
    JsonNode so2 = api.get("/api/v1/public/map?parent=410000&year=2019&substance=SO2", null).json();
    assertThat(so2.get("regions").valueStream().filter(r -> !r.get("valueT").isNull()))
        .allSatisfy(r -> assertThat(r.get("layer").asString()).isEqualTo("bottom-up"));
    JsonNode trend = api.get("/api/v1/public/trend?region=410000", null).json();
    assertThat(trend.get("series").get(0).get("points").size()).isGreaterThan(20);
    JsonNode byFuel = api.get("/api/v1/public/trend?region=410000&groupBy=fuel", null).json();
    assertThat(byFuel.get("series").valueStream().map(s -> s.get("name").asString()).toList())
        .contains("原煤");
    // the provinces' totals in one answer: Henan's series is the one its own total trend gives,
    // point for point
    JsonNode byProvince = api.get("/api/v1/public/trend?region=000000&groupBy=region", null).json();
    assertThat(byProvince.get("series").size())
        .isEqualTo(30); // CEADs: 30 provinces, without Tibet, Hong Kong, Macao, Taiwan
    JsonNode henanSeries =
        byProvince
            .get("series")
            .valueStream()
            .filter(s -> s.get("key").asString().equals("410000"))
            .findFirst()
            .orElseThrow();
    assertThat(henanSeries.get("name").asString()).isEqualTo("河南省");
    assertThat(henanSeries.get("points")).isEqualTo(trend.get("series").get(0).get("points"));
    JsonNode years = api.get("/api/v1/public/years?region=410000", null).json();
    assertThat(years.get("topDown").get(0).asInt()).isEqualTo(1997);
    assertThat(years.get("bottomUp").valueStream().map(JsonNode::asInt).toList())
        .contains(2019, 2022);
  }

  @Test
  void theExcelTemplateDownloadsAndAFilledTemplateUploads() throws Exception {
    java.net.http.HttpResponse<byte[]> t =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + port + "/api/v1/activities/template"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(t.statusCode()).isEqualTo(200);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(t.body()))) {
      org.apache.poi.ss.usermodel.Sheet s = wb.getSheet("活动数据");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("记录编号");
      org.apache.poi.ss.usermodel.Row row = s.createRow(1);
      Object[] values = {"X1", "TEST-9", "350404", 2023d, "IND_BOILER", "原煤", 500d, "t"};
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof Double d) {
          row.createCell(i).setCellValue(d);
        } else {
          row.createCell(i).setCellValue((String) values[i]);
        }
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      Api.Response r =
          api.upload(
              "/api/v1/activities",
              "filled.xlsx",
              out.toByteArray(),
              api.login("authority", PASSWORD));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
  }

  @Test
  void reaccountingMakesANewResultVersionAndKeepsTheInventory() {
    String token = api.login("authority", PASSWORD);
    double before =
        co2(api.get("/api/v1/inventory?region=410000&year=2022&substance=NOX", null).json());
    int versions = api.get("/api/v1/results/versions", token).json().size();
    assertThat(
            api.postJson("/api/v1/results/reaccount", Map.of(), api.login("enterprise", PASSWORD))
                .status())
        .isEqualTo(403);
    Api.Response r = api.postJson("/api/v1/results/reaccount", Map.of(), token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/results/versions", token).json().size()).isEqualTo(versions + 1);
    assertThat(co2(api.get("/api/v1/inventory?region=410000&year=2022&substance=NOX", null).json()))
        .isCloseTo(before, within(1e-6 * before));
  }

  // ---------------------------------------------------------------- the ledger of facts

  @org.springframework.beans.factory.annotation.Autowired org.cocontrol.store.UserStore users;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.security.crypto.password.PasswordEncoder passwords;

  @org.springframework.beans.factory.annotation.Autowired org.jooq.DSLContext db;

  /**
   * A token for an extra user created for one test (an authority of {@code scope}, or an enterprise
   * user).
   */
  String userToken(String name, String role, String scope, Long enterprise) {
    users.upsert(
        new org.cocontrol.store.UserStore.User(
            null,
            name,
            passwords.encode(PASSWORD),
            role,
            org.cocontrol.core.region.Adcode.parseAny(scope).orElseThrow(),
            enterprise,
            name));
    return api.login(name, PASSWORD);
  }

  private double inventory(String region, int year, String substance) {
    return co2(
        api.get(
                "/api/v1/inventory?region=" + region + "&year=" + year + "&substance=" + substance,
                null)
            .json());
  }

  private static byte[] csv(String... rows) {
    return ("record_id,entity_id,region,year,source,activity,amount,unit\n"
            + String.join("\n", rows)
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aReUploadRevisesARecordAndAnIdenticalFileChangesNothing() {
    String token = api.login("authority", PASSWORD);
    double before = inventory("410000", 2021, "CO2");
    Api.Response first =
        api.upload(
            "/api/v1/activities",
            "rev.csv",
            csv("REV1,TEST-REV,410105,2021,IND_BOILER,raw_coal,1000,t"),
            token);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    double once = first.json().get("totalsT").get("CO2").asDouble();
    assertThat(inventory("410000", 2021, "CO2") - before).isCloseTo(once, within(1e-6 * once));

    // the identical file again: 200, nothing stored, the inventory as it was
    Api.Response same =
        api.upload(
            "/api/v1/activities",
            "rev.csv",
            csv("REV1,TEST-REV,410105,2021,IND_BOILER,raw_coal,1000,t"),
            token);
    assertThat(same.status()).as(same.body()).isEqualTo(200);
    assertThat(same.json().get("uploadId").isNull()).isTrue();
    assertThat(same.json().get("unchanged").asInt()).isEqualTo(1);
    assertThat(same.json().get("message").asString())
        .contains("未作任何更改")
        .contains("nothing changed");
    assertThat(inventory("410000", 2021, "CO2") - before).isCloseTo(once, within(1e-6 * once));

    // corrected to 1500 t: the ledger holds 1500 t, never 2500 t
    Api.Response revised =
        api.upload(
            "/api/v1/activities",
            "rev2.csv",
            csv("REV1,TEST-REV,410105,2021,IND_BOILER,raw_coal,1500,t"),
            token);
    assertThat(revised.status()).as(revised.body()).isEqualTo(201);
    assertThat(revised.json().get("revised").asInt()).isEqualTo(1);
    assertThat(inventory("410000", 2021, "CO2") - before)
        .isCloseTo(1.5 * once, within(1e-6 * once));
    JsonNode history =
        api.get("/api/v1/activities/history?entity=TEST-REV&record=REV1", token).json();
    assertThat(
            history
                .valueStream()
                .map(h -> h.get("state").asString() + " " + h.get("amount").asDouble())
                .toList())
        .containsExactly("revised 1000.0", "current 1500.0");

    // withdrawn: the earlier value comes back; the upload history says who withdrew it and why
    long id = revised.json().get("uploadId").asLong();
    assertThat(
            api.postJson(
                    "/api/v1/uploads/" + id + "/withdraw",
                    Map.of("reason", "测试"),
                    api.login("public", PASSWORD))
                .status())
        .isEqualTo(403);
    Api.Response w =
        api.postJson("/api/v1/uploads/" + id + "/withdraw", Map.of("reason", "测试"), token);
    assertThat(w.status()).as(w.body()).isEqualTo(200);
    assertThat(w.json().get("restored").asInt()).isEqualTo(1);
    assertThat(inventory("410000", 2021, "CO2") - before).isCloseTo(once, within(1e-6 * once));
    assertThat(api.postJson("/api/v1/uploads/" + id + "/withdraw", Map.of(), token).status())
        .isEqualTo(409);
    JsonNode detail = api.get("/api/v1/uploads/" + id, token).json();
    assertThat(detail.get("upload").get("status").asString()).isEqualTo("withdrawn");
    assertThat(detail.get("upload").get("withdrawReason").asString()).isEqualTo("测试");
    assertThat(detail.get("upload").get("uploadedBy").asString()).isEqualTo("authority");
    assertThat(detail.get("regions").valueStream().map(JsonNode::asString).toList())
        .containsExactly("410105");
    JsonNode page = api.get("/api/v1/uploads?size=5", token).json();
    assertThat(page.get("items").valueStream().map(u -> u.get("id").asLong()).toList())
        .contains(id);
    // the change and its audit row are one transaction
    assertThat(
            db.fetchCount(
                org.jooq.impl.DSL.table("audit_log"),
                org.jooq.impl.DSL.field("target").eq("upload:" + id)))
        .isEqualTo(2);
  }

  @Test
  void anEnterpriseReportsOnlyForItselfAndOnlyIntoItsRegistredRegion() {
    String token = api.login("enterprise", PASSWORD);
    JsonNode me = api.get("/api/v1/enterprises", token).json().get("items").get(0);
    String code = me.get("code").asString();
    String region = me.get("region").asString();
    String elsewhere = region.startsWith("11") ? "310101" : "110101";
    Api.Response beijing =
        api.upload(
            "/api/v1/activities",
            "e.csv",
            csv("ENT1," + code + "," + elsewhere + ",2023,IND_BOILER,raw_coal,1,t"),
            token);
    assertThat(beijing.status()).as(beijing.body()).isEqualTo(403);
    assertThat(beijing.json().get("errors").get(0).get("column").asString()).isEqualTo("region");
    Api.Response home =
        api.upload(
            "/api/v1/activities",
            "e.csv",
            csv("ENT1," + code + "," + region + ",2023,IND_BOILER,raw_coal,1,t"),
            token);
    assertThat(home.status()).as(home.body()).isEqualTo(201);
    // its own upload it may see and withdraw, beside the demo uploads that hold its records; no one
    // else's
    long id = home.json().get("uploadId").asLong();
    JsonNode mine = api.get("/api/v1/uploads?size=200", token).json();
    assertThat(mine.get("items").valueStream().map(u -> u.get("id").asLong()).toList())
        .contains(id);
    assertThat(
            mine.get("items")
                .valueStream()
                .map(u -> u.get("uploadedBy").asString())
                .distinct()
                .toList())
        .containsOnly("enterprise", "system");
    assertThat(api.postJson("/api/v1/uploads/" + id + "/withdraw", Map.of(), token).status())
        .isEqualTo(200);
  }

  @Test
  void anAuthorityWritesOnlyWhereTheRegionAndTheEntityAreInItsJurisdiction() {
    String henan = userToken("test-henan", "AUTHORITY", "410000", null);
    JsonNode plants =
        api.get("/api/v1/enterprises?region=210000&size=1", api.login("authority", PASSWORD))
            .json();
    String liaoningPlant = plants.get("items").get(0).get("code").asString();
    // a Henan region but Liaoning's enterprise: refused, naming the entity
    Api.Response r =
        api.upload(
            "/api/v1/activities",
            "x.csv",
            csv("AUTH1," + liaoningPlant + ",410105,2023,IND_BOILER,raw_coal,1,t"),
            henan);
    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(r.json().get("errors").get(0).get("column").asString()).isEqualTo("entity_id");
    Api.Response other =
        api.upload(
            "/api/v1/activities",
            "x.csv",
            csv("AUTH2,AREA-X,210106,2023,IND_BOILER,raw_coal,1,t"),
            henan);
    assertThat(other.status()).isEqualTo(403);
    Api.Response own =
        api.upload(
            "/api/v1/activities",
            "x.csv",
            csv("AUTH3,AREA-X,410105,2023,IND_BOILER,raw_coal,1,t"),
            henan);
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    // Liaoning's uploads are not in Henan's history, and Henan may not withdraw them
    Api.Response liaoning =
        api.upload(
            "/api/v1/activities",
            "l.csv",
            csv("AUTH4,AREA-Y,210106,2023,IND_BOILER,raw_coal,1,t"),
            api.login("authority", PASSWORD));
    long lid = liaoning.json().get("uploadId").asLong();
    assertThat(
            api.get("/api/v1/uploads?size=200", henan)
                .json()
                .get("items")
                .valueStream()
                .map(u -> u.get("id").asLong())
                .toList())
        .doesNotContain(lid)
        .contains(own.json().get("uploadId").asLong());
    assertThat(api.postJson("/api/v1/uploads/" + lid + "/withdraw", Map.of(), henan).status())
        .isEqualTo(404);
  }

  @Test
  void absurdValuesAndEmptyOrUnknownInputNeverEnterTheLedger() {
    String token = api.login("authority", PASSWORD);
    long uploads = db.fetchCount(org.jooq.impl.DSL.table("upload"));
    // 1.1e9 t of coal in one record
    Api.Response huge =
        api.upload(
            "/api/v1/activities",
            "h.csv",
            csv("ABS1,TEST-ABS,410105,2023,IND_BOILER,raw_coal,1.1e9,t"),
            token);
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
    assertThat(huge.json().get("errors").get(0).get("column").asString()).isEqualTo("amount");
    // a plausible amount with an absurd measured NCV: the calculated CO2 is refused, with its row
    Api.Response ncv =
        api.upload(
            "/api/v1/activities",
            "n.csv",
            ("record_id,entity_id,region,year,source,activity,amount,unit,ncv,ncv_unit\n"
                    + "ABS2,TEST-ABS,410105,2023,IND_BOILER,raw_coal,10,t,20,GJ/t\nABS3,TEST-ABS,410105,2023,IND_BOILER,raw_coal,1e8,t,1e300,GJ/t\n")
                .getBytes(StandardCharsets.UTF_8),
            token);
    assertThat(ncv.status()).as(ncv.body()).isEqualTo(400);
    assertThat(ncv.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(ncv.json().get("errors").get(0).get("message").asString())
        .contains("plausible maximum");
    // JSON: an overflowing number and a null record are 400s, not 500s
    Api.Response inf =
        api.postJson(
            "/api/v1/activities",
            List.of(
                Map.of(
                    "record_id",
                    "ABS4",
                    "entity_id",
                    "TEST-ABS",
                    "region",
                    "410105",
                    "year",
                    2023,
                    "source",
                    "IND_BOILER",
                    "activity",
                    "raw_coal",
                    "amount",
                    1e308 * 10,
                    "unit",
                    "t")),
            token);
    assertThat(inf.status()).as(inf.body()).isEqualTo(400);
    Api.Response nulls =
        api.postJson("/api/v1/activities", java.util.Arrays.asList((Object) null), token);
    assertThat(nulls.status()).as(nulls.body()).isEqualTo(400);
    // a header without records; a region that is no GB/T 2260 code
    assertThat(api.upload("/api/v1/activities", "e.csv", csv(), token).status()).isEqualTo(400);
    Api.Response region =
        api.upload(
            "/api/v1/activities",
            "r.csv",
            csv("ABS5,TEST-ABS,990100,2023,IND_BOILER,raw_coal,1,t"),
            token);
    assertThat(region.status()).isEqualTo(400);
    assertThat(region.json().get("errors").get(0).get("column").asString()).isEqualTo("region");
    assertThat(db.fetchCount(org.jooq.impl.DSL.table("upload"))).isEqualTo(uploads);
    // an accepted upload says what it ignored, and what the user probably meant
    Api.Response warned =
        api.upload(
            "/api/v1/activities",
            "w.csv",
            ("record_id,entity_id,region,year,source,activity,amount,unit,sulphur_pct\n"
                    + "ABS6,TEST-ABS,410105,2023,IND_BOILER,raw_coal,1,t,0.8\n")
                .getBytes(StandardCharsets.UTF_8),
            token);
    assertThat(warned.status()).as(warned.body()).isEqualTo(201);
    assertThat(warned.json().get("warnings").get(0).get("message").asString())
        .contains("did you mean 'sulfur_pct'");
  }

  private static double co2(JsonNode inventory) {
    return inventory.get("totalT") == null || inventory.get("totalT").isNull()
        ? 0
        : inventory.get("totalT").asDouble();
  }
}
