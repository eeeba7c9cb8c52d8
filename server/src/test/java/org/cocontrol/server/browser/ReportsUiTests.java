package org.cocontrol.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The 报告与核查 / Reports page in a real browser against the server (H2, demo data): the demo
 * enterprise uploads a year of monthly data (test resource {@code reports/monthly-2024.csv}), sees
 * the checks and submits; the authority assigns the demo {@code verifier}; the verifier raises a
 * finding and concludes; the authority confirms; the enterprise reads the confirmed figure in its
 * report and its permit view. 2024, since the demo's 2023 reports are already in every state.
 * Screenshots in {@code server/target/screenshots/reports-*}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:reportsui;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "cocontrol.data-dir=target/test-data/reports-ui",
      "COCONTROL_DEMO_PASSWORD=" + ReportsUiTests.PASSWORD
    })
class ReportsUiTests extends UiTestSupport {

  static final String PASSWORD = "reports-password-0123";

  private static Locator.FilterOptions text(String s) {
    return new Locator.FilterOptions().setHasText(s);
  }

  private void logIn(String user) {
    page.navigate(url("#/reports?year=2024"));
    page.locator(".login-username input").fill(user);
    page.locator(".login-password input").fill(PASSWORD);
    page.locator(".login-submit").click();
    assertThat(page.locator("[data-test=current-user]")).isVisible();
    assertThat(page.locator(".page-title")).hasText("报告与核查");
  }

  private void logOut() {
    page.locator(".logout").click();
    assertThat(page.locator("[data-test=current-user]")).hasCount(0);
  }

