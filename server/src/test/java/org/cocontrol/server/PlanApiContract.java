package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The plans API over HTTP with the demo data: documents, progress, statuses, assessment, roll-up.
 * The same on H2 ({@link H2PlanApiTests}) and PostgreSQL ({@link PostgresPlanApiTests}).
 */
abstract class PlanApiContract {

  private static final double EPS = 1e-9;
  private static final String LN = "/api/v1/plans/liaoning-2023";

  @LocalServerPort int port;
  Api api;
  String token;

  @BeforeEach
  void client() {
    api = new Api(port);
    token = api.login("authority", ApiContract.PASSWORD);
  }

  @Test
  void the_plans_are_public_documents() {
    Api.Response list = api.get("/api/v1/plans", null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json()).hasSize(4);
    JsonNode ln = list.json().get(0);
    assertThat(ln.get("id").asString()).isEqualTo("liaoning-2023");
    assertThat(ln.get("jurisdiction").asString()).isEqualTo("210000");
    assertThat(ln.get("documentNumber").asString()).isEqualTo("辽环发〔2023〕39号");
    assertThat(ln.get("issuedOn").asString()).isEqualTo("2023-10-20");
    assertThat(ln.get("title").asString()).isEqualTo("辽宁省减污降碳协同增效实施方案");

    JsonNode indicators = api.get(LN + "/indicators", null).json();
    JsonNode co2 = find(indicators, "id", "LN-02");
    assertThat(co2.get("kind").asString()).isEqualTo("reduction");
    assertThat(co2.get("targetValue").asDouble()).isEqualTo(18.0);
    assertThat(co2.get("baseYear").asInt()).isEqualTo(2020);
    assertThat(co2.get("targetYear").asInt()).isEqualTo(2025);
    assertThat(co2.get("sourceText").asString()).contains("18%");

    JsonNode tasks = api.get(LN + "/tasks", null).json();
    assertThat(tasks).hasSize(25);
    // as the copy writes it: half-width brackets here
    assertThat(tasks.get(0).get("number").asString()).isEqualTo("(四)");
    assertThat(tasks.get(0).get("leadDepartments").get(0).asString()).isEqualTo("省生态环境厅");
    assertThat(tasks.get(0).get("theme").asString()).isNotBlank();
    JsonNode ecology = api.get(LN + "/tasks?department=ecology-environment", null).json();
    assertThat(ecology.size()).isPositive().isLessThan(25);
    assertThat(api.get(LN + "/tasks?theme=weather", null).status()).isEqualTo(400);
    assertThat(api.get("/api/v1/plans/nowhere-2023", null).status()).isEqualTo(404);

    JsonNode detail = api.get(LN, null).json();
    assertThat(detail.get("items")).hasSize(37);
    JsonNode four = find(detail.get("items"), "id", "3.4");
    String source = api.get(LN + "/source", null).body();
    assertThat(source.split("\n")[four.get("firstLine").asInt() - 1]).contains("强化生态环境分区管控");

    Api.Response henan = api.get("/api/v1/plans/henan-2023/tasks", null);
    assertThat(find(henan.json(), "number", "19").get("leadDepartments").get(0).asString())
        .isNotBlank();
  }

  @Test
  void progress_needs_an_authority() {
    assertThat(api.get(LN + "/status", null).status()).isEqualTo(401);
    String enterprise = api.login("enterprise", ApiContract.PASSWORD);
    assertThat(api.get(LN + "/status", enterprise).status()).isEqualTo(403);
    assertThat(
            api.postJson(
                    LN + "/indicators/LN-02/values", Map.of("year", 2023, "value", 1), enterprise)
                .status())
        .isEqualTo(403);
    assertThat(
            api.postJson(LN + "/indicators/LN-02/values", Map.of("year", 2023, "value", 1), null)
                .status())
        .isEqualTo(401);
  }

