package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Reports and verification over HTTP: the whole lifecycle, every role boundary, located 400s, 422
 * on blocking checks, conflict and consecutive-year refusals, audit entries. The same on H2 ({@link
 * H2ReportApiTests}) and PostgreSQL ({@link PostgresReportApiTests}). Each test uses years of its
 * own, since the tests share one server.
 */
abstract class ReportApiContract {

  /** The demo enterprise user's plant (Zhengzhou, Henan). */
  static final String PLANT = "GPPD-1061038";

  /** Another Henan plant, without an enterprise user. */
  static final String OTHER = "GPPD-1061039";

  /**
   * What 100 万Nm3 more of unit U1's January gas adds: 100 × 385.3 GJ/万Nm3 × 0.01518 tC/GJ × 44/12 ×
   * OF, the oxidation factor of gas between 0.98 and 1 (the guideline's value is the core's).
   */
  static final double MORE_GAS_CO2 = 100 * 385.3 * 0.01518 * 44 / 12;

  @LocalServerPort int port;
  Api api;
  String enterprise;
  String henan;
  String liaoning;
  String verifier;

  @BeforeEach
  void client() {
    api = new Api(port);
    enterprise = api.login("enterprise", ApiContract.PASSWORD);
    henan = api.login("authority-henan", ApiContract.PASSWORD);
    liaoning = api.login("authority-liaoning", ApiContract.PASSWORD);
    verifier = api.login("verifier", ApiContract.PASSWORD);
  }

  /**
   * The demo plant's 2023 monthly report file (branch permits' demo data: two gas units, twelve
   * months, clean), moved to {@code year}; {@code januaryU1} replaces unit U1's January gas (1876.9
   * 万Nm3 in the file).
   */
  static byte[] demo(int year, double januaryU1) {
    try (var in =
        ReportApiContract.class.getResourceAsStream("/demo/reports/2023/GPPD-1061038.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      text = text.replace("2024-", (year + 1) + "-").replace("2023", String.valueOf(year));
      return text.replace(",1876.9,万Nm3,", "," + januaryU1 + ",万Nm3,")
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  long create(String token, String entity, int year, String kind) {
    Api.Response r =
        api.postJson(
            "/api/v1/reports", Map.of("entityId", entity, "year", year, "kind", kind), token);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("status").asString()).isIn("draft", year < 2025 ? "overdue" : "draft");
    return r.json().get("id").asLong();
  }

  /** Creates, enters two months and submits a ghg report of the demo plant. */
  long submitted(int year) {
    long id = create(enterprise, PLANT, year, "ghg");
    assertThat(
            api.upload("/api/v1/reports/" + id + "/data", "d.csv", demo(year, 1876.9), enterprise)
                .status())
        .isEqualTo(200);
    Api.Response s = api.postJson("/api/v1/reports/" + id + "/submit", Map.of(), enterprise);
    assertThat(s.status()).as(s.body()).isEqualTo(200);
    return id;
  }

  @Test
  void theWholeLifecycleFromDraftToConfirmation() {
    long id = create(enterprise, PLANT, 2026, "ghg");
    String path = "/api/v1/reports/" + id;

    // no data yet: the one blocking check, and submission refused with it
    JsonNode empty = api.get(path, enterprise).json();
    assertThat(empty.get("checks").get(0).get("code").asString()).isEqualTo("data.missing");
    assertThat(empty.get("checks").get(0).get("severity").asString()).isEqualTo("error");
    assertThat(empty.get("checks").get(0).get("message").asString())
        .contains("尚未填报")
        .contains(" / ");
    Api.Response blocked = api.postJson(path + "/submit", Map.of(), enterprise);
    assertThat(blocked.status()).isEqualTo(422);
    assertThat(blocked.json().get("errors").get(0).get("value").asString())
        .isEqualTo("data.missing");

    // the data: totals hand-computed
    Api.Response data = api.upload(path + "/data", "2026.csv", demo(2026, 1876.9), enterprise);
    assertThat(data.status()).as(data.body()).isEqualTo(200);
    double first = data.json().get("totalsT").get("CO2").asDouble();
    assertThat(first).isPositive();
    assertThat(data.json().get("checks")).as(data.body()).isEmpty();
    assertThat(data.json().get("dataRows").asInt()).isEqualTo(84);

    Api.Response submitted = api.postJson(path + "/submit", Map.of(), enterprise);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.json().get("status").asString()).isEqualTo("submitted");
    assertThat(submitted.json().get("versions").asInt()).isEqualTo(1);
    // submitted: the data cannot change
    assertThat(api.upload(path + "/data", "x.csv", demo(2026, 1), enterprise).status())
        .isEqualTo(409);

    // the authority assigns; the verifier now sees it and asks for a correction of January
    Api.Response assigned =
        api.postJson(path + "/assignment", Map.of("verifier", "verifier"), henan);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().get("status").asString()).isEqualTo("in_verification");
    assertThat(api.get(path, verifier).status()).isEqualTo(200);
    Api.Response finding =
        api.postJson(
            path + "/findings",
            Map.of(
                "text",
                "1月入炉煤量与皮带秤记录不符",
                "location",
                Map.of("facility", "U1", "month", 1, "field", "amount"),
                "correction",
                true),
            verifier);
    assertThat(finding.status()).as(finding.body()).isEqualTo(200);
    assertThat(finding.json().get("correctionRequested").asBoolean()).isTrue();
    JsonNode f = finding.json().get("findings").get(0);
    assertThat(f.get("status").asString()).isEqualTo("open");
    assertThat(f.get("location").get("month").asInt()).isEqualTo(1);

    // the correction: January 1100 t, resubmitted as version 2
    Api.Response corrected =
        api.upload(path + "/data", "2026b.csv", demo(2026, 1976.9), enterprise);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    double second = corrected.json().get("totalsT").get("CO2").asDouble();
    assertThat(second - first).isBetween(0.98 * MORE_GAS_CO2, MORE_GAS_CO2 * (1 + 1e-9));
    Api.Response again = api.postJson(path + "/submit", Map.of(), enterprise);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("status").asString()).isEqualTo("in_verification");
    assertThat(again.json().get("correctionRequested").asBoolean()).isFalse();

