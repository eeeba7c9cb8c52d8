package org.cocontrol.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The 规划与考核 / Plans page in a real browser against the server (H2, demo data): the plan texts
 * without a login, then values recorded for an indicator changing its status and its chart, task
 * reports and the assessment. Skipped where no Chromium is installed; screenshots land in {@code
 * server/target/screenshots/plans-*.png}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:plansui;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "cocontrol.data-dir=target/test-data/plans-ui",
      "COCONTROL_DEMO_PASSWORD=" + PlansUiTests.PASSWORD
    })
class PlansUiTests extends UiTestSupport {

  static final String PASSWORD = "plans-password-0123";

  private static Locator.FilterOptions text(String s) {
    return new Locator.FilterOptions().setHasText(s);
  }

  private void logIn(String user) {
    page.locator(".login-username input").fill(user);
    page.locator(".login-password input").fill(PASSWORD);
    page.locator(".login-submit").click();
    assertThat(page.locator("[data-test=current-user]")).isVisible();
  }

  private void tab(String label) {
    page.locator(".plans-tabs .el-tabs__item").filter(text(label)).click();
  }

  private void pickLiaoning() {
    assertThat(page.locator("[data-test=plan-picker] .plan-card")).hasCount(4);
    page.locator("[data-test=plan-card-liaoning-2023]").click();
    assertThat(page.locator("[data-test=plan-card-liaoning-2023]"))
        .hasClass(Pattern.compile("active"));
  }

  @Test
  void thePlanTextsAreOpenWithoutALogin() {
    page.navigate(url(""));
    page.locator("header .el-menu-item").filter(text("规划与考核")).click();
    assertThat(page).hasURL(Pattern.compile("#/plans"));
    assertThat(page.locator(".page-title")).hasText("规划与考核");
    assertThat(page.locator("[data-test=current-user]")).hasCount(0);
    pickLiaoning();
    assertThat(page.locator("[data-test=plan-card-liaoning-2023]")).containsText("辽环发〔2023〕39号");
    assertThat(page.locator("[data-test=plan-card-liaoning-2023]")).containsText("辽宁省");

    // 原文: item (四) with its number, title, text, task badge and departments
    Locator item = page.locator("[data-test='item-3.4']");
    assertThat(item.locator(".item-heading")).hasText("(四)强化生态环境分区管控");
    assertThat(item).containsText("强化国土空间用途管控，构建有利于碳达峰碳中和的国土空间开发保护格局。");
    assertThat(item.locator(".task-badge")).hasText("任务");
    assertThat(item.locator(".theme-tag")).hasText("生态保护");
    assertThat(item.locator(".item-departments")).containsText("省生态环境厅");
    assertThat(page.locator(".outline-tree")).containsText("(四)强化生态环境分区管控");
    Browser.screenshot(page, "plans-01-document");

    // 查看原文: the source text, the item's line marked
    item.locator(".view-source").click();
    Locator hit = page.locator("[data-test=source-text] .line.hit");
    assertThat(hit).hasCount(1);
    assertThat(hit).hasAttribute("data-line", "83");
    assertThat(hit).containsText("强化生态环境分区管控。强化国土空间用途管控");
    Browser.screenshot(page, "plans-02-source", false);
    page.keyboard().press("Escape");

    // 指标: the definitions are public, the progress asks for a login
    tab("指标");
    Locator ln02 =
        page.locator(".indicators-table .el-table__body-wrapper tr").filter(text("LN-02"));
    assertThat(ln02).containsText("单位地区生产总值二氧化碳排放降低");
    assertThat(ln02).containsText("较基年下降");
    assertThat(ln02).containsText("−18%（2020→2025）");
    assertThat(page.locator("[data-test=login-prompt]")).isVisible();
    assertThat(page.locator(".indicators-table [data-test=status-tag]")).hasCount(0);

    // 对比: themes × plans, the shared indicator topics and the department workload
    tab("对比");
    assertThat(page.locator("[data-test=themes-table] .el-table__header-wrapper"))
        .containsText("辽宁省");
    assertThat(page.locator("[data-test=themes-table] .el-table__header-wrapper"))
        .containsText("三明市");
    assertThat(page.locator("[data-test=themes-table]")).containsText("能源");
    assertThat(page.locator("[data-test=theme-heatmap] svg")).isVisible();
    assertThat(page.locator("[data-test=topics-table] .el-table__body-wrapper tr").first())
        .isVisible();
    assertThat(page.locator("[data-test=workload-table]")).containsText("生态环境部门");
    Browser.screenshot(page, "plans-03-compare");

    // English
    page.locator(".lang-switch").click();
    assertThat(page.locator(".page-title")).hasText("Plans & assessment");
    assertThat(page.locator("[data-test=workload-table]")).containsText("Ecology and environment");
  }

