package org.cocontrol.server.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocontrol.core.plan.Assessment;
import org.cocontrol.core.plan.IndicatorStatus;
import org.cocontrol.core.plan.Metrics;
import org.cocontrol.core.plan.Plan;
import org.cocontrol.core.plan.PlanIndicator;
import org.cocontrol.core.plan.PlanItem;
import org.cocontrol.core.plan.ProgressTracker;
import org.cocontrol.core.plan.ReportingPeriod;
import org.cocontrol.core.plan.ScoringScheme;
import org.cocontrol.core.plan.Target;
import org.cocontrol.core.plan.TaskStatus;
import org.cocontrol.core.readside.Layer;
import org.cocontrol.core.readside.Series;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.reference.PlanCatalog;
import org.cocontrol.server.plan.PlanViews.AssessmentLineView;
import org.cocontrol.server.plan.PlanViews.Point;
import org.cocontrol.server.plan.PlanViews.StatusView;
import org.cocontrol.server.plan.PlanViews.ValueView;
import org.cocontrol.server.readside.ReadSide;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.store.PlanStore;
import org.cocontrol.store.RegionStore;
import org.cocontrol.store.StatisticsStore;
import org.springframework.stereotype.Service;

/**
 * Plans joined with their recorded progress: targets resolved per region, statuses, assessments.
 */
@Service
class PlanService {

  static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private final PlanCatalog catalog;
  private final PlanStore store;
  private final RegionStore regions;
  private final StatisticsStore statistics;
  private final ReadSide readSide;
  private final ProgressTracker tracker = ProgressTracker.DEFAULT;

  PlanService(
      PlanCatalog catalog,
      PlanStore store,
      RegionStore regions,
      StatisticsStore statistics,
      ReadSide readSide) {
    this.readSide = readSide;
    this.catalog = catalog;
    this.store = store;
    this.regions = regions;
    this.statistics = statistics;
  }

  /** A value the platform computed, or why a year was not. */
  record Computed(int year, Double value, String note) {}

  /**
   * Values of an indicator computed from the platform's data, by year: CO2 from the region's CEADs
   * total where it has one, else the ledger's direct emissions; pollutants from the ledger;
   * intensities over the GDP statistics. Years with a value entered by hand or imported keep it. A
   * ledger year not comparable with the reference year (insufficient data: see {@link
   * #ledgerSeries}) is not computed; the reason is its note.
   *
   * @throws BadRequestException when the indicator has no computable metric
   */
  List<Computed> compute(Plan plan, PlanIndicator indicator, Adcode region) {
    Metrics.Metric metric = Metrics.Metric.ofCode(indicator.metric());
    if (metric == null) {
      throw BadRequestException.invalid(
          "该指标无法由平台数据计算（metric: "
              + indicator.metric()
              + "），请手工填报或导入 / "
              + "the platform cannot compute this indicator; enter or import its values");
    }
    Map<Integer, Double> amounts = new TreeMap<>();
    Map<Integer, String> sources = new TreeMap<>();
    List<Computed> out = new ArrayList<>();
    switch (metric) {
      case CO2_TOTAL, CO2_PER_GDP ->
          series(region, Substance.CO2, indicator.baseYear(), amounts, sources, out);
      case SO2_TOTAL -> series(region, Substance.SO2, indicator.baseYear(), amounts, sources, out);
      case NOX_TOTAL -> series(region, Substance.NOX, indicator.baseYear(), amounts, sources, out);
      case VOCS_TOTAL ->
          series(region, Substance.VOCS, indicator.baseYear(), amounts, sources, out);
      case ENERGY_PER_GDP ->
          statistics
              .series(region, "energy_consumption")
              .forEach(
                  (y, s) -> {
                    amounts.put(y, Metrics.tce(s.value(), s.unit()));
                    sources.put(y, "能源消费量统计");
                  });
    }
    Map<Integer, StatisticsStore.Statistic> gdp = statistics.series(region, "gdp");
    Map<Integer, PlanStore.Value> existing =
        store.values(plan.id(), indicator.id(), region.toString());
    for (Map.Entry<Integer, Double> e : amounts.entrySet()) {
      int year = e.getKey();
      PlanStore.Value kept = existing.get(year);
      if (kept != null && !kept.origin().equals("computed")) {
        out.add(new Computed(year, null, "保留已填报的数值 / a value entered by hand or imported is kept"));
        continue;
      }
      boolean intensity =
          metric == Metrics.Metric.CO2_PER_GDP || metric == Metrics.Metric.ENERGY_PER_GDP;
      if (intensity && !gdp.containsKey(year)) {
        out.add(new Computed(year, null, "缺少该年GDP统计 / no GDP statistic for the year"));
        continue;
      }
      try {
        double v =
            intensity
                ? Metrics.per10kYuan(e.getValue(), gdp.get(year).value(), gdp.get(year).unit())
                : Metrics.tonnesIn(e.getValue(), indicator.unit());
        String unit =
            metric == Metrics.Metric.CO2_PER_GDP
                ? "t CO2/万元"
                : metric == Metrics.Metric.ENERGY_PER_GDP ? "tce/万元" : indicator.unit();
        out.add(
            new Computed(
                year,
                v,
                sources.get(year)
                    + (intensity ? " ÷ GDP (" + gdp.get(year).unit() + ")" : "")
                    + "，单位 "
                    + unit));
      } catch (IllegalArgumentException ex) {
        out.add(new Computed(year, null, ex.getMessage()));
      }
    }
    if (out.isEmpty()) {
      throw BadRequestException.invalid(
          "平台尚无该地区的相关数据 / the platform has no data for " + region + " to compute " + metric.code());
    }
    out.sort(java.util.Comparator.comparingInt(Computed::year));
    return out;
  }

