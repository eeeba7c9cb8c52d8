package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * More than a thousand generated bad inputs, from a fixed seed, across every endpoint that writes:
 * login, activity uploads (JSON and files), statistics, plan values, targets, trajectories, task
 * reports, imports, evidence, compute, deletion, assessments, the synergy calculators and
 * re-accounting. Each must get a 4xx — never a 5xx, never a 2xx — and leave every table's row count
 * as it was (a rejected batch with valid rows in it stores none of them); the server must still be
 * healthy at the end. A bad input is one field of a valid body made bad, a broken body, a broken or
 * misnamed file, or a few bad fields at random.
 */
@H2ApiServer
class H2FuzzTests {

  private static final long SEED = 20261203L;
  private static final String LN = "/api/v1/plans/liaoning-2023";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Stands for a lone UTF-16 surrogate, which a JSON writer will not produce but a hostile client
   * may send.
   */
  private static final String SURROGATE = "@@lone-surrogate@@";

  private static final Object REMOVE = new Object();

  /** One request and what it is, for the failure list. */
  record Case(
      String what,
      String method,
      String path,
      String contentType,
      byte[] body,
      String token,
      boolean login) {}

  @LocalServerPort int port;
  @Autowired DSLContext db;

  private final Random random = new Random(SEED);
  private final List<Case> cases = new ArrayList<>();
  private String authority;
  private String enterprise;
  private String publicUser;
  private int serial;
  private long report;

  @Test
  void aThousandBadInputsGetA4xxAndStoreNothing() throws IOException {
    Api api = new Api(port);
    authority = api.login("authority", ApiContract.PASSWORD);
    enterprise = api.login("enterprise", ApiContract.PASSWORD);
    publicUser = api.login("public", ApiContract.PASSWORD);
    long progress =
        api.postJson(
                LN + "/tasks/3.4/progress",
                Map.of("period", "2017Q4", "status", "on_track"),
                authority)
            .json()
            .get("id")
            .asLong();

    report =
        api.postJson(
                "/api/v1/reports",
                Map.of("entityId", "GPPD-1061038", "year", 2019, "kind", "permit"),
                authority)
            .json()
            .get("id")
            .asLong();

    generate(progress);
    permits(api);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(1000);
    assertThat(counts(false))
        .containsKeys(
            "plan_value",
            "plan_task_progress",
            "plan_evidence",
            "activity",
            "denominator",
            "audit_log");

    // login attempts come from an address of their own, so their throttling never locks the other
    // tests out
    Api elsewhere = new Api(port, "127.0.0.9");
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      Map<String, Long> before = counts(c.login());
      Api.Response r =
          (c.login() ? elsewhere : api)
              .raw(c.method(), c.path(), c.contentType(), c.body(), c.token());
      if (r.status() < 400 || r.status() >= 500) {
        failures.add(c.what() + " -> " + r.status() + " " + abbreviate(r.body()));
        continue;
      }
      Map<String, Long> after = counts(c.login());
      if (!after.equals(before)) {
        failures.add(
            c.what()
                + " -> "
                + r.status()
                + " but the row counts changed: "
                + before
                + " -> "
                + after);
      }
    }
    assertThat(failures).as(failures.size() + " of " + cases.size() + " cases").isEmpty();
    Api.Response health = api.get("/actuator/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asString()).isEqualTo("UP");
  }