  private static byte[] fixture(String name) {
    try (InputStream in = ReportsUiTests.class.getResourceAsStream("/reports/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anEnterpriseSubmitsAndTheAssignedVerifierConcludes() {
    // ---- the enterprise: facilities and permit, a new report, its monthly file, the checks
    logIn("enterprise");
    assertThat(page.locator("[data-test=permit-card]")).containsText("排污许可证");
    page.locator(".create-ghg").click();
    Locator detail = page.locator("[data-test=report-detail]");
    // a draft; past its deadline (31 March of the next year) it reads 逾期, and may still be
    // submitted
    assertThat(detail.locator("[data-test=report-status]")).hasText(Pattern.compile("草稿|逾期"));
    detail
        .locator(".data-upload input[type=file]")
        .setInputFiles(
            new FilePayload("monthly-2024.csv", "text/csv", fixture("monthly-2024.csv")));
    detail.locator(".data-submit").click();
    assertThat(detail.locator("[data-test=total-CO2]")).not().hasText("—");
    assertThat(detail.locator(".data-table")).containsText("U1");
    // the Chinese page names fields and months, not column codes
    assertThat(detail.locator(".data-table thead")).containsText("低位发热量");
    assertThat(detail.locator(".data-table thead")).not().containsText("carbon_content");
    Browser.screenshot(page, "reports-01-enterprise-checked");
    // the official report tables of the report as it stands
    Download tables = page.waitForDownload(() -> detail.locator(".tables-xlsx").click());
    org.assertj.core.api.Assertions.assertThat(tables.suggestedFilename()).endsWith(".xlsx");
    org.assertj.core.api.Assertions.assertThat(tables.path().toFile().length()).isGreaterThan(1000);

    // the file's one finding: June's lab report dated 2024-08-20, after month end + 40 days (a
    // warning), at facility, month and field; clicking it shows the row behind it
    Locator checks = detail.locator("[data-test=report-checks]");
    assertThat(checks.locator(".checks-table .el-table__row")).hasCount(1);
    assertThat(checks).containsText("U1 · 6月 · 天然气报告日期");
    checks.locator(".checks-table .el-table__row").first().click();
    Locator rows = page.locator(".el-dialog .check-rows");
    assertThat(rows).containsText("2024-08-20");
    assertThat(rows).containsText("MZ-1061038-2024-006");
    assertThat(rows.locator(".el-table__row")).hasCount(1);
    Browser.screenshot(page, "reports-01b-check-rows", false);
    page.keyboard().press("Escape");
    assertThat(rows).isHidden();

    // submitting with the warning unexplained is refused, the warning listed in place
    detail.locator(".report-submit").click();
    assertThat(detail.locator("[data-test=submit-refused]")).containsText("U1 · 6月");
    assertThat(detail.locator("[data-test=report-status]")).not().hasText("已提交");
    checks.locator(".explain-button").first().click();
    page.locator(".explain-text textarea").fill("检测中心出具报告延误，已取得情况说明");
    page.locator(".explain-save").click();
    assertThat(checks).containsText("检测中心出具报告延误");
    detail.locator(".report-submit").click();
    assertThat(detail.locator("[data-test=report-status]")).hasText("已提交");
    assertThat(detail.locator(".versions-table")).containsText("1");
    logOut();

    // ---- the authority: counts, the list, assigning the demo verifier
    logIn("authority");
    assertThat(page.locator("[data-test=status-counts]")).containsText("已提交");
    assertThat(page.locator("[data-test=count-submitted] .count")).not().hasText("0");
    page.locator("[data-test=count-submitted]").click();
    Locator row = page.locator(".reports-table .el-table__row").first();
    assertThat(row).containsText("已提交");
    Browser.screenshot(page, "reports-02-authority");
    page.locator(".lang-switch").click();
    assertThat(page.locator("[data-test=count-submitted]")).containsText("submitted");
    Browser.screenshot(page, "reports-02b-authority-en");
    page.locator(".lang-switch").click();
    assertThat(page.locator("[data-test=count-submitted]")).containsText("已提交");
    row.click();
    Locator drawer = page.locator(".el-drawer [data-test=report-detail]");
    drawer.locator(".verifier-pick").click();
    page.locator(".el-select-dropdown__item:visible").filter(text("华核碳核查中心")).click();
    drawer.locator(".assign").click();
    assertThat(drawer.locator("[data-test=report-status]")).hasText("核查中");
    page.keyboard().press("Escape");
    logOut();

    // ---- the verifier: the assigned report, a finding, the conclusion
    logIn("verifier");
    page.locator(".report-list .report-item").first().click();
    Locator mine = page.locator("[data-test=report-detail]");
    assertThat(mine.locator("[data-test=report-status]")).hasText("核查中");
    // the facility is typed (the verifier's page has no copy of the enterprise's file)
    mine.locator(".finding-facility").click();
    mine.locator(".finding-facility input").fill("U1");
    page.locator(".el-select-dropdown__item:visible").filter(text("U1")).first().click();
    mine.locator(".finding-month").click();
    page.locator(".el-select-dropdown__item:visible").filter(text("3月")).click();
    mine.locator(".finding-text input").fill("3月化验报告缺少采样记录，请补充");
    mine.locator(".finding-add").click();
    assertThat(mine.locator(".findings-table")).containsText("U1 · 3月");
    // the conclusion: document review, the open finding settled, the verified CO2 and the opinion
    mine.locator(".review-input textarea").fill("审阅了月度燃料消耗台账、化验报告和发电量统计。");
    mine.locator(".estimate .el-radio").filter(text("已整改")).click();
    mine.locator(".verified-input input").fill("509614");
    mine.locator(".opinion-input textarea").fill("排放报告数据真实、完整，符合指南要求。");
    Browser.screenshot(page, "reports-03-verifier");
    page.locator(".lang-switch").click();
    assertThat(mine.locator("[data-test=report-status]")).hasText("in verification");
    Browser.screenshot(page, "reports-03b-verifier-en");
    page.locator(".lang-switch").click();
    assertThat(mine.locator("[data-test=report-status]")).hasText("核查中");
    mine.locator(".conclude").click();
    assertThat(mine.locator("[data-test=report-status]")).hasText("已核查");
    logOut();

    // ---- the authority confirms the verified figures; 2023 shows the demo's reports in every
    // state
    logIn("authority");
    page.locator("[data-test=count-verified]").click();
    page.locator(".reports-table .el-table__row").first().click();
    Locator confirming = page.locator(".el-drawer [data-test=report-detail]");
    assertThat(confirming.locator("[data-test=report-status]")).hasText("已核查");
    confirming.locator(".confirm").click();
    assertThat(confirming.locator("[data-test=report-status]")).hasText("已确认");
    page.keyboard().press("Escape");
    // 双随机: one of the year's submitted reports drawn for a re-check
    page.locator(".sample-card .el-input-number input").fill("1");
    page.keyboard().press("Tab");
    page.locator(".draw-sample").click();
    assertThat(page.locator(".sample-table")).containsText("郑州市中原区燃气电厂");
    // a conflict of interest recorded for the second verifier, named, then removed
    Locator records = page.locator(".verifiers-card");
    records.locator(".conflict-verifier").click();
    page.locator(".el-select-dropdown__item:visible").filter(text("绿源核查")).click();
    records.locator(".conflict-entity input").fill("GPPD-1061038");
    records.locator(".conflict-add").click();
    assertThat(records.locator(".conflict-tag")).containsText("郑州市中原区燃气电厂");
    Browser.screenshot(page, "reports-02c-authority-sample-conflict");
    records.locator(".conflict-tag .el-tag__close").click();
    assertThat(records.locator(".conflict-tag")).hasCount(0);
    page.locator(".year-pick").click();
    page.locator(".el-select-dropdown__item:visible").filter(text("2023")).click();
    assertThat(page).hasURL(Pattern.compile("year=2023"));
    Browser.screenshot(page, "reports-06-authority-2023");
    logOut();

    // ---- the enterprise sees the confirmed figure, the finding, and its permit view the verified
    // CO2
    logIn("enterprise");
    page.locator("[data-test=report-ghg]").click();
    assertThat(detail.locator("[data-test=report-status]")).hasText("已确认");
    assertThat(detail.locator("[data-test=verified-co2]")).hasText(Pattern.compile("50\\.96 万t"));
    assertThat(detail.locator(".findings-table")).containsText("化验报告缺少采样记录");
    assertThat(page.locator("[data-test=permit-compliance]")).hasText("已确认");
    Browser.screenshot(page, "reports-04-enterprise-confirmed");

    // English: the same page, no Chinese labels left in the page's own words
    page.locator(".lang-switch").click();
    assertThat(page.locator(".page-title")).hasText("Reports & verification");
    assertThat(detail.locator("[data-test=report-status]")).hasText("confirmed");
    Browser.screenshot(page, "reports-05-enterprise-en");
  }
}