  /**
   * A substance's yearly amounts from the read side (one layer per series: CEADs for CO2 where it
   * covers the region, else the ledger's direct emissions); a ledger year that cannot be compared
   * with the reference year goes to {@code refused} with the reason.
   */
  private void series(
      Adcode region,
      Substance substance,
      Integer baseYear,
      Map<Integer, Double> amounts,
      Map<Integer, String> sources,
      List<Computed> refused) {
    Series series = readSide.series(region, substance, baseYear);
    series
        .values()
        .forEach(
            (year, v) -> {
              amounts.put(year, v.tonnes());
              sources.put(
                  year, v.layer() == Layer.TOP_DOWN ? "CEADs 排放清单合计" : "台账直接排放合计（仅覆盖已报送企业）");
            });
    series.refused().forEach((year, why) -> refused.add(new Computed(year, null, why.toString())));
  }

  PlanCatalog catalog() {
    return catalog;
  }

  Plan plan(String id) {
    return catalog.plan(id).orElseThrow(() -> BadRequestException.notFound("plan " + id));
  }

  PlanIndicator indicator(Plan plan, String indicatorId) {
    return plan.indicator(indicatorId)
        .orElseThrow(
            () -> BadRequestException.notFound("indicator " + indicatorId + " of " + plan.id()));
  }

  /**
   * A task by item id ({@code 3.4}) or by its number as written ({@code （四）}, {@code (四)}, {@code
   * 19}).
   */
  PlanItem task(Plan plan, String taskId) {
    return plan.task(taskId)
        .orElseThrow(() -> BadRequestException.notFound("task " + taskId + " of " + plan.id()));
  }

  /** The region a request is about: the plan's jurisdiction by default, else one inside it. */
  Adcode region(Plan plan, String region) {
    Adcode jurisdiction = Adcode.parseAny(plan.jurisdiction()).orElseThrow();
    if (region == null || region.isBlank()) {
      return jurisdiction;
    }
    Adcode a =
        Adcode.parseAny(region.strip())
            .orElseThrow(
                () -> BadRequestException.invalid("地区代码无效 / invalid region code: " + region));
    if (!a.isWithin(jurisdiction)) {
      throw BadRequestException.invalid(
          "地区 "
              + region
              + " 不在规划辖区 "
              + plan.jurisdiction()
              + " 内 / region "
              + region
              + " is outside the plan's jurisdiction "
              + plan.jurisdiction());
    }
    return a;
  }

  String regionName(Adcode a) {
    return regions.find(a).map(RegionStore.StoredRegion::nameZh).orElse(a.toString());
  }

  /** A target as it applies in a region, and whether a user completed its figure. */
  private record Resolved(Target target, boolean completed) {}

