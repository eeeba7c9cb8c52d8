package org.cocontrol.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The packaged web UI in a real browser against the server (H2, demo data): what a new user sees
 * and does. Skipped, with a message, where no Chromium is installed; CI installs it ({@code
 * .ci/run}). Each test leaves a screenshot in {@code server/target/screenshots}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "cocontrol.data-dir=target/test-data/browser",
      "COCONTROL_DEMO_PASSWORD=" + WebUiTests.PASSWORD
    })
class WebUiTests extends UiTestSupport {

  static final String PASSWORD = "browser-password-0123";

  private Locator map() {
    return page.locator(".region-map svg");
  }

  /** The map's label of a region: SVG text, since the charts render as SVG. */
  private Locator mapLabel(String name) {
    return page.locator(".region-map svg text")
        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + name + "$")));
  }

  private void waitForMap(String label) {
    assertThat(mapLabel(label).first()).isVisible();
    page.waitForFunction("() => document.querySelectorAll('.region-map svg path').length > 10");
  }

  private void logIn(String user) {
    page.locator(".login-username input").fill(user);
    page.locator(".login-password input").fill(PASSWORD);
    page.locator(".login-submit").click();
    assertThat(page.locator("[data-test=current-user]")).isVisible();
  }

  @Test
  void theDashboardIsChineseAndDrawsTheMapOfChina() {
    // every console error (an ECharts "Cannot read properties of null" once came with each load)
    // and every trend request
    java.util.List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.List<String> trends = new java.util.concurrent.CopyOnWriteArrayList<>();
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type())) {
            errors.add(m.text());
          }
        });
    page.onPageError(errors::add);
    page.onRequest(
        r -> {
          if (r.url().contains("/api/v1/public/trend")) {
            trends.add(r.url());
          }
        });
    page.navigate(url(""));
    assertThat(page).hasTitle(Pattern.compile("减污降碳协同增效"));
    assertThat(page.locator("header")).containsText("首页");
    assertThat(page.locator(".region-breadcrumb")).containsText("全国");
    waitForMap("河南");
    assertThat(mapLabel("广东")).isVisible();
    assertThat(page.locator(".map-card")).containsText("全国 · CO₂ · 2019 年");
    // the trend (30 provinces) and the inventory are there too, without a login
    assertThat(page.locator(".trend-chart svg path").first()).isAttached();
    assertThat(page.locator(".inventory-table")).containsText("火力发电及热电联产");
    assertThat(page.locator(".inventory-table")).containsText("万t");
    assertThat(page.locator("a.api-link")).hasAttribute("href", "swagger-ui.html");
    Browser.screenshot(page, "01-dashboard-zh");
    // the 30 provinces' trends in one request, not one per province
    org.assertj.core.api.Assertions.assertThat(trends)
        .singleElement()
        .asString()
        .contains("region=000000", "groupBy=region");
    org.assertj.core.api.Assertions.assertThat(errors).as("browser console errors").isEmpty();
  }

  @Test
  void thePublicAccountSeesNoUploadFormAndAnEnterpriseIsToldItsCode() {
    page.navigate(url("#/upload"));
    logIn("public");
    assertThat(page.locator("[data-test=upload-public-note]")).containsText("公众账号不能报送数据");
    assertThat(page.locator(".picker")).hasCount(0);
    assertThat(page.locator(".upload-submit")).hasCount(0);
    assertThat(page.locator("a.template-link").first())
        .isVisible(); // the template stays open to everyone
    Browser.screenshot(page, "11-upload-public");

    page.locator(".logout").click();
    page.navigate(url("#/upload"));
    logIn("enterprise");
    Locator note = page.locator("[data-test=upload-entity-note]");
    assertThat(note).containsText("本企业在平台登记的单位编号：GPPD-1061038");
    assertThat(note).containsText("“单位编号”列请填 GPPD-1061038");
    assertThat(page.locator(".picker")).isVisible();
    Browser.screenshot(page, "12-upload-enterprise");
  }

  @Test
  void clickingDrillsDownFromProvinceToCityToCounty() {
    page.navigate(url(""));
    waitForMap("河南");
    Browser.clickAt(page, mapLabel("河南"));
    assertThat(page.locator(".region-breadcrumb")).containsText("河南省");
    waitForMap("郑州市");
    assertThat(page.locator(".map-card")).containsText("河南省 · CO₂");
    assertThat(page.locator(".inventory-card")).containsText("河南省 2019 年排放清单");
    assertThat(page.locator(".reconciliation-table")).containsText("火力发电及热电联产");
    Browser.screenshot(page, "02-drill-henan");

    page.locator(".substance-switch")
        .getByText("SO", new Locator.GetByTextOptions().setExact(false))
        .first()
        .click();
    assertThat(page.locator(".map-card")).containsText("河南省 · SO₂");
    Browser.clickAt(page, mapLabel("郑州市"));
    assertThat(page.locator(".region-breadcrumb")).containsText("郑州市");
    waitForMap("中原区");
    Browser.screenshot(page, "03-drill-zhengzhou-so2");

    // the browser's back and forward buttons walk the drill-down, keeping the substance
    page.goBack();
    assertThat(page.locator(".region-breadcrumb .crumb-current")).hasText("河南省");
    assertThat(page.locator(".map-card")).containsText("河南省 · SO₂");
    page.goForward();
    assertThat(page.locator(".region-breadcrumb .crumb-current")).hasText("郑州市");
    waitForMap("中原区");

    // back up to the nation, then a province-level city without a boundary file: a bar chart
    // instead
    page.locator(".region-breadcrumb a[data-adcode='000000']").click();
    waitForMap("河南");
    page.locator(".map-card").getByText("数据表").click();
    page.locator(".children-table").getByText("北京市").click();
    assertThat(page.locator(".region-breadcrumb")).containsText("北京市");
    page.locator(".map-card")
        .getByText("地图", new Locator.GetByTextOptions().setExact(true))
        .click();
    assertThat(page.locator(".map-card")).containsText("暂无边界数据");
    assertThat(page.locator(".region-bars svg")).isVisible();
    assertThat(
            page.locator(".region-bars svg text")
                .filter(new Locator.FilterOptions().setHasText("朝阳区"))
                .first())
        .isVisible();
    Browser.screenshot(page, "04-beijing-chart");
  }

  @Test
  void englishIsOneClickAwayAndRemembered() {
    page.navigate(url(""));
    waitForMap("河南");
    page.locator(".lang-switch").click();
    assertThat(page.locator("header")).containsText("Dashboard");
    assertThat(page.locator("header")).containsText("Enterprises");
    assertThat(page.locator(".inventory-card")).containsText("Inventory of China, 2019");
    assertThat(page.locator(".inventory-card .export-xlsx").first()).containsText("Export xlsx");
    assertThat(page.locator(".inventory-table")).containsText("thermal power and CHP");
    // the map names provinces in English (the code list's English names)
    waitForMap("Henan");
    assertThat(mapLabel("Guangdong")).isVisible();
    assertThat(
            page.locator(".trend-chart svg text")
                .filter(new Locator.FilterOptions().setHasText("Shandong"))
                .first())
        .isVisible();
    page.reload();
    assertThat(page.locator(".page-title")).hasText("Public dashboard");
    waitForMap("Henan");
    Browser.screenshot(page, "05-dashboard-en");
    page.locator(".lang-switch").click();
    assertThat(page.locator(".page-title")).hasText("公开数据看板");
    waitForMap("河南");
  }

  @Test
  void aReUploadChangesNothingAndAnUploadIsWithdrawnFromTheHistory() {
    page.navigate(url("#/login?redirect=/upload"));
    logIn("authority");
    assertThat(page.locator(".page-title")).hasText("数据报送");
    String file =
        "record_id,entity_id,region,year,source,activity,amount,unit\nWD1,WEB-WD,410105,2022,IND_BOILER,原煤,10,t\n";
    Locator picker = page.locator(".picker");
    picker
        .locator("input[type=file]")
        .setInputFiles(
            new FilePayload("withdraw-me.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)));
    picker
        .locator(".el-upload-list__item:not(.el-list-leave-active)")
        .filter(new Locator.FilterOptions().setHasText("withdraw-me.csv"))
        .first()
        .waitFor();
    page.locator(".upload-submit").click();
    assertThat(page.locator(".upload-result")).containsText("新增 1 条");
    Locator row =
        page.locator(".history-table .el-table__body-wrapper tr")
            .filter(new Locator.FilterOptions().setHasText("withdraw-me.csv"))
            .first();
    assertThat(row).containsText("有效");

    // the same file again: nothing changes, and the page says so
    page.locator(".upload-submit").click();
    assertThat(page.locator(".upload-result")).containsText("未作任何更改");

    row.locator(".withdraw-button").click();
    page.locator(".withdraw-reason textarea").fill("测试撤回");
    page.locator(".withdraw-confirm").click();
    assertThat(page.locator(".upload-history")).containsText("已撤回：移出 1 条记录");
    assertThat(row).containsText("已撤回");
    assertThat(row.locator(".withdraw-button")).hasCount(0);
    Browser.screenshot(page, "07b-upload-withdrawn");
  }

  @Test
  void uploadsNeedALoginListEveryErrorAndAccountAValidFile() {
    page.navigate(url("#/upload"));
    assertThat(page.locator(".login-card")).containsText("此页面需要登录");
    logIn("authority");
    assertThat(page.locator("[data-test=current-user]")).containsText("生态环境部门");
    assertThat(page.locator(".page-title")).hasText("数据报送");
    assertThat(page.locator("a.template-link").first())
        .hasAttribute("href", "api/v1/activities/template?lang=zh");

    String bad =
        "record_id,entity_id,region,year,source,activity,amount,unit\n"
            + "W1,WEB-1,410105,2024,IND_BOILER,raw_coal,1000,t\n"
            + "W2,WEB-1,410105,2024,IND_BOILER,raw_coal,abc,tonnes2\n";
    page.locator(".picker input[type=file]")
        .setInputFiles(
            new FilePayload("bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
    page.locator(".upload-submit").click();
    Locator errors = page.locator(".error-table");
    assertThat(page.locator(".upload-errors")).containsText("未保存任何数据");
    assertThat(errors.locator("tbody tr")).hasCount(2);
    for (Locator row : errors.locator("tbody tr").all()) {
      assertThat(row.locator("td").nth(2)).hasText("3");
    }
    assertThat(errors).containsText("amount");
    assertThat(errors).containsText("unit");
    assertThat(errors).containsText("line 3");
    Browser.screenshot(page, "06-upload-errors");

    String good =
        "record_id,entity_id,region,year,source,activity,amount,unit,controls,technology\n"
            + "W3,WEB-2,410105,2023,IND_BOILER,原煤,1000,t,wet_fgd;bag_filter,stoker_boiler\n";
    page.locator(".picker input[type=file]")
        .setInputFiles(
            new FilePayload("good.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)));
    page.locator(".upload-submit").click();
    assertThat(page.locator(".upload-result")).containsText("已核算并保存 1 条记录");
    assertThat(page.locator(".upload-errors")).hasCount(0);
    assertThat(page.locator(".upload-result .totals-table")).containsText("CO₂");
    assertThat(page.locator(".upload-result .totals-table")).containsText("SO₂");
    assertThat(page.locator(".upload-result .results-table")).containsText("W3");
    Browser.screenshot(page, "07-upload-ok");

    // accounted at once: the dashboard's inventory of Henan 2023 has industrial boilers now
    page.locator(".inventory-link").click();
    assertThat(page.locator(".region-breadcrumb")).containsText("河南省");
    assertThat(page.locator(".inventory-card")).containsText("河南省 2023 年排放清单");
    assertThat(page.locator(".inventory-table")).containsText("工业锅炉");

    // the review's case (issue 9): Henan 2022 → 2023 with this one record of 2023 is insufficient
    // data, not "CO2减少100.0%"
    page.navigate(url("#/synergy"));
    page.locator(".synergy-tabs .el-tabs__item")
        .filter(new Locator.FilterOptions().setHasText("区域协同"))
        .click();
    assertThat(page.locator(".region-picker input")).hasValue("河南省");
    pick(".base-year", "2022");
    pick(".year", "2023");
    page.locator(".evaluate-region").click();
    Locator summary = page.locator(".region-summary");
    assertThat(summary).containsText("河南省 2022 → 2023");
    assertThat(summary.locator(".total-status")).hasText("数据不足");
    assertThat(summary.locator(".total-quadrant")).hasCount(0);
    assertThat(summary.locator(".summary-verdict")).containsText("数据不足：2022年与2023年均有报送的排放源0个");
    assertThat(summary).not().containsText("减少100.0%");
    assertThat(summary.locator(".coverage")).containsText("两年均有报送的排放源 0 个");
    assertThat(summary.locator(".coverage")).containsText("仅2023年报送 1 个");
    assertThat(summary.locator(".left-out")).containsText("未纳入比较的排放源");
    assertThat(page.locator(".region-sources .status-tag").first()).hasText("数据不足");
    assertThat(page.locator(".region-map-card")).containsText("0/");
    Browser.screenshot(page, "07b-synergy-insufficient-data");
  }

  /**
   * Chooses an option of an Element Plus select (its dropdown is attached to the body) and waits
   * for the dropdown to close.
   */
  private void pick(String select, String option) {
    page.locator(select).click();
    page.locator(".el-select-dropdown__item:visible")
        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + option + "$")))
        .click();
    assertThat(page.locator(".el-select-dropdown__item:visible")).hasCount(0);
    assertThat(page.locator(select)).containsText(option);
  }

  @Test
  void theExcelTemplateComesBackWithSheetRowAndColumnOfEachError() throws IOException {
    page.navigate(url("#/login?redirect=/upload"));
    logIn("authority");
    Download template = page.waitForDownload(() -> page.locator("a.template-link").nth(1).click());
    org.assertj.core.api.Assertions.assertThat(template.suggestedFilename()).endsWith(".xlsx");
    byte[] filled;
    try (InputStream in = Files.newInputStream(template.path());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet("activities");
      Map<String, Integer> column = new HashMap<>();
      for (Cell c : sheet.getRow(0)) {
        column.put(c.getStringCellValue(), c.getColumnIndex());
      }
      String[][] rows = {
        {"X1", "WEB-3", "410105", "2024", "IND_BOILER", "raw_coal", "500", "t"},
        {"X2", "WEB-3", "410105", "2024", "IND_BOILER", "raw_coal", "abc", "t"}
      };
      String[] keys = {
        "record_id", "entity_id", "region", "year", "source", "activity", "amount", "unit"
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int k = 0; k < keys.length; k++) {
          row.createCell(column.get(keys[k])).setCellValue(rows[r][k]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      filled = out.toByteArray();
    }
    page.locator(".picker input[type=file]")
        .setInputFiles(
            new FilePayload(
                "filled.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                filled));
    page.locator(".upload-submit").click();
    Locator error = page.locator(".error-table tbody tr").first();
    assertThat(error.locator("td").nth(0)).hasText("activities");
    assertThat(error.locator("td").nth(2)).hasText("3");
    assertThat(error.locator("td").nth(3)).hasText("amount");
    assertThat(page.locator(".upload-result")).hasCount(0);
    Browser.screenshot(page, "08-upload-template-errors");
  }

  @Test
  void enterprisesNeedALoginAndSyntheticOnesAreLabelled() {
    page.navigate(url("#/enterprises"));
    logIn("authority");
    // a real plant's Chinese name says what and where it is (no Chinese name is known), with the
    // GPPD name after it
    assertThat(page.locator(".enterprise-table"))
        .containsText(
            Pattern.compile("燃煤电厂（[A-Za-z]"),
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    page.locator(".search-input input").fill("示范");
    page.locator(".search-button").click();
    Locator rows = page.locator(".enterprise-table tbody tr");
    assertThat(rows.first()).containsText("虚构");
    assertThat(rows.first().locator(".synthetic-tag")).hasText("虚构");
    assertThat(page.locator(".enterprises")).containsText("共 40 家");
    assertThat(page.locator(".enterprise-table")).containsText("91");
    Browser.screenshot(page, "09-enterprises");

    rows.first().locator(".enterprise-name").click();
    Locator drawer = page.locator(".enterprise-drawer");
    assertThat(drawer).containsText("同比变化");
    // what each year-over-year comparison covers
    assertThat(drawer.locator(".coverage-notes")).containsText("2021 → 2022");
    assertThat(drawer.locator(".coverage-notes")).containsText("2021年与2022年均有报送的排放源");
    assertThat(drawer.locator(".totals-table")).containsText("2022");
    assertThat(drawer.locator(".synthetic-tag").first()).hasText("虚构");
    assertThat(drawer.locator(".detail-info")).containsText("91");
    // the activity records as reported, with amount and unit
    assertThat(drawer.locator(".activity-table .activity-amount").first())
        .hasText(Pattern.compile("^[\\d,.]+ \\S+$"));
    Browser.screenshot(page, "10-enterprise-detail", false);
    Locator emission = drawer.locator(".emission-table tbody tr").first();
    emission.locator(".el-table__expand-icon").click();
    // each parameter in words (name, value, kind of value, how far checked, document); the registry
    // row id@version in
    // its tooltip, not in the Chinese text
    Locator parameter = drawer.locator(".provenance-list li[title*='@']").first();
    assertThat(parameter).containsText(Pattern.compile("缺省值|省级值|区域值|企业特定值"));
    assertThat(parameter).not().containsText("@");
    Browser.screenshot(page, "11-enterprise-provenance", false);
  }

  /**
   * Chongqing 2022 (the demo's enterprises): the inventory report by sector beside the source-class
   * view, in Chinese names only; sectors without data say 无数据; the IPCC layout numbers its sectors.
   */
  @Test
  void theInventoryReportBySectorShowsTheSectorsByName() {
    page.navigate(url("#/?region=500000&year=2022"));
    Locator card = page.locator(".sector-card");
    assertThat(card).containsText("重庆市 2022 年温室气体清单（按部门）");
    Locator table = card.locator(".sector-table");
    assertThat(table).containsText("能源活动");
    assertThat(table).containsText("化石燃料燃烧");
    assertThat(table).containsText("工业和建筑业");
    assertThat(table).containsText("水泥生产过程");
    assertThat(table).containsText("土地利用变化和林业");
    assertThat(table).containsText("无数据");
    assertThat(table).containsText("合计（辖区直接排放）");
    assertThat(table.locator(".total-row")).containsText("万t");
    // names only: no project codes, no IPCC codes in the provincial layout
    assertThat(table).not().containsText("CEMENT");
    assertThat(table).not().containsText("1.A");
    assertThat(card.locator(".sector-missing")).containsText("土地利用变化和林业");
    assertThat(page.locator(".inventory-table")).isVisible(); // the source-class view stays
    Browser.screenshot(page, "13-inventory-by-sector");

    card.locator(".sector-layout").getByText("IPCC 2006 部门").click();
    assertThat(table).containsText("1 能源");
    assertThat(table).containsText("2 工业过程和产品使用");
    assertThat(table).containsText("3 农业、林业和其他土地利用");
    assertThat(table).containsText("4 废弃物");
    assertThat(table).containsText("5 其他");
    Browser.screenshot(page, "14-inventory-by-ipcc-sector");
  }

  @Test
  void anyTableExportsToXlsx() throws IOException {
    page.navigate(url("#/?region=410000&year=2019"));
    assertThat(page.locator(".inventory-table")).containsText("火力发电及热电联产");
    Download download =
        page.waitForDownload(() -> page.locator(".inventory-card .export-xlsx").first().click());
    org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
        .isEqualTo("河南省-2019-inventory.xlsx");
    Path file = download.path();
    byte[] head = Files.readAllBytes(file);
    org.assertj.core.api.Assertions.assertThat(new String(head, 0, 2, StandardCharsets.ISO_8859_1))
        .isEqualTo("PK");
  }

  @Test
  void aCementPlantShowsItsClinkerFootprintAndTheCbamWorkbook() throws IOException {
    page.navigate(url("#/enterprises"));
    logIn("authority");
    page.locator(".search-input input").fill("SYN-LN-03");
    page.locator(".search-button").click();
    page.locator(".enterprise-table tbody tr").first().locator(".enterprise-name").click();
    Locator drawer = page.locator(".enterprise-drawer");
    // the latest year (2022): clinker, reported under CEMENT and CEMENT_KILN, is one output
    assertThat(drawer.locator(".footprint-table")).containsText("水泥熟料");
    assertThat(drawer.locator(".footprint-table .footprint-per-unit").first())
        .hasText(Pattern.compile("^0\\.\\d{4}$"));
    assertThat(drawer.locator(".cbam-table")).containsText("2523 10 00");
    assertThat(drawer.locator(".footprint-notes")).containsText("counted once");
    Browser.screenshot(page, "12-enterprise-footprint", false);
    Download download = page.waitForDownload(() -> drawer.locator(".cbam-download").click());
    org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
        .isEqualTo("CBAM-SYN-LN-03-2022.xlsx");
    try (InputStream in = Files.newInputStream(download.path());
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      org.assertj.core.api.Assertions.assertThat(
              wb.getSheet("Summary_Products").getRow(2).getCell(1).getStringCellValue())
          .isEqualTo("2523 10 00");
    }
  }
}
