package org.cocontrol.core.synergy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How indicator weights are obtained. Subjective: {@link Equal}, {@link Expert}, {@link Ahp};
 * objective, from the normalised values of the entities evaluated together: {@link Entropy}, {@link
 * Critic}.
 */
public sealed interface Weighting {

  /**
   * The method's code: {@code equal}, {@code expert}, {@code entropy}, {@code critic}, {@code ahp}.
   */
  String code();

  /**
   * The weights for {@code system} given the normalised values x'[entity][indicator] (indicators in
   * system order).
   *
   * @throws IllegalArgumentException when the method cannot weigh this system (no expert weights, a
   *     matrix naming other indicators)
   */
  Weights weights(IndicatorSystem system, double[][] normalised);

  /** w_j = 1/m. */
  record Equal() implements Weighting {
    @Override
    public String code() {
      return "equal";
    }

    @Override
    public Weights weights(IndicatorSystem system, double[][] normalised) {
      return uniform(system, "equal", List.of());
    }
  }

  /** The indicators' own expert weights, scaled to sum to 1. */
  record Expert() implements Weighting {
    @Override
    public String code() {
      return "expert";
    }

    @Override
    public Weights weights(IndicatorSystem system, double[][] normalised) {
      List<String> missing = system.withoutExpertWeight();
      double sum = 0;
      for (Indicator i : system.indicators()) {
        if (i.expertWeight() != null) {
          sum += i.expertWeight();
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "expert weighting needs an expert weight for every indicator; missing: "
                + String.join(", ", missing));
      }
      if (!(sum > 0)) {
        throw new IllegalArgumentException("expert weights sum to 0");
      }
      double[] w = new double[system.size()];
      for (int j = 0; j < w.length; j++) {
        w[j] = system.indicators().get(j).expertWeight() / sum;
      }
      return of(system, "expert", w, Optional.empty(), List.of());
    }
  }

  /**
   * Entropy weights: p_ij = x'_ij / Σ_i x'_ij, e_j = −(1/ln n) Σ_i p_ij ln p_ij (0·ln 0 = 0), w_j =
   * (1 − e_j) / Σ_k (1 − e_k). A column that is constant or all zero carries no information (e_j =
   * 1, w_j = 0). With one entity, or when no column varies, the weights fall back to equal (noted).
   */
  record Entropy() implements Weighting {
    @Override
    public String code() {
      return "entropy";
    }

