package org.cocontrol.server.synergy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.synergy.MeasureResult;
import org.cocontrol.core.synergy.Trend;
import org.cocontrol.core.synergy.Verdict;
import org.cocontrol.server.comparison.CoverageView;

/** The JSON bodies of the synergy API (camelCase; undefined numbers are null). */
final class SynergyViews {

  private SynergyViews() {}

  /** The air pollutants whose cross-elasticity against CO2 is reported (the CLI's els_ columns). */
  static final List<Substance> ELS =
      List.of(Substance.SO2, Substance.NOX, Substance.PM, Substance.VOCS);

  // ---- requests ----

  /** One measure: emissions before and after in tonnes per year by substance code; CO2 required. */
  record MeasureIn(
      String id,
      String name,
      Double costYuan,
      Map<String, Double> base,
      Map<String, Double> after) {}

  /** {@code rankBy}: chart (default), cost_co2 or cost_apeq. */
  record MeasuresRequest(List<MeasureIn> measures, String rankBy) {}

  record EntityIn(String entity, Map<String, Double> values) {}

  /**
   * {@code system}: a shipped name (region, park, enterprise) or an inline system {@code {name,
   * indicators: [{indicator, name, group, direction, unit, normalisation, reference,
   * expertWeight}]}}.
   */
  record IndexRequest(Object system, List<EntityIn> values, String weights, Integer top) {}

  // ---- answers ----

  record Text(String zh, String en) {
    static Text of(Verdict v) {
      return new Text(v.zh(), v.en());
    }
  }

  record SubstanceChange(
      String substance, double baseT, double afterT, double reductionT, Double relReduction) {}

  record MeasureOut(
      String id,
      String name,
      String quadrant,
      String quadrantZh,
      String quadrantEn,
      int rank,
      boolean tradeOff,
      Map<String, Double> els,
      double apeqBaseT,
      double apeqAfterT,
      double apeqReductionT,
      Double relApeqReduction,
      double co2ReductionT,
      Double relCo2Reduction,
      Double costYuan,
      Double costPerTCo2,
      Double costPerTApeq,
      List<SubstanceChange> substances,
      Text verdict) {}

  record WeightOut(String substance, double weight, String basis, String document, String tag) {}

  record MeasuresView(String rankBy, List<MeasureOut> measures, List<WeightOut> apeqWeights) {}

  record CouplingView(
      double u1,
      double u2,
      double alpha,
      String model,
      double c,
      double t,
      double d,
      String level,
      String levelEn,
      int band,
      int bands,
      double lower,
      double upper,
      String document,
      String tag) {}

  record CarbonEfficiencyView(
      double co2T,
      double valueAdded,
      double industryAverage,
      double l,
      String level,
      String levelEn,
      String levelCode,
      double k,
      int grade,
      String gradeZh,
      String gradeEn,
      String document,
      String tag) {}

  /**
   * A region row ({@code level = region}) or a source row ({@code level = source}), over the units
   * reported in both years (the tonnes and reductions are theirs). With {@code status =
   * insufficient_data} the quadrant, the elasticities and every relative change are null and the
   * verdict is the reason; {@code coverage} says what is covered and left out.
   */
  record RegionRow(
      String level,
      String source,
      String sourceName,
      String sourceNameEn,
      String quadrant,
      String quadrantZh,
      String quadrantEn,
      boolean driver,
      boolean tradeOff,
      Map<String, Double> els,
      double apeqReductionT,
      double co2ReductionT,
      Double relApeqReduction,
      Double relCo2Reduction,
      Double shareOfApeqReduction,
      Double shareOfCo2Reduction,
      List<SubstanceChange> substances,
      Text verdict,
      String status,
      String statusZh,
      String statusEn,
      CoverageView coverage) {}

  /** {@code status} and {@code coverage} are the region's (those of {@code total}). */
  record RegionView(
      String region,
      String name,
      String nameEn,
      int baseYear,
      int year,
      RegionRow total,
      List<RegionRow> sources,
      List<String> drivers,
      List<String> tradeOffs,
      Text summary,
      List<WeightOut> apeqWeights,
      String status,
      String statusZh,
      String statusEn,
      CoverageView coverage) {}

  record IndicatorOut(
      String indicator,
      String name,
      String group,
      String direction,
      String unit,
      String normalisation,
      Double reference,
      double weight,
      String document,
      String tag) {}

  record ShortfallOut(String indicator, double weight, double normalised, double shortfall) {}

  record ScoreOut(
      String entity,
      double score,
      int rank,
      Map<String, Double> groupScores,
      Map<String, Double> normalised,
      List<ShortfallOut> shortfalls,
      List<String> pulledDownBy) {}

  record IndexView(
      String system,
      String weighting,
      List<IndicatorOut> indicators,
      Map<String, Double> weights,
      List<String> notes,
      List<ScoreOut> scores) {}

  /** An indicator of a shipped system as defined (no weights computed yet). */
  record SystemIndicatorOut(
      String indicator,
      String name,
      String group,
      String direction,
      String unit,
      String normalisation,
      Double reference,
      Double expertWeight,
      String document,
      String tag) {}

  /** {@code GET /systems/{type}}: a shipped indicator system. */
  record SystemView(String system, List<SystemIndicatorOut> indicators) {}

  /**
   * One child region of {@code GET /region-map}; quadrant and reductions are null unless {@code
   * status} is {@code comparable} (a year without stored emissions, or covered below the least
   * share, is {@code insufficient_data}).
   */
  record RegionMapEntry(
      String adcode,
      String name,
      String nameEn,
      String quadrant,
      Double co2RelativeReduction,
      Double apeqRelativeReduction,
      String status,
      String statusZh,
      String statusEn,
      CoverageView coverage) {}

  record RegionMapView(
      String parent,
      String name,
      String nameEn,
      int baseYear,
      int year,
      List<RegionMapEntry> regions) {}

  // ---- helpers ----

  static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  static Map<String, Double> els(MeasureResult m) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Substance s : ELS) {
      out.put(s.code(), value(m.elasticity(s)));
    }
    return out;
  }

  static List<SubstanceChange> changes(MeasureResult m) {
    return changes(m, true);
  }

  /**
   * Each substance's tonnes before and after; the relative reduction only when the comparison is
   * {@code stated}.
   */
  static List<SubstanceChange> changes(MeasureResult m, boolean stated) {
    List<SubstanceChange> out = new ArrayList<>();
    m.changes()
        .forEach(
            (s, c) ->
                out.add(
                    new SubstanceChange(
                        s.code(),
                        c.base(),
                        c.after(),
                        c.reduction(),
                        stated ? value(c.relativeReduction()) : null)));
    return out;
  }

  /** The elasticity keys with no values, for a row whose comparison is not stated. */
  static Map<String, Double> noEls() {
    Map<String, Double> out = new LinkedHashMap<>();
    ELS.forEach(s -> out.put(s.code(), null));
    return out;
  }

  /** One of CO2 and APeq fell while the other rose (此消彼长). */
  static boolean tradeOff(MeasureResult m) {
    Trend p = m.apeq().trend();
    Trend c = m.co2().trend();
    return p == Trend.FALLS && c == Trend.RISES || p == Trend.RISES && c == Trend.FALLS;
  }
}