  @Test
  void recordingValuesMovesLn02FromOnTrackToOffTrack() {
    page.navigate(url("#/plans"));
    page.locator("header .login").click();
    logIn("authority");
    assertThat(page).hasURL(Pattern.compile("#/plans"));
    pickLiaoning();
    tab("指标");
    assertThat(page.locator(".context-region input")).hasValue("辽宁省");
    page.locator("[data-test=indicator-row-LN-02]").click();

    Locator drawer = page.locator("[data-test=indicator-drawer]");
    assertThat(drawer.locator("[data-test=source-sentence]")).hasText("单位GDP二氧化碳排放量比2020年下降18%");
    Locator status = drawer.locator("[data-test=status-tag]");
    Locator chart = drawer.locator("[data-test=indicator-chart]");
    // Liaoning states no 2020 level: no status until a base is known, and the drawer says so step
    // by step, with the
    // base form above the value form (it used to sit below it, so a saved value seemed to change
    // nothing)
    assertThat(status).hasText("无数据");
    assertThat(drawer.locator("[data-test=status-reason]")).containsText("缺少基年数值");
    assertThat(chart).hasAttribute("data-actual-points", "0");
    assertThat(drawer.locator("[data-test=base-steps]")).containsText("2020 年的基年数值");
    assertThat(drawer).containsText("%（指下降幅度；填报的是指标水平值）");
    // the drawer's stylesheet may arrive after its first render (an async chunk): measure once the
    // base-first rule applies, not while the class is set but the rule not yet loaded
    assertThat(drawer.locator(".target-card")).hasCSS("order", "-1");
    org.assertj.core.api.Assertions.assertThat(drawer.locator(".target-card").boundingBox().y)
        .isLessThan(drawer.locator(".value-card").boundingBox().y);

    // complete the base: 2020 = 100, so the target level is 82 and the straight path gives 89.2 in
    // 2023
    drawer.locator("[data-test=target-base] input").fill("100");
    drawer.locator("[data-test=target-save]").click();
    assertThat(chart).hasAttribute("data-trajectory-points", "2");
    assertThat(drawer.locator("[data-test=base-steps]")).hasCount(0);
    assertThat(drawer.locator(".standing-facts")).containsText("82");
    assertThat(status).hasText("无数据");

    // 2023 = 88: ahead of 89.2 → on track
    drawer.locator("[data-test=value-year] input").fill("2023");
    drawer.locator("[data-test=value-amount] input").fill("88");
    drawer.locator("[data-test=value-save]").click();
    assertThat(status).hasText("正常推进");
    assertThat(status).hasAttribute("data-status", "on_track");
    assertThat(chart).hasAttribute("data-actual-points", "1");
    assertThat(drawer.locator("[data-test=status-actual]")).hasText("88");
    assertThat(drawer.locator("[data-test=values-table] .el-table__body-wrapper tr")).hasCount(1);
    assertThat(
            chart
                .locator("svg text")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^88$"))))
        .isVisible();
    Browser.screenshot(page, "plans-04-indicator-on-track", false);

    // 2023 = 97: 3 of the 10.8 points the path asked for, and the trend misses 82 → off track
    drawer.locator("[data-test=value-year] input").fill("2023");
    drawer.locator("[data-test=value-amount] input").fill("97");
    drawer.locator("[data-test=value-save]").click();
    assertThat(status).hasText("严重滞后");
    assertThat(status).hasAttribute("data-status", "off_track");
    assertThat(chart).hasAttribute("data-actual-points", "1");
    assertThat(drawer.locator("[data-test=status-actual]")).hasText("97");
    assertThat(
            chart
                .locator("svg text")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^97$"))))
        .isVisible();
    Browser.screenshot(page, "plans-05-indicator-off-track", false);

    // the table behind the drawer follows
    page.keyboard().press("Escape");
    Locator row =
        page.locator(".indicators-table .el-table__body-wrapper tr").filter(text("LN-02"));
    assertThat(row.locator("[data-test=status-tag]")).hasAttribute("data-status", "off_track");
    assertThat(row.locator("[data-test=status-tag]")).hasText("严重滞后");
    assertThat(row).containsText("97");
    Browser.screenshot(page, "plans-06-indicators-table");

    // values from a file: the template, a file with a wrong row (nothing stored), then a good one
    page.locator("[data-test=open-import]").click();
    Locator importer = page.locator("[data-test=values-import]");
    Download template =
        page.waitForDownload(() -> importer.locator("[data-test=template-download]").click());
    org.junit.jupiter.api.Assertions.assertEquals(
        "plan-values-liaoning-2023.xlsx", template.suggestedFilename());
    Browser.importFile(
        page,
        importer,
        "values.csv",
        "text/csv",
        "indicator_id,year,value,region,note\nLN-03,2024,2900,,\nLN-99,2024,1,,\n");
    assertThat(importer.locator("[data-test=import-errors]")).containsText("LN-99");
    assertThat(importer.locator("[data-test=import-errors]")).containsText("indicator_id");
    Browser.importAccepted(
        page,
        importer,
        "values.csv",
        "text/csv",
        "indicator_id,year,value,region,note\nLN-03,2024,2900,,\n",
        "已导入 1 个数值");
    Browser.screenshot(page, "plans-07-import", false);
    page.keyboard().press("Escape");
    Locator ln03 =
        page.locator(".indicators-table .el-table__body-wrapper tr").filter(text("LN-03"));
    assertThat(ln03).containsText("2900");

    // the roll-up lists lower regions only once they have data
    tab("汇总");
    assertThat(page.locator("[data-test=rollup-empty]")).containsText("下级地区尚无填报数据");

    // a lower region: 沈阳市 records its own wind and solar capacity, and appears in the roll-up
    tab("指标");
    page.locator(".context-region").click();
    page.locator(".el-cascader-node").filter(text("辽宁省")).click();
    page.locator(".el-cascader-node").filter(text("沈阳市")).locator(".el-radio").click();
    page.locator(".page-title").click();
    assertThat(page.locator(".context-region input")).hasValue(Pattern.compile("沈阳市"));
    page.locator("[data-test=indicator-row-LN-03]").click();
    assertThat(drawer.locator(".standing-head")).containsText("沈阳市");
    drawer.locator("[data-test=value-year] input").fill("2024");
    drawer.locator("[data-test=value-amount] input").fill("300");
    drawer.locator("[data-test=value-save]").click();
    assertThat(drawer.locator("[data-test=values-table] .el-table__body-wrapper tr")).hasCount(1);
    assertThat(chart).hasAttribute("data-actual-points", "1");
    page.keyboard().press("Escape");
    tab("汇总");
    assertThat(page.locator("[data-test=rollup-table] .el-table__header-wrapper"))
        .containsText("沈阳市");
    assertThat(page.locator("[data-test='rollup-LN-03-210100']")).isAttached();
    Browser.screenshot(page, "plans-08-rollup");
  }

  /**
   * LN-04 has no base year and no value: its chart's year axis once collapsed to one year drawn
   * over and over.
   */
  @Test
  void anIndicatorWithoutABaseYearHasAReadableYearAxis() {
    page.navigate(url("#/plans"));
    page.locator("header .login").click();
    logIn("authority");
    pickLiaoning();
    tab("指标");
    page.locator("[data-test=indicator-row-LN-04]").click();
    Locator chart = page.locator("[data-test=indicator-drawer] [data-test=indicator-chart]");
    assertThat(chart).hasAttribute("data-status", "no_data");
    Locator years =
        chart
            .locator("svg text")
            .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^20\\d\\d$")));
    assertThat(years.filter(text("2021"))).hasCount(1);
    assertThat(years).hasCount(5); // 2021–2025, each once
    Browser.screenshot(page, "plans-10-indicator-no-base-year", false);
  }

  /**
   * An enterprise or public login may read the plans but not their progress: the progress parts say
   * so once, nothing asks the server for what it would refuse (no 无权访问, no English server text),
   * and no button offers it.
   */
  @Test
  void anEnterpriseSeesThePlansWithoutRefusalsOrButtonsItCannotUse() {
    readPlansAs("enterprise", "企业用户");
  }

  @Test
  void thePublicSeesThePlansWithoutRefusalsOrButtonsItCannotUse() {
    readPlansAs("public", "公众");
  }

  private void readPlansAs(String user, String role) {
    java.util.List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
    page.onResponse(
        r -> {
          if (r.status() == 403) {
            refused.add(r.url());
          }
        });
    page.navigate(url("#/plans"));
    page.locator("header .login").click();
    logIn(user);
    pickLiaoning();
    for (String label : java.util.List.of("指标", "任务", "考核", "汇总")) {
      tab(label);
      Locator note = page.locator(".plans-tabs .el-tab-pane:visible [data-test=authority-only]");
      assertThat(note).containsText("此部分仅对主管部门开放（您当前以" + role + "账号登录）");
      assertThat(page.locator(".plans")).not().containsText("无权访问");
      assertThat(page.locator(".plans")).not().containsText("forbidden");
    }
    assertThat(page.locator("[data-test=open-import]")).hasCount(0);
    assertThat(page.locator(".task-report-button")).hasCount(0);
    assertThat(page.locator("[data-test=assessment-run]")).hasCount(0);
    tab("指标");
    assertThat(page.locator(".indicators-table .el-table__body-wrapper tr").filter(text("LN-02")))
        .containsText("较基年下降");
    Browser.screenshot(page, "plans-11-indicators-" + user);
    org.assertj.core.api.Assertions.assertThat(refused).as("requests the server refused").isEmpty();
  }

  @Test
  void aTaskReportAndTheAssessment() {
    page.navigate(url("#/login?redirect=/plans?plan=liaoning-2023%26tab=tasks"));
    logIn("authority");
    assertThat(page.locator(".page-title")).hasText("规划与考核");
    assertThat(page.locator("[data-test=plan-card-liaoning-2023]"))
        .hasClass(Pattern.compile("active"));
    tab("任务");
    assertThat(page.locator("[data-test=tasks-table]")).containsText("强化生态环境分区管控");

    // filter by normalised department
    page.locator("[data-test=department-filter]").click();
    page.locator(".el-select-dropdown__item").filter(text("水利部门")).first().click();
    assertThat(page.locator("[data-test=tasks-table]")).containsText("强化生态环境分区管控");
    assertThat(page.locator("[data-test=tasks-table]")).not().containsText("加快形成绿色生活方式");

    page.locator("[data-test='task-report-3.4']").click();
    Locator dialog = page.locator("[data-test=task-report]");
    dialog.locator(".el-radio-button").filter(text("已完成")).click();
    dialog.locator("[data-test=report-narrative] textarea").fill("已完成生态环境分区管控动态更新。");
    dialog.locator("[data-test=report-save]").click();
    assertThat(dialog.locator("[data-test=evidence-card]")).containsText("2025Q4");
    assertThat(dialog.locator("[data-test=report-history]")).containsText("已完成生态环境分区管控动态更新。");
    // evidence for the saved report, then downloaded again from the list of reports
    dialog
        .locator("[data-test=evidence-card] input[type=file]")
        .setInputFiles(
            new FilePayload(
                "会议纪要.txt", "text/plain", "分区管控动态更新会议纪要".getBytes(StandardCharsets.UTF_8)));
    Locator evidence =
        dialog.locator("[data-test=report-history] .evidence-link").filter(text("会议纪要.txt"));
    assertThat(evidence).isVisible();
    Download file = page.waitForDownload(evidence::click);
    org.junit.jupiter.api.Assertions.assertEquals("会议纪要.txt", file.suggestedFilename());
    Browser.screenshot(page, "plans-09-task-report", false);
    page.keyboard().press("Escape");
    assertThat(page.locator("[data-test=tasks-table] [data-test=task-status]").first())
        .hasText("已完成");

    // the periodic scheduling sheet: out as xlsx, back filled in (here as CSV)
    page.locator(".sheet-collapse .el-collapse-item__header").click();
    Locator sheet = page.locator("[data-test=progress-sheet]");
    Download out = page.waitForDownload(() -> sheet.locator("[data-test=sheet-download]").click());
    org.junit.jupiter.api.Assertions.assertTrue(
        out.suggestedFilename().contains("任务调度表"), out.suggestedFilename());
    Browser.importAccepted(
        page,
        sheet,
        "调度表.csv",
        "text/csv",
        "任务编号,报告期,进展状态,进展说明\n3.5,2025Q4,滞后,资金未到位\n",
        "已导入 1 条任务进展");
    assertThat(page.locator("[data-test=tasks-table]")).containsText("滞后");

    // the assessment with the default scheme, then its xlsx
    tab("考核");
    page.locator("[data-test=assessment-run]").click();
    assertThat(page.locator("[data-test=assessment-result]")).isVisible();
    assertThat(page.locator("[data-test=assessment-grade]"))
        .hasText(Pattern.compile("优秀|良好|合格|不合格"));
    Locator taskLine =
        page.locator("[data-test=assessment-lines] .el-table__body-wrapper tr")
            .filter(text("强化生态环境分区管控"));
    assertThat(taskLine).containsText("已完成");
    assertThat(taskLine).containsText("5");
    Download download =
        page.waitForDownload(() -> page.locator("[data-test=assessment-xlsx]").click());
    org.junit.jupiter.api.Assertions.assertTrue(
        download.suggestedFilename().endsWith(".xlsx"), download.suggestedFilename());
    Browser.screenshot(page, "plans-10-assessment");
  }
}
