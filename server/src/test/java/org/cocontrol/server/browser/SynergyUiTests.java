package org.cocontrol.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The 协同评估 / Synergy page in a real browser against the server (H2, demo data). Skipped where no
 * Chromium is installed; screenshots land in {@code server/target/screenshots/synergy-*.png}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:synergyui;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "cocontrol.data-dir=target/test-data/synergy-ui",
      "COCONTROL_DEMO_PASSWORD=" + SynergyUiTests.PASSWORD
    })
class SynergyUiTests extends UiTestSupport {

  static final String PASSWORD = "synergy-password-0123";

  private void logIn(String user) {
    page.locator(".login-username input").fill(user);
    page.locator(".login-password input").fill(PASSWORD);
    page.locator(".login-submit").click();
    assertThat(page.locator("[data-test=current-user]")).isVisible();
  }

  private Locator resultRow(String name) {
    return page.locator(".measures-results .el-table__body tr")
        .filter(new Locator.FilterOptions().setHasText(name));
  }

  @Test
  void theWorkedExampleMeasuresLandOnTheCoordinateChart() {
    page.navigate(url(""));
    page.locator("header .el-menu-item")
        .filter(new Locator.FilterOptions().setHasText("协同评估"))
        .click();
    logIn("authority");
    assertThat(page).hasURL(Pattern.compile("#/synergy"));
    assertThat(page.locator(".page-title")).hasText("减污降碳协同评估");
    // the docs' three measures are prefilled
    assertThat(page.locator(".measures-editor .el-table__body tr")).hasCount(3);
    assertThat(page.locator(".measures-editor input").nth(1)).hasValue("燃煤锅炉改燃气");
    page.locator(".evaluate-measures").click();

    assertThat(page.locator(".measures-results .el-table__body tr")).hasCount(3);
    Locator m1 = resultRow("燃煤锅炉改燃气");
    assertThat(m1).containsText("燃煤锅炉改燃气");
    assertThat(m1.locator(".quadrant-tag")).hasText("协同减排");
    assertThat(m1).containsText("+77.6%");
    assertThat(m1).containsText("+40.0%");
    assertThat(m1).containsText("协同减排：CO2减少40.0%");
    assertThat(resultRow("加装SCR").locator(".quadrant-tag")).hasText("仅减污");
    assertThat(resultRow("加装SCR").locator(".tradeoff-tag")).hasText("此消彼长");
    assertThat(resultRow("屋顶光伏").locator(".quadrant-tag")).hasText("仅降碳");
    // the chart: an SVG with one labelled point per measure
    assertThat(page.locator(".coordinate-chart svg")).isVisible();
    for (String name : new String[] {"燃煤锅炉改燃气", "加装SCR", "屋顶光伏"}) {
      assertThat(
              page.locator(".coordinate-chart svg text")
                  .filter(
                      new Locator.FilterOptions().setHasText(Pattern.compile("^" + name + "$"))))
          .isVisible();
    }
    Browser.screenshot(page, "synergy-01-measures");

    // a bad value is refused with its location
    page.locator(".measures-editor .el-table__body tr").first().locator("input").nth(3).fill("-5");
    page.locator(".evaluate-measures").click();
    assertThat(page.locator(".measures-error")).containsText("measures[0].base.SO2");
    assertThat(page.locator(".measures-results")).hasCount(0);
    Browser.screenshot(page, "synergy-02-measures-error", false);
  }

