package org.cocontrol.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.ParameterUse;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.reporting.Check;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.FacilitySummary;
import org.cocontrol.core.reporting.LabReport;
import org.cocontrol.core.reporting.MonthlyEntry;
import org.cocontrol.core.reporting.OutletEmission;
import org.cocontrol.core.reporting.ProductIntensity;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportKind;
import org.cocontrol.core.reporting.ReportLine;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;

/**
 * The report's tables as an xlsx workbook, Chinese sheet and column names. GHG report: basic
 * information, facilities (units), fuel combustion by facility, month and fuel (FC, NCV, C_ar or
 * the default carbon content, OF, CO2, the lab report), process emissions, purchased and exported
 * electricity and heat, production (generation, supply, heat), the summary and the checks. Permit
 * report: basic information, actual emissions per outlet and pollutant by month against the
 * permitted tonnes, and the checks.
 *
 * <p>The sheet titles follow the structure of the power-facility guideline's report annex (basic
 * information, units, fuel combustion, purchased electricity, production and emissions summary) as
 * understood here; the annex itself was not read, so the exact titles and column order are U.
 * Missing is not zero: a value no entry gave is an empty cell.
 */
public final class ReportWorkbook {

  /** Sheet names, also read back by tests. */
  public static final String BASIC = "基本信息";

  public static final String FACILITIES = "设施信息";
  public static final String FUEL = "化石燃料燃烧排放";
  public static final String PROCESS = "工业过程排放";
  public static final String ENERGY = "购入和输出电力热力";
  public static final String PRODUCTION = "生产数据";
  public static final String SUMMARY = "排放量汇总";
  public static final String OUTLETS = "实际排放量";
  public static final String CHECKS = "校核结果";

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle bold;
  private final ReportInput input;
  private final ReportResult result;

  private ReportWorkbook(ReportInput input, ReportResult result) {
    this.input = input;
    this.result = result;
    Font f = wb.createFont();
    f.setBold(true);
    bold = wb.createCellStyle();
    bold.setFont(f);
  }

  /** Writes the tables of {@code result} (computed from {@code input}) to {@code out}. */
  public static void write(ReportInput input, ReportResult result, OutputStream out)
      throws IOException {
    ReportWorkbook w = new ReportWorkbook(input, result);
    try (XSSFWorkbook wb = w.wb) {
      w.basic();
      if (input.kind() == ReportKind.GHG) {
        w.facilities();
        w.fuel();
        w.process();
        w.energy();
        w.production();
        w.summary();
      } else {
        w.outlets();
      }
      w.checks();
      wb.write(out);
    }
  }

