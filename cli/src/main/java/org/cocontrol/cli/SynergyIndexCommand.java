package org.cocontrol.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cocontrol.core.synergy.AhpConsistency;
import org.cocontrol.core.synergy.Coupling;
import org.cocontrol.core.synergy.CouplingBands;
import org.cocontrol.core.synergy.CouplingModel;
import org.cocontrol.core.synergy.EntityScore;
import org.cocontrol.core.synergy.EntityValues;
import org.cocontrol.core.synergy.IndexResult;
import org.cocontrol.core.synergy.Indicator;
import org.cocontrol.core.synergy.IndicatorSystem;
import org.cocontrol.core.synergy.PairwiseMatrix;
import org.cocontrol.core.synergy.Shortfall;
import org.cocontrol.core.synergy.SynergyIndex;
import org.cocontrol.core.synergy.Weighting;
import org.cocontrol.core.synergy.Weights;
import org.cocontrol.io.Table;
import org.cocontrol.io.TableWriter;
import org.cocontrol.reference.ReferenceDataException;
import org.cocontrol.reference.SynergyReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cocontrol synergy index}: score and rank entities under an indicator system. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "协同指数: 指标标准化、赋权 (等权/专家/熵权/CRITIC/AHP) 与综合得分排名, 及拉低得分的指标 / synergy index: normalise, "
          + "weight, score, rank, and what pulls each score down.",
      "score = Σ w_j·x'_j ∈ [0, 1]"
    })
final class SynergyIndexCommand implements Callable<Integer> {

  @Option(
      names = "--system",
      required = true,
      paramLabel = "FILE|NAME",
      description =
          "指标体系: CSV 文件 (indicator, name, group, direction, unit, normalisation, reference, expert_weight …) 或内置 region|park|enterprise")
  String system;

  @Option(
      names = "--values",
      required = true,
      paramLabel = "FILE",
      description = "指标值 CSV: 宽表 entity, <指标…> 或长表 entity, indicator, value / indicator values")
  Path values;