    // both versions stay, each with what it was submitted with
    JsonNode versions = api.get(path + "/versions", verifier).json();
    assertThat(versions).hasSize(2);
    JsonNode v1 = api.get(path + "/versions/1", enterprise).json();
    assertThat(v1.get("totalsT").get("CO2").asDouble()).isEqualTo(first);
    assertThat(v1.get("fileName").asString()).isEqualTo("2026.csv");
    assertThat(v1.get("submittedBy").asString()).isEqualTo("enterprise");
    assertThat(api.get(path + "/versions/2", enterprise).json().get("fileName").asString())
        .isEqualTo("2026b.csv");
    assertThat(api.get(path + "/versions/3", enterprise).status()).isEqualTo(404);
    // and the data cannot change again
    assertThat(api.upload(path + "/data", "x.csv", demo(2026, 1), enterprise).status())
        .isEqualTo(409);

    // a conclusion with the finding unsettled is refused; settled, the report is verified
    long findingId = f.get("id").asLong();
    Map<String, Object> verified = Map.of("CO2", Math.ceil(second));
    Api.Response unsettled =
        api.postJson(
            path + "/conclusion", Map.of("verifiedT", verified, "opinion", "ok"), verifier);
    assertThat(unsettled.status()).isEqualTo(422);
    Api.Response concluded =
        api.postJson(
            path + "/conclusion",
            Map.of(
                "verifiedT",
                verified,
                "opinion",
                "经核查，排放量属实",
                "documentReview",
                "2027-04-10 文件评审",
                "siteVisit",
                "2027-04-20 现场核查",
                "findings",
                List.of(Map.of("id", findingId, "status", "estimated", "estimate", "按皮带秤记录取高值"))),
            verifier);
    assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
    assertThat(concluded.json().get("status").asString()).isEqualTo("verified");
    assertThat(concluded.json().get("verifiedT").get("CO2").asDouble())
        .isEqualTo(Math.ceil(second));
    assertThat(concluded.json().get("findings").get(0).get("status").asString())
        .isEqualTo("estimated");
    assertThat(concluded.json().get("siteVisit").asString()).isEqualTo("2027-04-20 现场核查");