  /**
   * The endpoints that only read: every parameter made bad in turn must still get an answer below
   * 500.
   */
  @Test
  void badParametersToTheReadingEndpointsNeverGiveA5xx() {
    Api api = new Api(port);
    String token = api.login("authority", ApiContract.PASSWORD);
    Map<String, List<String>> endpoints = new LinkedHashMap<>();
    endpoints.put(
        "/api/v1/inventory",
        List.of("region=410000", "year=2019", "substance=CO2", "groupBy=source"));
    endpoints.put(
        "/api/v1/inventory/sectors",
        List.of("region=410000", "year=2019", "layout=provincial", "gwpSet=AR5"));
    endpoints.put("/api/v1/public/map", List.of("parent=410000", "year=2019", "substance=SO2"));
    endpoints.put("/api/v1/public/trend", List.of("region=410000", "groupBy=fuel"));
    endpoints.put("/api/v1/public/years", List.of("region=410000"));
    endpoints.put("/api/v1/activities/template", List.of("lang=en"));
    endpoints.put(
        "/api/v1/enterprises",
        List.of("q=GPPD", "region=410000", "industry=D44", "page=0", "size=20"));
    endpoints.put("/api/v1/enterprises/1/footprints", List.of("year=2022", "gwpSet=AR6"));
    endpoints.put("/api/v1/enterprises/1/cbam", List.of("year=2022", "format=xlsx"));
    endpoints.put("/api/v1/enterprises/1/permit", List.of("year=2023"));
    endpoints.put("/api/v1/statistics", List.of("region=410000", "name=gdp"));
    endpoints.put(
        "/api/v1/plans/liaoning-2023/tasks",
        List.of("theme=structure", "department=ecology-environment"));
    endpoints.put("/api/v1/plans/liaoning-2023/status", List.of("year=2023", "region=210100"));
    endpoints.put(
        "/api/v1/plans/liaoning-2023/indicators/LN-02/status",
        List.of("year=2023", "region=210100"));
    endpoints.put("/api/v1/plans/liaoning-2023/progress", List.of("region=210100"));
    endpoints.put(
        "/api/v1/plans/liaoning-2023/progress/sheet.xlsx",
        List.of("period=2024Q1", "region=210100", "department=ecology-environment"));
    endpoints.put("/api/v1/plans/liaoning-2023/rollup", List.of("year=2023"));
    endpoints.put(
        "/api/v1/synergy/coupling", List.of("u1=0.5", "u2=0.4", "alpha=0.5", "model=standard"));
    endpoints.put(
        "/api/v1/synergy/carbon-efficiency",
        List.of("co2T=10", "valueAdded=5", "industryAverage=2"));
    endpoints.put("/api/v1/synergy/region", List.of("region=410000", "baseYear=2019", "year=2022"));
    endpoints.put(
        "/api/v1/synergy/region-map", List.of("parent=410000", "baseYear=2019", "year=2022"));
    endpoints.put("/api/v1/reports", List.of("year=2023", "status=draft", "region=410000"));
    endpoints.put("/api/v1/reports/overview", List.of("year=2023", "region=410000"));
    endpoints.put(
        "/api/v1/audit",
        List.of(
            "from=2026-01-01",
            "to=2026-12-31",
            "user=authority",
            "action=plan.value",
            "page=0",
            "size=10"));
    List<String> bad =
        List.of(
            "",
            "abc",
            "-1",
            "0",
            "99999999999",
            "1e400",
            "NaN",
            "Infinity",
            "000000",
            "999999",
            "2019.5",
            "%00",
            "%FF%FE",
            "x".repeat(201),
            "%E4%B8%AD",
            "2024Q9",
            "..%2F..%2Fetc");
    List<String> paths = new ArrayList<>();
    endpoints.forEach(
        (path, params) -> {
          for (int i = 0; i < params.size(); i++) {
            for (String b : bad) {
              List<String> query = new ArrayList<>(params);
              query.set(i, params.get(i).substring(0, params.get(i).indexOf('=') + 1) + b);
              paths.add(path + "?" + String.join("&", query));
            }
          }
        });
    for (String segment :
        List.of(
            "abc",
            "0",
            "-1",
            "99999999999999",
            "%00",
            "x".repeat(201),
            "..",
            "%2e%2e",
            "000000",
            "999999")) {
      for (String template :
          List.of(
              "/api/v1/regions/%s",
              "/api/v1/enterprises/%s",
              "/api/v1/enterprises/%s/footprints",
              "/api/v1/enterprises/%s/cbam",
              "/api/v1/enterprises/%s/facilities",
              "/api/v1/enterprises/%s/permit",
              "/api/v1/enterprises/%s/permit/view",
              "/api/v1/plans/%s",
              "/api/v1/plans/%s/source",
              "/api/v1/plans/%s/indicators",
              "/api/v1/plans/liaoning-2023/indicators/%s/status",
              "/api/v1/plans/evidence/%s",
              "/api/v1/synergy/systems/%s",
              "/api/v1/reports/%s",
              "/api/v1/reports/%s/versions",
              "/api/v1/reports/1/versions/%s")) {
        paths.add(String.format(template, segment));
      }
    }
    assertThat(paths).hasSizeGreaterThan(500);
    List<String> failures = new ArrayList<>();
    for (String path : paths) {
      for (String t : new String[] {token, null}) {
        Api.Response r = api.raw("GET", path, null, null, t);
        if (r.status() >= 500) {
          failures.add(
              abbreviate(path)
                  + (t == null ? " (no token)" : "")
                  + " -> "
                  + r.status()
                  + " "
                  + abbreviate(r.body()));
        }
      }
    }
    assertThat(failures).as(failures.size() + " of " + paths.size() * 2).isEmpty();
  }

  // ------------------------------------------------------------------ the cases

