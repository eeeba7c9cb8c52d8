package org.cocontrol.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingException;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.synergy.AccountedMeasure;
import org.cocontrol.core.synergy.ApeqWeights;
import org.cocontrol.core.synergy.Change;
import org.cocontrol.core.synergy.Measure;
import org.cocontrol.core.synergy.MeasureAccounting;
import org.cocontrol.core.synergy.MeasureCheck;
import org.cocontrol.core.synergy.MeasureEvaluator;
import org.cocontrol.core.synergy.MeasureRanking;
import org.cocontrol.core.synergy.MeasureResult;
import org.cocontrol.core.synergy.RankedMeasure;
import org.cocontrol.io.ActivityImport;
import org.cocontrol.io.ActivityReader;
import org.cocontrol.io.ImportProblem;
import org.cocontrol.io.Table;
import org.cocontrol.io.TableWriter;
import org.cocontrol.reference.ReferenceDataException;
import org.cocontrol.reference.SynergyReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol synergy measures}: judge measures on the co-control coordinate chart and rank
 * them.
 */
@Command(
    name = "measures",
    mixinStandardHelpOptions = true,
    description = {
      "评价减排措施的协同效应: 象限、弹性系数、大气污染物当量减排量、单位减排成本与排名 / judge measures: quadrant, "
          + "cross-elasticity, APeq reduction, cost per tonne, rank.",
      "输入二选一 / one of: --in (措施前后排放量 / emissions before and after) 或 / or --before 与 --after (措施前后活动数据, 含副作用 / "
          + "activity records before and after, side effects included)."
    })
final class SynergyMeasuresCommand implements Callable<Integer> {

  /** The output columns every consumer may rely on, in this order; more follow. */
  static final List<String> CONTRACT =
      List.of(
          "id",
          "quadrant",
          "els_SO2",
          "els_NOX",
          "els_PM",
          "els_VOCS",
          "apeq_reduction_t",
          "co2_reduction_t",
          "cost_per_t_co2",
          "cost_per_t_apeq");

  static final List<Substance> ELS =
      List.of(Substance.SO2, Substance.NOX, Substance.PM, Substance.VOCS);

  private static final List<String> MEASURE_ID = List.of("measure_id", "措施编号");
  private static final List<String> RECORD_ID = List.of("record_id", "记录编号", "记录号");

  private static final Pattern AMOUNT_COLUMN = Pattern.compile("(?i)(base|after)_(.+)_t");

  @Option(
      names = "--in",
      paramLabel = "FILE",
      description =
          "措施文件 CSV: id, name, cost_yuan (年化, 可选), base_<物质>_t, after_<物质>_t (物质 SO2, NOX, PM, VOCS, CO2 …; CO2 必填)")
  Path in;

  @Option(
      names = "--before",
      paramLabel = "FILE",
      description = "措施前活动数据 (核算格式; 可含 measure_id 列) / activity file before")
  Path before;

  @Option(
      names = "--after",
      paramLabel = "FILE",
      description = "措施后活动数据 (核算格式; 可含 measure_id 列) / activity file after")
  Path after;