    // the enterprise cannot confirm; the authority does
    assertThat(api.postJson(path + "/confirmation", Map.of(), enterprise).status()).isEqualTo(403);
    Api.Response confirmed = api.postJson(path + "/confirmation", Map.of(), henan);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asString()).isEqualTo("confirmed");
    assertThat(confirmed.json().get("totalsT").get("CO2").asDouble()).isEqualTo(second);

    // the permit view shows the confirmed figure of record
    long plantId =
        api.get("/api/v1/enterprises", enterprise).json().get("items").get(0).get("id").asLong();
    JsonNode carbon =
        api.get("/api/v1/enterprises/" + plantId + "/permit/view", enterprise).json().get("carbon");
    assertThat(carbon.get("verifiedCo2T").asDouble()).isEqualTo(Math.ceil(second));
    assertThat(carbon.get("compliance").asString()).isEqualTo("confirmed");
    assertThat(carbon.get("verifiedYear").asInt()).isEqualTo(2026);

    // the report tables as xlsx
    var tables = api.getBytes(path + "/tables.xlsx", henan);
    assertThat(tables.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(tables.body()))) {
      assertThat(wb.getSheet("排放量汇总")).isNotNull();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(api.getBytes(path + "/tables.xlsx", liaoning).statusCode()).isEqualTo(404);

    // the rows the confirmed report stands on: its last version's file, as read (84 rows of
    // 2026b.csv)
    Api.Response rows = api.get(path + "/data", verifier);
    assertThat(rows.status()).as(rows.body()).isEqualTo(200);
    assertThat(rows.json()).hasSize(84);
    JsonNode january = rows.json().get(0);
    assertThat(january.get("row").asInt()).isEqualTo(2);
    assertThat(january.get("facility").asString()).isEqualTo("U1");
    assertThat(january.get("month").asInt()).isEqualTo(1);
    assertThat(january.get("activity").asString()).isEqualTo("natural_gas");
    assertThat(january.get("amount").asDouble()).isEqualTo(1976.9);
    assertThat(january.get("unit").asString()).isEqualTo("万Nm3");
    assertThat(january.get("ncv").asDouble()).isEqualTo(385.3);
    assertThat(january.get("testDate").asString()).isEqualTo("2026-02-11");
    assertThat(api.get(path + "/data", liaoning).status()).isEqualTo(404);

    // every step audited
    String national = api.login("authority", ApiContract.PASSWORD);
    JsonNode audit = api.get("/api/v1/audit?size=500", national).json().get("items");
    List<String> actions = new ArrayList<>();
    for (JsonNode e : audit) {
      if (e.get("target").asString().equals("report " + id)) {
        actions.add(e.get("action").asString());
      }
    }
    assertThat(actions)
        .contains(
            "REPORT_CREATE",
            "REPORT_DATA",
            "REPORT_SUBMIT",
            "REPORT_ASSIGN",
            "REPORT_FINDING",
            "REPORT_CONCLUDE",
            "REPORT_CONFIRM");
    assertThat(actions.stream().filter("REPORT_SUBMIT"::equals)).hasSize(2);
    assertThat(api.get("/api/v1/audit/verify", national).json().get("intact").asBoolean()).isTrue();
  }

  @Test
  void eachRoleSeesOnlyWhatItMay() {
    long own = create(enterprise, PLANT, 2027, "ghg");
    long other = create(henan, OTHER, 2027, "ghg");
    // the enterprise: its own report only; another's is not found, nor can it open one for another
    assertThat(api.get("/api/v1/reports/" + own, enterprise).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/reports/" + other, enterprise).status()).isEqualTo(404);
    assertThat(
            api.postJson(
                    "/api/v1/reports",
                    Map.of("entityId", OTHER, "year", 2027, "kind", "permit"),
                    enterprise)
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/reports?year=2027", enterprise).json())
        .allSatisfy(i -> assertThat(i.get("entityId").asString()).isEqualTo(PLANT));
    assertThat(
            api.postJson(
                    "/api/v1/reports/" + own + "/assignment",
                    Map.of("verifier", "verifier"),
                    enterprise)
                .status())
        .isEqualTo(403);
    // an authority outside the jurisdiction: not found
    assertThat(api.get("/api/v1/reports/" + own, liaoning).status()).isEqualTo(404);
    assertThat(
            api.postJson(
                    "/api/v1/reports",
                    Map.of("entityId", PLANT, "year", 2027, "kind", "permit"),
                    liaoning)
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/reports?year=2027", liaoning).json())
        .noneSatisfy(i -> assertThat(i.get("region").asString()).startsWith("41"));
    assertThat(api.get("/api/v1/reports?year=2027&region=410000", liaoning).status())
        .isEqualTo(403);
    // a verifier: nothing it is not assigned to, and nothing else of reported data
    assertThat(api.get("/api/v1/reports/" + own, verifier).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/reports?year=2027", verifier).json()).isEmpty();
    assertThat(
            api.postJson("/api/v1/reports/" + own + "/findings", Map.of("text", "x"), verifier)
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/enterprises", verifier).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/uploads", verifier).status()).isEqualTo(403);
    assertThat(
            api.upload(
                    "/api/v1/activities",
                    "a.csv",
                    ("record_id,entity_id,region,year,source,activity,amount,unit\n"
                            + "V1,"
                            + PLANT
                            + ",410102,2022,POWER,raw_coal,1,t\n")
                        .getBytes(StandardCharsets.UTF_8),
                    verifier)
                .status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/reports/overview?year=2027", verifier).status()).isEqualTo(403);
    // the public: no reports at all; without a token: 401
    String pub = api.login("public", ApiContract.PASSWORD);
    assertThat(api.get("/api/v1/reports", pub).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/reports/" + own, pub).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/reports", null).status()).isEqualTo(401);
    assertThat(
            api.postJson(
                    "/api/v1/reports", Map.of("entityId", PLANT, "year", 2027, "kind", "ghg"), null)
                .status())
        .isEqualTo(401);
    // the authority lists its jurisdiction with the key emitters that have not started
    JsonNode henanList = api.get("/api/v1/reports?year=2027&region=410000", henan).json();
    assertThat(henanList).anySatisfy(i -> assertThat(i.get("id").asLong()).isEqualTo(own));
    assertThat(henanList)
        .anySatisfy(i -> assertThat(i.get("status").asString()).isEqualTo("not_started"));
    // a draft of a past year is overdue
    Api.Response opened =
        api.postJson(
            "/api/v1/reports", Map.of("entityId", OTHER, "year", 2020, "kind", "ghg"), henan);
    assertThat(opened.status()).isEqualTo(201);
    assertThat(opened.json().get("status").asString()).isEqualTo("overdue");
    long late = opened.json().get("id").asLong();
    assertThat(api.get("/api/v1/reports/" + late, henan).json().get("deadline").asString())
        .isEqualTo("2021-03-31");
  }

  @Test
  void badDataIsRefusedWithEveryProblemLocatedAndNothingChanges() throws IOException {
    long id = create(enterprise, PLANT, 2028, "ghg");
    String path = "/api/v1/reports/" + id;
    Api.Response bad =
        api.upload(
            path + "/data",
            "bad.csv",
            ("month,facility,source,activity,amount,unit,test_date\n"
                    + "13,U1,POWER,raw_coal,1000,t,2028-01-05\n"
                    + "2,U1,POWER,raw_coal,1000,t,2028-02-30\n")
                .getBytes(StandardCharsets.UTF_8),
            enterprise);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors"))
        .anySatisfy(
            e -> {
              assertThat(e.get("row").asInt()).isEqualTo(2);
              assertThat(e.get("column").asString()).isEqualTo("month");
            })
        .anySatisfy(
            e -> {
              assertThat(e.get("row").asInt()).isEqualTo(3);
              assertThat(e.get("column").asString()).isEqualTo("test_date");
            });
    // a misspelt facility column: the header is refused, naming the column
    Api.Response noFacility =
        api.upload(
            path + "/data",
            "bad.csv",
            "month,facilty,source,activity,amount,unit\n1,U1,POWER,raw_coal,1,t\n"
                .getBytes(StandardCharsets.UTF_8),
            enterprise);
    assertThat(noFacility.status()).isEqualTo(400);
    assertThat(noFacility.json().get("errors"))
        .anySatisfy(e -> assertThat(e.get("column").asString()).isEqualTo("facility"));
    // another enterprise's rows in the file
    Api.Response foreign =
        api.upload(
            path + "/data",
            "bad.csv",
            ("entity_id,year,month,facility,source,activity,amount,unit\n"
                    + OTHER
                    + ",2028,1,U1,POWER,raw_coal,1,t\n"
                    + PLANT
                    + ",2027,1,U1,POWER,raw_coal,1,t\n")
                .getBytes(StandardCharsets.UTF_8),
            enterprise);
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.json().get("errors"))
        .extracting(e -> e.get("column").asString())
        .containsExactlyInAnyOrder("entity_id", "year");
    // English only when asked
    assertThat(api.get(path, enterprise).json().get("dataFile").isNull()).isTrue();

    // an xlsx workbook written here reads like the CSV
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("月度数据");
      String[] head = {"月份", "机组", "排放源", "活动类型", "活动水平", "计量单位", "低位发热量", "含碳量", "碳氧化率"};
      Row h = s.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue(3);
      r.createCell(1).setCellValue("U1");
      r.createCell(2).setCellValue("POWER");
      r.createCell(3).setCellValue("raw_coal");
      r.createCell(4).setCellValue(1000);
      r.createCell(5).setCellValue("t");
      r.createCell(6).setCellValue(20);
      r.createCell(7).setCellValue(0.03);
      r.createCell(8).setCellValue(0.98);
      wb.write(out);
    }
    Api.Response xlsx = api.upload(path + "/data", "2028.xlsx", out.toByteArray(), enterprise);
    assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
    assertThat(xlsx.json().get("dataRows").asInt()).isEqualTo(1);
    // enter once: the permit report of the year reads the same data
    long permit = create(enterprise, PLANT, 2028, "permit");
    assertThat(api.get("/api/v1/reports/" + permit, enterprise).json().get("dataFile").asString())
        .isEqualTo("2028.xlsx");
  }

  @Test
  void aVerifierWithAConflictOrTooManyConsecutiveYearsIsNotAssigned() {
    // conflict: refused while marked, assigned once cleared
    long id = submitted(2009);
    String national = api.login("authority", ApiContract.PASSWORD);
    Api.Response marked =
        api.postJson("/api/v1/verifiers/verifier-b/conflicts", Map.of("entityId", PLANT), henan);
    assertThat(marked.status()).as(marked.body()).isEqualTo(200);
    try {
      Api.Response refused =
          api.postJson(
              "/api/v1/reports/" + id + "/assignment", Map.of("verifier", "verifier-b"), henan);
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.json().get("message").asString()).contains("利益冲突");
      assertThat(
              api.postJson(
                      "/api/v1/verifiers/verifier-b/conflicts",
                      Map.of("entityId", PLANT),
                      enterprise)
                  .status())
          .isEqualTo(403);
    } finally {
      assertThat(
              api.delete("/api/v1/verifiers/verifier-b/conflicts?entityId=" + PLANT, henan)
                  .status())
          .isEqualTo(200);
    }
    assertThat(
            api.postJson(
                    "/api/v1/reports/" + id + "/assignment",
                    Map.of("verifier", "verifier-b"),
                    henan)
                .status())
        .isEqualTo(200);
    // not a verifier
    assertThat(
            api.postJson(
                    "/api/v1/reports/" + id + "/assignment",
                    Map.of("verifier", "enterprise"),
                    henan)
                .status())
        .isEqualTo(400);

    // three consecutive years verified by verifier-b (2010–2012): the fourth is refused (years
    // before the lifecycle's 2026, whose confirmed figure the permit view shows)
    String b = api.login("verifier-b", ApiContract.PASSWORD);
    for (int year = 2010; year <= 2012; year++) {
      long y = submitted(year);
      assertThat(
              api.postJson(
                      "/api/v1/reports/" + y + "/assignment",
                      Map.of("verifier", "verifier-b"),
                      henan)
                  .status())
          .isEqualTo(200);
      assertThat(
              api.postJson(
                      "/api/v1/reports/" + y + "/conclusion",
                      Map.of("verifiedT", Map.of("CO2", 1.0)),
                      b)
                  .status())
          .isEqualTo(200);
    }
    long fourth = submitted(2013);
    Api.Response tooMany =
        api.postJson(
            "/api/v1/reports/" + fourth + "/assignment", Map.of("verifier", "verifier-b"), henan);
    assertThat(tooMany.status()).isEqualTo(409);
    assertThat(tooMany.json().get("message").asString()).contains("3");
    assertThat(
            api.postJson(
                    "/api/v1/reports/" + fourth + "/assignment",
                    Map.of("verifier", "verifier"),
                    henan)
                .status())
        .isEqualTo(200);
    // the verifiers' record
    JsonNode record = api.get("/api/v1/verifiers", national).json();
    assertThat(record)
        .anySatisfy(
            v -> {
              assertThat(v.get("username").asString()).isEqualTo("verifier-b");
              assertThat(v.get("concluded").asInt()).isGreaterThanOrEqualTo(3);
            });
    assertThat(api.get("/api/v1/verifiers", enterprise).status()).isEqualTo(403);
  }

  @Test
  void theAuthorityDrawsASeededSampleAndSeesTheOverview() {
    long a = submitted(2034);
    Api.Response bad =
        api.postJson(
            "/api/v1/reports/sample", Map.of("year", 2034, "count", 1, "share", 0.5), henan);
    assertThat(bad.status()).isEqualTo(400);
    Api.Response drawn =
        api.postJson("/api/v1/reports/sample", Map.of("year", 2034, "count", 5, "seed", 42), henan);
    assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
    assertThat(drawn.json().get("seed").asLong()).isEqualTo(42);
    assertThat(drawn.json().get("reportIds")).hasSize(1);
    assertThat(drawn.json().get("reportIds").get(0).asLong()).isEqualTo(a);
    assertThat(api.get("/api/v1/reports/sample", henan).json())
        .anySatisfy(
            s -> assertThat(s.get("id").asLong()).isEqualTo(drawn.json().get("id").asLong()));
    assertThat(
            api.postJson("/api/v1/reports/sample", Map.of("year", 2034, "count", 1), enterprise)
                .status())
        .isEqualTo(403);

    JsonNode overview = api.get("/api/v1/reports/overview?year=2034", henan).json();
    assertThat(overview.get("byStatus").get("submitted").asInt()).isEqualTo(1);
    assertThat(overview.get("byStatus").get("not_started").asInt()).isPositive();
    assertThat(overview.get("regions"))
        .anySatisfy(r -> assertThat(r.get("region").asString()).isEqualTo("410100"));
    assertThat(api.get("/api/v1/reports/overview?year=2034&region=210000", henan).status())
        .isEqualTo(403);
  }

  @Test
  void checkMessagesComeInTheLanguageAsked() {
    long id = create(enterprise, PLANT, 2035, "ghg");
    Api.Response en = api.getWithLanguage("/api/v1/reports/" + id, enterprise, "en");
    assertThat(en.json().get("checks").get(0).get("message").asString())
        .isEqualTo("no data entered for the year");
    Api.Response zh = api.getWithLanguage("/api/v1/reports/" + id, enterprise, "zh-CN");
    assertThat(zh.json().get("checks").get(0).get("message").asString()).isEqualTo("尚未填报本年度数据");
  }

  /**
   * An authority extends a late draft's deadline: it reads draft again until then; a date not after
   * the current deadline, or not a date, is a located 400; the enterprise and another jurisdiction
   * are refused; a submitted report cannot be extended; audited with both dates.
   */
  @Test
  void anAuthorityExtendsADraftsDeadline() {
    long id = create(enterprise, PLANT, 2021, "ghg");
    String path = "/api/v1/reports/" + id;
    assertThat(api.get(path, enterprise).json().get("status").asString()).isEqualTo("overdue");
    for (String bad : List.of("2022-03-31", "2022-02-30", "next year")) {
      Api.Response refused = api.postJson(path + "/extension", Map.of("deadline", bad), henan);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.json().get("errors").get(0).get("column").asString())
          .isEqualTo("deadline");
    }
    assertThat(api.postJson(path + "/extension", Map.of(), henan).status()).isEqualTo(400);
    assertThat(
            api.postJson(path + "/extension", Map.of("deadline", "2099-06-30"), enterprise)
                .status())
        .isEqualTo(403);
    assertThat(
            api.postJson(path + "/extension", Map.of("deadline", "2099-06-30"), liaoning).status())
        .isEqualTo(404);
    assertThat(api.get(path, enterprise).json().get("deadline").asString()).isEqualTo("2022-03-31");

    Api.Response extended =
        api.postJson(path + "/extension", Map.of("deadline", "2099-06-30"), henan);
    assertThat(extended.status()).as(extended.body()).isEqualTo(200);
    assertThat(extended.json().get("status").asString()).isEqualTo("draft");
    assertThat(extended.json().get("deadline").asString()).isEqualTo("2099-06-30");
    String national = api.login("authority", ApiContract.PASSWORD);
    assertThat(api.get("/api/v1/audit?size=500", national).json().get("items"))
        .anySatisfy(
            e -> {
              assertThat(e.get("action").asString()).isEqualTo("REPORT_EXTEND");
              assertThat(e.get("target").asString()).isEqualTo("report " + id);
              assertThat(e.get("detail").asString()).contains("2022-03-31", "2099-06-30");
            });
    // submitted: no longer a draft to extend
    long sent = submitted(2037);
    assertThat(
            api.postJson(
                    "/api/v1/reports/" + sent + "/extension",
                    Map.of("deadline", "2099-06-30"),
                    henan)
                .status())
        .isEqualTo(409);
  }

  /** An enterprise's database id, as the national authority finds it by its code. */
  private long enterpriseId(String code) {
    String national = api.login("authority", ApiContract.PASSWORD);
    return api.get("/api/v1/enterprises?q=" + code, national)
        .json()
        .get("items")
        .get(0)
        .get("id")
        .asLong();
  }

  /** The id of a 2023 report the demo load made, as the national authority lists it. */
  private long demoReport(String entity, String kind) {
    String national = api.login("authority", ApiContract.PASSWORD);
    for (JsonNode i : api.get("/api/v1/reports?year=2023", national).json()) {
      if (i.get("entityId").asString().equals(entity) && kind.equals(i.get("kind").asString())) {
        return i.get("id").asLong();
      }
    }
    throw new AssertionError("no demo report " + entity + " " + kind);
  }

  /**
   * The demo's 2023 reports in every state (demo/README.md §9), as the national authority counts
   * them: 2 drafts (the caught plants, deadline extended), 1 overdue (永安), 2 submitted (郑州热电, ghg
   * and permit), 1 in verification (阜新), 1 verified (江津), 1 confirmed (the demo enterprise), and
   * the other 147 of the 154 key emitters of enterprises.csv (76 Henan + 46 Liaoning + 26 Chongqing
   * + 6 Sanming) not started. The tests create no report of 2023.
   */
  @Test
  void theDemoHasReportsOf2023InEveryState() {
    String national = api.login("authority", ApiContract.PASSWORD);
    JsonNode byStatus =
        api.get("/api/v1/reports/overview?year=2023", national).json().get("byStatus");
    assertThat(byStatus.get("draft").asInt()).isEqualTo(2);
    assertThat(byStatus.get("overdue").asInt()).isEqualTo(1);
    assertThat(byStatus.get("submitted").asInt()).isEqualTo(2);
    assertThat(byStatus.get("in_verification").asInt()).isEqualTo(1);
    assertThat(byStatus.get("verified").asInt()).isEqualTo(1);
    assertThat(byStatus.get("confirmed").asInt()).isEqualTo(1);
    // other tests may register key emitters of their own: the shipped ones are counted by code
    assertThat(byStatus.get("not_started").asInt()).isGreaterThanOrEqualTo(154 - 7);
    java.util.Set<String> shipped = shippedKeyEmitters();
    assertThat(shipped).hasSize(154);
    long notStarted = 0;
    for (JsonNode i : api.get("/api/v1/reports?year=2023&status=not_started", national).json()) {
      notStarted += shipped.contains(i.get("entityId").asString()) ? 1 : 0;
    }
    assertThat(notStarted).isEqualTo(154 - 7);

    // in verification: the demo verifier's, with a finding at March's coal carbon content of U1
    JsonNode inVerification =
        api.get("/api/v1/reports/" + demoReport("GPPD-1070263", "ghg"), verifier).json();
    assertThat(inVerification.get("status").asString()).isEqualTo("in_verification");
    assertThat(inVerification.get("verifier").asString()).isEqualTo("verifier");
    JsonNode at = inVerification.get("findings").get(0).get("location");
    assertThat(at.get("facility").asString()).isEqualTo("U1");
    assertThat(at.get("month").asInt()).isEqualTo(3);
    assertThat(at.get("field").asString()).isEqualTo("raw_coal.carbon_content");
    // verified by the verifier, confirmed by the authority: the verified CO2 is the reported total
    // rounded up to the tonne
    for (String plant : List.of("GPPD-1075590", PLANT)) {
      JsonNode r = api.get("/api/v1/reports/" + demoReport(plant, "ghg"), national).json();
      assertThat(r.get("verifiedT").get("CO2").asDouble())
          .isEqualTo(Math.ceil(r.get("totalsT").get("CO2").asDouble()));
      assertThat(r.get("findings").get(0).get("status").asString()).isEqualTo("fixed");
    }
    // a late draft reads overdue (31 March 2024 has passed); the caught ones have until later
    JsonNode overdue =
        api.get("/api/v1/reports/" + demoReport("GPPD-1070681", "ghg"), national).json();
    assertThat(overdue.get("status").asString()).isEqualTo("overdue");
    assertThat(overdue.get("deadline").asString()).isEqualTo("2024-03-31");
  }

  /**
   * The codes of the key emitters in the shipped demo/enterprises.csv (read as the loader does).
   */
  private static java.util.Set<String> shippedKeyEmitters() {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (var r =
        new java.io.InputStreamReader(
            ReportApiContract.class.getResourceAsStream("/demo/enterprises.csv"),
            StandardCharsets.UTF_8)) {
      org.cocontrol.io.Table t =
          org.cocontrol.io.Table.read(
              "enterprises.csv",
              r,
              org.cocontrol.io.Table.Columns.any(List.of(), org.cocontrol.io.Table.WIDE));
      for (org.cocontrol.io.Table.Row row : t.rows()) {
        if ("Y".equals(row.get("key_emitter"))) {
          out.add(row.get("id"));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** Month by month, which error check fired at a facility of a report. */
  private static Map<Integer, List<String>> errorsAt(JsonNode report, String facility) {
    Map<Integer, List<String>> out = new java.util.TreeMap<>();
    for (JsonNode k : report.get("checks")) {
      JsonNode at = k.get("location");
      if (k.get("severity").asString().equals("error")
          && facility.equals(at.get("facility").asString())) {
        out.computeIfAbsent(at.get("month").asInt(), m -> new ArrayList<>())
            .add(k.get("code").asString() + " " + at.get("field").asString());
      }
    }
    return out;
  }

  /**
   * The demo's two caught plants, drafts of 2023 the checks block: 许昌 (C_ar/NCV about 0.018 tC/GJ
   * in April–June at both units, far below the 0.024 band floor: an error) and 阜新金山 (unit U1's
   * twelve lab reports all tested on 2024-01-20: one batch split into months).
   */
  @Test
  void theChecksCatchTheDemosTwoPlantsAtTheirMonths() {
    long xuchang = demoReport("GPPD-1075619", "ghg");
    JsonNode r = api.get("/api/v1/reports/" + xuchang, henan).json();
    assertThat(r.get("status").asString()).isEqualTo("draft");
    for (String unit : List.of("U1", "U2")) {
      assertThat(errorsAt(r, unit))
          .isEqualTo(
              Map.of(
                  4, List.of("RPT-CC-BAND raw_coal.carbon_content"),
                  5, List.of("RPT-CC-BAND raw_coal.carbon_content"),
                  6, List.of("RPT-CC-BAND raw_coal.carbon_content")));
    }
    assertThat(r.get("checks"))
        .anySatisfy(k -> assertThat(k.get("message").asString()).contains(" / "));
    // only the enterprise submits; an authority is refused whatever the checks say
    assertThat(api.postJson("/api/v1/reports/" + xuchang + "/submit", Map.of(), henan).status())
        .isEqualTo(403);

    JsonNode fuxin =
        api.get("/api/v1/reports/" + demoReport("GPPD-1070264", "ghg"), liaoning).json();
    assertThat(fuxin.get("status").asString()).isEqualTo("draft");
    Map<Integer, List<String>> u1 = errorsAt(fuxin, "U1");
    assertThat(u1.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    u1.values().forEach(v -> assertThat(v).containsExactly("RPT-LAB-SAME-DATE raw_coal.test_date"));
    assertThat(errorsAt(fuxin, "U2")).isEmpty();
  }

  /**
   * A verifier reads, never writes, the facilities, permit and permit view of an enterprise it has
   * an assigned report of (the demo's 阜新 report, in verification); another enterprise is 404 to it,
   * and to the other verifier this one is.
   */
  @Test
  void aVerifierReadsTheFacilitiesAndPermitOfItsAssignedReportsOnly() {
    demoReport("GPPD-1070263", "ghg");
    long fuxin = enterpriseId("GPPD-1070263");
    long yongan = enterpriseId("GPPD-1070681");
    String base = "/api/v1/enterprises/" + fuxin;
    for (String path : List.of("/facilities", "/permit", "/permit/view", "/permit?year=2023")) {
      Api.Response ok = api.get(base + path, verifier);
      assertThat(ok.status()).as(path + " " + ok.body()).isEqualTo(200);
    }
    JsonNode facilities = api.get(base + "/facilities", verifier).json();
    assertThat(api.putJson(base + "/facilities", facilities, verifier).status()).isEqualTo(403);
    assertThat(api.get("/api/v1/enterprises/" + yongan + "/facilities", verifier).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/enterprises/" + yongan + "/permit/view", verifier).status())
        .isEqualTo(404);
    String other = api.login("verifier-b", ApiContract.PASSWORD);
    assertThat(api.get(base + "/permit", other).status()).isEqualTo(404);
    // still nothing else of the enterprise's reported data: its detail answers as for the public
    assertThat(api.get(base, verifier).status()).isEqualTo(404);
  }
}
