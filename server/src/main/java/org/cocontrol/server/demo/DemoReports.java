package org.cocontrol.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.auth.Role;
import org.cocontrol.server.reporting.Reports;
import org.cocontrol.store.EnterpriseStore;
import org.springframework.stereotype.Component;

/**
 * The demo's 2023 reports in every state (demo/README.md §9), made by driving the real lifecycle
 * through {@link Reports}: the same checks, the same refusals, every step audited. The enterprise's
 * steps run as {@code system} in the enterprise's role (the loader enters the data on its behalf);
 * the authority's as the demo user {@code authority}, the verifier's as the demo user {@code
 * verifier}, so the record names who would have done them.
 */
@Component
class DemoReports {

  static final int YEAR = 2023;

  /** Which plant ends in which state, and why (README §9 says the same). */
  enum Target {
    /** Caught by the checks, given time to correct: a draft whose deadline was extended. */
    DRAFT,
    /** A draft left past 31 March 2024: overdue. */
    OVERDUE,
    SUBMITTED,
    IN_VERIFICATION,
    VERIFIED,
    CONFIRMED
  }

  record Plan(String entity, String kind, Target target) {}

  static final List<Plan> PLANS =
      List.of(
          new Plan("GPPD-1075619", "ghg", Target.DRAFT),
          new Plan("GPPD-1070264", "ghg", Target.DRAFT),
          new Plan("GPPD-1070681", "ghg", Target.OVERDUE),
          new Plan("GPPD-1070671", "ghg", Target.SUBMITTED),
          new Plan("GPPD-1070671", "permit", Target.SUBMITTED),
          new Plan("GPPD-1070263", "ghg", Target.IN_VERIFICATION),
          new Plan("GPPD-1075590", "ghg", Target.VERIFIED),
          new Plan("GPPD-1061038", "ghg", Target.CONFIRMED));

  private static final Caller AUTHORITY =
      new Caller("authority", Role.AUTHORITY, Adcode.NATION, null);
  private static final Caller VERIFIER = new Caller("verifier", Role.VERIFIER, Adcode.NATION, null);

  private final Reports reports;
  private final EnterpriseStore enterprises;

  DemoReports(Reports reports, EnterpriseStore enterprises) {
    this.reports = reports;
    this.enterprises = enterprises;
  }

  /**
   * Creates the reports of {@link #PLANS}; {@code today} dates the extensions (a year from the
   * load, so the caught plants' drafts read {@code draft}, not {@code overdue}). Returns how many.
   */
  int load(LocalDate today) throws IOException {
    int n = 0;
    for (Plan p : PLANS) {
      EnterpriseStore.Registration reg = enterprises.registrations().get(p.entity());
      if (reg == null) {
        continue;
      }
      Caller enterprise = new Caller("system", Role.ENTERPRISE, Adcode.NATION, reg.id());
      Reports.ReportView r = reports.create(enterprise, p.entity(), YEAR, p.kind(), "zh");
      long id = r.id();
      // enter once: the year's file is shared by the plant's ghg and permit reports
      if (r.dataFile() == null) {
        r = reports.upload(enterprise, id, p.entity() + ".csv", file(p.entity()), "zh");
      }
      if (p.target() == Target.DRAFT) {
        reports.extend(AUTHORITY, id, today.plusYears(1).toString(), "zh");
        n++;
        continue;
      }
      if (p.target() == Target.OVERDUE) {
        n++;
        continue;
      }
      // the warnings the plant's data raises are explained, as the enterprise would
      for (Reports.CheckView k : r.checks()) {
        if ("warning".equals(k.severity())) {
          reports.explain(enterprise, id, k.code(), k.location(), explanation(k.code()), "zh");
        }
      }
      r = reports.submit(enterprise, id, "zh");
      if (p.target() != Target.SUBMITTED) {
        reports.assign(AUTHORITY, id, VERIFIER.username(), "zh");
        reports.finding(VERIFIER, id, "3月燃料化验报告缺少采样记录，请补充采样单。", findingAt(p.entity()), false, "zh");
        if (p.target() != Target.IN_VERIFICATION) {
          long finding = reports.get(VERIFIER, id, "zh").findings().get(0).id();
          double co2 = Math.ceil(r.totalsT().get("CO2"));
          reports.conclude(
              VERIFIER,
              id,
              new Reports.Conclusion(
                  Map.of("CO2", co2),
                  "排放报告数据真实、完整，符合指南要求（演示）。",
                  "审阅了月度燃料消耗台账、化验报告和发电量统计。",
                  "现场查看了机组、燃料计量和采样制样设施。",
                  List.of(new Reports.Settled(finding, "fixed", null))),
              "zh");
          if (p.target() == Target.CONFIRMED) {
            reports.confirm(AUTHORITY, id, "zh");
          }
        }
      }
      n++;
    }
    return n;
  }

  /**
   * What the enterprise says about a warning. The two that fire on the demo files are artefacts of
   * how the files were made (README §9), and the explanations say so rather than pretend the data
   * was checked: the heat supplied of the cogeneration plants in the heating months is an assumed
   * 2.2 GJ per MWh, which leaves too little fuel energy for generation (RPT-HEAT-RATE); 郑州热电's
   * actual NOx and PM (fuel × emission factors) exceed its permitted tonnes (capacity × 5,000 h ×
   * flue gas × limit), two estimates that were never made to agree (RPT-PERMIT-EXCEEDED).
   */
  static String explanation(String code) {
    return switch (code) {
      case "RPT-HEAT-RATE" -> "演示数据：供热季对外供热量按每兆瓦时发电2.2吉焦估算，扣除供热后发电热耗偏低；以供热计量表读数为准。";
      case "RPT-PERMIT-EXCEEDED" -> "演示数据：实际排放量由燃料量估算，许可排放量按年运行5000小时估算，二者口径不同；以在线监测数据为准。";
      default -> "演示数据：企业已核对该项。";
    };
  }

  /** Where the verifier's finding points: March's fuel carbon content at the first unit. */
  static Reports.Where findingAt(String entity) {
    String fuel = entity.equals(DemoLoader.DEMO_ENTERPRISE) ? "natural_gas" : "raw_coal";
    return new Reports.Where("U1", 3, fuel + ".carbon_content");
  }

  private static byte[] file(String entity) throws IOException {
    String path = "/demo/reports/" + YEAR + "/" + entity + ".csv";
    try (InputStream in = DemoReports.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("demo file " + path + " is missing");
      }
      return in.readAllBytes();
    }
  }
}
