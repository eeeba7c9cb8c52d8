package org.cocontrol.server.synergy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.synergy.ApeqWeights;
import org.cocontrol.core.synergy.CarbonEfficiency;
import org.cocontrol.core.synergy.CarbonEfficiencyRule;
import org.cocontrol.core.synergy.Coupling;
import org.cocontrol.core.synergy.CouplingBands;
import org.cocontrol.core.synergy.CouplingModel;
import org.cocontrol.core.synergy.Direction;
import org.cocontrol.core.synergy.EntityScore;
import org.cocontrol.core.synergy.EntityValues;
import org.cocontrol.core.synergy.IndexResult;
import org.cocontrol.core.synergy.Indicator;
import org.cocontrol.core.synergy.IndicatorSystem;
import org.cocontrol.core.synergy.Measure;
import org.cocontrol.core.synergy.MeasureCheck;
import org.cocontrol.core.synergy.MeasureEvaluator;
import org.cocontrol.core.synergy.MeasureRanking;
import org.cocontrol.core.synergy.MeasureResult;
import org.cocontrol.core.synergy.Normalisation;
import org.cocontrol.core.synergy.Quadrant;
import org.cocontrol.core.synergy.RankedMeasure;
import org.cocontrol.core.synergy.RegionResult;
import org.cocontrol.core.synergy.RegionSynergy;
import org.cocontrol.core.synergy.Shortfall;
import org.cocontrol.core.synergy.SourceResult;
import org.cocontrol.core.synergy.SynergyIndex;
import org.cocontrol.core.synergy.Weighting;
import org.cocontrol.reference.SynergyReference;
import org.cocontrol.server.comparison.CoverageView;
import org.cocontrol.server.readside.ReadSide;
import org.cocontrol.server.region.Regions;
import org.cocontrol.server.synergy.SynergyViews.CarbonEfficiencyView;
import org.cocontrol.server.synergy.SynergyViews.CouplingView;
import org.cocontrol.server.synergy.SynergyViews.EntityIn;
import org.cocontrol.server.synergy.SynergyViews.IndexRequest;
import org.cocontrol.server.synergy.SynergyViews.IndexView;
import org.cocontrol.server.synergy.SynergyViews.IndicatorOut;
import org.cocontrol.server.synergy.SynergyViews.MeasureIn;
import org.cocontrol.server.synergy.SynergyViews.MeasureOut;
import org.cocontrol.server.synergy.SynergyViews.MeasuresRequest;
import org.cocontrol.server.synergy.SynergyViews.MeasuresView;
import org.cocontrol.server.synergy.SynergyViews.RegionMapEntry;
import org.cocontrol.server.synergy.SynergyViews.RegionMapView;
import org.cocontrol.server.synergy.SynergyViews.RegionRow;
import org.cocontrol.server.synergy.SynergyViews.RegionView;
import org.cocontrol.server.synergy.SynergyViews.ScoreOut;
import org.cocontrol.server.synergy.SynergyViews.ShortfallOut;
import org.cocontrol.server.synergy.SynergyViews.SystemIndicatorOut;
import org.cocontrol.server.synergy.SynergyViews.SystemView;
import org.cocontrol.server.synergy.SynergyViews.Text;
import org.cocontrol.server.synergy.SynergyViews.WeightOut;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.RequestValues;
import org.cocontrol.store.RegionStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/synergy}: the synergy evaluation of {@code docs/synergy.md} over JSON. Every input
 * problem is answered with 400 and an {@link ApiError} listing each one ({@code row} = the 1-based
 * measure or entity, {@code column} = the field).
 */
@RestController
@RequestMapping("/api/v1/synergy")
class SynergyController {

  /** The APeq weights, bands and thresholds are shipped data: read once. */
  private final ApeqWeights apeqWeights = SynergyReference.apeqWeights();

  private final CouplingBands couplingBands = SynergyReference.couplingBands();
  private final CarbonEfficiencyRule carbonEfficiency = SynergyReference.carbonEfficiency();
  private final MeasureEvaluator evaluator = MeasureEvaluator.of(apeqWeights);

