package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.store.EnterpriseStore;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Everyone in their own place, over HTTP: the demo authority of each plan jurisdiction, the
 * boundaries between an enterprise and another, a province and another, a city and the rest of its
 * province, the public; the audit trail an authority reads and its hash chain; a plan change and
 * its audit entry stored together. Subclasses choose the database.
 */
abstract class SecurityContract {

  static final String PASSWORD = ApiContract.PASSWORD;

  @LocalServerPort int port;
  @Autowired DSLContext db;
  @Autowired EnterpriseStore enterprises;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  @Test
  void eachPlanJurisdictionHasADemoAuthority() {
    Map<String, String> users =
        Map.of(
            "authority",
            "000000",
            "authority-liaoning",
            "210000",
            "authority-henan",
            "410000",
            "authority-chongqing",
            "500000",
            "authority-sanming",
            "350400");
    users.forEach(
        (user, scope) -> {
          Api.Response r =
              api.postJson(
                  "/api/v1/auth/login", Map.of("username", user, "password", PASSWORD), null);
          assertThat(r.status()).as(user).isEqualTo(200);
          assertThat(r.json().get("role").asString()).isEqualTo("authority");
          assertThat(r.json().get("scope").asString()).as(user).isEqualTo(scope);
        });
  }

  @Test
  void anEnterpriseSeesOnlyItselfAndNoProgressStatisticsOrAudit() {
    String token = api.login("enterprise", PASSWORD);
    JsonNode mine = api.get("/api/v1/enterprises", token).json();
    assertThat(mine.get("total").asInt()).isEqualTo(1);
    long own = mine.get("items").get(0).get("id").asLong();
    long other = enterprise("SYN-SM-01").id();
    assertThat(api.get("/api/v1/enterprises/" + own, token).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/enterprises/" + other, token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/plans/henan-2023/status", token).status()).isEqualTo(403);
    assertThat(api.postJson(value("henan-2023"), Map.of("year", 2023, "value", 1), token).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/statistics?region=410000", token).status()).isEqualTo(403);
    assertThat(api.postJson("/api/v1/statistics", List.of(statistic("410102")), token).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/audit", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/audit/verify", token).status()).isEqualTo(403);
  }

  @Test
  void aProvincialAuthorityStaysInItsProvince() {
    String token = api.login("authority-liaoning", PASSWORD);
    JsonNode page = api.get("/api/v1/enterprises?size=200", token).json();
    assertThat(page.get("total").asInt()).isPositive();
    assertThat(page.get("items"))
        .allSatisfy(e -> assertThat(e.get("region").asString()).startsWith("21"));
    assertThat(api.get("/api/v1/enterprises?region=410000", token).status()).isEqualTo(403);
    long henan = enterprises.search(null, Adcode.of(410000), null, 0, 1).items().get(0).id();
    long liaoning = enterprises.search(null, Adcode.of(210000), null, 0, 1).items().get(0).id();
    assertThat(api.get("/api/v1/enterprises/" + henan, token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/enterprises/" + liaoning, token).status()).isEqualTo(200);

    Api.Response outside =
        api.postJson(
            "/api/v1/statistics", List.of(statistic("210100"), statistic("410100")), token);
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.json().get("errors"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("row").asInt()).isEqualTo(2);
              assertThat(e.get("column").asString()).isEqualTo("region");
            });
    assertThat(api.get("/api/v1/statistics?region=410000", token).status()).isEqualTo(403);
    assertThat(api.postJson("/api/v1/statistics", List.of(statistic("210100")), token).status())
        .isEqualTo(200);

    assertThat(api.postJson(value("henan-2023"), Map.of("year", 2023, "value", 1), token).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/plans/henan-2023/status", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/plans/henan-2023/rollup", token).status()).isEqualTo(403);
    assertThat(api.postJson("/api/v1/plans/henan-2023/assessment", Map.of(), token).status())
        .isEqualTo(403);
    assertThat(
            api.postJson(value("liaoning-2023"), Map.of("year", 2022, "value", 1), token).status())
        .isEqualTo(201);
  }

  @Test
  void aCityAuthorityStaysInItsCity() {
    // Fujian outside Sanming: a Fuzhou enterprise
    EnterpriseStore.Enterprise fuzhou =
        enterprises.search("SEC-FZ-01", Adcode.NATION, null, 0, 1).items().stream()
            .findFirst()
            .orElseGet(
                () ->
                    enterprises
                        .find(
                            enterprises.save(
                                new EnterpriseStore.Enterprise(
                                    null,
                                    "SEC-FZ-01",
                                    null,
                                    "示范电厂（福州，虚构）",
                                    "",
                                    "D4411",
                                    Adcode.of(350102),
                                    "",
                                    null,
                                    null,
                                    null,
                                    true,
                                    true,
                                    true,
                                    "synthetic")))
                        .orElseThrow());
    String token = api.login("authority-sanming", PASSWORD);
    JsonNode page = api.get("/api/v1/enterprises?size=200", token).json();
    assertThat(page.get("total").asInt()).isPositive();
    assertThat(page.get("items"))
        .allSatisfy(e -> assertThat(e.get("region").asString()).startsWith("3504"));
    assertThat(api.get("/api/v1/enterprises?region=350000", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/enterprises?region=350100", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/enterprises/" + fuzhou.id(), token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/enterprises/" + enterprise("SYN-SM-01").id(), token).status())
        .isEqualTo(200);

    assertThat(api.postJson("/api/v1/statistics", List.of(statistic("350000")), token).status())
        .isEqualTo(400);
    assertThat(api.postJson("/api/v1/statistics", List.of(statistic("350100")), token).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/statistics?region=350000", token).status()).isEqualTo(403);
    assertThat(api.postJson("/api/v1/statistics", List.of(statistic("350404")), token).status())
        .isEqualTo(200);

    assertThat(
            api.postJson(
                    value("sanming-2022"),
                    Map.of("year", 2022, "value", 1, "region", "350404"),
                    token)
                .status())
        .isEqualTo(201);
    assertThat(
            api.postJson(
                    value("sanming-2022"),
                    Map.of("year", 2022, "value", 1, "region", "350100"),
                    token)
                .status())
        .isEqualTo(400);
    assertThat(
            api.postJson(value("liaoning-2023"), Map.of("year", 2022, "value", 1), token).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/plans/liaoning-2023/progress", token).status()).isEqualTo(403);
  }

  @Test
  void thePublicSeesNoReportedData() {
    String token = api.login("public", PASSWORD);
    assertThat(api.get("/api/v1/enterprises", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/enterprises/" + enterprise("SYN-SM-01").id(), token).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/statistics?region=350400", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/plans/sanming-2022/progress", token).status()).isEqualTo(403);
    assertThat(
            api.postJson(value("sanming-2022"), Map.of("year", 2022, "value", 1), token).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/audit", token).status()).isEqualTo(403);
    assertThat(
            api.postJson(
                    "/api/v1/activities",
                    List.of(
                        Map.of(
                            "record_id",
                            "P1",
                            "entity_id",
                            "SYN-SM-01",
                            "region",
                            "350404",
                            "year",
                            2023,
                            "source",
                            "IND_BOILER",
                            "activity",
                            "raw_coal",
                            "amount",
                            1,
                            "unit",
                            "t")),
                    token)
                .status())
        .isEqualTo(403);
  }

  /** A verifier sees the reports assigned to it (ReportApiContract) and nothing else reported. */
  @Test
  void aVerifierSeesNoReportedDataOutsideItsReports() {
    String token = api.login("verifier", PASSWORD);
    assertThat(api.get("/api/v1/enterprises", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/enterprises/" + enterprise("SYN-SM-01").id(), token).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/statistics?region=350400", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/plans/sanming-2022/progress", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/audit", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/uploads", token).status()).isEqualTo(403);
    // a record's history answers as for the public: no such record
    assertThat(api.get("/api/v1/activities/history?entity=SYN-SM-01&record=x", token).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/reports/overview?year=2023", token).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/verifiers", token).status()).isEqualTo(403);
    // facilities and permits only of an enterprise it has an assigned report of
    // (ReportApiContract): none of this one
    long sm = enterprise("SYN-SM-01").id();
    assertThat(api.get("/api/v1/enterprises/" + sm + "/facilities", token).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/enterprises/" + sm + "/permit/view", token).status())
        .isEqualTo(404);
    // the public user: 403 as before
    String publicUser = api.login("public", PASSWORD);
    assertThat(api.get("/api/v1/enterprises/" + sm + "/facilities", publicUser).status())
        .isEqualTo(403);
  }

  @Test
  void anAuthorityReadsTheAuditOfItsJurisdiction() {
    String liaoning = api.login("authority-liaoning", PASSWORD);
    String henan = api.login("authority-henan", PASSWORD);
    assertThat(
            api.postJson(value("liaoning-2023"), Map.of("year", 2021, "value", 2), liaoning)
                .status())
        .isEqualTo(201);
    assertThat(api.postJson(value("henan-2023"), Map.of("year", 2021, "value", 3), henan).status())
        .isEqualTo(201);

    JsonNode all =
        api.get("/api/v1/audit?action=plan.value&size=500", api.login("authority", PASSWORD))
            .json();
    assertThat(targets(all))
        .contains(
            valueTarget("liaoning-2023", "210000", 2021),
            valueTarget("henan-2023", "410000", 2021));

    JsonNode own = api.get("/api/v1/audit?action=plan.value&size=500", liaoning).json();
    assertThat(targets(own))
        .contains(valueTarget("liaoning-2023", "210000", 2021))
        .doesNotContain(valueTarget("henan-2023", "410000", 2021));
    assertThat(own.get("items"))
        .allSatisfy(
            e ->
                assertThat(List.of(text(e, "region"), text(e, "actorRegion")))
                    .anySatisfy(r -> assertThat(r).startsWith("21")));
    JsonNode entry = own.get("items").get(0);
    assertThat(entry.get("username").asString()).isEqualTo("authority-liaoning");
    assertThat(entry.get("seq").asLong()).isPositive();

    assertThat(api.get("/api/v1/audit?user=authority-henan", liaoning).json().get("total").asInt())
        .isZero();
    assertThat(
            api.get(
                    "/api/v1/audit?user=authority-liaoning&action=plan.value&from="
                        + LocalDate.now(),
                    liaoning)
                .json()
                .get("total")
                .asInt())
        .isPositive();
    assertThat(
            api.get("/api/v1/audit?from=" + LocalDate.now().plusDays(1), liaoning)
                .json()
                .get("total")
                .asInt())
        .isZero();
    assertThat(
            api.get("/api/v1/audit?to=" + LocalDate.now().minusDays(1), liaoning)
                .json()
                .get("total")
                .asInt())
        .isZero();
    assertThat(
            api.get("/api/v1/audit?action=plan.value&size=1&page=1", liaoning).json().get("items"))
        .hasSize(1);

    Api.Response badTime = api.get("/api/v1/audit?from=yesterday", liaoning);
    assertThat(badTime.status()).isEqualTo(400);
    assertThat(badTime.json().get("errors").get(0).get("column").asString()).isEqualTo("from");
    Api.Response badPage = api.get("/api/v1/audit?page=-1&size=100000", liaoning);
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(badPage.json().get("errors"))
        .extracting(e -> e.get("column").asString())
        .containsExactlyInAnyOrder("page", "size");
  }

  @Test
  void theAuditChainShowsAnAlteredEntry() {
    String token = api.login("authority", PASSWORD);
    assertThat(
            api.postJson(
                    value("chongqing-2023"),
                    Map.of("year", 2021, "value", 4),
                    api.login("authority-chongqing", PASSWORD))
                .status())
        .isEqualTo(201);
    JsonNode intact = api.get("/api/v1/audit/verify", token).json();
    assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
    assertThat(intact.get("entries").asLong()).isPositive();

    long seq =
        api.get("/api/v1/audit?user=authority-chongqing&action=plan.value&size=1", token)
            .json()
            .get("items")
            .get(0)
            .get("seq")
            .asLong();
    String detail = db.fetchValue("select detail from audit_log where seq = " + seq).toString();
    db.execute("update audit_log set detail = ? where seq = ?", detail + " (edited)", seq);
    try {
      JsonNode broken = api.get("/api/v1/audit/verify", token).json();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("brokenSeq").asLong()).isEqualTo(seq);
      assertThat(broken.get("problem").asString()).contains("altered");
    } finally {
      db.execute("update audit_log set detail = ? where seq = ?", detail, seq);
    }
    assertThat(api.get("/api/v1/audit/verify", token).json().get("intact").asBoolean()).isTrue();
    assertThat(api.get("/api/v1/audit/verify", api.login("authority-sanming", PASSWORD)).status())
        .isEqualTo(200);
  }

  /**
   * The audit entry cannot be written (a constraint refuses it): the change it records is not
   * stored either.
   */
  @Test
  void aPlanChangeAndItsAuditEntryAreStoredTogether() {
    String token = api.login("authority", PASSWORD);
    String indicator = firstIndicator("liaoning-2023");
    String target = valueTarget("liaoning-2023", "210100", 2031);
    db.execute(
        "alter table audit_log add constraint refuse_one_entry check (target <> '" + target + "')");
    try {
      Api.Response failed =
          api.postJson(
              value("liaoning-2023"), Map.of("year", 2031, "value", 7, "region", "210100"), token);
      assertThat(failed.status()).isGreaterThanOrEqualTo(500);
      assertThat(values("liaoning-2023", indicator, "210100", token)).doesNotContain(2031);
    } finally {
      db.execute("alter table audit_log drop constraint refuse_one_entry");
    }
    assertThat(
            api.postJson(
                    value("liaoning-2023"),
                    Map.of("year", 2031, "value", 7, "region", "210100"),
                    token)
                .status())
        .isEqualTo(201);
    assertThat(values("liaoning-2023", indicator, "210100", token)).contains(2031);
    assertThat(targets(api.get("/api/v1/audit?action=plan.value&size=500", token).json()))
        .contains(target);
    assertThat(api.get("/api/v1/audit/verify", token).json().get("intact").asBoolean()).isTrue();
  }

  private List<Integer> values(String plan, String indicator, String region, String token) {
    JsonNode status =
        api.get(
                "/api/v1/plans/" + plan + "/indicators/" + indicator + "/status?region=" + region,
                token)
            .json();
    return status.get("values").valueStream().map(v -> v.get("year").asInt()).toList();
  }

  private EnterpriseStore.Enterprise enterprise(String code) {
    return enterprises.search(code, Adcode.NATION, null, 0, 1).items().get(0);
  }

  private String value(String plan) {
    return "/api/v1/plans/" + plan + "/indicators/" + firstIndicator(plan) + "/values";
  }

  private String valueTarget(String plan, String region, int year) {
    return plan + "/" + firstIndicator(plan) + "/" + region + "/" + year;
  }

  private String firstIndicator(String plan) {
    return api.get("/api/v1/plans/" + plan + "/indicators", null)
        .json()
        .get(0)
        .get("id")
        .asString();
  }

  private static Map<String, Object> statistic(String region) {
    return Map.of("region", region, "year", 2022, "name", "gdp", "value", 100.0, "unit", "亿元");
  }

  private static String text(JsonNode node, String field) {
    return node.get(field) == null || node.get(field).isNull() ? "" : node.get(field).asString();
  }

  private static List<String> targets(JsonNode page) {
    return page.get("items").valueStream().map(e -> e.get("target").asString()).toList();
  }
}
