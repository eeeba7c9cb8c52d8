package org.cocontrol.core.synergy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.cocontrol.core.parameter.Verification;
import org.junit.jupiter.api.Test;

/**
 * The synergy index on the worked example of docs/synergy.md: entities A, B, C; indicators
 * co2_per_va (cost), non_fossil_share (benefit), so2_per_va (cost), all min–max.
 */
class SynergyIndexTests {

  private final IndicatorSystem system = SynergyFixtures.example();
  private final List<EntityValues> values = SynergyFixtures.exampleValues();

  private static double score(IndexResult r, String entity) {
    return r.score(entity).orElseThrow().score();
  }

  private static int rank(IndexResult r, String entity) {
    return r.score(entity).orElseThrow().rank();
  }

  @Test
  void minMaxNormalisation() {
    double[][] x = SynergyIndex.normalise(system, values);
    // co2 (cost, 0.5…1.5): A 1, B 0.5, C 0; non-fossil (benefit, 10…30): the same; so2 (cost,
    // 0.1…0.2): A 0, B 1, C 0.75
    assertThat(x[0]).containsExactly(new double[] {1, 1, 0}, within(1e-12));
    assertThat(x[1]).containsExactly(new double[] {0.5, 0.5, 1}, within(1e-12));
    assertThat(x[2]).containsExactly(new double[] {0, 0, 0.75}, within(1e-12));
  }

  @Test
  void targetNormalisationAgainstAReference() {
    assertThat(Normalisation.target(0.9, 0.6, Direction.COST)).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(Normalisation.target(0.5, 0.6, Direction.COST)).isEqualTo(1.0);
    assertThat(Normalisation.target(0, 0.6, Direction.COST)).isEqualTo(1.0);
    assertThat(Normalisation.target(15, 20, Direction.BENEFIT)).isEqualTo(0.75);
    assertThat(Normalisation.target(25, 20, Direction.BENEFIT)).isEqualTo(1.0);
    assertThat(Normalisation.target(-3, 20, Direction.BENEFIT)).isZero();
    // a constant column under min–max: nobody falls short of the best
    assertThat(Normalisation.minMax(7, 7, 7, Direction.COST)).isEqualTo(1.0);
  }

  @Test
  void equalWeightsTieAandB() {
    IndexResult r = SynergyIndex.evaluate(system, values, Weighting.equal());
    assertThat(r.weights().values().values())
        .allSatisfy(w -> assertThat(w).isCloseTo(1 / 3.0, within(1e-15)));
    // A (1 + 1 + 0)/3, B (0.5 + 0.5 + 1)/3, C 0.75/3
    assertThat(score(r, "A")).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(score(r, "B")).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(score(r, "C")).isCloseTo(0.25, within(1e-12));
    assertThat(r.scores()).extracting(EntityScore::entity).containsExactly("A", "B", "C");
    assertThat(r.scores()).extracting(EntityScore::rank).containsExactly(1, 1, 3);
  }

  @Test
  void expertWeights() {
    IndexResult r = SynergyIndex.evaluate(system, values, Weighting.expert());
    // 0.5, 0.2, 0.3: A 0.7, B 0.65, C 0.225
    assertThat(score(r, "A")).isCloseTo(0.7, within(1e-12));
    assertThat(score(r, "B")).isCloseTo(0.65, within(1e-12));
    assertThat(score(r, "C")).isCloseTo(0.225, within(1e-12));
    IndicatorSystem noExpert =
        IndicatorSystem.of(
            "x", List.of(Indicator.of("a", "", Direction.BENEFIT, Normalisation.MIN_MAX, null)));
    assertThatThrownBy(
            () ->
                SynergyIndex.evaluate(
                    noExpert, List.of(EntityValues.of("e", Map.of("a", 1.0))), Weighting.expert()))
        .hasMessageContaining("missing: a");
    assertThat(noExpert.withoutExpertWeight()).containsExactly("a");
    assertThat(system.withoutExpertWeight()).isEmpty();
  }

  @Test
  void weightingsByName() {
    assertThat(Weighting.named(" Entropy ")).containsInstanceOf(Weighting.Entropy.class);
    assertThat(Weighting.named("expert").orElseThrow().code()).isEqualTo("expert");
    assertThat(Weighting.named("ahp")).isEmpty();
    assertThat(Weighting.named(null)).isEmpty();
  }