  @Test
  void theCalculatorsAndTheRegionOverTime() {
    page.navigate(url("#/login?redirect=/synergy"));
    logIn("authority");
    assertThat(page.locator(".page-title")).hasText("减污降碳协同评估");

    page.locator(".synergy-tabs .el-tabs__item")
        .filter(new Locator.FilterOptions().setHasText("耦合协调度与碳效"))
        .click();
    page.locator(".coupling-u1 input").fill("0.8");
    page.locator(".coupling-u2 input").fill("0.4");
    page.locator(".calc-coupling").click();
    assertThat(page.locator(".coupling-result")).containsText("0.752121");
    assertThat(page.locator(".coupling-level")).hasText("中级协调");
    page.locator(".calc-carbon").click();
    assertThat(page.locator(".carbon-level")).hasText("中碳");
    assertThat(page.locator(".carbon-grade")).hasText("三级");
    Browser.screenshot(page, "synergy-03-calculators");

    page.locator(".synergy-tabs .el-tabs__item")
        .filter(new Locator.FilterOptions().setHasText("区域协同"))
        .click();
    assertThat(page.locator(".region-picker input")).hasValue("河南省");
    assertThat(page.locator(".base-year")).containsText("2021");
    assertThat(page.locator(".year")).containsText("2022");
    page.locator(".evaluate-region").click();
    assertThat(page.locator(".region-summary")).containsText("河南省 2021 → 2022");
    assertThat(page.locator(".region-summary .total-quadrant")).isVisible();
    assertThat(page.locator(".region-sources .el-table__body tr").first()).isVisible();
    // every plant reported both years: the coverage is stated, and nothing is left out
    assertThat(page.locator(".region-summary .coverage"))
        .containsText("2021年：CO₂ 100.0%、大气污染物当量 100.0%");
    assertThat(page.locator(".region-summary .coverage")).containsText("两年均有报送的排放源");
    assertThat(page.locator(".region-summary .left-out")).hasCount(0);
    assertThat(page.locator(".region-sources")).containsText("覆盖率（最低）");
    Browser.screenshot(page, "synergy-04-region");

    // English
    page.locator(".lang-switch").click();
    assertThat(page.locator(".page-title")).hasText("Pollution and carbon synergy");
    assertThat(page.locator(".region-sources")).containsText("Share of CO₂ reduction");
    assertThat(page.locator(".region-summary .coverage"))
        .containsText("sources reported in both years");
    Browser.screenshot(page, "synergy-05-region-en");
  }

  @Test
  void theIndexScoresWithARadarChartAndTheRegionMap() {
    page.navigate(url("#/login?redirect=/synergy"));
    logIn("authority");
    assertThat(page.locator(".page-title")).hasText("减污降碳协同评估");

    page.locator(".synergy-tabs .el-tabs__item")
        .filter(new Locator.FilterOptions().setHasText("指标评分"))
        .click();
    // the region system's nine indicators, three example entities
    assertThat(page.locator(".index-editor .el-table__body-wrapper tr")).hasCount(3);
    assertThat(page.locator(".index-editor .el-table__header-wrapper"))
        .containsText("PM2.5年均浓度下降率");
    page.locator(".index-weighting").getByText("熵权法").click();
    page.locator(".calc-index").click();
    assertThat(page.locator(".index-scores .el-table__body tr")).hasCount(3);
    assertThat(page.locator(".index-scores .el-table__body tr").first()).containsText("1");
    assertThat(page.locator(".index-results")).containsText("熵权法");
    assertThat(page.locator(".index-radar svg")).isVisible();
    assertThat(page.locator(".index-radar svg path").first()).isAttached();
    assertThat(
            page.locator(".index-radar svg text")
                .filter(new Locator.FilterOptions().setHasText("郑州市"))
                .first())
        .isVisible();
    assertThat(page.locator(".index-results .export-xlsx")).isVisible();
    Browser.screenshot(page, "synergy-index");

    // another entity type: its own indicators
    page.locator(".index-system").click();
    page.locator(".el-select-dropdown__item")
        .filter(new Locator.FilterOptions().setHasText("企业"))
        .click();
    assertThat(page.locator(".index-editor .el-table__header-wrapper"))
        .containsText("单位增加值二氧化碳排放与行业平均之比");
    assertThat(page.locator(".index-scores")).hasCount(0);

    // the region tab: the map of the children coloured by quadrant
    page.locator(".synergy-tabs .el-tabs__item")
        .filter(new Locator.FilterOptions().setHasText("区域协同"))
        .click();
    page.locator(".evaluate-region").click();
    assertThat(page.locator(".region-summary")).containsText("河南省 2021 → 2022");
    assertThat(page.locator(".region-map svg")).isVisible();
    assertThat(page.locator(".region-map-card")).containsText("协同减排");
    Browser.screenshot(page, "synergy-region-map");
  }
}
