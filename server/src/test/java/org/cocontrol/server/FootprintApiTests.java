package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Footprints and CBAM over HTTP on H2 with the demo data: a cement plant's year uploaded for a
 * registered enterprise, checked against its own ledger lines, and who may see it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:footprint;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "cocontrol.data-dir=target/test-data/footprint",
      "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD
    })
class FootprintApiTests {

  private static final double REL = 1e-7; // percent: 1e-9 relative
  private static final String CEMENT = "SYN-LN-03"; // demo cement plant, 211081 (Liaoning)

  @LocalServerPort int port;
  Api api;
  String national;

  @BeforeEach
  void client() {
    api = new Api(port);
    national = api.login("authority", ApiContract.PASSWORD);
  }

  private long id(String code, String token) {
    JsonNode page = api.get("/api/v1/enterprises?q=" + code, token).json();
    return page.get("items").get(0).get("id").asLong();
  }

  private static Map<String, Object> rec(
      String id, String source, String activity, double amount, String unit, String technology) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("record_id", id);
    m.put("entity_id", CEMENT);
    m.put("region", "211081");
    m.put("year", 2023);
    m.put("source", source);
    m.put("activity", activity);
    m.put("amount", amount);
    m.put("unit", unit);
    m.put("technology", technology);
    return m;
  }

  /** Uploads the 2023 cement year once (an identical upload changes nothing). */
  private long cementYear() {
    List<Map<String, Object>> year = new ArrayList<>();
    year.add(rec("FP-2023-01", "CEMENT_KILN", "raw_coal", 120000, "t", "dry_kiln"));
    year.add(rec("FP-2023-02", "CEMENT", "clinker", 1000000, "t", null));
    year.add(rec("FP-2023-03", "CEMENT_KILN", "electricity_purchased", 60000, "MWh", "dry_kiln"));
    year.add(rec("FP-2023-04", "NONMETAL", "electricity_purchased", 40000, "MWh", "cement_mill"));
    year.add(rec("FP-2023-05", "NONMETAL", "clinker_purchased", 200000, "t", null));
    year.add(rec("FP-2023-06", "NONMETAL", "cement", 1500000, "t", "cement_mill"));
    Api.Response up = api.postJson("/api/v1/activities", year, national);
    assertThat(up.status()).as(up.body()).isIn(200, 201);
    return id(CEMENT, national);
  }

  @Test
  void theCementYearCarriesEveryEmissionOfThePlantAndItsUpstream() {
    long id = cementYear();
    // The plant's own 2023 ledger lines, as the enterprise page lists them.
    JsonNode detail = api.get("/api/v1/enterprises/" + id, national).json();
    double direct = 0;
    double directCo2 = 0;
    double electricity = 0;
    for (JsonNode e : detail.get("emissions")) {
      if (e.get("year").asInt() != 2023) {
        continue;
      }
      String s = e.get("substance").asString();
      double t = e.get("amountT").asDouble();
      double gwp = s.equals("CO2") ? 1 : s.equals("CH4") ? 28 : s.equals("N2O") ? 265 : 0;
      if (e.get("scope").asString().equals("direct")) {
        direct += t * gwp;
        directCo2 += s.equals("CO2") ? t : 0;
      } else if (e.get("scope").asString().equals("indirect")) {
        electricity += t * gwp;
      }
    }
    assertThat(directCo2).isGreaterThan(520000); // calcination 1,000,000 t × 0.52 and the coal
    Api.Response fp = api.get("/api/v1/enterprises/" + id + "/footprints?year=2023", national);
    assertThat(fp.status()).as(fp.body()).isEqualTo(200);
    JsonNode cement = fp.json().get("footprints").get(1);
    assertThat(cement.get("product").asString()).isEqualTo("cement");
    // All the clinker made goes into the cement: its footprint is every AR5 CO2e line of the
    // plant's year plus the upstream of the coal (120,000 t × 0.14) and of the clinker bought in
    // (200,000 t × 0.92).
    double total = direct + electricity + 120000 * 0.14 + 200000 * 0.92;
    assertThat(cement.get("totalT").asDouble()).isCloseTo(total, withinPercentage(REL));
    assertThat(cement.get("perUnit").asDouble()).isCloseTo(total / 1500000, withinPercentage(REL));

    // CBAM: CO2 only, plus the SEE of the clinker bought in (0.85 direct, 0.05 indirect per t).
    JsonNode cbam = api.get("/api/v1/enterprises/" + id + "/cbam?year=2023", national).json();
    JsonNode good = cbam.get("goods").get(1);
    assertThat(good.get("cnCode").asString()).isEqualTo("2523 29 00");
    assertThat(good.get("embeddedDirectT").asDouble())
        .isCloseTo(directCo2 + 200000 * 0.85, withinPercentage(REL));
    assertThat(good.get("embeddedIndirectT").asDouble())
        .isCloseTo(electricity + 200000 * 0.05, withinPercentage(REL));
    assertThat(good.get("seeTotal").asDouble())
        .isCloseTo(
            good.get("seeDirect").asDouble() + good.get("seeIndirect").asDouble(),
            withinPercentage(REL));
  }

  @Test
  void theCbamWorkbookComesByFormatOrByAccept() throws Exception {
    long id = cementYear();
    JsonNode cbam = api.get("/api/v1/enterprises/" + id + "/cbam?year=2023", national).json();
    HttpResponse<byte[]> byFormat =
        api.getBytes("/api/v1/enterprises/" + id + "/cbam?year=2023&format=xlsx", national);
    assertThat(byFormat.statusCode()).isEqualTo(200);
    HttpResponse<byte[]> byAccept =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/api/v1/enterprises/"
                                + id
                                + "/cbam?year=2023"))
                    .header("Authorization", "Bearer " + national)
                    .header(
                        "Accept",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(byAccept.statusCode()).isEqualTo(200);
    for (HttpResponse<byte[]> r : List.of(byFormat, byAccept)) {
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
        Sheet products = wb.getSheet("Summary_Products");
        assertThat(products.getRow(1).getCell(13).getStringCellValue())
            .isEqualTo("SEE indirect (tCO2e/unit)");
        Row cement = products.getRow(3);
        assertThat(cement.getCell(3).getStringCellValue()).isEqualTo("cement");
        assertThat(cement.getCell(12).getNumericCellValue())
            .isEqualTo(cbam.get("goods").get(1).get("seeDirect").asDouble());
        assertThat(wb.getSheet("A_InstData").getRow(2).getCell(2).getStringCellValue())
            .startsWith("211081");
      }
    }
    assertThat(
            api.get("/api/v1/enterprises/" + id + "/cbam?year=2023&format=pdf", national).status())
        .isEqualTo(400);
    assertThat(
            api.get("/api/v1/enterprises/" + id + "/footprints?year=2023&gwpSet=AR9", national)
                .status())
        .isEqualTo(400);
  }

  @Test
  void onlyTheEnterpriseItselfAndAuthoritiesOverItSeeItsFootprint() {
    long cement = cementYear();
    String enterprise = api.login("enterprise", ApiContract.PASSWORD);
    long own =
        api.get("/api/v1/enterprises", enterprise).json().get("items").get(0).get("id").asLong();
    assertThat(api.get("/api/v1/enterprises/" + own + "/footprints", enterprise).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/enterprises/" + cement + "/footprints", enterprise).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/enterprises/" + cement + "/cbam?format=xlsx", enterprise).status())
        .isEqualTo(403);
    String henan = api.login("authority-henan", ApiContract.PASSWORD);
    assertThat(api.get("/api/v1/enterprises/" + cement + "/footprints", henan).status())
        .isEqualTo(403);
    String liaoning = api.login("authority-liaoning", ApiContract.PASSWORD);
    assertThat(api.get("/api/v1/enterprises/" + cement + "/footprints", liaoning).status())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/enterprises/" + cement + "/footprints", null).status())
        .isIn(401, 403);
    assertThat(api.get("/api/v1/enterprises/99999999/footprints", national).status())
        .isEqualTo(404);
  }
}