  private void generate(long progress) throws IOException {
    String value = LN + "/indicators/LN-02/values";
    Map<String, Object> valueIn = map("year", 2023, "value", 1.5, "region", "210100", "note", "ok");
    // not a division, or (for the Liaoning plan) outside it
    List<Object> badCode =
        List.of(
            "abc",
            "999999",
            "21010",
            "2101000",
            "r".repeat(300),
            "21\u00000100",
            5,
            List.of(),
            Map.of(),
            SURROGATE);
    List<Object> badRegion = new ArrayList<>(badCode);
    badRegion.add("110000");
    List<Object> badText =
        List.of(
            "n".repeat(1001), "a\u0000b", "bell\u0007", SURROGATE, List.of("x"), Map.of("a", 1));
    object(
        "value",
        "POST",
        value,
        valueIn,
        Map.of(
            "year",
            List.of(REMOVE, "abc", 1899, 2101, 1e30, -1, List.of(), Map.of()),
            "value",
            List.of(REMOVE, "abc", List.of(), Map.of(), "1e400"),
            "region",
            badRegion,
            "note",
            badText),
        true);
    for (String path :
        List.of(
            "/api/v1/plans/nowhere-2023/indicators/LN-02/values",
            LN + "/indicators/LN-99/values",
            LN + "/indicators/" + "i".repeat(250) + "/values",
            LN + "/indicators/LN-02%00/values")) {
      json("value at " + path, "POST", path, valueIn, authority);
    }
    for (String token :
        new String[] {enterprise, publicUser, null, "not-a-token", "e" + authority}) {
      json(
          "value as " + (token == null ? "nobody" : token.substring(0, 6)),
          "POST",
          value,
          valueIn,
          token);
    }

    Map<String, Object> targetIn =
        map("region", "210100", "targetValue", 5, "baseValue", 10, "note", "x");
    object(
        "target",
        "PUT",
        LN + "/indicators/LN-02/target",
        targetIn,
        Map.of(
            "targetValue",
            List.of("abc", 1000, -1000, List.of()),
            "baseValue",
            List.of("abc", Map.of()),
            "region",
            badRegion,
            "note",
            badText),
        true);
    json(
        "target without values",
        "PUT",
        LN + "/indicators/LN-02/target",
        map("region", "210100"),
        authority);

    Map<String, Object> trajectoryIn =
        map("region", "210100", "points", List.of(map("year", 2023, "value", 1)));
    object(
        "trajectory",
        "PUT",
        LN + "/indicators/LN-02/trajectory",
        trajectoryIn,
        Map.of(
            "region",
            badRegion,
            "points",
            List.of(
                "x",
                5,
                Arrays.asList(map("year", 2023, "value", 1), null),
                List.of(map("year", 2023, "value", 1), map("year", 2023, "value", 2)),
                List.of(map("year", "abc", "value", 1)),
                List.of(map("year", 2023, "value", List.of())),
                List.of("point"),
                List.of(map("year", 99999, "value", 1)),
                List.of(map("value", 1)))),
        false,
        true);

    Map<String, Object> progressIn =
        map("period", "2024Q1", "status", "done", "narrative", "x", "region", "210100");
    object(
        "progress",
        "POST",
        LN + "/tasks/3.4/progress",
        progressIn,
        Map.of(
            "period",
            List.of(REMOVE, "2024Q5", "", "p".repeat(300), "2024\u0000Q1", 20241),
            "status",
            List.of(REMOVE, "finished", "", 5, "s".repeat(300)),
            "narrative",
            List.of("x".repeat(8001), "a\u0000", SURROGATE),
            "region",
            badRegion),
        true);
    json("progress of an unknown task", "POST", LN + "/tasks/99.9/progress", progressIn, authority);

    object(
        "compute",
        "POST",
        LN + "/indicators/LN-02/compute",
        map("region", "210100"),
        Map.of("region", badRegion),
        false,
        false);

    for (String year : List.of("abc", "99999999999", "-", "2023.5", "%00")) {
      add("delete value " + year, "DELETE", value + "/" + year, null, null, authority, false);
    }
    for (Object region : badRegion) {
      if (region instanceof String r && !r.contains(SURROGATE)) {
        add(
            "delete value in " + abbreviate(r),
            "DELETE",
            value + "/2023?region=" + encode(r),
            null,
            null,
            authority,
            false);
      }
    }

    Map<String, Object> statistic =
        map("region", "210100", "year", 2022, "name", "gdp", "value", 100.0, "unit", "亿元");
    list(
        "statistics",
        "/api/v1/statistics",
        statistic,
        Map.of(
            "region",
            badCode,
            "year",
            List.of(REMOVE, 1800, "abc", List.of()),
            "name",
            List.of(REMOVE, "wealth", "", "n".repeat(300)),
            "value",
            List.of(REMOVE, 0, -5, "abc", List.of()),
            "unit",
            List.of(REMOVE, "元", "", "u\u0000")));

    Map<String, Object> record =
        map(
            "record_id",
            "F",
            "entity_id",
            "TEST-FUZZ",
            "region",
            "410105",
            "year",
            2023,
            "source",
            "IND_BOILER",
            "activity",
            "raw_coal",
            "amount",
            10,
            "unit",
            "t");
    list(
        "activity",
        "/api/v1/activities",
        record,
        Map.of(
            "record_id",
            List.of("", "r".repeat(101), "a\u0000", REMOVE),
            "entity_id",
            List.of("", "e".repeat(65), REMOVE),
            "region",
            List.of("5001", "abc", "999999", "", REMOVE),
            "year",
            List.of(1850, 2200, "x", ""),
            "source",
            List.of("NOPE", ""),
            "activity",
            List.of("unobtainium", ""),
            "amount",
            List.of(-1, "abc", "1e400", ""),
            "unit",
            List.of("tonnes2", "head", ""),
            "controls",
            List.of("magic_filter", "scr:1.5", "c".repeat(300)),
            "technology",
            List.of("t".repeat(65), "bell\u0007")));
    json(
        "activity for another enterprise",
        "POST",
        "/api/v1/activities",
        List.of(
            map(
                "record_id",
                "X1",
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
        enterprise);
    for (String body :
        List.of("[[]]", "[1]", "[\"a\"]", "[{\"amount\":{\"x\":[1]}}]", "[{\"\":1}]")) {
      add(
          "activities " + body,
          "POST",
          "/api/v1/activities",
          "application/json",
          bytes(body),
          authority,
          false);
    }

    files(progress);

    Map<String, Object> assessment =
        map(
            "year",
            2024,
            "period",
            "2024Q4",
            "region",
            "210100",
            "department",
            "ecology-environment");
    for (String path : List.of(LN + "/assessment", LN + "/assessment.xlsx")) {
      object(
          "assessment",
          "POST",
          path,
          assessment,
          Map.of(
              "year",
              List.of("abc", 1800, List.of()),
              "period",
              List.of("2024Q9", "p".repeat(300)),
              "region",
              badRegion,
              "department",
              List.of("nope", "d".repeat(300)),
              "scheme",
              List.of(
                  "x",
                  List.of(),
                  map("rules", map("reduction", "nope")),
                  map("statusCredit", map("bogus", 1)),
                  map("taskCredit", map("bogus", 1)),
                  map("vetoIndicators", List.of("LN-99")),
                  map("indicatorWeights", map("LN-99", 1)),
                  map("vetoStatuses", List.of("bogus")),
                  map("grades", List.of(map("code", "A"))),
                  map("rules", map("reduction", null)),
                  map("statusCredit", map("on_track", null)),
                  map("indicatorWeights", map("LN-02", null)),
                  map("taskCredit", map("done", null)),
                  map("indicatorWeight", -1),
                  map("grades", Arrays.asList((Object) null)))),
          false,
          false);
    }

    object(
        "synergy measures",
        "POST",
        "/api/v1/synergy/measures",
        map("measures", List.of(map("id", "M1", "base", map("CO2", 10), "after", map("CO2", 5)))),
        Map.of(
            "measures",
            List.of(
                REMOVE,
                List.of(),
                "x",
                Arrays.asList((Object) null),
                List.of(map("id", "")),
                List.of(map("id", "M", "base", map("CO2", -1), "after", map("CO2", 1))),
                List.of(map("id", "M", "base", map("NOPE", 1), "after", map("CO2", 1)))),
            "rankBy",
            List.of("nope", "r".repeat(300))),
        true);
    object(
        "synergy index",
        "POST",
        "/api/v1/synergy/index",
        map("system", "region", "values", List.of(map("entity", "A", "values", map()))),
        Map.of(
            "system",
            List.of(
                REMOVE, "nope", 5, map("indicators", List.of()), map("indicators", List.of("x"))),
            "values",
            List.of(REMOVE, List.of(), "x", Arrays.asList((Object) null)),
            "top",
            List.of(-1, "x")),
        true);

    for (String token : new String[] {enterprise, publicUser, null, "garbage"}) {
      add(
          "reaccount as " + (token == null ? "nobody" : token.substring(0, 4)),
          "POST",
          "/api/v1/results/reaccount",
          "application/json",
          bytes("{}"),
          token,
          false);
    }

    reports();

    logins();

    // media types the endpoints do not take
    for (String path :
        List.of(value, "/api/v1/statistics", LN + "/tasks/3.4/progress", "/api/v1/auth/login")) {
      for (String type :
          List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
        add(
            path + " as " + type,
            "POST",
            path,
            type,
            bytes("year=2023&value=1"),
            authority,
            path.contains("/auth/"));
      }
    }

    // and a few bad fields at once, at random, until there are plenty
    while (cases.size() < 1100) {
      Map<String, Object> body = new LinkedHashMap<>(progressIn);
      List<String> fields = new ArrayList<>(List.of("period", "status", "narrative", "region"));
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        String f = fields.remove(random.nextInt(fields.size()));
        body.put(f, randomBad(f.equals("narrative") ? 8001 : 301));
      }
      json("random progress " + cases.size(), "POST", LN + "/tasks/3.4/progress", body, authority);
      Map<String, Object> v = new LinkedHashMap<>(valueIn);
      v.put(random.nextBoolean() ? "region" : "note", randomBad(1001));
      json("random value " + cases.size(), "POST", value, v, authority);
    }
  }

  private void files(long progress) throws IOException {
    // a valid row and a bad one (region 5001): damaged or not, the workbook must be refused
    byte[] xlsx =
        H2BadInputTests.workbook(
            List.of("W2", "TEST-W", "5001", "2023", "IND_BOILER", "raw_coal", "5", "t"));
    String csvHeader = "record_id,entity_id,region,year,source,activity,amount,unit\n";
    Map<String, byte[]> activityFiles = new LinkedHashMap<>();
    activityFiles.put(
        "rows.csv",
        bytes(
            csvHeader
                + "C1,TEST-FUZZ,410105,2023,IND_BOILER,raw_coal,5,t\nC2,TEST-FUZZ,5001,2023,IND_BOILER,raw_coal,5,t\n"));
    activityFiles.put(
        "quote.csv",
        bytes(csvHeader + "C3,TEST-FUZZ,410105,2023,IND_BOILER,raw_coal,5,t\n\"C4,broken\n"));
    activityFiles.put("gbk.csv", "记录编号,企业编号\n".getBytes(java.nio.charset.Charset.forName("GBK")));
    activityFiles.put("empty.csv", new byte[0]);
    activityFiles.put("header.csv", bytes(csvHeader));
    activityFiles.put(
        "nul.csv", bytes(csvHeader + "C5,TEST\u0000FUZZ,410105,2023,IND_BOILER,raw_coal,5,t\n"));
    activityFiles.put(
        "wide.csv",
        bytes(
            csvHeader
                + "C6,TEST-FUZZ,410105,2023,IND_BOILER,raw_coal,5,t,extra\n"
                + "r".repeat(101)
                + ",E,410105,2023,"
                + "IND_BOILER,raw_coal,5,t\n"));
    activityFiles.put("activities.txt", bytes(csvHeader));
    activityFiles.put("activities.xls", xlsx);
    activityFiles.put("noextension", bytes(csvHeader));
    for (int cut : new int[] {4, 100, xlsx.length / 3, xlsx.length / 2, xlsx.length - 100}) {
      activityFiles.put("cut" + cut + ".xlsx", Arrays.copyOf(xlsx, cut));
    }
    for (int k = 0; k < 10; k++) {
      byte[] noise = new byte[1 + random.nextInt(20_000)];
      random.nextBytes(noise);
      activityFiles.put("noise" + k + (k % 2 == 0 ? ".xlsx" : ".csv"), noise);
      byte[] garbled = xlsx.clone();
      int from = random.nextInt(garbled.length - 300);
      for (int i = from; i < from + 200; i++) {
        garbled[i] = (byte) random.nextInt(256);
      }
      activityFiles.put("garbled" + k + ".xlsx", garbled);
    }
    activityFiles.put("n".repeat(300) + ".csv", bytes(csvHeader));
    activityFiles.put("a\u0000b.csv", bytes(csvHeader));
    activityFiles.put("tab\tname.csv", bytes(csvHeader));
    activityFiles.forEach(
        (name, content) ->
            upload("activities " + abbreviate(name), "/api/v1/activities", name, content));

    String valuesHeader = "indicator_id,year,value,region,note\n";
    Map<String, byte[]> valueFiles = new LinkedHashMap<>();
    valueFiles.put("values.csv", bytes(valuesHeader + "LN-04,2022,41,,ok\nLN-99,2023,x,,\n"));
    valueFiles.put(
        "outside.csv", bytes(valuesHeader + "LN-04,2022,41,,ok\nLN-04,2022,41,410000,\n"));
    valueFiles.put("note.csv", bytes(valuesHeader + "LN-04,2022,41,," + "n".repeat(1001) + "\n"));
    valueFiles.put("nul.csv", bytes(valuesHeader + "LN-04,2022,41,,a\u0000b\n"));
    valueFiles.put("header.csv", bytes(valuesHeader));
    valueFiles.put("empty.csv", new byte[0]);
    valueFiles.put("cut.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
    valueFiles.put("activities.xlsx", xlsx);
    valueFiles.put("v".repeat(300) + ".csv", bytes(valuesHeader));
    valueFiles.forEach(
        (name, content) ->
            upload("value import " + abbreviate(name), LN + "/values/import", name, content));

    String sheetHeader = "task_id,period,status,narrative\n";
    Map<String, byte[]> sheets = new LinkedHashMap<>();
    sheets.put("sheet.csv", bytes(sheetHeader + "3.4,2024Q1,done,ok\n9.9,2024Q1,done,\n"));
    sheets.put("period.csv", bytes(sheetHeader + "3.4,2024Q1,done,ok\n3.5,2024Q7,done,\n"));
    sheets.put("status.csv", bytes(sheetHeader + "3.4,2024Q1,finished,\n"));
    sheets.put("long.csv", bytes(sheetHeader + "3.4,2024Q1,done," + "x".repeat(8001) + "\n"));
    sheets.put("none.csv", bytes(sheetHeader + "3.4,2024Q1,,\n"));
    sheets.put("cut.xlsx", Arrays.copyOf(xlsx, xlsx.length / 3));
    sheets.forEach(
        (name, content) ->
            upload("progress import " + name, LN + "/progress/import", name, content));
    for (String region : List.of("410000", "abc", "r".repeat(250))) {
      upload(
          "progress import for " + abbreviate(region),
          LN + "/progress/import?region=" + region,
          "sheet.csv",
          bytes(sheetHeader + "3.4,2024Q1,done,ok\n"));
    }

    String evidence = LN + "/progress/" + progress + "/evidence";
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    Map<String, byte[]> evidenceFiles = new LinkedHashMap<>();
    evidenceFiles.put("image.pdf", png);
    evidenceFiles.put("setup.pdf", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1));
    evidenceFiles.put("run.exe", bytes("%PDF-1.4"));
    evidenceFiles.put("report.docx", H2BadInputTests.zip("readme.txt"));
    evidenceFiles.put("table.xls", xlsx);
    evidenceFiles.put("table.xlsx", H2BadInputTests.ole("WordDocument"));
    evidenceFiles.put("notes.txt", bytes("text\u0000"));
    evidenceFiles.put("empty.pdf", new byte[0]);
    evidenceFiles.put(".pdf", bytes("%PDF-1.4"));
    evidenceFiles.put("e".repeat(300) + ".pdf", bytes("%PDF-1.4"));
    evidenceFiles.put(
        "cut.docx",
        Arrays.copyOf(H2BadInputTests.zip("[Content_Types].xml", "word/document.xml"), 30));
    evidenceFiles.put("cut.doc", Arrays.copyOf(H2BadInputTests.ole("WordDocument"), 600));
    for (int k = 0; k < 6; k++) {
      byte[] noise = new byte[1 + random.nextInt(5000)];
      random.nextBytes(noise);
      evidenceFiles.put(
          "noise" + k + List.of(".pdf", ".png", ".docx", ".doc", ".txt", ".zip").get(k), noise);
    }
    evidenceFiles.forEach(
        (name, content) -> upload("evidence " + abbreviate(name), evidence, name, content));
    for (String id : List.of("999999999", "abc", "-1", "99999999999999999999")) {
      upload(
          "evidence for report " + id,
          LN + "/progress/" + id + "/evidence",
          "a.pdf",
          bytes("%PDF-1.4"));
    }

    // multipart bodies that are not what they say
    for (String path :
        List.of("/api/v1/activities", LN + "/values/import", LN + "/progress/import", evidence)) {
      byte[] part =
          bytes(
              "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n--b--\r\n");
      add(
          path + " without a boundary",
          "POST",
          path,
          "multipart/form-data",
          part,
          authority,
          false);
      add(
          path + " with another boundary",
          "POST",
          path,
          "multipart/form-data; boundary=zzz",
          part,
          authority,
          false);
      add(
          path + " not multipart",
          "POST",
          path,
          "multipart/form-data; boundary=b",
          bytes("plain text"),
          authority,
          false);
      add(
          path + " cut multipart",
          "POST",
          path,
          "multipart/form-data; boundary=b",
          Arrays.copyOf(part, 40),
          authority,
          false);
      add(path + " JSON", "POST", path, "application/json", bytes("{}"), authority, false);
      String boundary = "----fuzz" + UUID.randomUUID();
      add(
          path + " another field",
          "POST",
          path,
          "multipart/form-data; boundary=" + boundary,
          bytes(
              "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.csv\"\r\n\r\nx\r\n--"
                  + boundary
                  + "--\r\n"),
          authority,
          false);
    }
  }

  /**
   * Facilities and the permit of the demo plant GPPD-1061038 (units U1, U2): each field made bad,
   * an element of a list made bad, and the broken bodies.
   */
  private void permits(Api api) {
    long id =
        api.get("/api/v1/enterprises?q=GPPD-1061038", authority)
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    String base = "/api/v1/enterprises/" + id;
    Map<String, Object> limit = map("pollutant", "SO2", "concentrationMgM3", 35, "annualT", 382.2);
    Map<String, Object> outlet =
        map(
            "code",
            "DA001",
            "name",
            "1号机组烟囱",
            "facilities",
            List.of("U1"),
            "limits",
            List.of(limit));
    Map<String, Object> permit =
        map(
            "number",
            "H9410102GPD1061038001P",
            "validFrom",
            "2022-07-11",
            "validTo",
            "2027-07-10",
            "issuingAuthority",
            "郑州市生态环境局",
            "managementTier",
            "key",
            "outlets",
            List.of(outlet));
    List<Object> badText =
        List.of(REMOVE, "", "n".repeat(1001), "a\u0000b", SURROGATE, List.of("x"), Map.of("a", 1));
    object(
        "permit",
        "PUT",
        base + "/permit",
        permit,
        Map.of(
            "number",
            List.of(REMOVE, "", "H9410102GPD1061038001", "H9410102GPD1061038001p", 5, List.of()),
            "validFrom",
            List.of(REMOVE, "2022-13-01", "2022/07/11", 20220711, "x".repeat(300)),
            "validTo",
            List.of(REMOVE, "2000-01-01", "never", Map.of()),
            "issuingAuthority",
            badText,
            "managementTier",
            List.of(REMOVE, "major", "KEY ", 1),
            "outlets",
            List.of(
                "x",
                5,
                Arrays.asList(outlet, null),
                List.of(outlet, outlet),
                List.of(map("code", "DA1", "facilities", List.of("U1"), "limits", List.of(limit))),
                List.of(
                    map("code", "DA002", "facilities", List.of("U7"), "limits", List.of(limit))),
                List.of(map("code", "DA002", "facilities", "U1", "limits", List.of(limit))),
                List.of(map("code", "DA002", "limits", List.of(map("pollutant", "SO2")))),
                List.of(
                    map("code", "DA002", "limits", List.of(map("pollutant", "XX", "annualT", 1)))),
                List.of(
                    map(
                        "code",
                        "DA002",
                        "limits",
                        List.of(map("pollutant", "SO2", "annualT", -1)))),
                List.of(
                    map(
                        "code",
                        "DA002",
                        "limits",
                        List.of(map("pollutant", "SO2", "annualT", "1e400")))))),
        true);
    Map<String, Object> unit =
        map(
            "code",
            "U1",
            "name",
            "1号机组",
            "kind",
            "power_unit",
            "capacityMw",
            390,
            "outlets",
            List.of("DA001"));
    object(
        "facilities",
        "PUT",
        base + "/facilities",
        map("facilities", List.of(unit)),
        Map.of(
            "facilities",
            List.of(
                REMOVE,
                "x",
                Arrays.asList(unit, null),
                List.of(unit, unit),
                List.of(map("code", "U 1", "kind", "boiler")),
                List.of(map("code", "U1", "kind", "turbine")),
                List.of(map("code", "U1", "kind", "power_unit")),
                List.of(map("code", "U1", "kind", "power_unit", "capacityMw", -5)),
                List.of(map("code", "U1", "kind", "boiler", "capacityMw", 5)),
                List.of(map("code", "U1", "kind", "boiler", "outlets", List.of("DA01"))),
                List.of(map("code", "U1", "kind", "boiler", "attributes", Map.of("Bad Key", "x"))),
                List.of(map("code", "U1", "kind", "boiler", "attributes", Map.of("a", "x;y"))))),
        true);
    for (String token : new String[] {publicUser, null, "not-a-token"}) {
      json("permit as " + token, "PUT", base + "/permit", permit, token);
    }
  }

  private void logins() {
    String path = "/api/v1/auth/login";
    object(
        "login",
        "POST",
        path,
        map("username", "fuzz-nobody", "password", "wrong"),
        Map.of(
            "username",
            List.of(REMOVE, "", "u".repeat(65), "nul\u0000", "bell\u0007", SURROGATE, 5, List.of()),
            "password",
            List.of(REMOVE, "", "p".repeat(73), "密".repeat(25), List.of(), Map.of())),
        true);
    for (int i = 0; i < 35; i++) {
      // unknown names: 401, then 429 once the address has failed thirty times
      add(
          "login guess " + i,
          "POST",
          path,
          "application/json",
          bytes("{\"username\":\"fuzz-" + i + "\",\"password\":\"guess\"}"),
          null,
          true);
    }
  }

  /** The reports' endpoints (issue 11): bad bodies, bad files, steps out of turn. */
  private void reports() {
    String r = "/api/v1/reports/" + report;
    object(
        "report",
        "POST",
        "/api/v1/reports",
        map("entityId", "GPPD-1061038", "year", 2019, "kind", "ghg"),
        Map.of(
            "entityId",
            List.of(REMOVE, "NOPE", "", 5, "x".repeat(1001), SURROGATE),
            "year",
            List.of(REMOVE, 1800, "abc", -1),
            "kind",
            List.of(REMOVE, "carbon", "", 1)),
        true);
    for (String data :
        List.of(
            "month,facility,source,activity,amount,unit\n13,#1,POWER,raw_coal,1,t\n",
            "month,facility,source,activity,amount,unit\n0,#1,POWER,raw_coal,1,t\n",
            "month,facility,source,activity,amount,unit\n1,,POWER,raw_coal,1,t\n",
            "month,facilty,source,activity,amount,unit\n1,#1,POWER,raw_coal,1,t\n",
            "month,facility,source,activity,amount,unit,test_date\n1,#1,POWER,raw_coal,1,t,2023-02-30\n",
            "month,facility,source,activity,amount,unit,year\n1,#1,POWER,raw_coal,1,t,2020\n",
            "month,facility,source,activity,amount,unit\n1,#1,POWER,raw_coal,-1,t\n",
            "",
            "month,facility\n")) {
      upload("report data " + abbreviate(data), r + "/data", "d.csv", bytes(data));
    }
    upload("report data as .txt", r + "/data", "d.txt", bytes("month\n1\n"));
    upload("report data not xlsx", r + "/data", "d.xlsx", bytes("not a workbook"));
    // steps out of turn or by the wrong role: a draft cannot be assigned, verified or confirmed
    json("assign a draft", "POST", r + "/assignment", map("verifier", "verifier"), authority);
    json("finding by an authority", "POST", r + "/findings", map("text", "x"), authority);
    json(
        "conclusion by an authority",
        "POST",
        r + "/conclusion",
        map("verifiedT", map("CO2", 1)),
        authority);
    json("confirm a draft", "POST", r + "/confirmation", map(), authority);
    // an extension: by the enterprise, without a date, with no date, a date before the deadline
    json(
        "extend by the enterprise",
        "POST",
        r + "/extension",
        map("deadline", "2099-01-01"),
        enterprise);
    json("extend without a body", "POST", r + "/extension", map(), authority);
    for (Object bad :
        java.util.Arrays.asList(null, "", "x", 20990101, "2099-13-01", "1999-01-01")) {
      json("extend to " + bad, "POST", r + "/extension", map("deadline", bad), authority);
    }
    json("submit by an authority", "POST", r + "/submit", map(), authority);
    json("submit without data", "POST", r + "/submit", map(), enterprise);
    json(
        "explain a warning that did not fire",
        "POST",
        r + "/explanations",
        map("code", "x", "text", "y"),
        enterprise);
    object(
        "sample",
        "POST",
        "/api/v1/reports/sample",
        map("year", 2019, "count", 1),
        Map.of(
            "year",
            List.of(REMOVE, "abc"),
            "count",
            List.of(0, -1, "x"),
            "share",
            List.of(0.5, 0, 2, "x")),
        true);
    object(
        "conflict",
        "POST",
        "/api/v1/verifiers/verifier/conflicts",
        map("entityId", "GPPD-1061038"),
        Map.of("entityId", List.of(REMOVE, "NOPE", 5, "")),
        true);
    json(
        "conflict of a non-verifier",
        "POST",
        "/api/v1/verifiers/enterprise/conflicts",
        map("entityId", "GPPD-1061038"),
        authority);
    for (String token : new String[] {publicUser, null, "garbage"}) {
      add(
          "report list as " + token,
          "POST",
          "/api/v1/reports",
          "application/json",
          bytes("{\"entityId\":\"GPPD-1061038\",\"year\":2019,\"kind\":\"ghg\"}"),
          token,
          false);
    }
  }

  // ------------------------------------------------------------------ generators

  /**
   * Each field of a valid object made bad in turn, then the broken bodies; {@code emptyIsBad} when
   * {} must be refused.
   */
  private void object(
      String what,
      String method,
      String path,
      Map<String, Object> valid,
      Map<String, List<Object>> bad,
      boolean emptyIsBad) {
    object(what, method, path, valid, bad, emptyIsBad, true);
  }

  /**
   * {@code bodyRequired} false for an endpoint whose body may be left out (it then means the
   * defaults).
   */
  private void object(
      String what,
      String method,
      String path,
      Map<String, Object> valid,
      Map<String, List<Object>> bad,
      boolean emptyIsBad,
      boolean bodyRequired) {
    new TreeMap<>(bad)
        .forEach(
            (field, values) -> {
              for (Object v : values) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                if (v == REMOVE) {
                  body.remove(field);
                } else {
                  body.put(field, v);
                }
                json(what + " " + field + "=" + describe(v), method, path, body, authority);
              }
            });
    broken(
        what,
        method,
        path,
        emptyIsBad ? List.of("{}", "[]") : List.of("[]"),
        path.contains("/auth/"),
        bodyRequired);
  }