  @Test
  void entropyWeights() {
    IndexResult r = SynergyIndex.evaluate(system, values, Weighting.entropy());
    // co2 and non-fossil: p = 2/3, 1/3, 0 → e = 0.636514/ln 3 = 0.579380; so2: p = 0, 4/7, 3/7 → e
    // = 0.682908/ln 3 = 0.621610
    // w = (1 − e)/Σ(1 − e) = 0.420620, 0.420620, 0.378390 / 1.219630
    Map<String, Double> w = r.weights().values();
    assertThat(w.get("co2_per_va")).isCloseTo(0.344875, within(1e-6));
    assertThat(w.get("non_fossil_share")).isCloseTo(0.344875, within(1e-6));
    assertThat(w.get("so2_per_va")).isCloseTo(0.310250, within(1e-6));
    // A = 2 × 0.344875; B = 0.344875 + 0.310250; C = 0.75 × 0.310250
    assertThat(score(r, "A")).isCloseTo(0.689750, within(1e-6));
    assertThat(score(r, "B")).isCloseTo(0.655125, within(1e-6));
    assertThat(score(r, "C")).isCloseTo(0.232688, within(1e-6));
    assertThat(r.scores()).extracting(EntityScore::rank).containsExactly(1, 2, 3);
  }

  @Test
  void criticWeights() {
    IndexResult r = SynergyIndex.evaluate(system, values, Weighting.critic());
    // σ = 1/√6, 1/√6, 0.424918; r(co2, non-fossil) = 1; r(co2, so2) = −0.720577
    // C_co2 = 0.408248 × (0 + 1.720577) = 0.702422; C_so2 = 0.424918 × 2 × 1.720577 = 1.462209
    Map<String, Double> w = r.weights().values();
    assertThat(w.get("co2_per_va")).isCloseTo(0.244998, within(1e-6));
    assertThat(w.get("so2_per_va")).isCloseTo(0.510004, within(1e-6));
    // B first now: it leads on the conflicting indicator CRITIC weighs most
    assertThat(r.scores()).extracting(EntityScore::entity).containsExactly("B", "A", "C");
    assertThat(score(r, "B")).isCloseTo(0.755002, within(1e-6));
  }

