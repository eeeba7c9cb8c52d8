package org.cocontrol.core.synergy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.cocontrol.core.substance.Substance;

/**
 * Judges measures on the co-control coordinate chart (methods-china §5.1).
 *
 * <ul>
 *   <li>ER_j = Q_j − after_j (tonnes; positive = reduction); r_j = ER_j / Q_j, undefined unless Q_j
 *       &gt; 0.
 *   <li>APeq = Σ w_j E_j over the pollutants with a weight; its relative reduction is the pollutant
 *       (x) axis, r_CO2 the carbon (y) axis.
 *   <li>The quadrant comes from the direction of APeq and CO2 ({@link Change#trend()}), so it is
 *       defined even where a base is zero.
 *   <li>Els_j = r_j / r_CO2, undefined when either base is not positive or CO2 did not change.
 *   <li>Cost per tonne = annual cost / ER, defined only when the amount falls.
 * </ul>
 */
public final class MeasureEvaluator {

  private final ApeqWeights weights;

  private MeasureEvaluator(ApeqWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  public static MeasureEvaluator of(ApeqWeights weights) {
    return new MeasureEvaluator(weights);
  }

  public ApeqWeights weights() {
    return weights;
  }

  public MeasureResult evaluate(Measure m) {
    Objects.requireNonNull(m, "m");
    Map<Substance, Change> changes = new EnumMap<>(Substance.class);
    m.base().keySet().forEach(s -> changes.put(s, m.change(s)));
    Change apeq = Change.of(weights.apeq(m.base()), weights.apeq(m.after()));
    Change co2 = changes.get(Substance.CO2);
    Map<Substance, OptionalDouble> els = new EnumMap<>(Substance.class);
    for (Map.Entry<Substance, Change> e : changes.entrySet()) {
      if (!e.getKey().isGreenhouseGas()) {
        els.put(e.getKey(), elasticity(e.getValue(), co2));
      }
    }
    Quadrant q = Quadrant.of(apeq.trend(), co2.trend());
    OptionalDouble perCo2 = costPerTonne(m.annualCostYuan(), co2);
    OptionalDouble perApeq = costPerTonne(m.annualCostYuan(), apeq);
    return new MeasureResult(
        m, changes, apeq, els, q, perCo2, perApeq, verdict(m, changes, apeq, q, perCo2, perApeq));
  }

  /** Evaluates and ranks; the list is in rank order (ties keep the order given). */
  public List<RankedMeasure> evaluateAll(List<Measure> measures, MeasureRanking ranking) {
    List<MeasureResult> results = new ArrayList<>(measures.size());
    for (Measure m : measures) {
      results.add(evaluate(m));
    }
    return rank(results, ranking);
  }

  /**
   * Ranks results (see {@link MeasureRanking}); the list is in rank order (ties keep the order
   * given).
   */
  public static List<RankedMeasure> rank(List<MeasureResult> results, MeasureRanking ranking) {
    Objects.requireNonNull(ranking, "ranking");
    Comparator<MeasureResult> order =
        switch (ranking) {
          case CHART ->
              Comparator.<MeasureResult>comparingInt(r -> priority(r.quadrant()))
                  .thenComparingDouble(r -> -chartSum(r));
          case COST_CO2 -> byCost(MeasureResult::costPerTonneCo2);
          case COST_APEQ -> byCost(MeasureResult::costPerTonneApeq);
        };
    List<MeasureResult> sorted = new ArrayList<>(results);
    sorted.sort(order);
    int[] ranks = Ranks.of(sorted, order);
    List<RankedMeasure> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      out.add(new RankedMeasure(sorted.get(i), ranks[i]));
    }
    return out;
  }

  /** x + y on the chart; an undefined relative reduction (zero base) counts as 0. */
  static double chartSum(MeasureResult r) {
    return r.apeq().relativeReduction().orElse(0) + r.co2().relativeReduction().orElse(0);
  }

  private static int priority(Quadrant q) {
    return switch (q) {
      case SYNERGY -> 0;
      case POLLUTANT_ONLY, CARBON_ONLY -> 1;
      case NO_EFFECT -> 2;
      case BOTH_INCREASE -> 3;
    };
  }

  private static Comparator<MeasureResult> byCost(Function<MeasureResult, OptionalDouble> cost) {
    return (a, b) -> {
      OptionalDouble x = cost.apply(a);
      OptionalDouble y = cost.apply(b);
      if (x.isPresent() && y.isPresent()) {
        return Double.compare(x.getAsDouble(), y.getAsDouble());
      }
      return Boolean.compare(x.isEmpty(), y.isEmpty());
    };
  }

