package org.cocontrol.core.synergy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocontrol.core.inventory.CompensatedSum;

/**
 * A composite synergy index (协同指数) of entities under an indicator system: raw values are normalised
 * to x' in [0, 1] ({@link Normalisation}), weighted ({@link Weighting}) and summed, score = Σ w_j
 * x'_j in [0, 1]; entities are ranked by score, and for each the indicators that pull its score
 * down are listed.
 */
public final class SynergyIndex {

  /**
   * Scores closer than this are a tie; weights and values come from decimal files, so closer means
   * equal.
   */
  static final double TIE = 1e-12;

  private SynergyIndex() {}

  /**
   * @param entities every entity must have a value for every indicator of the system, and no others
   * @throws IllegalArgumentException listing every missing or unknown value, or when the weighting
   *     cannot apply
   */
  public static IndexResult evaluate(
      IndicatorSystem system, List<EntityValues> entities, Weighting weighting) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(weighting, "weighting");
    check(system, entities);
    double[][] x = normalise(system, entities);
    Weights weights = weighting.weights(system, x);
    List<Indicator> indicators = system.indicators();
    double[] w = new double[indicators.size()];
    for (int j = 0; j < w.length; j++) {
      w[j] = weights.weight(indicators.get(j).code());
    }
    record Scored(int index, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      CompensatedSum s = new CompensatedSum();
      for (int j = 0; j < w.length; j++) {
        s.add(w[j] * x[i][j]);
      }
      scored.add(new Scored(i, Math.max(0, Math.min(1, s.value()))));
    }
    scored.sort(Comparator.comparingDouble(sc -> -sc.score()));
    int[] ranks = Ranks.tied(scored, (a, b) -> Math.abs(a.score() - b.score()) <= TIE);
    List<EntityScore> out = new ArrayList<>();
    for (int r = 0; r < scored.size(); r++) {
      int i = scored.get(r).index();
      Map<String, Double> norm = new LinkedHashMap<>();
      List<Shortfall> shortfalls = new ArrayList<>();
      for (int j = 0; j < w.length; j++) {
        norm.put(indicators.get(j).code(), x[i][j]);
        double gap = w[j] * (1 - x[i][j]);
        if (gap > TIE) {
          shortfalls.add(new Shortfall(indicators.get(j).code(), w[j], x[i][j], gap));
        }
      }
      shortfalls.sort(Comparator.comparingDouble(sf -> -sf.shortfall()));
      out.add(
          new EntityScore(
              entities.get(i).entity(),
              scored.get(r).score(),
              ranks[r],
              norm,
              groupScores(system, w, x[i]),
              shortfalls));
    }
    return new IndexResult(system, weights, out);
  }

  /** x'[entity][indicator], indicators in system order. */
  static double[][] normalise(IndicatorSystem system, List<EntityValues> entities) {
    List<Indicator> indicators = system.indicators();
    double[][] x = new double[entities.size()][indicators.size()];
    for (int j = 0; j < indicators.size(); j++) {
      Indicator ind = indicators.get(j);
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (EntityValues e : entities) {
        double v = e.values().get(ind.code());
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      for (int i = 0; i < entities.size(); i++) {
        double v = entities.get(i).values().get(ind.code());
        x[i][j] =
            ind.normalisation() == Normalisation.TARGET
                ? Normalisation.target(v, ind.reference(), ind.direction())
                : Normalisation.minMax(v, min, max, ind.direction());
      }
    }
    return x;
  }

  private static Map<String, Double> groupScores(IndicatorSystem system, double[] w, double[] x) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String g : system.groups()) {
      double weighted = 0;
      double weightSum = 0;
      double plain = 0;
      int count = 0;
      for (int j = 0; j < w.length; j++) {
        if (system.indicators().get(j).group().equals(g)) {
          weighted += w[j] * x[j];
          weightSum += w[j];
          plain += x[j];
          count++;
        }
      }
      out.put(g, weightSum > TIE ? Math.min(1, weighted / weightSum) : plain / count);
    }
    return out;
  }

  private static void check(IndicatorSystem system, List<EntityValues> entities) {
    if (entities.isEmpty()) {
      throw new IllegalArgumentException("no entities to evaluate");
    }
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> codes = new HashSet<>(system.codes());
    for (EntityValues e : entities) {
      if (!seen.add(e.entity())) {
        problems.add("entity " + e.entity() + " appears twice");
      }
      for (String c : system.codes()) {
        if (!e.values().containsKey(c)) {
          problems.add("entity " + e.entity() + ": no value for indicator " + c);
        }
      }
      for (String c : e.values().keySet()) {
        if (!codes.contains(c)) {
          problems.add(
              "entity " + e.entity() + ": indicator " + c + " is not in system " + system.name());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }
}
