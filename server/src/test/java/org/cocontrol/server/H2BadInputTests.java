package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No input gives a 500: each kind of bad input the issue names is a 400 (or 413/415) with a message
 * that says what and where — null list elements, damaged workbooks, a page past the end, a
 * multipart body without its boundary, NUL and over-long strings, wrong JSON types — and evidence
 * files are judged by their content. Also the security headers.
 */
@H2ApiServer
class H2BadInputTests {

  private static final String LN = "/api/v1/plans/liaoning-2023";

  @LocalServerPort int port;
  Api api;
  String token;

  @BeforeEach
  void client() {
    api = new Api(port);
    token = api.login("authority", ApiContract.PASSWORD);
  }

  private static String column(Api.Response r) {
    return r.json().get("errors").get(0).get("column").asString();
  }

  @Test
  void aNullElementInAJsonListIsA400NamingTheElement() {
    for (String path : List.of("/api/v1/statistics", "/api/v1/activities")) {
      Api.Response r =
          api.raw(
              "POST", path, "application/json", "[null]".getBytes(StandardCharsets.UTF_8), token);
      assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
      assertThat(column(r)).isEqualTo("[0]");
      assertThat(r.json().get("errors").get(0).get("row").asInt()).isEqualTo(1);
    }
    Api.Response points =
        api.raw(
            "PUT",
            LN + "/indicators/LN-02/trajectory",
            "application/json",
            "{\"points\":[{\"year\":2023,\"value\":1},null]}".getBytes(StandardCharsets.UTF_8),
            token);
    assertThat(points.status()).isEqualTo(400);
    assertThat(column(points)).isEqualTo("points[1]");
  }