  /**
   * A list of a valid element and a bad one (each field of it made bad in turn): the valid one must
   * not be stored either.
   */
  private void list(
      String what, String path, Map<String, Object> valid, Map<String, List<Object>> bad) {
    new TreeMap<>(bad)
        .forEach(
            (field, values) -> {
              for (Object v : values) {
                Map<String, Object> good = new LinkedHashMap<>(valid);
                Map<String, Object> body = new LinkedHashMap<>(valid);
                if (good.containsKey("record_id")) {
                  good.put("record_id", "G" + ++serial);
                  body.put("record_id", "B" + serial);
                }
                if (v == REMOVE) {
                  body.remove(field);
                } else {
                  body.put(field, v);
                }
                json(
                    what + " " + field + "=" + describe(v),
                    "POST",
                    path,
                    List.of(good, body),
                    authority);
              }
            });
    Map<String, Object> first = new LinkedHashMap<>(valid);
    first.put("record_id", "D1");
    json(what + " twice the same record", "POST", path, List.of(first, first), authority);
    broken(what, "POST", path, List.of("{}", "[]", "[{}]"), false, true);
  }

  /** Bodies that are not the JSON the endpoint reads at all. */
  private void broken(
      String what,
      String method,
      String path,
      List<String> alsoBad,
      boolean login,
      boolean bodyRequired) {
    List<String> bodies =
        new ArrayList<>(
            List.of(
                "[null]",
                "{",
                "{\"year\":",
                "[1,2",
                "\"text\"",
                "123",
                "true",
                "{\"a\":1}garbage",
                "[".repeat(5000) + "]".repeat(5000),
                "\u0000"));
    if (bodyRequired) {
      bodies.addAll(List.of("", "null"));
    }
    bodies.addAll(alsoBad);
    for (String b : bodies) {
      add(
          what + " body " + abbreviate(b),
          method,
          path,
          "application/json",
          bytes(b),
          authority,
          login);
    }
    add(
        what + " body of invalid UTF-8",
        method,
        path,
        "application/json",
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
        authority,
        login);
  }

