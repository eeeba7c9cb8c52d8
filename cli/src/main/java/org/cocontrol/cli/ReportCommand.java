package org.cocontrol.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.reporting.Check;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.FacilitySummary;
import org.cocontrol.core.reporting.Location;
import org.cocontrol.core.reporting.MonthlyEntry;
import org.cocontrol.core.reporting.OutletEmission;
import org.cocontrol.core.reporting.Permit;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportKind;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.reporting.Reporting;
import org.cocontrol.io.ImportProblem;
import org.cocontrol.io.ReportDataReader;
import org.cocontrol.io.ReportWorkbook;
import org.cocontrol.io.TableFormat;
import org.cocontrol.reference.ReferenceLoader;
import org.cocontrol.reference.ReportingReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cocontrol report}: an enterprise's annual GHG report or the pollutant part of its permit
 * execution report from its monthly data file, computed as the server computes it ({@link
 * Reporting#compute} with the shipped rules), without a server: totals, each facility's summary,
 * the cross-checks, and the report tables as xlsx.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "企业年度温室气体排放报告 / 排污许可执行报告(污染物部分): 由月度数据计算总量、各设施汇总与交叉校核 / an enterprise's"
          + " annual GHG or permit execution report from its monthly data: totals, facilities,"
          + " cross-checks.",
      "退出码 / exit code: 0 无错误级校核 / no error check; 2 输入有误 / invalid input; "
          + ReportCommand.BLOCKED
          + " 有错误级校核, 报告不能提交 / error checks fired, the report cannot be submitted."
    })
final class ReportCommand implements Callable<Integer> {