    @Override
    public Weights weights(IndicatorSystem system, double[][] x) {
      int n = x.length;
      int m = system.size();
      if (n < 2) {
        return uniform(
            system,
            "entropy",
            List.of("entropy weights need at least 2 entities; equal weights used"));
      }
      double k = 1 / Math.log(n);
      double[] d = new double[m];
      double total = 0;
      for (int j = 0; j < m; j++) {
        double colSum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : x) {
          colSum += row[j];
          min = Math.min(min, row[j]);
          max = Math.max(max, row[j]);
        }
        // A constant column has e = 1 exactly; computed, ln n / ln n would leave a 1e-16 weight
        // behind.
        double e = 1;
        if (colSum > 0 && max - min > 1e-12) {
          double h = 0;
          for (double[] row : x) {
            double p = row[j] / colSum;
            if (p > 0) {
              h -= p * Math.log(p);
            }
          }
          e = k * h;
        }
        // Rounding can put e a hair above 1 for a constant column.
        d[j] = Math.max(0, 1 - e);
        total += d[j];
      }
      if (!(total > 1e-15)) {
        return uniform(
            system,
            "entropy",
            List.of("no indicator varies across the entities; equal weights used"));
      }
      for (int j = 0; j < m; j++) {
        d[j] /= total;
      }
      return of(system, "entropy", d, Optional.empty(), List.of());
    }
  }

  /**
   * CRITIC weights: C_j = σ_j Σ_k (1 − r_jk), w_j = C_j / Σ C, with σ the (population) standard
   * deviation of the normalised column and r the Pearson correlation. A constant column has σ = 0,
   * so weight 0, and is left out of the other columns' sums (its correlation is undefined). When
   * every C is 0 but some column varies (one varying column, or varying columns perfectly
   * correlated) the weights are ∝ σ; when nothing varies, equal (both noted).
   */
  record Critic() implements Weighting {
    @Override
    public String code() {
      return "critic";
    }

    @Override
    public Weights weights(IndicatorSystem system, double[][] x) {
      int n = x.length;
      int m = system.size();
      double[] mean = new double[m];
      double[] sd = new double[m];
      for (int j = 0; j < m; j++) {
        for (double[] row : x) {
          mean[j] += row[j];
        }
        mean[j] /= Math.max(n, 1);
        double ss = 0;
        for (double[] row : x) {
          ss += (row[j] - mean[j]) * (row[j] - mean[j]);
        }
        sd[j] = n == 0 ? 0 : Math.sqrt(ss / n);
        if (sd[j] < 1e-12) {
          sd[j] = 0;
        }
      }
      double[] c = new double[m];
      double total = 0;
      double sdTotal = 0;
      for (int j = 0; j < m; j++) {
        sdTotal += sd[j];
        if (sd[j] == 0) {
          continue;
        }
        double conflict = 0;
        for (int k = 0; k < m; k++) {
          if (k != j && sd[k] > 0) {
            conflict += 1 - pearson(x, j, k, mean, sd);
          }
        }
        c[j] = sd[j] * conflict;
        total += c[j];
      }
      if (total > 1e-15) {
        for (int j = 0; j < m; j++) {
          c[j] /= total;
        }
        return of(system, "critic", c, Optional.empty(), List.of());
      }
      if (sdTotal > 0) {
        double[] w = new double[m];
        for (int j = 0; j < m; j++) {
          w[j] = sd[j] / sdTotal;
        }
        return of(
            system,
            "critic",
            w,
            Optional.empty(),
            List.of("no conflict between varying indicators; weights proportional to σ"));
      }
      return uniform(
          system, "critic", List.of("no indicator varies across the entities; equal weights used"));
    }

    private static double pearson(double[][] x, int j, int k, double[] mean, double[] sd) {
      double cov = 0;
      for (double[] row : x) {
        cov += (row[j] - mean[j]) * (row[k] - mean[k]);
      }
      cov /= x.length;
      return Math.max(-1, Math.min(1, cov / (sd[j] * sd[k])));
    }
  }

  /**
   * AHP weights: the principal eigenvector of the pairwise matrix (power iteration), scaled to sum
   * to 1, with λmax = mean_i (Aw)_i / w_i, CI = (λmax − n)/(n − 1) and CR = CI/RI. An inconsistent
   * matrix (CR ≥ the threshold) still yields weights; its {@link AhpConsistency#acceptable()} is
   * false and a note says so.
   */
  record Ahp(PairwiseMatrix matrix, RandomIndex randomIndex) implements Weighting {
    public Ahp {
      Objects.requireNonNull(matrix, "matrix");
      Objects.requireNonNull(randomIndex, "randomIndex");
    }

    @Override
    public String code() {
      return "ahp";
    }

    @Override
    public Weights weights(IndicatorSystem system, double[][] normalised) {
      if (!new HashSet<>(matrix.items()).equals(new HashSet<>(system.codes()))) {
        throw new IllegalArgumentException(
            "the pairwise matrix compares "
                + matrix.items()
                + ", the system has "
                + system.codes());
      }
      Eigen e = principal(matrix.values());
      int n = matrix.size();
      double ci = n <= 2 ? 0 : Math.max(0, (e.lambda - n) / (n - 1));
      OptionalDouble ri = randomIndex.ri(n);
      OptionalDouble cr;
      if (n <= 2) {
        cr = OptionalDouble.of(0);
      } else if (ri.isPresent() && ri.getAsDouble() > 0) {
        cr = OptionalDouble.of(ci / ri.getAsDouble());
      } else {
        cr = OptionalDouble.empty();
      }
      AhpConsistency consistency =
          new AhpConsistency(n, e.lambda, ci, ri, cr, randomIndex.crThreshold());
      List<String> notes = new ArrayList<>();
      if (cr.isEmpty()) {
        notes.add("no RI for n = " + n + "; CR unknown");
      } else if (!consistency.acceptable()) {
        notes.add(
            "CR = "
                + Text.num(cr.getAsDouble(), 4)
                + " ≥ "
                + Text.num(randomIndex.crThreshold(), 4)
                + ": the matrix is not acceptably consistent; revise the judgements");
      }
      double[] w = new double[system.size()];
      for (int j = 0; j < w.length; j++) {
        w[j] = e.vector[matrix.items().indexOf(system.codes().get(j))];
      }
      return of(system, "ahp", w, Optional.of(consistency), notes);
    }

    private record Eigen(double[] vector, double lambda) {}

    /**
     * Power iteration from the uniform vector; a positive matrix converges to its Perron vector.
     */
    private static Eigen principal(double[][] a) {
      int n = a.length;
      double[] w = new double[n];
      Arrays.fill(w, 1.0 / n);
      for (int iter = 0; iter < 10_000; iter++) {
        double[] next = multiply(a, w);
        double sum = 0;
        for (double v : next) {
          sum += v;
        }
        double change = 0;
        for (int i = 0; i < n; i++) {
          next[i] /= sum;
          change = Math.max(change, Math.abs(next[i] - w[i]));
        }
        w = next;
        if (change < 1e-15) {
          break;
        }
      }
      double[] aw = multiply(a, w);
      double lambda = 0;
      for (int i = 0; i < n; i++) {
        lambda += aw[i] / w[i];
      }
      return new Eigen(w, lambda / n);
    }

    private static double[] multiply(double[][] a, double[] w) {
      double[] out = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        for (int j = 0; j < w.length; j++) {
          out[i] += a[i][j] * w[j];
        }
      }
      return out;
    }
  }

  static Weighting equal() {
    return new Equal();
  }

  static Weighting expert() {
    return new Expert();
  }

  static Weighting entropy() {
    return new Entropy();
  }

  static Weighting critic() {
    return new Critic();
  }

  /**
   * The method named {@code equal}, {@code expert}, {@code entropy} or {@code critic} (any case);
   * empty for any other name. AHP is not named: it needs its pairwise matrix.
   */
  static Optional<Weighting> named(String code) {
    return switch (code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "equal" -> Optional.of(equal());
      case "expert" -> Optional.of(expert());
      case "entropy" -> Optional.of(entropy());
      case "critic" -> Optional.of(critic());
      default -> Optional.empty();
    };
  }

  static Weighting ahp(PairwiseMatrix matrix, RandomIndex randomIndex) {
    return new Ahp(matrix, randomIndex);
  }

  private static Weights uniform(IndicatorSystem system, String method, List<String> notes) {
    double[] w = new double[system.size()];
    Arrays.fill(w, 1.0 / w.length);
    return of(system, method, w, Optional.empty(), notes);
  }

  private static Weights of(
      IndicatorSystem system,
      String method,
      double[] w,
      Optional<AhpConsistency> consistency,
      List<String> notes) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int j = 0; j < w.length; j++) {
      values.put(system.codes().get(j), w[j] + 0.0);
    }
    return new Weights(method, values, consistency, notes);
  }
}