  private Sheet sheet(String name, String... header) {
    Sheet s = wb.createSheet(name);
    if (header.length > 0) {
      Row r = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        r.createCell(i).setCellValue(header[i]);
        r.getCell(i).setCellStyle(bold);
        s.setColumnWidth(i, Math.max(10, header[i].length() * 2 + 4) * 256);
      }
      s.createFreezePane(0, 1);
    }
    return s;
  }

  /** Writes a row: strings, numbers, or nothing for null (missing is not zero). */
  private static void row(Sheet s, Object... values) {
    Row r = s.createRow(s.getLastRowNum() + 1);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      if (v instanceof Number n) {
        r.createCell(i).setCellValue(n.doubleValue());
      } else {
        r.createCell(i).setCellValue(v.toString());
      }
    }
  }

  private void basic() {
    Sheet s = sheet(BASIC, "项目", "内容");
    row(s, "报告类型", input.kind() == ReportKind.GHG ? "温室气体排放报告" : "排污许可证执行报告（污染物排放部分）");
    row(s, "单位代码", input.entityId());
    row(s, "行政区划代码", input.region().toString());
    row(s, "报告年度", input.year());
    row(s, "行业代码（GB/T 4754-2017）", input.industry());
    if (result.guideline() != null && input.kind() == ReportKind.GHG) {
      row(s, "核算指南", result.guideline().nameZh());
      row(s, "依据文件", result.guideline().document());
    }
    if (input.permit() != null) {
      row(s, "排污许可证编号", input.permit().number());
      row(s, "许可证有效期", input.permit().validFrom() + " 至 " + input.permit().validTo());
    }
  }

  private void facilities() {
    Sheet s = sheet(FACILITIES, "设施编号", "设施名称", "设施类型", "装机容量（MW）", "排放口");
    for (Facility f : input.facilities()) {
      row(s, f.code(), f.name(), f.kind().nameZh(), f.capacityMw(), String.join("、", f.outlets()));
    }
  }

  private static ParameterUse role(EmissionLine l, String role) {
    for (ParameterUse u : l.parameters()) {
      if (u.role().equals(role)) {
        return u;
      }
    }
    return null;
  }

  private static Double value(ParameterUse u) {
    return u == null ? null : u.value();
  }

  private void fuel() {
    Sheet s =
        sheet(
            FUEL,
            "设施",
            "月份",
            "燃料品种",
            "消耗量",
            "单位",
            "低位发热量",
            "低位发热量单位",
            "元素碳含量（tC/t）",
            "单位热值含碳量（tC/GJ）",
            "含碳量来源",
            "碳氧化率",
            "二氧化碳排放量（t）",
            "检测机构",
            "报告编号",
            "采样日期",
            "检测日期",
            "报告日期");
    for (int i = 0; i < result.lines().size(); i++) {
      ReportLine l = result.lines().get(i);
      RecordResult r = l.result();
      if (!r.activity().kind().isFuel()) {
        continue;
      }
      EmissionLine co2 =
          r.lines(Substance.CO2).stream()
              .filter(
                  x ->
                      x.method().code().startsWith("combustion")
                          || x.method().code().equals("measured"))
              .findFirst()
              .orElse(null);
      ParameterUse ncv = co2 == null ? null : role(co2, "NCV");
      ParameterUse car = co2 == null ? null : role(co2, "C_ar");
      ParameterUse cc = co2 == null ? null : role(co2, "CC");
      ParameterUse of = co2 == null ? null : role(co2, "OF");
      String ccSource =
          car != null ? "实测" : cc == null ? null : cc.key().startsWith("record:") ? "实测" : "缺省值";
      Double recordNcv = r.record().ncv() == null ? null : r.record().ncv().value();
      String ncvUnit =
          r.record().ncv() != null
              ? r.record().ncv().unit().toString()
              : ncv == null ? null : ncv.unit();
      LabReport lab = lab(l);
      row(
          s,
          l.facility(),
          l.month(),
          r.activity().nameZh(),
          r.record().amount(),
          r.record().unit().symbol(),
          recordNcv != null ? recordNcv : value(ncv),
          ncvUnit,
          value(car),
          value(cc),
          ccSource,
          value(of),
          co2 == null ? null : co2.tonnes(),
          lab == null ? null : lab.lab(),
          lab == null ? null : lab.reportNo(),
          lab == null ? null : str(lab.sampleDate()),
          lab == null ? null : str(lab.testDate()),
          lab == null ? null : str(lab.reportDate()));
    }
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  /** The lab report of the entry behind a line (same facility, month and record). */
  private LabReport lab(ReportLine l) {
    for (MonthlyEntry e : input.entries()) {
      if (e.record() == l.result().record()
          || (e.record().recordId().equals(l.result().record().recordId())
              && e.facility().equals(l.facility())
              && e.month() == l.month())) {
        return e.lab();
      }
    }
    return null;
  }

  private void process() {
    Sheet s = sheet(PROCESS, "设施", "月份", "产品或原料", "数量（t）", "排放因子", "气体", "排放量（t）");
    for (ReportLine l : result.lines()) {
      RecordResult r = l.result();
      if (r.activity().kind() != ActivityKind.PRODUCT) {
        continue;
      }
      for (EmissionLine e : r.lines()) {
        if (e.substance().isGreenhouseGas()) {
          row(
              s,
              l.facility(),
              l.month(),
              r.activity().nameZh(),
              r.record().amount() * r.record().unit().factorTo(Unit.T),
              value(role(e, "EF")),
              e.substance().code(),
              e.tonnes());
        }
      }
    }
  }

  private void energy() {
    Sheet s = sheet(ENERGY, "设施", "月份", "类别", "数量", "单位", "排放因子（tCO2/单位）", "二氧化碳（t）", "是否计入报告总量");
    for (ReportLine l : result.lines()) {
      RecordResult r = l.result();
      if (!r.activity().kind().isIndirect()) {
        continue;
      }
      for (EmissionLine e : r.lines(Substance.CO2)) {
        row(
            s,
            l.facility(),
            l.month(),
            r.activity().nameZh(),
            r.record().amount(),
            r.record().unit().symbol(),
            value(role(e, "EF")),
            e.tonnes(),
            e.scope().countsInTotal()
                    && (result.guideline() == null || result.guideline().indirectCounted())
                ? "计入"
                : "不计入（信息项）");
      }
    }
  }

  private void production() {
    Sheet s = sheet(PRODUCTION, "设施", "月份", "发电量（MWh）", "供电量（MWh）", "供热量（GJ）");
    List<String> facilities = new ArrayList<>();
    for (MonthlyEntry e : input.entries()) {
      if (!facilities.contains(e.facility())) {
        facilities.add(e.facility());
      }
    }
    for (String f : facilities) {
      for (int m = 1; m <= 12; m++) {
        Double gen = sum(f, m, "electricity_generated", Unit.MWH);
        Double supply = sum(f, m, "electricity_supplied", Unit.MWH);
        Double heat = sum(f, m, "heat_supplied", Unit.GJ);
        if (gen != null || supply != null || heat != null) {
          row(s, f, m, gen, supply, heat);
        }
      }
    }
  }

  private Double sum(String facility, int month, String activity, Unit unit) {
    Double t = null;
    for (ReportLine l : result.lines()) {
      RecordResult r = l.result();
      if (l.facility().equals(facility)
          && l.month() == month
          && r.activity().code().equals(activity)
          && r.record().unit().dimension() == unit.dimension()) {
        t = (t == null ? 0 : t) + r.record().amount() * r.record().unit().factorTo(unit);
      }
    }
    return t;
  }

  private void summary() {
    Sheet s =
        sheet(
            SUMMARY,
            "设施",
            "发电量（MWh）",
            "供电量（MWh）",
            "供热量（GJ）",
            "燃料热量（GJ）",
            "化石燃料燃烧CO2（t）",
            "购入电力CO2（t）",
            "报告CO2排放量（t）",
            "供热比",
            "供电碳排放强度（tCO2/MWh）",
            "供热碳排放强度（tCO2/GJ）");
    for (FacilitySummary f : result.facilities()) {
      summaryRow(s, f.facility(), f);
    }
    if (result.whole() != null) {
      summaryRow(s, "全厂合计", result.whole());
    }
    row(s);
    row(s, "报告排放总量", "气体", "排放量（t）");
    for (Substance sub : Substance.values()) {
      Double t = result.totalsT().get(sub);
      if (t != null) {
        row(s, "", sub.code(), t);
      }
    }
    if (!result.products().isEmpty()) {
      row(s);
      row(s, "单位产品排放", "产品", "产量（t）", "CO2（t）", "强度（tCO2/t）");
      for (ProductIntensity p : result.products()) {
        row(s, "", p.activity(), p.tonnes(), p.co2T(), p.intensity());
      }
    }
  }

  private static void summaryRow(Sheet s, String name, FacilitySummary f) {
    row(
        s,
        name,
        f.generationMwh(),
        f.supplyMwh(),
        f.heatSuppliedGj(),
        f.fuelEnergyGj(),
        f.fuelCo2T(),
        f.purchasedElectricityCo2T(),
        f.reportedCo2T(),
        f.heatShare(),
        f.supplyIntensity(),
        f.heatIntensity());
  }

  private void outlets() {
    List<String> header = new ArrayList<>(List.of("排放口编号", "排放口名称", "设施", "污染物"));
    for (int m = 1; m <= 12; m++) {
      header.add(m + "月（t）");
    }
    header.addAll(List.of("全年实际排放量（t）", "许可排放量（t/a）", "占许可量比例", "是否超过许可排放量"));
    Sheet s = sheet(OUTLETS, header.toArray(String[]::new));
    for (OutletEmission o : result.outlets()) {
      List<Object> v = new ArrayList<>();
      v.add(o.outlet() == null ? "未对应排放口" : o.outlet());
      v.add(o.outletName());
      v.add(String.join("、", o.facilities()));
      v.add(o.substance().nameZh());
      for (Double d : o.monthlyT()) {
        v.add(d);
      }
      v.add(o.annualT());
      v.add(o.permittedT());
      v.add(o.share());
      v.add(o.permittedT() == null ? null : o.exceeded() ? "是" : "否");
      row(s, v.toArray());
    }
  }

  private void checks() {
    Sheet s = sheet(CHECKS, "代码", "级别", "说明", "设施", "月份", "字段");
    for (Check c : result.checks()) {
      row(
          s,
          c.code(),
          c.blocks() ? "错误（阻止提交）" : "警告（需说明）",
          c.message().zh(),
          c.location().facility(),
          c.location().month(),
          c.location().field());
    }
  }
}