  private final Regions regions;
  private final ReferenceData reference;
  private final ReadSide readSide;

  SynergyController(Regions regions, ReferenceData reference, ReadSide readSide) {
    this.regions = regions;
    this.reference = reference;
    this.readSide = readSide;
  }

  // ---------------------------------------------------------------- measures

  /** Judges measures given by their emissions before and after, and ranks them. */
  @PostMapping("/measures")
  MeasuresView measures(@RequestBody MeasuresRequest body) {
    List<ApiError.Problem> problems = new ArrayList<>();
    if (body == null || body.measures() == null || body.measures().isEmpty()) {
      throw invalid(
          "没有措施 / no measures",
          List.of(
              new ApiError.Problem(
                  null, "measures", "measures", null, "须至少给出一项措施 / give at least one measure")));
    }
    String rankBy =
        body.rankBy() == null || body.rankBy().isBlank() ? "chart" : body.rankBy().strip();
    MeasureRanking ranking = MeasureRanking.parse(rankBy).orElse(null);
    if (ranking == null) {
      problems.add(
          new ApiError.Problem(
              null,
              "rankBy",
              "rankBy",
              rankBy,
              "须为 chart、cost_co2 或 cost_apeq / must be chart, cost_co2 or cost_apeq"));
    }
    List<Measure> measures = new ArrayList<>();
    MeasureCheck check = new MeasureCheck();
    for (int i = 0; i < body.measures().size(); i++) {
      Measure m = measure(i, body.measures().get(i), check, problems);
      if (m != null) {
        measures.add(m);
      }
    }
    if (!problems.isEmpty()) {
      throw invalid("措施数据有误 / the measures have errors", problems);
    }
    List<MeasureOut> out = new ArrayList<>();
    for (RankedMeasure rm : evaluator.evaluateAll(measures, ranking)) {
      MeasureResult r = rm.result();
      Quadrant q = r.quadrant();
      out.add(
          new MeasureOut(
              r.id(),
              r.measure().name(),
              q.code(),
              q.nameZh(),
              q.nameEn(),
              rm.rank(),
              SynergyViews.tradeOff(r),
              SynergyViews.els(r),
              r.apeq().base(),
              r.apeq().after(),
              r.apeq().reduction(),
              SynergyViews.value(r.apeq().relativeReduction()),
              r.co2().reduction(),
              SynergyViews.value(r.co2().relativeReduction()),
              r.measure().annualCostYuan(),
              SynergyViews.value(r.costPerTonneCo2()),
              SynergyViews.value(r.costPerTonneApeq()),
              SynergyViews.changes(r),
              Text.of(r.verdict())));
    }
    return new MeasuresView(ranking.code(), out, weights());
  }

  /**
   * One measure of the body, checked by core's one rule for measures; problems are placed at their
   * JSON path.
   */
  private static Measure measure(
      int index, MeasureIn in, MeasureCheck check, List<ApiError.Problem> problems) {
    int row = index + 1;
    String where = "measures[" + index + "]";
    if (in == null) {
      problems.add(new ApiError.Problem(row, "measures", where, null, "空 / empty"));
      return null;
    }
    Map<Substance, Double> base = amounts(row, where, "base", in.base(), problems);
    Map<Substance, Double> after = amounts(row, where, "after", in.after(), problems);
    List<MeasureCheck.Problem> found = new ArrayList<>();
    Measure m = check.check(in.id(), in.name(), in.costYuan(), base, after, found);
    for (MeasureCheck.Problem p : found) {
      String field =
          switch (p.field()) {
            case ID -> "id";
            case COST -> "costYuan";
            case AMOUNT ->
                (p.side() == MeasureCheck.Side.BASE ? "base." : "after.") + p.substance().code();
          };
      problems.add(
          new ApiError.Problem(row, field, where + "." + field, p.value(), p.message().toString()));
    }
    return m;
  }