  private void json(String what, String method, String path, Object body, String token) {
    String text = JSON.writeValueAsString(body).replace(SURROGATE, "\\ud800");
    add(what, method, path, "application/json", bytes(text), token, path.contains("/auth/"));
  }

  private void upload(String what, String path, String fileName, byte[] content) {
    String boundary = "----fuzz" + UUID.randomUUID();
    add(
        what,
        "POST",
        path,
        "multipart/form-data; boundary=" + boundary,
        Api.multipart(boundary, "file", fileName, content),
        authority,
        false);
  }

  private void add(
      String what,
      String method,
      String path,
      String contentType,
      byte[] body,
      String token,
      boolean login) {
    cases.add(new Case(what, method, path, contentType, body, token, login));
  }

  /**
   * A bad value: too long, with a control character or a lone surrogate, of the wrong type, or
   * empty of meaning.
   */
  private Object randomBad(int tooLong) {
    Supplier<String> text =
        () -> {
          StringBuilder b = new StringBuilder();
          int n = 1 + random.nextInt(40);
          for (int i = 0; i < n; i++) {
            b.appendCodePoint(
                random.nextInt(4) == 0 ? random.nextInt(0x20) : 0x4e00 + random.nextInt(0x5000));
          }
          b.setCharAt(
              random.nextInt(b.length()),
              (char) random.nextInt(9)); // NUL to backspace: never a tab or line break
          return b.toString();
        };
    return switch (random.nextInt(6)) {
      case 0 -> "x".repeat(tooLong + random.nextInt(100));
      case 1 -> text.get();
      case 2 -> SURROGATE;
      case 3 -> List.of(random.nextInt());
      case 4 -> Map.of("k", random.nextInt());
      default -> "\u0000".repeat(1 + random.nextInt(3));
    };
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Rows in every table (the audit log left out for logins, which record their failures by design).
   */
  private Map<String, Long> counts(boolean login) {
    Map<String, Long> out = new TreeMap<>();
    for (Object t :
        db.fetchValues(
            "select table_name from information_schema.tables where table_schema = current_schema()")) {
      String table = t.toString();
      if (table.equalsIgnoreCase("flyway_schema_history")
          || login && table.toLowerCase(java.util.Locale.ROOT).startsWith("audit_")) {
        continue;
      }
      out.put(table, ((Number) db.fetchValue("select count(*) from " + table)).longValue());
    }
    return out;
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String describe(Object v) {
    return v == REMOVE ? "(missing)" : abbreviate(String.valueOf(v));
  }

  private static String abbreviate(String s) {
    String t = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 60 ? t.substring(0, 60) + "…(" + t.length() + ")" : t;
  }
}