  /** Exit code when an error-severity check fired (the server would refuse the submission). */
  static final int BLOCKED = 3;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "月度数据文件 (.csv / .xlsx, 活动数据列加 month、facility 及检测报告列) / monthly data file")
  Path data;

  @Option(
      names = "--entity",
      required = true,
      paramLabel = "CODE",
      description = "企业编码 (文件中的 entity_id) / the enterprise's code")
  String entity;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "报告年份 / year")
  int year;

  @Option(
      names = "--kind",
      defaultValue = "ghg",
      paramLabel = "KIND",
      description = "ghg (温室气体排放报告, 默认) | permit (排污许可执行报告) / report kind")
  String kind;

  @Option(
      names = "--industry",
      paramLabel = "CODE",
      description = "GB/T 4754 行业代码, 决定核算指南, 如 D4411 火力发电 / industry code, picks the guideline")
  String industry;

  @Option(
      names = "--region",
      paramLabel = "ADCODE",
      description = "企业所在行政区划代码; 文件有 region 列时可省略 / the enterprise's region (default: the file's)")
  String region;

  @Option(
      names = "--facilities",
      paramLabel = "FILE",
      description =
          "设施清单 (.json 同 API 请求体, 或 .csv 列 facility,name_zh,kind,capacity_mw,attributes,outlets);"
              + " 缺省: 文件中每个 facility 一个设施, D441* 行业为发电机组 / facilities file")
  Path facilities;

  @Option(
      names = "--permit",
      paramLabel = "FILE",
      description = "排污许可证 (.json, 同 API 请求体) / the discharge permit")
  Path permit;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "报告表格 (.xlsx) / report tables")
  Path xlsx;

  @Option(names = "--json", description = "以 JSON 输出结果 (同 API 的报告) / print the result as JSON")
  boolean json;

  @Option(
      names = "--lang",
      defaultValue = "zh",
      paramLabel = "LANG",
      description = "校核信息语言 zh (默认) | en / language of the check messages")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportKind reportKind;
    try {
      reportKind = ReportKind.of(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--kind: " + e.getMessage());
    }
    Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.CHINESE;
    Adcode given = region == null ? null : adcode(region);
    if (xlsx != null && formatOf(xlsx) != TableFormat.XLSX) {
      throw new InvalidInputException("--xlsx: 应为 .xlsx 文件 / must be an .xlsx file: " + xlsx);
    }
    ReferenceData reference = ReferenceLoader.load();
    PrintWriter err = spec.commandLine().getErr();
    List<MonthlyEntry> entries = read(reference, given, err);
    Adcode at = given != null ? given : regionOf(entries);

    ReportSetupFiles files = new ReportSetupFiles();
    List<Facility> facilityList =
        facilities == null
            ? ReportSetupFiles.fromData(entries, industry)
            : files.facilities(facilities, entity);
    Permit permitDoc = permit == null ? null : files.permit(permit);
    files.failOnProblems();

    ReportInput input =
        new ReportInput(
            entity, at, year, reportKind, industry, facilityList, permitDoc, entries, null);
    // The server's accountant: general options; the report's guideline replaces the scheme.
    Accountant accountant = Accountant.of(reference, AccountingOptions.defaults());
    ReportResult result = Reporting.compute(input, accountant, ReportingReference.rules());

    if (xlsx != null) {
      writeTables(input, result);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JsonMapper.builder().build().writeValueAsString(asJson(input, result, locale)));
    } else {
      print(out, input, result, locale);
    }
    out.flush();
    if (result.blocked()) {
      long errors = result.checks().stream().filter(Check::blocks).count();
      err.printf(
          "%d 项错误级校核未通过, 报告不能提交 (退出码 %d) / %d error check(s): the report cannot be submitted"
              + " (exit code %d)%n",
          errors, BLOCKED, errors, BLOCKED);
      return BLOCKED;
    }
    return 0;
  }

  private static TableFormat formatOf(Path p) {
    try {
      return TableFormat.of(p);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Adcode adcode(String code) {
    return Adcode.parse(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "--region: 不是六位行政区划代码 / not a 6-digit division code: " + code));
  }

  /** Reads the monthly file; any error rejects it whole, every problem listed with its place. */
  private List<MonthlyEntry> read(ReferenceData reference, Adcode given, PrintWriter err)
      throws IOException {
    if (!Files.isRegularFile(data)) {
      throw new InvalidInputException("找不到月度数据文件 / no such file: " + data);
    }
    TableFormat format = formatOf(data);
    if (format == null) {
      throw new InvalidInputException("--data: 应为 .csv 或 .xlsx / must be .csv or .xlsx: " + data);
    }
    // Without --region the file's region column stands; a file without one is caught below.
    ReportDataReader.Frame frame =
        new ReportDataReader.Frame(entity, given == null ? Adcode.NATION : given, year);
    ReportDataReader.ReportData read;
    try (InputStream in = Files.newInputStream(data)) {
      read =
          new ReportDataReader(reference.classification(), reference.regions())
              .read(data.getFileName().toString(), in, format, frame);
    }
    read.warnings().forEach(w -> err.println("提示 / warning: " + w));
    if (!read.isValid()) {
      StringBuilder b = new StringBuilder();
      b.append(data.getFileName())
          .append(": ")
          .append(read.errors().size())
          .append(" 处错误, 未计算报告 / error(s), no report computed:");
      for (ImportProblem p : read.errors()) {
        b.append("\n  ").append(p);
      }
      throw new InvalidInputException(b.toString());
    }
    if (read.entries().isEmpty()) {
      throw new InvalidInputException(data.getFileName() + ": 没有数据行 / no data rows");
    }
    return read.entries();
  }

  /** The enterprise's region as the file gives it: one region for every row. */
  private Adcode regionOf(List<MonthlyEntry> entries) {
    List<Adcode> regions = entries.stream().map(e -> e.record().region()).distinct().toList();
    if (regions.size() != 1 || regions.get(0).equals(Adcode.NATION)) {
      throw new InvalidInputException(
          "请用 --region 给出企业所在行政区划 (文件"
              + (regions.size() > 1 ? "中有多个 region: " + regions : "没有 region 列")
              + ") / give the enterprise's region with --region (the file "
              + (regions.size() > 1 ? "has several: " + regions : "has no region column")
              + ")");
    }
    return regions.get(0);
  }

  private void writeTables(ReportInput input, ReportResult result) throws IOException {
    Path parent = xlsx.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(parent, ".report", ".xlsx");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      ReportWorkbook.write(input, result, o);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, xlsx, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String where(Location l) {
    List<String> parts = new ArrayList<>();
    if (l.facility() != null) {
      parts.add(l.facility());
    }
    if (l.month() != null) {
      parts.add(l.month() + "月");
    }
    if (l.field() != null) {
      parts.add(l.field());
    }
    return parts.isEmpty() ? "-" : String.join(" ", parts);
  }

  private void print(PrintWriter out, ReportInput input, ReportResult r, Locale locale) {
    boolean en = locale.getLanguage().equals("en");
    out.printf(
        "%s %s %d %s%n",
        input.entityId(),
        input.region(),
        input.year(),
        input.kind() == ReportKind.GHG
            ? (en ? "GHG emission report" : "温室气体排放报告")
            : (en ? "permit execution report (pollutants)" : "排污许可执行报告 (污染物)"));
    if (r.guideline() != null) {
      out.printf(
          "%s: %s%n",
          en ? "guideline" : "核算指南", en ? r.guideline().nameEn() : r.guideline().nameZh());
    }
    out.println(en ? "Totals (t):" : "总量 (t):");
    new TreeMap<>(totals(r)).forEach((s, v) -> out.printf(Locale.ROOT, "  %-6s %,.2f%n", s, v));
    if (input.kind() == ReportKind.GHG && !r.facilities().isEmpty()) {
      out.println(
          en
              ? "Facilities: facility, generation MWh, supply MWh, heat GJ, fuel GJ, fuel CO2 t,"
                  + " reported CO2 t, tCO2/MWh supplied"
              : "设施: 设施, 发电量 MWh, 供电量 MWh, 供热量 GJ, 燃料热量 GJ, 燃料燃烧 CO2 t, 报告 CO2 t, 供电强度 tCO2/MWh");
      for (FacilitySummary f : r.facilities()) {
        out.printf(
            Locale.ROOT,
            "  %-8s %s %s %s %s %,.2f %,.2f %s%n",
            f.facility(),
            num(f.generationMwh()),
            num(f.supplyMwh()),
            num(f.heatSuppliedGj()),
            num(f.fuelEnergyGj()),
            f.fuelCo2T(),
            f.reportedCo2T(),
            f.supplyIntensity() == null
                ? "-"
                : String.format(Locale.ROOT, "%.4f", f.supplyIntensity()));
      }
    }
    if (input.kind() == ReportKind.PERMIT && !r.outlets().isEmpty()) {
      out.println(
          en
              ? "Outlets: outlet, pollutant, actual t, permitted t"
              : "排放口: 排放口, 污染物, 实际排放量 t, 许可排放量 t");
      for (OutletEmission o : r.outlets()) {
        out.printf(
            Locale.ROOT,
            "  %-6s %-5s %,.3f %s%n",
            o.outlet() == null ? "-" : o.outlet(),
            o.substance().code(),
            o.annualT(),
            num(o.permittedT()));
      }
    }
    out.println(
        (en ? "Checks: " : "校核: ")
            + r.checks().size()
            + (en ? " (code, severity, location, message)" : " (代码, 级别, 位置, 说明)"));
    for (Check c : r.checks()) {
      out.printf(
          "  %s %s %s %s%n",
          c.code(),
          c.severity() == org.cocontrol.core.reporting.Severity.ERROR
              ? (en ? "error" : "错误")
              : (en ? "warning" : "警告"),
          where(c.location()),
          c.message().in(locale));
    }
  }

  private static String num(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%,.2f", v);
  }

  private static Map<String, Double> totals(ReportResult r) {
    Map<String, Double> t = new LinkedHashMap<>();
    r.totalsT().forEach((s, v) -> t.put(s.code(), v));
    return t;
  }

  /** The API's report shape where it applies: totals, checks with their location, facilities. */
  private static Map<String, Object> asJson(ReportInput input, ReportResult r, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entityId", input.entityId());
    m.put("region", input.region().toString());
    m.put("year", input.year());
    m.put("kind", input.kind().code());
    m.put("guideline", r.guideline() == null ? null : r.guideline().id());
    m.put("totalsT", new TreeMap<>(totals(r)));
    m.put("facilities", r.facilities());
    if (input.kind() == ReportKind.PERMIT) {
      m.put("outlets", r.outlets());
    }
    List<Map<String, Object>> checks = new ArrayList<>();
    for (Check c : r.checks()) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("code", c.code());
      k.put("severity", c.severity().code());
      k.put("message", c.message().in(locale));
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("facility", c.location().facility());
      l.put("month", c.location().month());
      l.put("field", c.location().field());
      k.put("location", l);
      checks.add(k);
    }
    m.put("checks", checks);
    m.put("blocked", r.blocked());
    return m;
  }
}