  /**
   * Substance → tonnes; a null value means "not given"; NaN marks a key already reported (unknown,
   * given twice).
   */
  private static Map<Substance, Double> amounts(
      int row, String where, String side, Map<String, Double> in, List<ApiError.Problem> problems) {
    Map<Substance, Double> out = new EnumMap<>(Substance.class);
    if (in == null) {
      return out;
    }
    for (Map.Entry<String, Double> e : in.entrySet()) {
      String field = where + "." + side + "." + e.getKey();
      Optional<Substance> s = MeasureCheck.substance(e.getKey());
      if (s.isEmpty()) {
        problems.add(
            new ApiError.Problem(
                row,
                side + "." + e.getKey(),
                field,
                e.getKey(),
                MeasureCheck.unknownSubstance(e.getKey()).toString()));
      } else if (out.containsKey(s.get())) {
        problems.add(
            new ApiError.Problem(
                row,
                side + "." + s.get().code(),
                field,
                String.valueOf(e.getValue()),
                MeasureCheck.substanceTwice(s.get()).toString()));
        out.put(s.get(), Double.NaN);
      } else {
        out.put(s.get(), e.getValue());
      }
    }
    return out;
  }

  private List<WeightOut> weights() {
    return apeqWeights.weights().stream()
        .map(
            w ->
                new WeightOut(
                    w.substance().code(), w.value(), w.basis(), w.document(), w.tag().name()))
        .toList();
  }

  // ---------------------------------------------------------------- coupling and carbon efficiency

  /**
   * The coupling coordination degree of a pollution-reduction score u1 and a carbon-reduction score
   * u2, both in [0, 1].
   */
  @GetMapping("/coupling")
  CouplingView coupling(
      @RequestParam double u1,
      @RequestParam double u2,
      @RequestParam(defaultValue = "0.5") double alpha,
      @RequestParam(defaultValue = "standard") String model) {
    List<ApiError.Problem> problems = new ArrayList<>();
    unit("u1", u1, problems);
    unit("u2", u2, problems);
    unit("alpha", alpha, problems);
    CouplingModel m = CouplingModel.parse(model).orElse(null);
    if (m == null) {
      problems.add(
          new ApiError.Problem(
              null,
              "model",
              "model",
              model,
              "须为 standard 或 wang2021 / must be standard or wang2021"));
    }
    if (!problems.isEmpty()) {
      throw invalid("参数有误 / invalid parameters", problems);
    }
    Coupling c = Coupling.of(u1, u2, alpha, m, couplingBands);
    return new CouplingView(
        u1,
        u2,
        alpha,
        m.code(),
        c.c(),
        c.t(),
        c.d(),
        c.band().nameZh(),
        c.band().nameEn(),
        c.band().level(),
        couplingBands.bands().size(),
        c.band().lower(),
        c.band().upper(),
        couplingBands.document(),
        couplingBands.tag().name());
  }

  private static void unit(String name, double v, List<ApiError.Problem> problems) {
    if (!(v >= 0 && v <= 1)) {
      problems.add(
          new ApiError.Problem(
              null, name, name, String.valueOf(v), "须在 0 到 1 之间 / must be in [0, 1]"));
    }
  }

  /**
   * Zhejiang-style carbon efficiency: L = CO2 / value added (t/万元) and its level, K = L / industry
   * average and its grade.
   */
  @GetMapping("/carbon-efficiency")
  CarbonEfficiencyView carbonEfficiency(
      @RequestParam double co2T,
      @RequestParam double valueAdded,
      @RequestParam double industryAverage) {
    List<ApiError.Problem> problems = new ArrayList<>();
    if (!Double.isFinite(co2T) || co2T < 0) {
      problems.add(
          new ApiError.Problem(null, "co2T", "co2T", String.valueOf(co2T), "须 ≥ 0 / must be ≥ 0"));
    }
    if (!Double.isFinite(valueAdded) || valueAdded <= 0) {
      problems.add(
          new ApiError.Problem(
              null, "valueAdded", "valueAdded", String.valueOf(valueAdded), "须 > 0 / must be > 0"));
    }
    if (!Double.isFinite(industryAverage) || industryAverage <= 0) {
      problems.add(
          new ApiError.Problem(
              null,
              "industryAverage",
              "industryAverage",
              String.valueOf(industryAverage),
              "须 > 0 / must be > 0"));
    }
    if (!problems.isEmpty()) {
      throw invalid("参数有误 / invalid parameters", problems);
    }
    CarbonEfficiency e = CarbonEfficiency.of(co2T, valueAdded, industryAverage, carbonEfficiency);
    int grade;
    try {
      grade = Integer.parseInt(e.grade().code());
    } catch (NumberFormatException x) {
      grade = 0;
    }
    return new CarbonEfficiencyView(
        co2T,
        valueAdded,
        industryAverage,
        e.l(),
        e.level().nameZh(),
        e.level().nameEn(),
        e.level().code(),
        e.k(),
        grade,
        e.grade().nameZh(),
        e.grade().nameEn(),
        carbonEfficiency.document(),
        carbonEfficiency.tag().name());
  }

