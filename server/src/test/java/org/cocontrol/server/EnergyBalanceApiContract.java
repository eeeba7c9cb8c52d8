package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The energy balance route over HTTP, without the demo data: the shipped example table (the table
 * of core's BalanceAccountsTests, whose hand computation gives reference 5,300,772.669911 t and
 * sectoral 5,157,572.498166 t) beside a ledger of one power plant. The same on H2 ({@link
 * H2EnergyBalanceApiTests}) and PostgreSQL ({@link PostgresEnergyBalanceApiTests}).
 */
abstract class EnergyBalanceApiContract {

  static final String PATH = "/api/v1/energy-balances";
  static final double REFERENCE_T = 5_300_772.6699106665;
  static final double SECTORAL_T = 5_157_572.498166;

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  static byte[] example() throws IOException {
    return Files.readAllBytes(Path.of("../examples/energy-balance.xlsx"));
  }

  Api.Response upload(String query, String fileName, byte[] content, String token) {
    return api.upload(PATH + "?" + query, fileName, content, token);
  }

  static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
  }

  @Test
  void anAuthorityUploadsAndReadsBothApproachesBesideTheLedger() throws IOException {
    String henan = api.login("authority-henan", ApiContract.PASSWORD);
    // the ledger: one power plant in 开封 burning 10,000 t of raw coal in 2020
    // 10,000 × 20.908 × 0.02637 × 0.94 × 44/12 = 19,002.988488 t CO2
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit\n"
            + "EB1,EB-PLANT-1,410202,2020,POWER,原煤,10000,t\n";
    Api.Response a =
        api.upload("/api/v1/activities", "eb.csv", csv.getBytes(StandardCharsets.UTF_8), henan);
    assertThat(a.status()).as(a.body()).isEqualTo(201);

    Api.Response r = upload("region=410200&year=2020", "开封能源平衡表.xlsx", example(), henan);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    close(r.json().get("referenceT").asDouble(), REFERENCE_T);
    close(r.json().get("sectoralT").asDouble(), SECTORAL_T);

    Api.Response g = api.get(PATH + "/410200/2020", henan);
    assertThat(g.status()).as(g.body()).isEqualTo(200);
    JsonNode v = g.json();
    assertThat(v.get("regionName").asString()).isEqualTo("开封市");
    assertThat(v.get("fileName").asString()).isEqualTo("开封能源平衡表.xlsx");
    close(v.get("referenceT").asDouble(), REFERENCE_T);
    close(v.get("sectoralT").asDouble(), SECTORAL_T);
    close(v.get("differenceT").asDouble(), REFERENCE_T - SECTORAL_T);
    // explanation lines: statistical difference 165,136.936367 t (core's hand computation)
    JsonNode stat = find(v.get("explanations"), "cause", "STATISTICAL_DIFFERENCE");
    close(stat.get("co2T").asDouble(), 165_136.93636733334);
    assertThat(stat.get("name").asString()).isEqualTo("平衡差额");
    // beside the ledger: 火力发电 60 e(原煤) + 3 e(天然气) = 1,788,835.95198 t against the plant's
    JsonNode power = null;
    for (JsonNode l : v.get("comparison").get("lines")) {
      if (l.get("rows").get(0).asString().equals("THERMAL_POWER")) {
        power = l;
      }
    }
    assertThat(power).isNotNull();
    close(power.get("sectoralT").asDouble(), 1_788_835.95198);
    close(power.get("ledgerT").asDouble(), 19_002.988488);
    assertThat(power.get("names").get(0).asString()).isEqualTo("火力发电");
    assertThat(power.get("topDownT").isNull()).isTrue();
    assertThat(v.get("comparison").get("layer").asString()).isEqualTo("bottom-up");

    Api.Response list = api.get(PATH, henan);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("410200");
    Api.Response audit = api.get("/api/v1/audit?action=energy_balance.upload", henan);
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.body()).contains("energy_balance.upload");

    // another province's authority neither reads nor writes it; the public and enterprises never
    String liaoning = api.login("authority-liaoning", ApiContract.PASSWORD);
    assertThat(api.get(PATH + "/410200/2020", liaoning).status()).isEqualTo(403);
    assertThat(upload("region=410200&year=2020", "x.xlsx", example(), liaoning).status())
        .isEqualTo(403);
    assertThat(api.get(PATH, liaoning).body()).doesNotContain("410200");
    assertThat(
            api.get(PATH + "/410200/2020", api.login("enterprise", ApiContract.PASSWORD)).status())
        .isEqualTo(403);
    assertThat(api.get(PATH + "/410200/2020", null).status()).isEqualTo(401);
    assertThat(upload("region=410200&year=2020", "x.xlsx", example(), null).status())
        .isEqualTo(401);
  }

  @Test
  void aMalformedTableIsA400NamingTheCellAndStoresNothing() {
    String token = api.login("authority", ApiContract.PASSWORD);
    byte[] bad = "项目,原煤,天然气\n一次能源生产量,1,2\n工业,一百,1\n工业增加值,3,4\n".getBytes(StandardCharsets.UTF_8);
    Api.Response r = upload("region=410300&year=2021", "bad.csv", bad, token);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    JsonNode errors = r.json().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("location").asString()).isEqualTo("line 3");
    assertThat(errors.get(0).get("column").asString()).isEqualTo("原煤");
    assertThat(errors.get(1).get("value").asString()).isEqualTo("工业增加值");
    assertThat(api.get(PATH + "/410300/2021", token).status()).isEqualTo(404);
    // not a workbook; no file; a bad region or year
    assertThat(upload("region=410300&year=2021", "x.xlsx", new byte[] {1, 2}, token).status())
        .isEqualTo(400);
    assertThat(upload("region=4103&year=2021", "bad.csv", bad, token).status()).isEqualTo(400);
    assertThat(upload("region=410300&year=20210", "bad.csv", bad, token).status()).isEqualTo(400);
    assertThat(upload("region=410300&year=abc", "bad.csv", bad, token).status()).isEqualTo(400);
    assertThat(api.get(PATH + "/410300/abc", token).status()).isEqualTo(400);
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asString().equals(value)) {
        return n;
      }
    }
    throw new AssertionError(field + "=" + value + " not in " + array);
  }
}