  @Test
  void ahpWeightsOfAConsistentMatrix() {
    PairwiseMatrix m =
        PairwiseMatrix.of(
            List.of("co2_per_va", "non_fossil_share", "so2_per_va"),
            new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
    IndexResult r =
        SynergyIndex.evaluate(system, values, Weighting.ahp(m, SynergyFixtures.saaty()));
    assertThat(r.weights().values().get("co2_per_va")).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(r.weights().values().get("non_fossil_share")).isCloseTo(2 / 7.0, within(1e-12));
    assertThat(r.weights().values().get("so2_per_va")).isCloseTo(1 / 7.0, within(1e-12));
    AhpConsistency c = r.weights().consistency().orElseThrow();
    assertThat(c.lambdaMax()).isCloseTo(3, within(1e-12));
    assertThat(c.cr().getAsDouble()).isCloseTo(0, within(1e-12));
    assertThat(c.acceptable()).isTrue();
    assertThat(r.weights().notes()).isEmpty();
    // A 6/7, B 0.5 × 6/7 + 1/7 = 4/7, C 0.75/7
    assertThat(score(r, "A")).isCloseTo(6 / 7.0, within(1e-12));
    assertThat(score(r, "B")).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(score(r, "C")).isCloseTo(0.75 / 7, within(1e-12));
  }

  @Test
  void ahpOfAnInconsistentMatrixWarns() {
    // a circulant matrix [[1, 3, 1/3], [1/3, 1, 3], [3, 1/3, 1]]: w = (1/3, 1/3, 1/3), λmax = 1 + 3
    // + 1/3,
    // CI = (4.3333 − 3)/2 = 0.6667, CR = 0.6667/0.58 = 1.1494
    PairwiseMatrix m =
        PairwiseMatrix.of(
            List.of("so2_per_va", "co2_per_va", "non_fossil_share"),
            new double[][] {{1, 3, 1 / 3.0}, {1 / 3.0, 1, 3}, {3, 1 / 3.0, 1}});
    Weights w = Weighting.ahp(m, SynergyFixtures.saaty()).weights(system, new double[0][3]);
    assertThat(w.values().values())
        .allSatisfy(v -> assertThat(v).isCloseTo(1 / 3.0, within(1e-12)));
    AhpConsistency c = w.consistency().orElseThrow();
    assertThat(c.lambdaMax()).isCloseTo(13 / 3.0, within(1e-12));
    assertThat(c.ci()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(c.cr().getAsDouble()).isCloseTo(1.149425, within(1e-6));
    assertThat(c.acceptable()).isFalse();
    assertThat(w.notes()).singleElement().asString().contains("CR = 1.1494 ≥ 0.1");
  }

  @Test
  void ahpMatricesMustBeReciprocalAndNameTheSystemsIndicators() {
    assertThatThrownBy(
            () -> PairwiseMatrix.of(List.of("a", "b"), new double[][] {{1, 3}, {0.5, 1}}))
        .hasMessageContaining("not reciprocal");
    assertThatThrownBy(
            () -> PairwiseMatrix.of(List.of("a", "b"), new double[][] {{1, -3}, {-1 / 3.0, 1}}))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> PairwiseMatrix.of(List.of("a", "b"), new double[][] {{2, 1}, {1, 1}}))
        .hasMessageContaining("diagonal");
    // a rounded 1/3 is accepted
    assertThat(PairwiseMatrix.of(List.of("a", "b"), new double[][] {{1, 3}, {0.33, 1}}).size())
        .isEqualTo(2);
    PairwiseMatrix other = PairwiseMatrix.of(List.of("a", "b"), new double[][] {{1, 1}, {1, 1}});
    assertThatThrownBy(
            () ->
                SynergyIndex.evaluate(
                    system, values, Weighting.ahp(other, SynergyFixtures.saaty())))
        .hasMessageContaining("compares [a, b]");
    // n = 2 is always consistent; n = 11 has no RI in Saaty's table
    assertThat(
            Weighting.ahp(other, SynergyFixtures.saaty())
                .weights(
                    IndicatorSystem.of(
                        "s",
                        List.of(
                            Indicator.of("a", "", Direction.BENEFIT, Normalisation.MIN_MAX, null),
                            Indicator.of("b", "", Direction.BENEFIT, Normalisation.MIN_MAX, null))),
                    new double[0][2])
                .consistency()
                .orElseThrow()
                .cr())
        .hasValue(0.0);
  }

  @Test
  void whatPullsAScoreDown() {
    IndexResult r = SynergyIndex.evaluate(system, values, Weighting.equal());
    // A: so2 at 0 → shortfall 1/3; B: co2 and non-fossil at 0.5 → 1/6 each; C: co2 1/3, non-fossil
    // 1/3, so2 1/12
    assertThat(r.score("A").orElseThrow().shortfalls())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.indicator()).isEqualTo("so2_per_va");
              assertThat(s.shortfall()).isCloseTo(1 / 3.0, within(1e-12));
            });
    assertThat(r.score("C").orElseThrow().shortfalls())
        .extracting(Shortfall::indicator)
        .containsExactly("co2_per_va", "non_fossil_share", "so2_per_va");
    assertThat(r.score("C").orElseThrow().shortfalls().get(2).shortfall())
        .isCloseTo(1 / 12.0, within(1e-12));
  }

  @Test
  void groupScoresFeedTheCoupling() {
    IndexResult r = SynergyIndex.evaluate(system, values, Weighting.equal());
    EntityScore b = r.score("B").orElseThrow();
    // B: carbon = (0.5 + 0.5)/2, pollution = 1
    assertThat(b.groupScores()).containsEntry("carbon", 0.5).containsEntry("pollution", 1.0);
    Coupling c =
        Coupling.of(
            b.groupScores().get("pollution"),
            b.groupScores().get("carbon"),
            SynergyFixtures.bands());
    // C = 2√0.5/1.5 = 0.942809, T = 0.75, D = 0.840896: 良好协调
    assertThat(c.d()).isCloseTo(0.840896, within(1e-6));
    assertThat(c.band().nameZh()).isEqualTo("良好协调");
    // A: pollution 0 → C = 0, D = 0
    assertThat(
            Coupling.of(
                    r.score("A").orElseThrow().groupScores().get("pollution"),
                    1,
                    SynergyFixtures.bands())
                .d())
        .isZero();
  }

  @Test
  void oneEntityOrNoVariationFallsBackToEqualWeights() {
    List<EntityValues> one = List.of(values.get(0));
    Weights entropy = SynergyIndex.evaluate(system, one, Weighting.entropy()).weights();
    assertThat(entropy.values().values())
        .allSatisfy(w -> assertThat(w).isCloseTo(1 / 3.0, within(1e-15)));
    assertThat(entropy.notes()).singleElement().asString().contains("at least 2 entities");
    Weights critic = SynergyIndex.evaluate(system, one, Weighting.critic()).weights();
    assertThat(critic.notes()).singleElement().asString().contains("no indicator varies");
    // one entity under min–max: every value is the best, score 1
    assertThat(SynergyIndex.evaluate(system, one, Weighting.equal()).scores().get(0).score())
        .isEqualTo(1.0);
  }

  @Test
  void aConstantColumnGetsNoObjectiveWeight() {
    List<EntityValues> v =
        List.of(
            EntityValues.of(
                "A", Map.of("co2_per_va", 0.5, "non_fossil_share", 20.0, "so2_per_va", 0.2)),
            EntityValues.of(
                "B", Map.of("co2_per_va", 1.0, "non_fossil_share", 20.0, "so2_per_va", 0.1)),
            EntityValues.of(
                "C", Map.of("co2_per_va", 1.5, "non_fossil_share", 20.0, "so2_per_va", 0.125)));
    Weights e = SynergyIndex.evaluate(system, v, Weighting.entropy()).weights();
    assertThat(e.weight("non_fossil_share")).isZero();
    Weights c = SynergyIndex.evaluate(system, v, Weighting.critic()).weights();
    assertThat(c.weight("non_fossil_share")).isZero();
    // with the constant column left out, co2 and so2 conflict both ways: C_j = σ_j (1 − r), so w ∝
    // σ
    assertThat(c.weight("co2_per_va") / c.weight("so2_per_va"))
        .isCloseTo(0.408248 / 0.424918, within(1e-5));
  }

  @Test
  void oneVaryingColumnTakesAllTheCriticWeight() {
    List<EntityValues> v =
        List.of(
            EntityValues.of(
                "A", Map.of("co2_per_va", 0.5, "non_fossil_share", 20.0, "so2_per_va", 0.2)),
            EntityValues.of(
                "B", Map.of("co2_per_va", 1.0, "non_fossil_share", 20.0, "so2_per_va", 0.2)));
    Weights c = SynergyIndex.evaluate(system, v, Weighting.critic()).weights();
    assertThat(c.weight("co2_per_va")).isEqualTo(1.0);
    assertThat(c.notes()).singleElement().asString().contains("proportional to σ");
  }

  @Test
  void missingOrUnknownValuesAreListed() {
    List<EntityValues> bad =
        List.of(
            EntityValues.of("A", Map.of("co2_per_va", 0.5, "typo", 1.0)),
            EntityValues.of("A", Map.of()));
    assertThatThrownBy(() -> SynergyIndex.evaluate(system, bad, Weighting.equal()))
        .hasMessageContaining("entity A: no value for indicator non_fossil_share")
        .hasMessageContaining("indicator typo is not in system example")
        .hasMessageContaining("entity A appears twice");
    assertThatThrownBy(() -> SynergyIndex.evaluate(system, List.of(), Weighting.equal()))
        .hasMessageContaining("no entities");
    assertThatThrownBy(
            () ->
                new Indicator(
                    "x",
                    "",
                    "",
                    Direction.COST,
                    "",
                    Normalisation.TARGET,
                    null,
                    null,
                    "",
                    Verification.U))
        .hasMessageContaining("needs a reference value > 0");
    assertThatThrownBy(
            () ->
                IndicatorSystem.of(
                    "s",
                    List.of(
                        Indicator.of("a", "", Direction.COST, Normalisation.MIN_MAX, null),
                        Indicator.of("a", "", Direction.COST, Normalisation.MIN_MAX, null))))
        .hasMessageContaining("appears twice");
  }
}