  // ---------------------------------------------------------------- region over time

  /**
   * A region between two years from the stored ledger: as a whole and by source, with drivers and
   * trade-offs, over the units reported in both years. With insufficient data (a year covered below
   * the shipped least share) a row has a status and a reason instead of a quadrant and relative
   * changes.
   */
  @GetMapping("/region")
  RegionView region(
      @RequestParam String region, @RequestParam int baseYear, @RequestParam int year) {
    Adcode code = RequestValues.adcode(region);
    if (baseYear == year) {
      throw BadRequestException.invalid("基准年与评价年须不同 / baseYear and year must differ");
    }
    YearComparison comparison = readSide.compare(code, List.of(code), baseYear, year).get(code);
    List<String> missing = new ArrayList<>();
    if (comparison.baseUnits() == 0) {
      missing.add(String.valueOf(baseYear));
    }
    if (comparison.laterUnits() == 0) {
      missing.add(String.valueOf(year));
    }
    if (!missing.isEmpty()) {
      throw new BadRequestException(
          HttpStatus.NOT_FOUND,
          ApiError.of(
              "没有 "
                  + code
                  + " "
                  + String.join("、", missing)
                  + " 年的核算排放 / no stored emissions of "
                  + code
                  + " in "
                  + String.join(", ", missing)
                  + "; years with data: "
                  + readSide.years(code).bottomUp()));
    }
    RegionResult r = RegionSynergy.evaluate(code, comparison, evaluator);
    Set<String> drivers =
        new java.util.LinkedHashSet<>(
            r.coReductionDrivers().stream().map(SourceResult::source).toList());
    List<String> tradeOffs = r.tradeOffs().stream().map(SourceResult::source).toList();
    RegionStore.StoredRegion stored = regions.find(code).orElse(null);
    String name = code.equals(Adcode.NATION) ? "全国" : stored == null ? "" : stored.nameZh();
    String nameEn = code.equals(Adcode.NATION) ? "China" : stored == null ? "" : stored.nameEn();
    RegionRow total =
        row("region", code.toString(), name, nameEn, r.total(), r.comparison(), null, false);
    List<RegionRow> sources = new ArrayList<>();
    for (SourceResult s : r.sources()) {
      Optional<SourceCategory> c = reference.classification().source(s.source());
      sources.add(
          row(
              "source",
              s.source(),
              c.map(SourceCategory::nameZh).orElse(s.source()),
              c.map(SourceCategory::nameEn).orElse(s.source()),
              s.result(),
              s.comparison(),
              s,
              drivers.contains(s.source())));
    }
    return new RegionView(
        code.toString(),
        name,
        nameEn,
        baseYear,
        year,
        total,
        sources,
        List.copyOf(drivers),
        tradeOffs,
        Text.of(r.summary()),
        weights(),
        total.status(),
        total.statusZh(),
        total.statusEn(),
        total.coverage());
  }