  @Test
  void recording_values_moves_the_status_along_the_trajectory() {
    String path = LN + "/indicators/LN-02";
    JsonNode none = api.get(path + "/status?year=2023", token).json();
    assertThat(none.get("status").asString()).isEqualTo("no_data");
    assertThat(none.get("reason").asString()).isEqualTo("no_base");

    // Liaoning states no 2020 level: complete it, then 2023 = 88 is ahead of the path (89.2).
    assertThat(api.putJson(path + "/target", Map.of("baseValue", 100), token).status())
        .isEqualTo(200);
    assertThat(api.postJson(path + "/values", Map.of("year", 2023, "value", 88), token).status())
        .isEqualTo(201);
    JsonNode s = api.get(path + "/status?year=2023", token).json();
    assertThat(s.get("status").asString()).isEqualTo("on_track");
    assertThat(s.get("expected").asDouble()).isCloseTo(89.2, within(EPS));
    assertThat(s.get("actual").asDouble()).isEqualTo(88.0);
    assertThat(s.get("projected").asDouble()).isCloseTo(80, within(EPS));
    assertThat(s.get("targetLevel").asDouble()).isCloseTo(82, within(EPS));
    assertThat(s.get("trajectory")).hasSize(2);

    api.postJson(path + "/values", Map.of("year", 2023, "value", 97, "note", "修订"), token);
    JsonNode off = api.get(path + "/status?year=2023", token).json();
    assertThat(off.get("status").asString()).isEqualTo("off_track");
    assertThat(off.get("values")).hasSize(1);

    api.postJson(path + "/values", Map.of("year", 2024, "value", 81.5), token);
    assertThat(api.get(path + "/status?year=2024", token).json().get("status").asString())
        .isEqualTo("achieved");
    assertThat(api.delete(path + "/values/2024", token).status()).isEqualTo(204);
    assertThat(api.delete(path + "/values/2024", token).status()).isEqualTo(404);

    // A user trajectory: 2023 at 98 makes 97 on track.
    Map<String, Object> trajectory = Map.of("points", List.of(Map.of("year", 2023, "value", 98)));
    assertThat(api.putJson(path + "/trajectory", trajectory, token).status()).isEqualTo(200);
    assertThat(api.get(path + "/status?year=2023", token).json().get("status").asString())
        .isEqualTo("on_track");
    api.putJson(path + "/trajectory", Map.of("points", List.of()), token);

    // The same plan's indicators for all at once.
    JsonNode all = api.get(LN + "/status?year=2023", token).json();
    assertThat(all).hasSize(36);
    assertThat(find(all, "indicatorId", "LN-02").get("status").asString()).isEqualTo("off_track");
  }