  @Option(
      names = "--costs",
      paramLabel = "FILE",
      description = "与 --before/--after 配用: CSV id, cost_yuan[, name] / annualised costs")
  Path costs;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "结果文件 (.csv / .xlsx) / result file")
  Path out;

  @Option(
      names = "--apeq-weights",
      paramLabel = "FILE",
      description =
          "自定义当量权重 CSV: substance, weight[, document, tag] (默认: 环境保护税法污染当量值, 以 SO2 归一) / APeq weights")
  Path apeqWeights;

  @Option(
      names = "--rank-by",
      defaultValue = "chart",
      paramLabel = "KEY",
      description = "排名依据 chart|cost_co2|cost_apeq (默认 ${DEFAULT-VALUE}: 先象限, 后 x+y) / ranking")
  String rankBy;

  @Option(
      names = "--chart",
      paramLabel = "FILE.svg",
      description = "输出协同控制坐标图 (SVG) / write the coordinate chart as SVG")
  Path chart;

  @Option(
      names = "--scheme",
      defaultValue = "GENERAL",
      paramLabel = "RULES",
      description = "核算规则 general|ets (活动数据输入) / accounting rules")
  Scheme scheme;

  @Option(
      names = "--tier",
      defaultValue = "AUTO",
      paramLabel = "TIER",
      description = "燃烧CO2方法 auto|tier1|tier2 (活动数据输入)")
  AccountingOptions.Tier tier;

  @Option(
      names = "--parameters",
      paramLabel = "FILE",
      description = "追加参数表 (活动数据输入) / extra parameter rows")
  Path extraParameters;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> usage = new ArrayList<>();
    boolean emissions = in != null;
    boolean activities = before != null || after != null;
    if (emissions == activities) {
      usage.add("请给出 --in, 或同时给出 --before 与 --after / give --in, or both --before and --after");
    } else if (activities && (before == null || after == null)) {
      usage.add("--before 与 --after 须同时给出 / --before and --after go together");
    }
    if (costs != null && !activities) {
      usage.add(
          "--costs 仅用于 --before/--after; --in 的成本在 cost_yuan 列 / --costs is for --before/--after; with --in use the cost_yuan column");
    }
    MeasureRanking ranking = MeasureRanking.parse(rankBy).orElse(null);
    if (ranking == null) {
      usage.add("--rank-by: 未知 '" + rankBy + "' (chart, cost_co2, cost_apeq) / unknown ranking");
    }
    if (chart != null && !chart.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
      usage.add("--chart: 须为 .svg 文件 / must be an .svg file");
    }
    SynergyFiles.fail(usage, "synergy measures");

    MeasureEvaluator evaluator = MeasureEvaluator.of(weights(apeqWeights));
    List<Measure> measures = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    if (emissions) {
      measures.addAll(readMeasures(in, spec.commandLine().getErr()));
    } else {
      for (AccountedMeasure am : accountMeasures()) {
        measures.add(am.measure());
        am.gaps().forEach(g -> gaps.add(am.measure().id() + ": " + g));
      }
    }
    List<RankedMeasure> ranked = evaluator.evaluateAll(measures, ranking);
    write(out, ranked);
    if (chart != null) {
      Files.writeString(chart, SynergyChart.svg(ranked), StandardCharsets.UTF_8);
    }
    PrintWriter err = spec.commandLine().getErr();
    gaps.stream().limit(20).forEach(g -> err.println("未估算 / not estimated: " + g));
    if (gaps.size() > 20) {
      err.println("未估算 / not estimated: … " + (gaps.size() - 20) + " more");
    }
    PrintWriter o = spec.commandLine().getOut();
    for (RankedMeasure r : ranked) {
      o.printf(
          "%d. %s [%s] %s%n",
          r.rank(), r.result().id(), r.result().quadrant().code(), r.result().verdict());
    }
    o.printf("已评价 %d 项措施 → %s / evaluated %d measure(s)%n", ranked.size(), out, ranked.size());
    return 0;
  }

  /** The shipped APeq weights, or the user's. */
  static ApeqWeights weights(Path file) {
    if (file == null) {
      return SynergyReference.apeqWeights();
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("找不到当量权重文件 / no such file: " + file);
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return SynergyReference.apeqWeights(file.getFileName().toString(), r);
    } catch (ReferenceDataException e) {
      throw SynergyFiles.invalid(e);
    } catch (IOException e) {
      throw new InvalidInputException("无法读取 / cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Measures from an emissions file; every problem is listed with its line and column. */
  static List<Measure> readMeasures(Path file, PrintWriter err) {
    Table t = SynergyFiles.read(file);
    List<String> problems = new ArrayList<>();
    if (!t.has("id")) {
      problems.add(t.name() + " line 1: 缺少必填列 id / missing required column id");
    }
    Map<Substance, String> baseCols = new EnumMap<>(Substance.class);
    Map<Substance, String> afterCols = new EnumMap<>(Substance.class);
    for (String h : SynergyFiles.header(t)) {
      Matcher m = AMOUNT_COLUMN.matcher(h);
      if (m.matches()) {
        Optional<Substance> s = MeasureCheck.substance(m.group(2));
        if (s.isEmpty()) {
          problems.add(
              t.name() + " line 1, column " + h + ": " + MeasureCheck.unknownSubstance(m.group(2)));
        } else if ((m.group(1).equalsIgnoreCase("base") ? baseCols : afterCols).put(s.get(), h)
            != null) {
          problems.add(
              t.name() + " line 1, column " + h + ": " + MeasureCheck.substanceTwice(s.get()));
        }
      } else if (!h.equals("id") && !h.equals("name") && !h.equals("cost_yuan")) {
        // Unknown columns (notes, units) are common; they are reported so a typo does not pass
        // silently.
        err.println(
            "提示 / warning: "
                + t.name()
                + " line 1, column "
                + h
                + ": 未识别的列, 已忽略 / unknown column ignored");
      }
    }
    for (Substance s : EnumSet.copyOf(union(baseCols.keySet(), afterCols.keySet()))) {
      if (!baseCols.containsKey(s) || !afterCols.containsKey(s)) {
        String have = baseCols.containsKey(s) ? baseCols.get(s) : afterCols.get(s);
        problems.add(
            t.name()
                + " line 1, column "
                + have
                + ": 缺少配对列 "
                + (baseCols.containsKey(s) ? "after_" : "base_")
                + s.code()
                + "_t / its pair is missing");
      }
    }
    if (!baseCols.containsKey(Substance.CO2) || !afterCols.containsKey(Substance.CO2)) {
      problems.add(
          t.name()
              + " line 1: 缺少必填列 base_CO2_t 与 after_CO2_t / missing required columns base_CO2_t and after_CO2_t");
    }
    SynergyFiles.fail(problems, t.name());
    if (t.rows().isEmpty()) {
      SynergyFiles.fail(List.of(t.name() + ": 没有措施 / no measures"), t.name());
    }
    // the rules for a measure are core's (MeasureCheck), the same the REST API applies; only the
    // places are this file's
    List<Measure> out = new ArrayList<>();
    MeasureCheck check = new MeasureCheck();
    for (Table.Row r : t.rows()) {
      Double cost =
          r.get("cost_yuan").isEmpty() ? null : SynergyFiles.number(t, r, "cost_yuan", problems);
      List<MeasureCheck.Problem> found = new ArrayList<>();
      Measure m =
          check.check(
              r.get("id"),
              r.get("name"),
              cost,
              amounts(t, r, baseCols, problems),
              amounts(t, r, afterCols, problems),
              found);
      for (MeasureCheck.Problem p : found) {
        String column =
            switch (p.field()) {
              case ID -> "id";
              case COST -> "cost_yuan";
              case AMOUNT ->
                  (p.side() == MeasureCheck.Side.BASE ? baseCols : afterCols).get(p.substance());
            };
        problems.add(SynergyFiles.where(t, r, column) + ": " + p.message());
      }
      if (m != null) {
        out.add(m);
      }
    }
    SynergyFiles.fail(problems, t.name());
    return out;
  }

  /**
   * One side's amounts of a row: null where blank, NaN where the cell is not a number (reported
   * here).
   */
  private static Map<Substance, Double> amounts(
      Table t, Table.Row r, Map<Substance, String> columns, List<String> problems) {
    Map<Substance, Double> out = new EnumMap<>(Substance.class);
    columns.forEach(
        (s, column) -> {
          if (r.get(column).isEmpty()) {
            out.put(s, null);
          } else {
            Double v = SynergyFiles.number(t, r, column, problems);
            out.put(s, v == null ? Double.NaN : v);
          }
        });
    return out;
  }

  private static Set<Substance> union(Set<Substance> a, Set<Substance> b) {
    Set<Substance> s = EnumSet.noneOf(Substance.class);
    s.addAll(a);
    s.addAll(b);
    return s;
  }

  /** Measures from two activity files, grouped by an optional measure_id column. */
  private List<AccountedMeasure> accountMeasures() {
    AccountingSetup setup = new AccountingSetup();
    setup.scheme = scheme;
    setup.tier = tier;
    setup.gwp = org.cocontrol.core.substance.GwpSet.AR5;
    setup.extraParameters = extraParameters;
    ReferenceData reference = setup.reference();
    List<String> problems = new ArrayList<>();
    List<ActivityRecord> b = readActivities(before, reference, problems);
    List<ActivityRecord> a = readActivities(after, reference, problems);
    Map<String, String> bGroups = measureIds(before, problems);
    Map<String, String> aGroups = measureIds(after, problems);
    if ((bGroups == null) != (aGroups == null) && problems.isEmpty()) {
      problems.add(
          "measure_id: 须在 --before 与 --after 两个文件中都有或都没有 / both files or neither must have a measure_id column");
    }
    Map<String, String[]> costRows = costs == null ? Map.of() : readCosts(costs, problems);
    SynergyFiles.fail(problems, "synergy measures");

    Map<String, List<List<ActivityRecord>>> groups = new LinkedHashMap<>();
    if (bGroups == null) {
      String id = stem(before) + "→" + stem(after);
      groups.put(id, List.of(b, a));
    } else {
      for (ActivityRecord r : b) {
        group(groups, bGroups.get(r.recordId())).get(0).add(r);
      }
      for (ActivityRecord r : a) {
        group(groups, aGroups.get(r.recordId())).get(1).add(r);
      }
      if (groups.containsKey(null) || groups.containsKey("")) {
        problems.add("measure_id: 有记录未归属任何措施 / some records belong to no measure");
      }
    }
    for (String id : costRows.keySet()) {
      if (!groups.containsKey(id)) {
        problems.add(
            costs.getFileName()
                + ", id "
                + id
                + ": 活动数据中没有此措施 / no such measure in the activity files ("
                + String.join(", ", groups.keySet())
                + ")");
      }
    }
    SynergyFiles.fail(problems, "synergy measures");
    Accountant accountant = setup.accountant(reference);
    List<AccountedMeasure> out = new ArrayList<>();
    for (Map.Entry<String, List<List<ActivityRecord>>> g : groups.entrySet()) {
      String[] c = costRows.get(g.getKey());
      try {
        out.add(
            MeasureAccounting.account(
                g.getKey(),
                c == null ? g.getKey() : c[1],
                c == null ? null : Double.valueOf(c[0]),
                accountant,
                g.getValue().get(0),
                g.getValue().get(1)));
      } catch (AccountingException e) {
        problems.add("measure " + g.getKey() + ", column " + e.field() + ": " + e.getMessage());
      }
    }
    SynergyFiles.fail(problems, "synergy measures");
    return out;
  }

  private static List<List<ActivityRecord>> group(
      Map<String, List<List<ActivityRecord>>> groups, String id) {
    return groups.computeIfAbsent(id, k -> List.of(new ArrayList<>(), new ArrayList<>()));
  }

  private List<ActivityRecord> readActivities(
      Path file, ReferenceData reference, List<String> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add("找不到活动数据文件 / no such file: " + file);
      return List.of();
    }
    ActivityImport result;
    try {
      result = new ActivityReader(reference.classification(), reference.regions()).read(file);
    } catch (IOException e) {
      problems.add("无法读取 / cannot read " + file + ": " + e.getMessage());
      return List.of();
    }
    boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    for (ImportProblem p : result.warnings()) {
      // measure_id is ours, not the activity reader's; it is read from CSV files only
      if (!isHeader(p.column(), MEASURE_ID)) {
        spec.commandLine().getErr().println("提示 / warning: " + file.getFileName() + " " + p);
      } else if (!csv) {
        problems.add(
            file.getFileName()
                + ": 按 measure_id 分组仅支持 CSV 活动数据文件 / grouping by measure_id needs CSV activity files");
      }
    }
    result.errors().forEach(e -> problems.add(file.getFileName() + " " + e));
    return result.records();
  }

  /** record_id → measure_id, or null when the file has no measure_id column. */
  private static Map<String, String> measureIds(Path file, List<String> problems) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      // An xlsx is read by the activity reader only; a measure_id column in it is refused in
      // readActivities.
      return null;
    }
    Table t = SynergyFiles.read(file);
    String idColumn =
        SynergyFiles.header(t).stream()
            .filter(h -> isHeader(h, MEASURE_ID))
            .findFirst()
            .orElse(null);
    if (idColumn == null) {
      return null;
    }
    String recordColumn =
        SynergyFiles.header(t).stream()
            .filter(h -> isHeader(h, RECORD_ID))
            .findFirst()
            .orElse(null);
    Map<String, String> out = new HashMap<>();
    if (recordColumn == null) {
      return out;
    }
    for (Table.Row r : t.rows()) {
      String m = r.get(idColumn);
      if (m.isEmpty()) {
        problems.add(
            SynergyFiles.where(t, r, idColumn)
                + ": 空; 有 measure_id 列时每条记录都须归属一项措施 / empty: every record needs a measure");
      }
      out.put(r.get(recordColumn), m);
    }
    return out;
  }

  /** id → {cost, name}. */
  private static Map<String, String[]> readCosts(Path file, List<String> problems) {
    Table t = SynergyFiles.read(file);
    if (!t.has("id") || !t.has("cost_yuan")) {
      problems.add(t.name() + " line 1: 须有列 id 与 cost_yuan / needs columns id and cost_yuan");
      return Map.of();
    }
    Map<String, String[]> out = new LinkedHashMap<>();
    for (Table.Row r : t.rows()) {
      String id = r.get("id");
      Double c =
          r.get("cost_yuan").isEmpty() ? null : SynergyFiles.number(t, r, "cost_yuan", problems);
      if (id.isEmpty()) {
        problems.add(SynergyFiles.where(t, r, "id") + ": 空 / empty");
      } else if (out.containsKey(id)) {
        problems.add(SynergyFiles.where(t, r, "id") + ": 重复 '" + id + "' / duplicate id");
      } else if (c != null) {
        out.put(
            id, new String[] {Double.toString(c), r.get("name").isEmpty() ? id : r.get("name")});
      }
    }
    return out;
  }

  /**
   * Header matching as the activity reader does it: case, surrounding and inner spaces never
   * matter.
   */
  private static boolean isHeader(String header, List<String> names) {
    String h =
        header
            .replace('\uFEFF', ' ')
            .replace('\u3000', ' ')
            .strip()
            .replaceAll("\\s+", "_")
            .toLowerCase(Locale.ROOT);
    return names.contains(h);
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /**
   * The result table: the contract columns, then name, rank, axes, APeq and every substance's
   * amounts, verdict.
   */
  static void write(Path out, List<RankedMeasure> ranked) throws IOException {
    Set<Substance> substances = EnumSet.noneOf(Substance.class);
    ranked.forEach(r -> substances.addAll(r.result().changes().keySet()));
    List<String> header = new ArrayList<>(CONTRACT);
    header.addAll(
        List.of(
            "name",
            "rank",
            "rel_apeq_reduction",
            "rel_co2_reduction",
            "apeq_base_t",
            "apeq_after_t"));
    for (Substance s : substances) {
      header.addAll(
          List.of(
              "base_" + s.code() + "_t",
              "after_" + s.code() + "_t",
              "reduction_" + s.code() + "_t",
              "rel_reduction_" + s.code()));
    }
    header.add("verdict");
    try (TableWriter w = TableWriter.open(out, header)) {
      for (RankedMeasure rm : ranked) {
        MeasureResult r = rm.result();
        List<Object> cells = new ArrayList<>();
        cells.add(r.id());
        cells.add(r.quadrant().code());
        for (Substance s : ELS) {
          cells.add(SynergyFiles.cell(r.elasticity(s)));
        }
        cells.add(r.apeq().reduction());
        cells.add(r.co2().reduction());
        cells.add(SynergyFiles.cell(r.costPerTonneCo2()));
        cells.add(SynergyFiles.cell(r.costPerTonneApeq()));
        cells.add(r.measure().name());
        cells.add(rm.rank());
        cells.add(SynergyFiles.cell(r.apeq().relativeReduction()));
        cells.add(SynergyFiles.cell(r.co2().relativeReduction()));
        cells.add(r.apeq().base());
        cells.add(r.apeq().after());
        for (Substance s : substances) {
          Change c = r.changes().get(s);
          if (c == null) {
            cells.addAll(Arrays.asList(null, null, null, null));
          } else {
            cells.addAll(List.of(c.base(), c.after(), c.reduction()));
            cells.add(SynergyFiles.cell(c.relativeReduction()));
          }
        }
        cells.add(r.verdict().toString());
        w.row(cells);
      }
      w.commit();
    }
  }
}