  /**
   * The children of a region between two years, each judged as a whole from the stored ledger as in
   * {@link #region}; a child whose comparison has insufficient data (a year without data, or
   * covered below the least share) has a status and a reason instead of a quadrant.
   */
  @GetMapping("/region-map")
  RegionMapView regionMap(
      @RequestParam String parent, @RequestParam int baseYear, @RequestParam int year) {
    Adcode code = RequestValues.adcode(parent);
    if (baseYear == year) {
      throw BadRequestException.invalid("基准年与评价年须不同 / baseYear and year must differ");
    }
    List<RegionStore.StoredRegion> children = regions.children(code);
    Map<Adcode, YearComparison> comparisons =
        readSide.compare(
            code, children.stream().map(RegionStore.StoredRegion::adcode).toList(), baseYear, year);
    List<RegionMapEntry> out = new ArrayList<>();
    for (RegionStore.StoredRegion child : children) {
      YearComparison c = comparisons.get(child.adcode());
      RegionResult r = RegionSynergy.evaluate(child.adcode(), c, evaluator);
      MeasureResult m = r.total();
      boolean stated = c.isComparable();
      out.add(
          new RegionMapEntry(
              child.adcode().toString(),
              child.nameZh(),
              child.nameEn(),
              r.quadrant().map(Quadrant::code).orElse(null),
              stated ? SynergyViews.value(m.co2().relativeReduction()) : null,
              stated ? SynergyViews.value(m.apeq().relativeReduction()) : null,
              c.status().code(),
              c.status().nameZh(),
              c.status().nameEn(),
              CoverageView.of(c, 0)));
    }
    RegionStore.StoredRegion stored = regions.find(code).orElse(null);
    String name = code.equals(Adcode.NATION) ? "全国" : stored == null ? "" : stored.nameZh();
    String nameEn = code.equals(Adcode.NATION) ? "China" : stored == null ? "" : stored.nameEn();
    return new RegionMapView(code.toString(), name, nameEn, baseYear, year, out);
  }

  /**
   * A region or source row; with insufficient data no quadrant, elasticity or relative change, and
   * the reason as verdict.
   */
  private static RegionRow row(
      String level,
      String source,
      String name,
      String nameEn,
      MeasureResult m,
      YearComparison c,
      SourceResult share,
      boolean driver) {
    boolean stated = c.isComparable();
    Quadrant q = stated ? m.quadrant() : null;
    CoverageView coverage = CoverageView.of(c, LISTED_UNITS);
    return new RegionRow(
        level,
        source,
        name,
        nameEn,
        q == null ? null : q.code(),
        q == null ? null : q.nameZh(),
        q == null ? null : q.nameEn(),
        driver,
        stated && SynergyViews.tradeOff(m),
        stated ? SynergyViews.els(m) : SynergyViews.noEls(),
        m.apeq().reduction(),
        m.co2().reduction(),
        stated ? SynergyViews.value(m.apeq().relativeReduction()) : null,
        stated ? SynergyViews.value(m.co2().relativeReduction()) : null,
        share == null ? null : SynergyViews.value(share.shareOfApeqReduction()),
        share == null ? null : SynergyViews.value(share.shareOfCo2Reduction()),
        SynergyViews.changes(m, stated),
        stated
            ? Text.of(m.verdict())
            : new Text(coverage.explanation().zh(), coverage.explanation().en()),
        coverage.status(),
        coverage.statusZh(),
        coverage.statusEn(),
        coverage);
  }

  /** How many of the largest units reported in one year only a region answer names, per side. */
  private static final int LISTED_UNITS = 20;

  // ---------------------------------------------------------------- index