  private static OptionalDouble elasticity(Change pollutant, Change co2) {
    OptionalDouble rj = pollutant.relativeReduction();
    OptionalDouble rc = co2.relativeReduction();
    if (rj.isEmpty() || rc.isEmpty() || co2.trend() == Trend.FLAT) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rj.getAsDouble() / rc.getAsDouble() + 0.0);
  }

  private static OptionalDouble costPerTonne(Double cost, Change c) {
    if (cost == null || c.trend() != Trend.FALLS) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(cost / c.reduction() + 0.0);
  }

  private Verdict verdict(
      Measure m,
      Map<Substance, Change> changes,
      Change apeq,
      Quadrant q,
      OptionalDouble perCo2,
      OptionalDouble perApeq) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    Change co2 = changes.get(Substance.CO2);
    boolean anyPollutant = changes.keySet().stream().anyMatch(s -> !s.isGreenhouseGas());
    boolean tradeOff =
        (q == Quadrant.POLLUTANT_ONLY && co2.trend() == Trend.RISES)
            || (q == Quadrant.CARBON_ONLY && apeq.trend() == Trend.RISES);
    String head = q.nameZh() + (tradeOff ? "（此消彼长）" : "");
    String headEn = q.code() + (tradeOff ? " (trade-off)" : "");
    String pollutantZh = anyPollutant ? describeZh("大气污染物当量", apeq) : "未给出大气污染物";
    String pollutantEn = anyPollutant ? describeEn("APeq", apeq) : "no air pollutants given";
    zh.add(head + "：" + describeZh("CO2", co2) + "，" + pollutantZh);
    en.add(headEn + ": " + describeEn("CO2", co2) + ", " + pollutantEn);
    List<String> rising = new ArrayList<>();
    List<String> unweighted = new ArrayList<>();
    for (Map.Entry<Substance, Change> e : changes.entrySet()) {
      Substance s = e.getKey();
      Change c = e.getValue();
      if (s != Substance.CO2 && c.trend() == Trend.RISES) {
        rising.add(s.code() + " +" + Text.num(-c.reduction(), 3) + " t");
      }
      // PM10 and PM2.5 are inside PM, which carries their weight; naming them would only add noise.
      if (!s.isGreenhouseGas()
          && s != Substance.PM10
          && s != Substance.PM25
          && c.trend() != Trend.FLAT
          && weights.weight(s) == 0) {
        unweighted.add(s.code());
      }
    }
    if (!rising.isEmpty()) {
      zh.add("上升：" + String.join("，", rising));
      en.add("rising: " + String.join(", ", rising));
    }
    if (!unweighted.isEmpty()) {
      zh.add("未计入当量（权重为0或未设）：" + String.join("，", unweighted));
      en.add("not in APeq (no or zero weight): " + String.join(", ", unweighted));
    }
    if (perCo2.isPresent() || perApeq.isPresent()) {
      List<String> costZh = new ArrayList<>();
      List<String> costEn = new ArrayList<>();
      perCo2.ifPresent(
          v -> {
            costZh.add("CO2 " + Text.num(v, 2) + " 元/t");
            costEn.add(Text.num(v, 2) + " yuan/t CO2");
          });
      perApeq.ifPresent(
          v -> {
            costZh.add("当量 " + Text.num(v, 2) + " 元/t");
            costEn.add(Text.num(v, 2) + " yuan/t APeq");
          });
      zh.add("单位减排成本：" + String.join("，", costZh));
      en.add("cost: " + String.join(", ", costEn));
    }
    return Verdict.of(String.join("；", zh), String.join("; ", en));
  }

  private static String describeZh(String what, Change c) {
    return switch (c.trend()) {
      case FLAT -> what + "不变";
      case FALLS -> what + "减少" + amount(c);
      case RISES -> what + "增加" + amount(c);
    };
  }

  private static String describeEn(String what, Change c) {
    return switch (c.trend()) {
      case FLAT -> what + " unchanged";
      case FALLS -> what + " −" + amount(c);
      case RISES -> what + " +" + amount(c);
    };
  }

  /** The relative change where the base is positive, else the tonnes. */
  private static String amount(Change c) {
    OptionalDouble r = c.relativeReduction();
    return r.isPresent() ? Text.pct(r.getAsDouble()) : Text.num(Math.abs(c.reduction()), 3) + " t";
  }
}