  @Option(
      names = "--weights",
      defaultValue = "equal",
      paramLabel = "METHOD",
      description =
          "赋权 equal|expert|entropy|critic|ahp:FILE (判断矩阵 CSV; 默认 ${DEFAULT-VALUE}) / weighting")
  String weights;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "结果文件 (.csv / .xlsx) / result file")
  Path out;

  @Option(
      names = "--weights-out",
      paramLabel = "FILE",
      description = "另存所用权重 (.csv / .xlsx) / also write the weights used")
  Path weightsOut;

  @Option(
      names = "--strict-ahp",
      description = "AHP 一致性比率 CR ≥ 阈值时拒绝 (退出码 2) / refuse an inconsistent AHP matrix")
  boolean strictAhp;

  @Option(
      names = "--coupling",
      split = ",",
      paramLabel = "G1,G2",
      description =
          "以两组得分计算耦合协调度, 如 pollution,carbon (U1 = G1, U2 = G2) / coupling of two groups' scores")
  List<String> coupling;

  @Option(
      names = "--alpha",
      defaultValue = "0.5",
      paramLabel = "A",
      description = "耦合协调中 U1 的权重 α (默认 ${DEFAULT-VALUE})")
  double alpha;

  @Option(
      names = "--model",
      defaultValue = "standard",
      paramLabel = "MODEL",
      description = "耦合度模型 standard|wang2021")
  String model;

  @Option(
      names = "--top",
      defaultValue = "3",
      paramLabel = "N",
      description = "列出拉低得分最多的 N 个指标 (默认 ${DEFAULT-VALUE})")
  int top;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    IndicatorSystem sys = system(system);
    List<String> usage = new ArrayList<>();
    CouplingModel couplingModel = CouplingModel.parse(model).orElse(null);
    if (coupling != null) {
      if (coupling.size() != 2) {
        usage.add("--coupling: 须给出两个组, 如 pollution,carbon / give two groups");
      } else {
        for (String g : coupling) {
          if (!sys.groups().contains(g.strip())) {
            usage.add(
                "--coupling: 指标体系中没有组 '"
                    + g
                    + "' ("
                    + String.join(", ", sys.groups())
                    + ") / no such group");
          }
        }
      }
      if (!(alpha >= 0 && alpha <= 1)) {
        usage.add("--alpha: 必须在 0 到 1 之间 / must be in [0, 1]");
      }
      if (couplingModel == null) {
        usage.add("--model: 未知模型 '" + model + "' (standard, wang2021)");
      }
    }
    if (top < 0) {
      usage.add("--top: 不能为负 / must not be negative");
    }
    Weighting weighting = weighting(weights, sys, usage);
    SynergyFiles.fail(usage, "synergy index");
    List<EntityValues> entities = readValues(values, sys);

    IndexResult result;
    try {
      result = SynergyIndex.evaluate(sys, entities, weighting);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    Weights w = result.weights();
    if (strictAhp && w.consistency().isPresent() && !w.consistency().get().acceptable()) {
      throw new InvalidInputException(
          "AHP 判断矩阵一致性不足, 未写出任何结果 / the AHP matrix is not acceptably consistent, nothing written: "
              + String.join("; ", w.notes()));
    }
    CouplingBands bands = coupling == null ? null : SynergyReference.couplingBands();
    writeScores(result, bands, couplingModel);
    if (weightsOut != null) {
      writeWeights(result);
    }
    report(result);
    return 0;
  }

  /** A shipped system by name, or the user's file. */
  static IndicatorSystem system(String spec) {
    if (SynergyReference.SYSTEMS.contains(spec.strip().toLowerCase(Locale.ROOT))) {
      return SynergyReference.system(spec);
    }
    Path file = Path.of(spec);
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          "--system: 既不是文件也不是内置体系 ("
              + String.join(", ", SynergyReference.SYSTEMS)
              + "): "
              + spec
              + " / neither a file nor a shipped system");
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return SynergyReference.system(file.getFileName().toString(), r);
    } catch (ReferenceDataException e) {
      throw SynergyFiles.invalid(e);
    } catch (IOException e) {
      throw new InvalidInputException("无法读取 / cannot read " + file + ": " + e.getMessage());
    }
  }

  private static Weighting weighting(String spec, IndicatorSystem sys, List<String> problems) {
    String s = spec.strip();
    if (s.toLowerCase(Locale.ROOT).startsWith("ahp:")) {
      PairwiseMatrix m = readMatrix(Path.of(s.substring(4)), sys, problems);
      return m == null ? null : Weighting.ahp(m, SynergyReference.randomIndex());
    }
    Weighting w = Weighting.named(s).orElse(null);
    if (w == null) {
      problems.add(
          "--weights: 未知方法 '"
              + spec
              + "' (equal, expert, entropy, critic, ahp:FILE) / unknown weighting");
    } else if (w instanceof Weighting.Expert && !sys.withoutExpertWeight().isEmpty()) {
      problems.add(
          "--weights expert: 指标体系缺少 expert_weight / the system has no expert weight for: "
              + String.join(", ", sys.withoutExpertWeight()));
    }
    return w;
  }

  /**
   * The pairwise matrix: header {@code indicator, <codes…>}, one row per code; entries numbers or
   * fractions ({@code 1/3}).
   */
  static PairwiseMatrix readMatrix(Path file, IndicatorSystem sys, List<String> problems) {
    Table t;
    try {
      t = SynergyFiles.read(file);
    } catch (InvalidInputException e) {
      problems.add(e.getMessage());
      return null;
    }
    int before = problems.size();
    List<String> items =
        SynergyFiles.header(t)
            .subList(Math.min(1, SynergyFiles.header(t).size()), SynergyFiles.header(t).size());
    String first = SynergyFiles.header(t).isEmpty() ? "" : SynergyFiles.header(t).get(0);
    for (String code : items) {
      if (sys.indicator(code).isEmpty()) {
        problems.add(
            t.name() + " line 1, column " + code + ": 指标体系中没有此指标 / not an indicator of the system");
      }
    }
    for (String code : sys.codes()) {
      if (!items.contains(code)) {
        problems.add(
            t.name() + " line 1: 缺少指标列 " + code + " / missing column for indicator " + code);
      }
    }
    Map<String, double[]> rows = new HashMap<>();
    for (Table.Row r : t.rows()) {
      String code = r.get(first);
      if (!items.contains(code)) {
        problems.add(
            SynergyFiles.where(t, r, first)
                + ": '"
                + code
                + "' 不是表头中的指标 / not one of the header's indicators");
        continue;
      }
      if (rows.containsKey(code)) {
        problems.add(SynergyFiles.where(t, r, first) + ": 指标 '" + code + "' 重复 / row given twice");
        continue;
      }
      double[] v = new double[items.size()];
      for (int j = 0; j < items.size(); j++) {
        String text = r.get(items.get(j));
        Double d = SynergyFiles.numberOrFraction(text);
        if (d == null || !(d > 0)) {
          problems.add(
              SynergyFiles.where(t, r, items.get(j))
                  + ": '"
                  + text
                  + "' 须为正数或分数如 1/3 / must be a positive number or a fraction like 1/3");
        } else {
          v[j] = d;
        }
      }
      rows.put(code, v);
    }
    for (String code : items) {
      if (!rows.containsKey(code) && sys.indicator(code).isPresent()) {
        problems.add(t.name() + ": 缺少指标 " + code + " 的行 / missing the row of " + code);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    double[][] a = new double[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      a[i] = rows.get(items.get(i));
    }
    try {
      return PairwiseMatrix.of(items, a);
    } catch (IllegalArgumentException e) {
      problems.add(t.name() + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * Indicator values, wide ({@code entity, <codes…>}) or long ({@code entity, indicator, value}).
   */
  static List<EntityValues> readValues(Path file, IndicatorSystem sys) {
    Table t = SynergyFiles.read(file);
    List<String> problems = new ArrayList<>();
    if (!t.has("entity")) {
      SynergyFiles.fail(
          List.of(t.name() + " line 1: 缺少必填列 entity / missing required column entity"), t.name());
    }
    boolean wide = sys.codes().stream().anyMatch(t::has) || !(t.has("indicator") && t.has("value"));
    Map<String, Map<String, Double>> byEntity = new LinkedHashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    if (wide) {
      for (String h : SynergyFiles.header(t)) {
        if (!h.equals("entity") && sys.indicator(h).isEmpty()) {
          problems.add(
              t.name()
                  + " line 1, column "
                  + h
                  + ": 指标体系 "
                  + sys.name()
                  + " 中没有此指标 / not an indicator of the system");
        }
      }
      for (String code : sys.codes()) {
        if (!t.has(code)) {
          problems.add(
              t.name() + " line 1: 缺少指标列 " + code + " / missing column for indicator " + code);
        }
      }
      SynergyFiles.fail(problems, t.name());
      for (Table.Row r : t.rows()) {
        String e = entity(t, r, problems);
        if (e == null) {
          continue;
        }
        if (firstLine.putIfAbsent(e, r.number()) != null) {
          problems.add(
              SynergyFiles.where(t, r, "entity")
                  + ": '"
                  + e
                  + "' 重复, 首次出现在 line "
                  + firstLine.get(e)
                  + " / duplicate entity");
          continue;
        }
        Map<String, Double> v = new LinkedHashMap<>();
        for (String code : sys.codes()) {
          Double d = SynergyFiles.number(t, r, code, problems);
          if (d != null) {
            v.put(code, d);
          }
        }
        byEntity.put(e, v);
      }
    } else {
      Set<String> seen = new HashSet<>();
      for (Table.Row r : t.rows()) {
        String e = entity(t, r, problems);
        String code = r.get("indicator");
        if (sys.indicator(code).isEmpty()) {
          problems.add(
              SynergyFiles.where(t, r, "indicator")
                  + ": '"
                  + code
                  + "' 不是指标体系 "
                  + sys.name()
                  + " 的指标 / not an indicator of the system");
          continue;
        }
        Double d = SynergyFiles.number(t, r, "value", problems);
        if (e == null || d == null) {
          continue;
        }
        if (!seen.add(e + "\u0000" + code)) {
          problems.add(
              SynergyFiles.where(t, r, "indicator")
                  + ": "
                  + e
                  + " 的 "
                  + code
                  + " 重复 / given twice for "
                  + e);
          continue;
        }
        byEntity.computeIfAbsent(e, k -> new LinkedHashMap<>()).put(code, d);
      }
      for (Map.Entry<String, Map<String, Double>> en : byEntity.entrySet()) {
        for (String code : sys.codes()) {
          if (!en.getValue().containsKey(code)) {
            problems.add(
                t.name()
                    + ": "
                    + en.getKey()
                    + " 缺少指标 "
                    + code
                    + " / entity "
                    + en.getKey()
                    + " has no value for "
                    + code);
          }
        }
      }
    }
    if (byEntity.isEmpty() && problems.isEmpty()) {
      problems.add(t.name() + ": 没有评价对象 / no entities");
    }
    SynergyFiles.fail(problems, t.name());
    List<EntityValues> out = new ArrayList<>();
    byEntity.forEach((e, v) -> out.add(EntityValues.of(e, v)));
    return out;
  }

  private static String entity(Table t, Table.Row r, List<String> problems) {
    String e = r.get("entity");
    if (e.isEmpty()) {
      problems.add(SynergyFiles.where(t, r, "entity") + ": 空 / empty");
      return null;
    }
    return e;
  }

  private void writeScores(IndexResult result, CouplingBands bands, CouplingModel couplingModel)
      throws IOException {
    IndicatorSystem sys = result.system();
    List<String> header = new ArrayList<>(List.of("entity", "score", "rank"));
    for (String g : sys.groups()) {
      header.add("score_" + (g.isEmpty() ? "ungrouped" : g));
    }
    header.add("pulled_down_by");
    for (String code : sys.codes()) {
      header.add("x_" + code);
    }
    if (bands != null) {
      header.addAll(List.of("u1", "u2", "C", "T", "D", "coupling_level"));
    }
    try (TableWriter w = TableWriter.open(out, header)) {
      for (EntityScore s : result.scores()) {
        List<Object> cells = new ArrayList<>(List.of(s.entity(), s.score(), s.rank()));
        for (String g : sys.groups()) {
          cells.add(s.groupScores().get(g));
        }
        List<String> pulls = new ArrayList<>();
        for (Shortfall f : s.shortfalls().subList(0, Math.min(top, s.shortfalls().size()))) {
          pulls.add(f.indicator() + " (" + SynergyFiles.fmt(f.shortfall()) + ")");
        }
        cells.add(String.join("; ", pulls));
        for (String code : sys.codes()) {
          cells.add(s.normalised().get(code));
        }
        if (bands != null) {
          double u1 = s.groupScores().get(coupling.get(0).strip());
          double u2 = s.groupScores().get(coupling.get(1).strip());
          Coupling c = Coupling.of(u1, u2, alpha, couplingModel, bands);
          cells.addAll(List.of(u1, u2, c.c(), c.t(), c.d(), c.band().nameZh()));
        }
        w.row(cells);
      }
      w.commit();
    }
  }

  private void writeWeights(IndexResult result) throws IOException {
    List<String> header =
        List.of(
            "indicator",
            "name",
            "group",
            "direction",
            "normalisation",
            "reference",
            "weight",
            "method",
            "document",
            "tag");
    try (TableWriter w = TableWriter.open(weightsOut, header)) {
      for (Indicator i : result.system().indicators()) {
        w.row(
            i.code(),
            i.name(),
            i.group(),
            i.direction().code(),
            i.normalisation().code(),
            i.reference(),
            result.weights().weight(i.code()),
            result.weights().method(),
            i.document(),
            i.tag().name());
      }
      w.commit();
    }
  }

  private void report(IndexResult result) {
    PrintWriter o = spec.commandLine().getOut();
    Weights w = result.weights();
    o.println("权重 / weights (" + w.method() + "):");
    for (Map.Entry<String, Double> e : w.values().entrySet()) {
      o.println("  " + e.getKey() + " " + SynergyFiles.fmt(e.getValue()));
    }
    w.consistency()
        .ifPresent(
            (AhpConsistency c) ->
                o.println(
                    "  AHP: λmax="
                        + SynergyFiles.fmt(c.lambdaMax())
                        + " CI="
                        + SynergyFiles.fmt(c.ci())
                        + " RI="
                        + (c.ri().isPresent() ? SynergyFiles.fmt(c.ri().getAsDouble()) : "-")
                        + " CR="
                        + (c.cr().isPresent() ? SynergyFiles.fmt(c.cr().getAsDouble()) : "-")
                        + (c.acceptable()
                            ? " (一致性可接受 / acceptable)"
                            : " (一致性不足 / not acceptable)")));
    for (String n : w.notes()) {
      spec.commandLine().getErr().println("提示 / note: " + n);
    }
    for (EntityScore s : result.scores()) {
      o.println(s.rank() + ". " + s.entity() + " " + SynergyFiles.fmt(s.score()));
    }
    o.printf(
        "已评价 %d 个对象 → %s / scored %d entities%n",
        result.scores().size(), out, result.scores().size());
  }
}