  /** Scores and ranks entities under a shipped or an inline indicator system. */
  @PostMapping("/index")
  IndexView index(@RequestBody IndexRequest body) {
    List<ApiError.Problem> problems = new ArrayList<>();
    if (body == null) {
      throw BadRequestException.invalid("请求体为空 / empty body");
    }
    IndicatorSystem sys = system(body.system(), problems);
    Weighting weighting = weighting(body.weights(), sys, problems);
    int top = body.top() == null ? 3 : body.top();
    if (top < 0) {
      problems.add(
          new ApiError.Problem(
              null, "top", "top", String.valueOf(top), "不能为负 / must not be negative"));
    }
    List<EntityValues> entities = new ArrayList<>();
    if (body.values() == null || body.values().isEmpty()) {
      problems.add(new ApiError.Problem(null, "values", "values", null, "没有评价对象 / no entities"));
    } else if (sys != null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < body.values().size(); i++) {
        EntityIn e = body.values().get(i);
        int row = i + 1;
        String where = "values[" + i + "]";
        String name = e == null || e.entity() == null ? "" : e.entity().strip();
        if (name.isEmpty()) {
          problems.add(
              new ApiError.Problem(row, "entity", where + ".entity", null, "必填 / required"));
          continue;
        }
        if (!seen.add(name)) {
          problems.add(
              new ApiError.Problem(
                  row, "entity", where + ".entity", name, "重复 / duplicate entity"));
          continue;
        }
        Map<String, Double> v = e.values() == null ? Map.of() : e.values();
        Map<String, Double> clean = new LinkedHashMap<>();
        for (String k : v.keySet()) {
          if (sys.indicator(k).isEmpty()) {
            problems.add(
                new ApiError.Problem(
                    row,
                    k,
                    where + ".values." + k,
                    null,
                    "指标体系中没有此指标 / not an indicator of the system"));
          }
        }
        for (String code : sys.codes()) {
          Double d = v.get(code);
          if (d == null || !Double.isFinite(d)) {
            problems.add(
                new ApiError.Problem(
                    row,
                    code,
                    where + ".values." + code,
                    d == null ? null : String.valueOf(d),
                    "缺少数值 / missing value"));
          } else {
            clean.put(code, d);
          }
        }
        if (clean.size() == sys.size()) {
          entities.add(EntityValues.of(name, clean));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw invalid("协同指数输入有误 / the index input has errors", problems);
    }
    IndexResult result = SynergyIndex.evaluate(sys, entities, weighting);
    List<IndicatorOut> indicators =
        sys.indicators().stream()
            .map(
                i ->
                    new IndicatorOut(
                        i.code(),
                        i.name(),
                        i.group(),
                        i.direction().code(),
                        i.unit(),
                        i.normalisation().code(),
                        i.reference(),
                        result.weights().weight(i.code()),
                        i.document(),
                        i.tag().name()))
            .toList();
    List<ScoreOut> scores = new ArrayList<>();
    for (EntityScore s : result.scores()) {
      List<ShortfallOut> shortfalls =
          s.shortfalls().stream()
              .map(
                  (Shortfall f) ->
                      new ShortfallOut(f.indicator(), f.weight(), f.normalised(), f.shortfall()))
              .toList();
      List<String> pulled =
          s.shortfalls().subList(0, Math.min(top, s.shortfalls().size())).stream()
              .map(Shortfall::indicator)
              .toList();
      scores.add(
          new ScoreOut(
              s.entity(),
              s.score(),
              s.rank(),
              s.groupScores(),
              s.normalised(),
              shortfalls,
              pulled));
    }
    return new IndexView(
        sys.name(),
        result.weights().method(),
        indicators,
        result.weights().values(),
        result.weights().notes(),
        scores);
  }

  /** A shipped indicator system (region, park or enterprise): its indicators as defined. */
  @GetMapping("/systems/{type}")
  SystemView system(@PathVariable String type) {
    String name = type.strip().toLowerCase(Locale.ROOT);
    if (!SynergyReference.SYSTEMS.contains(name)) {
      throw new BadRequestException(
          HttpStatus.NOT_FOUND,
          ApiError.of(
              "未知指标体系 / unknown system '"
                  + type
                  + "' ("
                  + String.join(", ", SynergyReference.SYSTEMS)
                  + ")"));
    }
    IndicatorSystem sys = SynergyReference.system(name);
    List<SystemIndicatorOut> indicators =
        sys.indicators().stream()
            .map(
                i ->
                    new SystemIndicatorOut(
                        i.code(),
                        i.name(),
                        i.group(),
                        i.direction().code(),
                        i.unit(),
                        i.normalisation().code(),
                        i.reference(),
                        i.expertWeight(),
                        i.document(),
                        i.tag().name()))
            .toList();
    return new SystemView(sys.name(), indicators);
  }

  private static IndicatorSystem system(Object spec, List<ApiError.Problem> problems) {
    if (spec == null) {
      problems.add(
          new ApiError.Problem(
              null, "system", "system", null, "必填: region、park、enterprise 或自定义体系 / required"));
      return null;
    }
    if (spec instanceof String name) {
      if (!SynergyReference.SYSTEMS.contains(name.strip().toLowerCase(Locale.ROOT))) {
        problems.add(
            new ApiError.Problem(
                null,
                "system",
                "system",
                name,
                "未知指标体系 (" + String.join(", ", SynergyReference.SYSTEMS) + ") / unknown system"));
        return null;
      }
      return SynergyReference.system(name);
    }
    if (!(spec instanceof Map<?, ?> map)
        || !(map.get("indicators") instanceof List<?> list)
        || list.isEmpty()) {
      problems.add(
          new ApiError.Problem(
              null,
              "system",
              "system",
              null,
              "须为内置体系名或 {name, indicators:[…]} / a shipped name or {name, indicators}"));
      return null;
    }
    int before = problems.size();
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "system.indicators[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        problems.add(
            new ApiError.Problem(i + 1, "indicators", where, null, "须为对象 / must be an object"));
        continue;
      }
      String code = text(m.get("indicator"));
      Optional<Direction> dir = Direction.parse(text(m.get("direction")));
      Optional<Normalisation> norm = Normalisation.parse(text(m.get("normalisation")));
      if (code.isEmpty()) {
        problems.add(
            new ApiError.Problem(i + 1, "indicator", where + ".indicator", null, "必填 / required"));
      }
      if (dir.isEmpty()) {
        problems.add(
            new ApiError.Problem(
                i + 1,
                "direction",
                where + ".direction",
                text(m.get("direction")),
                "须为 benefit 或 cost / must be benefit or cost"));
      }
      if (norm.isEmpty()) {
        problems.add(
            new ApiError.Problem(
                i + 1,
                "normalisation",
                where + ".normalisation",
                text(m.get("normalisation")),
                "须为 minmax 或 target / must be minmax or target"));
      }
      Double reference = number(m.get("reference"));
      Double expert = number(m.get("expertWeight"));
      if (code.isEmpty() || dir.isEmpty() || norm.isEmpty()) {
        continue;
      }
      try {
        indicators.add(
            new Indicator(
                code,
                text(m.get("name")),
                text(m.get("group")),
                dir.get(),
                text(m.get("unit")),
                norm.get(),
                reference,
                expert,
                text(m.get("document")),
                Verification.U));
      } catch (IllegalArgumentException e) {
        problems.add(new ApiError.Problem(i + 1, "indicator", where, code, e.getMessage()));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return IndicatorSystem.of(
          text(map.get("name")).isEmpty() ? "custom" : text(map.get("name")), indicators);
    } catch (IllegalArgumentException e) {
      problems.add(new ApiError.Problem(null, "system", "system", null, e.getMessage()));
      return null;
    }
  }

  private static Weighting weighting(
      String spec, IndicatorSystem sys, List<ApiError.Problem> problems) {
    Weighting w = Weighting.named(spec == null || spec.isBlank() ? "equal" : spec).orElse(null);
    if (w == null) {
      problems.add(
          new ApiError.Problem(
              null,
              "weights",
              "weights",
              spec,
              "须为 equal、expert、entropy 或 critic / must be equal, expert, entropy or critic"));
    } else if (w instanceof Weighting.Expert
        && sys != null
        && !sys.withoutExpertWeight().isEmpty()) {
      problems.add(
          new ApiError.Problem(
              null,
              "weights",
              "weights",
              spec,
              "指标体系缺少 expert_weight / no expert weight for: "
                  + String.join(", ", sys.withoutExpertWeight())));
    }
    return w;
  }

  private static String text(Object o) {
    return o == null ? "" : String.valueOf(o).strip();
  }

  private static Double number(Object o) {
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    if (o instanceof String s && !s.isBlank()) {
      try {
        return Double.valueOf(s.strip());
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return null;
  }

  private static BadRequestException invalid(String message, List<ApiError.Problem> problems) {
    return new BadRequestException(
        HttpStatus.BAD_REQUEST, new ApiError(message, List.copyOf(problems)));
  }
}
