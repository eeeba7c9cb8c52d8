package org.cocontrol.core.synergy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cocontrol.core.parameter.Verification;

/** Invariants of the index and the weighting methods over random systems and values. */
class SynergyIndexProperties {

  /** A random system of m indicators with n entities' values, generated from a seed. */
  record Case(IndicatorSystem system, List<EntityValues> values, long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 7),
            Arbitraries.integers().between(1, 9),
            Arbitraries.longs())
        .as((m, n, seed) -> build(m, n, seed));
  }

  private static Case build(int m, int n, long seed) {
    Random rnd = new Random(seed);
    List<Indicator> inds = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      Direction d = rnd.nextBoolean() ? Direction.BENEFIT : Direction.COST;
      boolean target = rnd.nextInt(3) == 0;
      inds.add(
          new Indicator(
              "i" + j,
              "",
              "g" + rnd.nextInt(2),
              d,
              "",
              target ? Normalisation.TARGET : Normalisation.MIN_MAX,
              target ? 0.1 + rnd.nextInt(100) : null,
              (double) rnd.nextInt(10),
              "",
              Verification.U));
    }
    List<EntityValues> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = new HashMap<>();
      for (int j = 0; j < m; j++) {
        // a few repeated values, so ties and constant columns occur
        v.put("i" + j, rnd.nextInt(4) == 0 ? 5.0 : Math.round(rnd.nextDouble() * 1000) / 10.0);
      }
      values.add(EntityValues.of("e" + i, v));
    }
    return new Case(IndicatorSystem.of("random", inds), values, seed);
  }

  private static List<Weighting> objective() {
    return List.of(Weighting.equal(), Weighting.entropy(), Weighting.critic());
  }

  @Property(tries = 300)
  void theIndexDoesNotDependOnTheOrderOfIndicators(@ForAll("cases") Case c) {
    List<Indicator> shuffled = new ArrayList<>(c.system().indicators());
    Collections.shuffle(shuffled, new Random(c.seed() ^ 0x5DEECE66DL));
    IndicatorSystem permuted = IndicatorSystem.of("random", shuffled);
    for (Weighting w : objective()) {
      IndexResult a = SynergyIndex.evaluate(c.system(), c.values(), w);
      IndexResult b = SynergyIndex.evaluate(permuted, c.values(), w);
      for (EntityScore s : a.scores()) {
        EntityScore t = b.score(s.entity()).orElseThrow();
        assertThat(t.score()).as(w.code()).isCloseTo(s.score(), within(1e-12));
        assertThat(t.rank()).as(w.code()).isEqualTo(s.rank());
      }
      for (String code : c.system().codes()) {
        assertThat(b.weights().weight(code)).isCloseTo(a.weights().weight(code), within(1e-12));
      }
    }
  }

  @Property(tries = 300)
  void objectiveWeightsAreNonNegativeAndSumToOne(@ForAll("cases") Case c) {
    for (Weighting w : objective()) {
      Weights weights = SynergyIndex.evaluate(c.system(), c.values(), w).weights();
      assertThat(weights.values().values())
          .allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(0));
      assertThat(weights.values().values().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1, within(1e-12));
    }
  }

  @Property(tries = 300)
  void scoresLieInZeroToOneAndRanksFollowScores(@ForAll("cases") Case c) {
    IndexResult r = SynergyIndex.evaluate(c.system(), c.values(), Weighting.entropy());
    double previous = Double.POSITIVE_INFINITY;
    for (EntityScore s : r.scores()) {
      assertThat(s.score()).isBetween(0.0, 1.0);
      assertThat(s.score()).isLessThanOrEqualTo(previous);
      previous = s.score();
      assertThat(s.groupScores().values()).allSatisfy(g -> assertThat(g).isBetween(0.0, 1.0));
      // the score plus every shortfall is 1: a full score leaves nothing to gain
      double gaps = s.shortfalls().stream().mapToDouble(Shortfall::shortfall).sum();
      assertThat(s.score() + gaps).isCloseTo(1, within(1e-9));
    }
  }

  @Property(tries = 300)
  void ahpOfAConsistentMatrixHasCrZeroAndReturnsItsWeights(
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 9) Integer> priorities) {
    // a_ij = p_i / p_j is perfectly consistent: w ∝ p, λmax = n, CR = 0
    int n = priorities.size();
    double[][] a = new double[n][n];
    List<String> items = new ArrayList<>();
    List<Indicator> inds = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < n; i++) {
      items.add("i" + i);
      inds.add(Indicator.of("i" + i, "", Direction.BENEFIT, Normalisation.MIN_MAX, null));
      total += priorities.get(i);
      for (int j = 0; j < n; j++) {
        a[i][j] = (double) priorities.get(i) / priorities.get(j);
      }
    }
    Weights w =
        Weighting.ahp(PairwiseMatrix.of(items, a), SynergyFixtures.saaty())
            .weights(IndicatorSystem.of("s", inds), new double[0][n]);
    AhpConsistency c = w.consistency().orElseThrow();
    assertThat(c.cr().getAsDouble()).isCloseTo(0, within(1e-9));
    assertThat(c.lambdaMax()).isCloseTo(n, within(1e-9));
    for (int i = 0; i < n; i++) {
      assertThat(w.weight("i" + i)).isCloseTo(priorities.get(i) / total, within(1e-9));
    }
  }

  @Property(tries = 200)
  void couplingStaysInZeroToOne(
      @ForAll @DoubleRange(min = 0, max = 1) double u1,
      @ForAll @DoubleRange(min = 0, max = 1) double u2,
      @ForAll @DoubleRange(min = 0, max = 1) double alpha) {
    for (CouplingModel model : CouplingModel.values()) {
      Coupling c = Coupling.of(u1, u2, alpha, model, SynergyFixtures.bands());
      assertThat(c.c()).isBetween(0.0, 1.0);
      assertThat(c.d()).isBetween(0.0, 1.0);
      assertThat(c.band().lower()).isLessThanOrEqualTo(c.d());
    }
  }
}