  /**
   * The target an indicator has in a region: a figure the user completed for the region, else (for
   * a lower region) the one completed for the plan's jurisdiction, else the plan's own. Amounts and
   * counts are the exception: a lower region has none until one is allocated to it.
   */
  private static Resolved resolve(
      Plan plan, PlanIndicator indicator, Adcode region, PlanStore.IndicatorData data) {
    PlanStore.TargetOverride own = data.target(region.toString(), indicator.id());
    PlanStore.TargetOverride top = data.target(plan.jurisdiction(), indicator.id());
    boolean ownValue = own != null && own.targetValue() != null;
    Double value = ownValue ? own.targetValue() : top != null ? top.targetValue() : null;
    boolean lower = !region.toString().equals(plan.jurisdiction());
    Double base =
        own != null && own.baseValue() != null
            ? own.baseValue()
            : !lower && top != null ? top.baseValue() : null;
    Target t = indicator.target(value, base, plan.horizonYear());
    if (lower && indicator.effectiveKind().additive() && !ownValue) {
      // An amount or count of the whole jurisdiction is no target for one of its cities until it is
      // allocated.
      t = new Target(t.kind(), t.comparison(), t.baseYear(), t.baseValue(), t.targetYear(), null);
    }
    return new Resolved(t, value != null && t.targetValue() != null);
  }

  /** An indicator's standing, as core computes it and as the API shows it. */
  record Evaluated(IndicatorStatus status, StatusView view) {}

  /** One indicator's status, reading what is recorded for the plan. */
  StatusView status(Plan plan, PlanIndicator indicator, Adcode region, int year) {
    return evaluate(plan, indicator, region, year, store.indicatorData(plan.id())).view();
  }

  /** An indicator's status from what was read once for many indicators and regions. */
  Evaluated evaluate(
      Plan plan, PlanIndicator indicator, Adcode region, int year, PlanStore.IndicatorData data) {
    Resolved resolved = resolve(plan, indicator, region, data);
    Target target = resolved.target();
    Map<Integer, PlanStore.Value> stored = data.values(region.toString(), indicator.id());
    Map<Integer, Double> values = new TreeMap<>();
    stored.forEach((y, v) -> values.put(y, v.value()));
    Map<Integer, Double> waypoints = data.waypoints(region.toString(), indicator.id());
    IndicatorStatus s = tracker.evaluate(target, values, waypoints, year);
    List<Point> path = new ArrayList<>();
    Map<Integer, Double> trajectory =
        target.targetValue() == null ? null : tracker.trajectory(target, values, waypoints);
    if (trajectory != null) {
      trajectory.forEach((y, v) -> path.add(new Point(y, v)));
    }
    StatusView view =
        new StatusView(
            s.status().code(),
            s.expected(),
            s.actual(),
            s.projected(),
            s.reason().code(),
            year,
            s.actualYear(),
            s.targetLevel(),
            s.progressRatio(),
            region.toString(),
            indicator.id(),
            indicator.kind().code(),
            indicator.effectiveKind().code(),
            indicator.comparison().symbol(),
            target.baseYear(),
            target.baseValue(),
            target.targetYear(),
            target.targetValue(),
            resolved.completed(),
            stored.values().stream().map(PlanService::valueView).toList(),
            path,
            waypoints.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList());
    return new Evaluated(s, view);
  }

  static ValueView valueView(PlanStore.Value v) {
    return new ValueView(
        v.year(), v.value(), v.origin(), v.note(), v.enteredBy(), v.enteredAt().format(TIME));
  }

  /**
   * Checks a period code and returns its place in time (ReportingPeriod.order); a bad one is a 400
   * with its reason.
   */
  static int periodOrder(String period) {
    try {
      return ReportingPeriod.order(period);
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid(e.getMessage());
    }
  }

  /**
   * Each task's latest report at or before {@code period}, or the latest of all when it is null.
   */
  Map<String, PlanStore.TaskProgress> latestReports(Plan plan, Adcode region, String period) {
    int until = period == null ? Integer.MAX_VALUE : periodOrder(period);
    Map<String, PlanStore.TaskProgress> out = new LinkedHashMap<>();
    for (PlanStore.TaskProgress p : store.progress(plan.id(), region.toString())) {
      int order = ReportingPeriod.order(p.period());
      PlanStore.TaskProgress before = out.get(p.taskId());
      if (order <= until && (before == null || order >= ReportingPeriod.order(before.period()))) {
        out.put(p.taskId(), p);
      }
    }
    return out;
  }