  @Test
  void aTruncatedOrCorruptWorkbookIsA400() throws IOException {
    byte[] xlsx = workbook();
    byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);
    byte[] garbled = xlsx.clone();
    for (int i = 200; i < 400; i++) {
      garbled[i] = (byte) (i * 31);
    }
    for (byte[] bad : List.of(truncated, garbled)) {
      Api.Response upload = api.upload("/api/v1/activities", "activities.xlsx", bad, token);
      assertThat(upload.status()).as(upload.body()).isEqualTo(400);
      assertThat(upload.json().get("errors").get(0).get("message").asString()).contains("xlsx");
      assertThat(api.upload(LN + "/values/import", "values.xlsx", bad, token).status())
          .isEqualTo(400);
      assertThat(api.upload(LN + "/progress/import", "sheet.xlsx", bad, token).status())
          .isEqualTo(400);
    }
  }

  @Test
  void aPageFarPastTheEndIsA400NamingThePage() {
    Api.Response overflow = api.get("/api/v1/enterprises?page=2147483647&size=200", token);
    assertThat(overflow.status()).as(overflow.body()).isEqualTo(400);
    assertThat(column(overflow)).isEqualTo("page");
    assertThat(column(api.get("/api/v1/enterprises?page=-1", token))).isEqualTo("page");
    assertThat(column(api.get("/api/v1/enterprises?size=0", token))).isEqualTo("size");
    Api.Response notANumber = api.get("/api/v1/enterprises?page=99999999999", token);
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(column(notANumber)).isEqualTo("page");
    assertThat(column(api.get("/api/v1/audit?page=2147483647&size=500", token))).isEqualTo("page");
  }

  @Test
  void aMultipartBodyWithoutItsBoundaryIsA400() {
    byte[] body =
        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nrecord_id\r\n--x--\r\n"
            .getBytes(StandardCharsets.UTF_8);
    for (String path :
        List.of("/api/v1/activities", LN + "/values/import", LN + "/progress/import")) {
      Api.Response r = api.raw("POST", path, "multipart/form-data", body, token);
      assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
      assertThat(r.json().get("message").asString()).contains("multipart");
      Api.Response garbage =
          api.raw(
              "POST",
              path,
              "multipart/form-data; boundary=x",
              "not a multipart body at all".getBytes(),
              token);
      assertThat(garbage.status()).as(path + " " + garbage.body()).isBetween(400, 499);
    }
  }

  @Test
  void nulInANameOrTextIsA400NamingTheField() {
    Api.Response note =
        api.postJson(
            LN + "/indicators/LN-02/values",
            Map.of("year", 2019, "value", 1, "note", "a\u0000b"),
            token);
    assertThat(note.status()).isEqualTo(400);
    assertThat(column(note)).isEqualTo("note");
    Api.Response file =
        api.upload("/api/v1/activities", "a\u0000b.csv", "record_id\n".getBytes(), token);
    assertThat(file.status()).as(file.body()).isEqualTo(400);
    assertThat(column(file)).isEqualTo("file");
    Api.Response query = api.get("/api/v1/enterprises?q=a%00b", token);
    assertThat(query.status()).isEqualTo(400);
    assertThat(column(query)).isEqualTo("q");
    Api.Response record =
        api.postJson(
            "/api/v1/activities",
            List.of(
                Map.of(
                    "record_id",
                    "N1",
                    "entity_id",
                    "E\u0000",
                    "region",
                    "410105",
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
            token);
    assertThat(record.status()).isEqualTo(400);
  }

  @Test
  void everyStringHasALengthLimitNamedInThe400() {
    Api.Response note =
        api.postJson(
            LN + "/indicators/LN-02/values",
            Map.of("year", 2019, "value", 1, "note", "长".repeat(1001)),
            token);
    assertThat(note.status()).isEqualTo(400);
    assertThat(column(note)).isEqualTo("note");
    assertThat(note.json().get("errors").get(0).get("message").asString()).contains("1000");
    Api.Response narrative =
        api.postJson(
            LN + "/tasks/3.4/progress",
            Map.of("period", "2024Q1", "status", "done", "narrative", "x".repeat(8001)),
            token);
    assertThat(column(narrative)).isEqualTo("narrative");
    assertThat(
            api.postJson(
                    LN + "/tasks/3.4/progress",
                    Map.of("period", "2019Q1", "status", "done", "narrative", "x".repeat(8000)),
                    token)
                .status())
        .isEqualTo(200);
    Api.Response upload =
        api.upload("/api/v1/activities", "n".repeat(300) + ".csv", "record_id\n".getBytes(), token);
    assertThat(upload.status()).isEqualTo(400);
    assertThat(column(upload)).isEqualTo("file");
    long progress =
        api.postJson(
                LN + "/tasks/3.4/progress", Map.of("period", "2019Q2", "status", "done"), token)
            .json()
            .get("id")
            .asLong();
    Api.Response evidence =
        api.upload(
            LN + "/progress/" + progress + "/evidence",
            "e".repeat(300) + ".pdf",
            "%PDF-1.4".getBytes(),
            token);
    assertThat(evidence.status()).isEqualTo(400);
    assertThat(column(evidence)).isEqualTo("file");
    Api.Response query = api.get("/api/v1/enterprises?q=" + "q".repeat(201), token);
    assertThat(query.status()).isEqualTo(400);
    assertThat(column(query)).isEqualTo("q");
    Api.Response recordId =
        api.postJson(
            "/api/v1/activities",
            List.of(
                Map.of(
                    "record_id",
                    "r".repeat(101),
                    "entity_id",
                    "E",
                    "region",
                    "410105",
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
            token);
    assertThat(recordId.status()).isEqualTo(400);
    assertThat(column(recordId)).isEqualTo("record_id");
  }

  @Test
  void aWrongJsonTypeNamesTheField() {
    Api.Response r =
        api.raw(
            "POST",
            LN + "/indicators/LN-02/values",
            "application/json",
            "{\"year\":\"abc\",\"value\":1}".getBytes(),
            token);
    assertThat(r.status()).isEqualTo(400);
    assertThat(column(r)).isEqualTo("year");
    Api.Response nested =
        api.raw(
            "PUT",
            LN + "/indicators/LN-02/trajectory",
            "application/json",
            "{\"points\":[{\"year\":2023,\"value\":[1]}]}".getBytes(),
            token);
    assertThat(nested.status()).isEqualTo(400);
    assertThat(column(nested)).isEqualTo("points[0].value");
    assertThat(
            api.raw(
                    "POST",
                    LN + "/indicators/LN-02/values",
                    "text/plain",
                    "year=1".getBytes(),
                    token)
                .status())
        .isEqualTo(415);
    assertThat(
            api.raw("POST", LN + "/indicators/LN-02/values", "application/json", new byte[0], token)
                .status())
        .isEqualTo(400);
  }

  @Test
  void numbersOutOfRangeAreRefusedNotStored() {
    Api.Response year =
        api.putJson(
            LN + "/indicators/LN-02/trajectory",
            Map.of("region", "210100", "points", List.of(Map.of("year", 99999, "value", 1))),
            token);
    assertThat(year.status()).isEqualTo(400);
    assertThat(column(year)).isEqualTo("points[0].year");
    Api.Response missingYear =
        api.putJson(
            LN + "/indicators/LN-02/trajectory",
            Map.of("region", "210100", "points", List.of(Map.of("value", 1))),
            token);
    assertThat(missingYear.status()).isEqualTo(400);
    Api.Response infinite =
        api.raw(
            "PUT",
            LN + "/indicators/LN-02/trajectory",
            "application/json",
            "{\"region\":\"210100\",\"points\":[{\"year\":2023,\"value\":1e400}]}"
                .getBytes(StandardCharsets.UTF_8),
            token);
    assertThat(infinite.status()).isEqualTo(400);
    assertThat(column(infinite)).isEqualTo("points[0].value");
    Api.Response target =
        api.raw(
            "PUT",
            "/api/v1/plans/sanming-2022/indicators/SM-01/target",
            "application/json",
            "{\"targetValue\":1e400}".getBytes(StandardCharsets.UTF_8),
            token);
    assertThat(target.status()).isEqualTo(400);
    assertThat(column(target)).isEqualTo("targetValue");
  }

  @Test
  void evidenceIsJudgedByItsContent() throws IOException {
    long progress =
        api.postJson(
                LN + "/tasks/3.4/progress", Map.of("period", "2019Q3", "status", "on_track"), token)
            .json()
            .get("id")
            .asLong();
    String path = LN + "/progress/" + progress + "/evidence";
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    byte[] exe =
        "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode"
            .getBytes(StandardCharsets.ISO_8859_1);
    Map<String, byte[]> refused = new LinkedHashMap<>();
    refused.put("image.pdf", png);
    refused.put("setup.pdf", exe);
    refused.put("report.docx", zip("readme.txt"));
    refused.put("notes.txt", "text\u0000with NUL".getBytes(StandardCharsets.UTF_8));
    refused.put("table.xls", workbook());
    refused.put("empty.pdf", new byte[0]);
    for (Map.Entry<String, byte[]> f : refused.entrySet()) {
      Api.Response r = api.upload(path, f.getKey(), f.getValue(), token);
      assertThat(r.status()).as(f.getKey() + " " + r.body()).isEqualTo(400);
    }
    assertThat(api.upload(path, "image.pdf", png, token).json().get("message").asString())
        .contains("png");

    Map<String, String> accepted = new LinkedHashMap<>();
    accepted.put("通知.pdf", "application/pdf");
    accepted.put("照片.png", "image/png");
    accepted.put(
        "纪要.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    accepted.put("台账.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    accepted.put("旧文档.doc", "application/msword");
    accepted.put("公文.ofd", "application/ofd");
    accepted.put("说明.txt", "text/plain;charset=GB18030");
    Map<String, byte[]> contents =
        Map.of(
            "通知.pdf",
            "%PDF-1.7\n".getBytes(),
            "照片.png",
            png,
            "纪要.docx",
            zip("[Content_Types].xml", "word/document.xml"),
            "台账.xlsx",
            workbook(),
            "旧文档.doc",
            ole("WordDocument"),
            "公文.ofd",
            zip("OFD.xml", "Doc_0/Document.xml"),
            "说明.txt",
            "会议纪要：已完成清单编制。\r\n".getBytes(Charset.forName("GB18030")));
    for (Map.Entry<String, String> f : accepted.entrySet()) {
      Api.Response r = api.upload(path, f.getKey(), contents.get(f.getKey()), token);
      assertThat(r.status()).as(f.getKey() + " " + r.body()).isEqualTo(201);
      assertThat(r.json().get("contentType").asString()).as(f.getKey()).isEqualTo(f.getValue());
    }
  }

  @Test
  void everyAnswerCarriesAContentSecurityAndReferrerPolicy() {
    for (Api.Response r :
        List.of(
            api.get("/", null),
            api.get("/api/v1/plans", null),
            api.get("/api/v1/enterprises", null),
            // computed, then served by the public answers cache (before the security filters)
            api.get("/api/v1/regions/410000", null),
            api.get("/api/v1/regions/410000", null))) {
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("script-src 'self'")
                      .contains("frame-ancestors 'none'")
                      .contains("object-src 'none'"));
      assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
  }

  /** An activity workbook with one valid row, and the rows given after it. */
  @SafeVarargs
  static byte[] workbook(List<String>... more) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("活动数据");
      List<List<String>> rows =
          new java.util.ArrayList<>(
              List.of(
                  List.of(
                      "record_id",
                      "entity_id",
                      "region",
                      "year",
                      "source",
                      "activity",
                      "amount",
                      "unit"),
                  List.of("W1", "TEST-W", "410105", "2023", "IND_BOILER", "raw_coal", "5", "t")));
      rows.addAll(List.of(more));
      for (int i = 0; i < rows.size(); i++) {
        var row = sheet.createRow(i);
        for (int j = 0; j < rows.get(i).size(); j++) {
          row.createCell(j).setCellValue(rows.get(i).get(j));
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] ole(String stream) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /**
   * An error answer is in the language the request asks for; without Accept-Language in both,
   * Chinese first.
   */
  @Test
  void errorsComeInTheLanguageTheRequestAsks() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.util.function.BiFunction<String, String, String> message =
        (path, language) -> {
          java.net.http.HttpRequest.Builder b =
              java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create("http://localhost:" + port + path));
          if (language != null) {
            b.header("Accept-Language", language);
          }
          try {
            return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(
                    http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body())
                .get("message")
                .asString();
          } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
          }
        };
    assertThat(message.apply("/api/v1/regions/abc", null))
        .isEqualTo("行政区划代码应为6位数字 / an adcode has 6 digits: 'abc'");
    assertThat(message.apply("/api/v1/regions/abc", "en-US,en;q=0.9"))
        .isEqualTo("an adcode has 6 digits: 'abc'");
    assertThat(message.apply("/api/v1/regions/abc", "zh-CN,zh;q=0.9,en;q=0.8"))
        .isEqualTo("行政区划代码应为6位数字");
    assertThat(message.apply("/api/v1/regions/abc", "de-DE")).isEqualTo("行政区划代码应为6位数字");
    assertThat(message.apply("/api/v1/audit", null)).isEqualTo("需要登录 / authentication required");
    assertThat(message.apply("/api/v1/audit", "en")).isEqualTo("authentication required");
  }
}