  @Test
  void bad_values_are_refused_with_their_field() {
    String path = LN + "/indicators/LN-03/values";
    Api.Response r = api.postJson(path, Map.of("year", 3000, "value", "abc"), token);
    assertThat(r.status()).isEqualTo(400);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", 3000);
    body.put("value", null);
    Api.Response bad = api.postJson(path, body, token);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors"))
        .extracting(e -> e.get("column").asString())
        .contains("year", "value");
    Api.Response outside =
        api.postJson(path, Map.of("year", 2023, "value", 1, "region", "110000"), token);
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.json().get("message").asString()).contains("110000");
    assertThat(
            api.postJson(LN + "/indicators/LN-99/values", Map.of("year", 2023, "value", 1), token)
                .status())
        .isEqualTo(404);
    // a plan's own written target cannot be overwritten
    assertThat(
            api.putJson(LN + "/indicators/LN-03/target", Map.of("targetValue", 1), token).status())
        .isEqualTo(400);
  }

  @Test
  void an_inherited_target_is_completed_by_the_user() {
    String path = "/api/v1/plans/sanming-2022/indicators/SM-01";
    JsonNode before = api.get(path + "/status?year=2023", token).json();
    assertThat(before.get("kind").asString()).isEqualTo("inherited");
    assertThat(before.get("status").asString()).isEqualTo("no_data");
    assertThat(before.get("reason").asString()).isEqualTo("no_target");
    assertThat(before.get("targetCompleted").asBoolean()).isFalse();

    api.putJson(path + "/target", Map.of("targetValue", 22, "note", "省下达"), token);
    api.postJson(path + "/values", Map.of("year", 2021, "value", 20), token);
    api.postJson(path + "/values", Map.of("year", 2023, "value", 21.2), token);
    JsonNode after = api.get(path + "/status?year=2023", token).json();
    // start (2021, 20) → (2025, 22): 2023 expects 21; 21.2 is ahead
    assertThat(after.get("targetCompleted").asBoolean()).isTrue();
    assertThat(after.get("expected").asDouble()).isCloseTo(21, within(EPS));
    assertThat(after.get("status").asString()).isEqualTo("on_track");
  }

  @Test
  void an_import_is_all_or_nothing_with_cell_references() throws Exception {
    String bad =
        "indicator_id,year,value,region\nLN-04,2022,41,\nLN-99,2023,x,\nLN-04,20x3,44,110000\n";
    Api.Response rejected =
        api.upload(
            LN + "/values/import", "values.csv", bad.getBytes(StandardCharsets.UTF_8), token);
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.json().get("message").asString()).contains("nothing was saved");
    // row and column as io's table reader found them; LN-99 is refused when the values are checked
    // against the plan, later
    List<String> where = new ArrayList<>();
    rejected
        .json()
        .get("errors")
        .forEach(
            e ->
                where.add(
                    e.get("row").asInt()
                        + " "
                        + e.get("column").asString()
                        + " "
                        + e.get("location").asString()
                        + " "
                        + e.get("value").asString()));
    assertThat(where).containsExactly("3 value line 3 x", "4 year line 4 20x3");
    assertThat(api.get(LN + "/indicators/LN-04/status?year=2022", token).json().get("values"))
        .isEmpty();

    try (XSSFWorkbook wb = new XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Sheet1");
      String[][] rows = {
        {"指标编号", "年份", "数值", "地区代码"},
        {"LN-04", "2021", "41", ""},
        {"LN-04", "2023", "47", "210000"},
        {"LN-07", "2023", "120", "210100"}
      };
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          if (i > 0 && (j == 1 || j == 2)) {
            row.createCell(j).setCellValue(Double.parseDouble(rows[i][j]));
          } else {
            row.createCell(j).setCellValue(rows[i][j]);
          }
        }
      }
      wb.write(out);
      Api.Response ok = api.upload(LN + "/values/import", "values.xlsx", out.toByteArray(), token);
      assertThat(ok.status()).as(ok.body()).isEqualTo(200);
      assertThat(ok.json().get("values").asInt()).isEqualTo(3);
    }
    JsonNode share = api.get(LN + "/indicators/LN-04/status?year=2023", token).json();
    assertThat(share.get("values")).hasSize(2);
    assertThat(share.get("values").get(0).get("origin").asString()).isEqualTo("import");
  }

  @Test
  void task_progress_with_evidence_feeds_the_assessment() throws Exception {
    Api.Response bad =
        api.postJson(
            LN + "/tasks/3.4/progress", Map.of("period", "2024Q5", "status", "done"), token);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(
            api.postJson(
                    LN + "/tasks/3.4/progress",
                    Map.of("period", "2024Q1", "status", "finished"),
                    token)
                .status())
        .isEqualTo(400);
    assertThat(
            api.postJson(
                    LN + "/tasks/9.9/progress", Map.of("period", "2024Q1", "status", "done"), token)
                .status())
        .isEqualTo(404);

    Api.Response q1 =
        api.postJson(
            LN + "/tasks/3.4/progress",
            Map.of("period", "2024Q1", "status", "delayed", "narrative", "清单编制中"),
            token);
    assertThat(q1.status()).isEqualTo(200);
    // by its number as written
    Api.Response q3 =
        api.postJson(
            LN + "/tasks/（四）/progress",
            Map.of("period", "2024Q3", "status", "done", "narrative", "已印发"),
            token);
    assertThat(q3.json().get("taskId").asString()).isEqualTo("3.4");
    long id = q3.json().get("id").asLong();
    byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8);
    Api.Response ev = api.upload(LN + "/progress/" + id + "/evidence", "印发通知.pdf", pdf, token);
    assertThat(ev.status()).isEqualTo(201);
    assertThat(api.upload(LN + "/progress/" + id + "/evidence", "run.exe", pdf, token).status())
        .isEqualTo(400);
    HttpResponse<byte[]> download =
        api.getBytes("/api/v1/plans/evidence/" + ev.json().get("id").asLong(), token);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(
            api.getBytes("/api/v1/plans/evidence/" + ev.json().get("id").asLong(), null)
                .statusCode())
        .isEqualTo(401);
    JsonNode progress = api.get(LN + "/progress", token).json();
    assertThat(find(progress, "period", "2024Q3").get("evidence")).hasSize(1);

    // At 2024Q2 the task was delayed (half credit), by 2024Q4 done.
    Map<String, Object> scheme = Map.of("taskWeight", 5, "indicatorWeight", 0);
    JsonNode mid =
        api.postJson(
                LN + "/assessment",
                Map.of("year", 2024, "period", "2024Q2", "scheme", scheme),
                token)
            .json();
    assertThat(find(mid.get("lines"), "id", "3.4").get("score").asDouble())
        .isCloseTo(2.5, within(EPS));
    JsonNode end =
        api.postJson(LN + "/assessment", Map.of("year", 2024, "scheme", scheme), token).json();
    assertThat(find(end.get("lines"), "id", "3.4").get("status").asString()).isEqualTo("done");
    assertThat(end.get("maxScore").asDouble()).isCloseTo(25 * 5, within(EPS));
    assertThat(end.get("percent").asDouble()).isCloseTo(5.0 / 125 * 100, within(EPS));
    assertThat(end.get("grade").asString()).isEqualTo("fail");
  }

  @Test
  void the_assessment_has_veto_items_departments_and_an_official_xlsx() throws Exception {
    String path = "/api/v1/plans/chongqing-2023";
    // CQ-01 non-fossil share ≥ 25% by 2025: 2025 value 24 misses → off track → vetoed
    api.postJson(path + "/indicators/CQ-01/values", Map.of("year", 2025, "value", 24), token);
    Map<String, Object> scheme =
        Map.of("vetoIndicators", List.of("CQ-01"), "indicatorWeights", Map.of("CQ-01", 20));
    JsonNode a =
        api.postJson(path + "/assessment", Map.of("year", 2025, "scheme", scheme), token).json();
    assertThat(a.get("vetoed").get(0).asString()).isEqualTo("CQ-01");
    assertThat(a.get("grade").asString()).isEqualTo("fail");
    assertThat(find(a.get("lines"), "id", "CQ-01").get("weight").asDouble()).isEqualTo(20.0);
    assertThat(a.get("scheme").get("grades")).hasSize(4);

    Api.Response badScheme =
        api.postJson(
            path + "/assessment",
            Map.of(
                "scheme",
                Map.of("vetoIndicators", List.of("LN-01"), "rules", Map.of("count", "lottery"))),
            token);
    assertThat(badScheme.status()).isEqualTo(400);
    assertThat(badScheme.json().get("errors")).hasSize(2);

    JsonNode dept =
        api.postJson(path + "/assessment", Map.of("year", 2025, "department", "transport"), token)
            .json();
    assertThat(dept.get("departmentName").asString()).isEqualTo("交通运输部门");
    assertThat(dept.get("lines").size()).isPositive().isLessThan(a.get("lines").size());

    HttpResponse<byte[]> xlsx =
        api.postForBytes(path + "/assessment.xlsx", Map.of("year", 2025, "scheme", scheme), token);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
        .contains("filename*=UTF-8''");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = wb.getSheetAt(0);
      DataFormatter fmt = new DataFormatter();
      assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(0)))
          .isEqualTo("重庆市减污降碳协同增效实施方案 2025年度目标任务考核评分表");
      assertThat(fmt.formatCellValue(sheet.getRow(2).getCell(2))).isEqualTo("考核内容");
      List<String> firstColumn = new ArrayList<>();
      sheet.forEach(
          r -> firstColumn.add(r.getCell(0) == null ? "" : fmt.formatCellValue(r.getCell(0))));
      assertThat(firstColumn).contains("合计", "一票否决事项", "考核等次");
      int gradeRow = firstColumn.indexOf("考核等次");
      assertThat(fmt.formatCellValue(sheet.getRow(gradeRow).getCell(3))).isEqualTo("不合格");
      // 16 indicators and 26 tasks, one row each, below the three header rows
      assertThat(firstColumn.indexOf("合计")).isEqualTo(3 + 16 + 26);
    }
  }

  @Test
  void city_progress_rolls_up_into_the_province() {
    String path = LN + "/indicators/LN-07";
    api.putJson(path + "/target", Map.of("region", "210100", "targetValue", 150), token);
    api.putJson(path + "/target", Map.of("region", "210200", "targetValue", 120), token);
    api.postJson(path + "/values", Map.of("year", 2023, "value", 100, "region", "210100"), token);
    api.postJson(path + "/values", Map.of("year", 2023, "value", 40, "region", "210200"), token);
    JsonNode roll = api.get(LN + "/rollup?year=2023", token).json();
    assertThat(roll.get("childRegions"))
        .extracting(JsonNode::asString)
        .contains("210100", "210200");
    JsonNode count = find(roll.get("indicators"), "indicatorId", "LN-07");
    assertThat(count.get("sumActual").asDouble()).isCloseTo(140, within(EPS));
    assertThat(count.get("sumTarget").asDouble()).isCloseTo(270, within(EPS));
    JsonNode shenyang = find(count.get("regions"), "region", "210100");
    assertThat(shenyang.get("name").asString()).isEqualTo("沈阳市");
    // A city's indicator without its own allocation takes the province's written target.
    JsonNode share =
        find(
            find(roll.get("indicators"), "indicatorId", "LN-04").get("regions"),
            "region",
            "210100");
    assertThat(share.get("status").get("targetValue").asDouble()).isEqualTo(55.0);
    // …but an amount of the whole province is no target for one city until it is allocated.
    JsonNode capacity =
        find(
            find(roll.get("indicators"), "indicatorId", "LN-03").get("regions"),
            "region",
            "210100");
    assertThat(capacity.get("status").get("reason").asString()).isEqualTo("no_target");
  }

  @Test
  void plans_compare_side_by_side_and_departments_are_normalised() {
    JsonNode compare = api.get("/api/v1/plans/compare", null).json();
    assertThat(compare.get("themes")).hasSize(14);
    assertThat(compare.get("plans")).hasSize(4);
    JsonNode manure = find(compare.get("topics"), "topic", "manure");
    assertThat(manure.get("byPlan").properties()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(manure.get("targetsDiffer").asBoolean()).isTrue();
    JsonNode co2 = find(compare.get("topics"), "topic", "co2_intensity");
    assertThat(co2.get("byPlan").has("liaoning-2023")).isTrue();
    assertThat(co2.get("byPlan").has("henan-2023")).isTrue();

    JsonNode departments = api.get("/api/v1/plans/departments", null).json();
    JsonNode ecology = find(departments, "code", "ecology-environment");
    for (String plan : List.of("liaoning-2023", "henan-2023", "chongqing-2023", "sanming-2022")) {
      assertThat(ecology.get("leadByPlan").get(plan).asInt()).as(plan).isPositive();
    }
    assertThat(ecology.get("namesAsWritten"))
        .extracting(JsonNode::asString)
        .contains("省生态环境厅", "市生态环境局");
  }

  @Test
  void intensities_are_computed_from_the_inventory_and_statistics() {
    String path = LN + "/indicators/LN-02/compute";
    JsonNode noGdp = api.postJson(path, Map.of(), token).json();
    assertThat(noGdp.get("computed")).isEmpty();
    assertThat(noGdp.get("skipped").get(0).get("reason").asString()).contains("GDP");

    Api.Response badStats =
        api.postJson(
            "/api/v1/statistics",
            List.of(
                Map.of(
                    "region", "210000", "year", 2019, "name", "gdp", "value", 24909.5, "unit",
                    "美元")),
            token);
    assertThat(badStats.status()).isEqualTo(400);
    assertThat(badStats.json().get("errors").get(0).get("column").asString()).isEqualTo("unit");
    String enterprise = api.login("enterprise", ApiContract.PASSWORD);
    assertThat(api.postJson("/api/v1/statistics", List.of(), enterprise).status()).isEqualTo(403);
    // a test figure for GDP (亿元), not an official statistic
    assertThat(
            api.postJson(
                    "/api/v1/statistics",
                    List.of(
                        Map.of(
                            "region", "210000", "year", 2019, "name", "gdp", "value", 25000, "unit",
                            "亿元")),
                    token)
                .status())
        .isEqualTo(200);

    // Liaoning's 2019 CO2 is the CEADs total, 533,388,435.865 t (ceads_province.csv.gz), not the
    // ledger's power plants
    double co2 = 533388435.865;
    JsonNode trend2019 =
        api.get("/api/v1/public/trend?region=210000", null)
            .json()
            .get("series")
            .get(0)
            .get("points")
            .valueStream()
            .filter(p -> p.get("year").asInt() == 2019)
            .findFirst()
            .orElseThrow();
    assertThat(trend2019.get("valueT").asDouble()).isCloseTo(co2, within(co2 * 1e-12));
    JsonNode computed = api.postJson(path, Map.of(), token).json();
    JsonNode v2019 = find(computed.get("computed"), "year", "2019");
    // t CO2 over 25,000 亿元 = 2.5e8 万元: 2.13355374346 t/万元
    assertThat(v2019.get("value").asDouble()).isCloseTo(co2 / 2.5e8, within(co2 / 2.5e8 * 1e-12));
    assertThat(v2019.get("origin").asString()).isEqualTo("computed");
    assertThat(v2019.get("note").asString()).contains("CEADs");

    assertThat(api.postJson(LN + "/indicators/LN-03/compute", Map.of(), token).status())
        .isEqualTo(400);
  }

  /**
   * Missing is not zero: a ledger year whose sources are not those of the reference year is not a
   * value to compare.
   */
  @Test
  void a_ledger_year_not_comparable_with_the_reference_year_is_not_computed() {
    // 中原区 (410102) has no CEADs series: its CO2 comes from the ledger, two power plants 2019–2022.
    // In 2023 only a boiler
    // never reported before: nothing of 2019 is in 2023, so 2023 is insufficient data, not a fall
    // of almost 100 %.
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit\nPC1,TEST-PLAN-1,410102,2023,IND_BOILER,原煤,1000,t\n";
    assertThat(
            api.upload(
                    "/api/v1/activities",
                    "plan.csv",
                    csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    token)
                .status())
        .isEqualTo(201);
    Api.Response r =
        api.postJson(
            "/api/v1/plans/henan-2023/indicators/HA-01/compute", Map.of("region", "410102"), token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    String reason = find(r.json().get("skipped"), "year", "2023").get("reason").asString();
    assertThat(reason)
        .startsWith("数据不足：2019年与2023年均有报送的排放源0个")
        .contains("覆盖率低于95.0%")
        .contains("insufficient data");
    // the years of the two plants are comparable with 2019; they lack only the district's GDP
    assertThat(find(r.json().get("skipped"), "year", "2022").get("reason").asString())
        .contains("GDP");
  }

  @Test
  void the_scheduling_sheet_goes_out_and_comes_back_filled_in() throws Exception {
    String path = "/api/v1/plans/sanming-2022/progress";
    HttpResponse<byte[]> sheet = api.getBytes(path + "/sheet.xlsx?period=2025Q1", token);
    assertThat(sheet.statusCode()).isEqualTo(200);
    byte[] filled;
    byte[] broken;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
      Sheet s = wb.getSheetAt(0);
      DataFormatter fmt = new DataFormatter();
      assertThat(fmt.formatCellValue(s.getRow(0).getCell(0))).contains("三明市减污降碳协同增效实施方案", "2025Q1");
      assertThat(fmt.formatCellValue(s.getRow(1).getCell(6))).isEqualTo("进展状态");
      assertThat(s.getLastRowNum() - 1).isEqualTo(26); // one row per task, （一）–（二十六）
      assertThat(fmt.formatCellValue(s.getRow(2).getCell(0))).isEqualTo("3.1");
      assertThat(s.getDataValidations()).hasSize(1);
      assertThat(s.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
          .containsExactly("未启动", "正常推进", "滞后", "已完成");
      s.getRow(2).getCell(6).setCellValue("已完成");
      s.getRow(2).getCell(7).setCellValue("清单已印发");
      s.getRow(3).getCell(6).setCellValue("on_track");
      var out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      filled = out.toByteArray();
      s.getRow(4).getCell(6).setCellValue("差不多");
      s.getRow(5).getCell(5).setCellValue("2025Q7");
      s.getRow(5).getCell(6).setCellValue("滞后");
      out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      broken = out.toByteArray();
    }
    Api.Response rejected = api.upload(path + "/import", "调度表.xlsx", broken, token);
    assertThat(rejected.status()).isEqualTo(400);
    List<String> where = new ArrayList<>();
    rejected.json().get("errors").forEach(e -> where.add(e.get("location").asString()));
    assertThat(where).containsExactlyInAnyOrder("任务调度表!G5", "任务调度表!F6");
    assertThat(api.get(path, token).json()).isEmpty();

    Api.Response ok = api.upload(path + "/import", "调度表.xlsx", filled, token);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("reports").asInt()).isEqualTo(2);
    JsonNode progress = api.get(path, token).json();
    assertThat(find(progress, "taskId", "3.1").get("status").asString()).isEqualTo("done");
    assertThat(find(progress, "taskId", "3.1").get("narrative").asString()).isEqualTo("清单已印发");
    assertThat(find(progress, "taskId", "3.2").get("status").asString()).isEqualTo("on_track");
    // the next sheet carries the last report
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                api.getBytes(path + "/sheet.xlsx?period=2025Q2", token).body()))) {
      assertThat(new DataFormatter().formatCellValue(wb.getSheetAt(0).getRow(2).getCell(8)))
          .isEqualTo("2025Q1 已完成：清单已印发");
    }
    // a sheet typed by hand may name the task by its number, as the document writes it
    Api.Response byNumber =
        api.upload(
            path + "/import",
            "调度表.csv",
            "任务编号,报告期,进展状态\n（三）,2025Q2,滞后\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            token);
    assertThat(byNumber.status()).as(byNumber.body()).isEqualTo(200);
    assertThat(find(api.get(path, token).json(), "taskId", "3.3").get("status").asString())
        .isEqualTo("delayed");
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.has(field) && n.get(field).asString().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + array);
  }
}