  /** The indicators and tasks an assessment covers: all, or those of a department's tasks. */
  record Scope(List<PlanIndicator> indicators, List<PlanItem> tasks) {}

  Scope scope(Plan plan, String department) {
    if (department == null || department.isBlank()) {
      return new Scope(plan.indicators(), plan.tasks());
    }
    if (!catalog.departments().containsKey(department)) {
      throw BadRequestException.invalid("未知部门代码 / unknown department code: " + department);
    }
    List<PlanItem> tasks = plan.tasks().stream().filter(t -> plan.involves(t, department)).toList();
    List<String> ids = tasks.stream().flatMap(t -> t.indicatorIds().stream()).distinct().toList();
    return new Scope(plan.indicators().stream().filter(i -> ids.contains(i.id())).toList(), tasks);
  }

  /** Scores the scope; returns the lines with what the official table prints next to each. */
  record Scored(Assessment.Result result, List<AssessmentLineView> lines) {}

  Scored assess(
      Plan plan, Adcode region, int year, String period, Scope scope, ScoringScheme scheme) {
    PlanStore.IndicatorData data = store.indicatorData(plan.id());
    List<Assessment.IndicatorInput> indicators = new ArrayList<>();
    Map<String, StatusView> views = new LinkedHashMap<>();
    for (PlanIndicator i : scope.indicators()) {
      Evaluated e = evaluate(plan, i, region, year, data);
      views.put(i.id(), e.view());
      indicators.add(
          new Assessment.IndicatorInput(i.id(), i.name(), i.effectiveKind(), e.status()));
    }
    Map<String, PlanStore.TaskProgress> reports = latestReports(plan, region, period);
    List<Assessment.TaskInput> tasks =
        scope.tasks().stream()
            .map(
                t ->
                    new Assessment.TaskInput(
                        t.id(),
                        t.title(),
                        reports.containsKey(t.id())
                            ? TaskStatus.ofCode(reports.get(t.id()).status())
                            : null))
            .toList();
    Assessment.Result result = Assessment.score(scheme, indicators, tasks);
    List<AssessmentLineView> lines = new ArrayList<>();
    for (Assessment.Line l : result.lines()) {
      if (l.type().equals("indicator")) {
        PlanIndicator i = plan.indicator(l.id()).orElseThrow();
        StatusView v = views.get(l.id());
        String stated = plan.item(i.itemId()).map(PlanItem::number).orElse("");
        lines.add(
            new AssessmentLineView(
                l.type(),
                l.id(),
                stated,
                l.name(),
                l.status(),
                l.rule(),
                l.weight(),
                l.credit(),
                l.score(),
                l.veto(),
                targetText(i, v),
                v.actual() == null ? "" : format(v.actual()) + " (" + v.actualYear() + ")",
                v.reason()));
      } else {
        PlanItem t = plan.item(l.id()).orElseThrow();
        lines.add(
            new AssessmentLineView(
                l.type(),
                l.id(),
                t.number(),
                t.title(),
                l.status(),
                l.rule(),
                l.weight(),
                l.credit(),
                l.score(),
                l.veto(),
                "",
                "",
                ""));
      }
    }
    return new Scored(result, lines);
  }

  /** The target as the table prints it: "2025年 较2020年下降18%", "2025年 ≥55%", "待上级下达". */
  static String targetText(PlanIndicator i, StatusView v) {
    if (v.targetValue() == null) {
      return "待上级下达";
    }
    String unit = i.unit() == null ? "" : i.unit();
    String prefix = v.targetYear() + "年 ";
    return switch (i.effectiveKind()) {
      case REDUCTION ->
          prefix
              + "较"
              + (v.baseYear() == null ? "基期" : v.baseYear() + "年")
              + "下降"
              + format(v.targetValue())
              + "%";
      case KEEP_STABLE ->
          prefix
              + "保持"
              + v.comparison().replace(">=", "≥").replace("<=", "≤")
              + format(v.targetValue())
              + unit;
      default ->
          prefix
              + v.comparison().replace(">=", "≥").replace("<=", "≤")
              + format(v.targetValue())
              + unit;
    };
  }

  static String format(double d) {
    return java.math.BigDecimal.valueOf(d)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }
}
