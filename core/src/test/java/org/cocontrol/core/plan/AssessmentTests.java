package org.cocontrol.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentTests {

  private static final double EPS = 1e-9;

  private static IndicatorStatus status(Status s, Double ratio) {
    return new IndicatorStatus(s, Reason.ON_PATH, 2023, 1.0, 2023, 1.0, null, 1.0, ratio);
  }

  private static final List<Assessment.IndicatorInput> INDICATORS =
      List.of(
          new Assessment.IndicatorInput(
              "A", "CO2 强度", IndicatorKind.REDUCTION, status(Status.ON_TRACK, 1.1)),
          new Assessment.IndicatorInput(
              "B", "清洁能源占比", IndicatorKind.AT_LEAST, status(Status.AT_RISK, 6 / 10.8)),
          new Assessment.IndicatorInput(
              "C", "粪污利用率", IndicatorKind.KEEP_STABLE, status(Status.OFF_TRACK, null)),
          new Assessment.IndicatorInput(
              "D",
              "绿色工厂",
              IndicatorKind.COUNT,
              new IndicatorStatus(
                  Status.NO_DATA, Reason.NO_VALUE, 2023, null, null, 1.0, null, 1.0, null)));

  private static final List<Assessment.TaskInput> TASKS =
      List.of(
          new Assessment.TaskInput("（四）", "分区管控", TaskStatus.DONE),
          new Assessment.TaskInput("（五）", "准入管理", TaskStatus.DELAYED),
          new Assessment.TaskInput("（六）", "能源结构", null));

  @Test
  void the_standard_scheme_scores_by_progress_and_task_status() {
    Assessment.Result r = Assessment.score(ScoringScheme.standard(), INDICATORS, TASKS);
    // indicators 10 + 10·(6/10.8) + 0 (held level missed) + 0 (no data); tasks 5 + 2.5 + 0 (not
    // reported)
    double expected = 10 + 10 * 6 / 10.8 + 5 + 2.5;
    assertThat(r.score()).isCloseTo(expected, within(EPS));
    assertThat(r.maxScore()).isCloseTo(55, within(EPS));
    assertThat(r.percent()).isCloseTo(expected / 55 * 100, within(EPS));
    assertThat(r.grade()).isEqualTo("fail");
    assertThat(r.lines())
        .extracting(Assessment.Line::status)
        .containsExactly(
            "on_track", "at_risk", "off_track", "no_data", "done", "delayed", "not_reported");
    assertThat(r.lines().get(2).rule()).isEqualTo("all_or_nothing");
  }

  @Test
  void by_status_gives_the_scheme_credit_and_weights_are_per_item() {
    ScoringScheme s =
        scheme(
            ScoringRule.BY_STATUS,
            Map.of("A", 30.0),
            Set.of(),
            List.of(
                new ScoringScheme.Grade("excellent", 90),
                new ScoringScheme.Grade("good", 80),
                new ScoringScheme.Grade("pass", 60),
                new ScoringScheme.Grade("fail", 0)));
    Assessment.Result r = Assessment.score(s, INDICATORS.subList(0, 2), List.of());
    // A 30·1, B 10·0.6 → 36 of 40 = 90% → excellent (the band's lower edge is included)
    assertThat(r.score()).isCloseTo(36, within(EPS));
    assertThat(r.percent()).isCloseTo(90, within(EPS));
    assertThat(r.grade()).isEqualTo("excellent");
  }

  @Test
  void a_failed_veto_item_fails_the_assessment_whatever_the_score() {
    ScoringScheme s =
        scheme(
            ScoringRule.ALL_OR_NOTHING,
            Map.of("A", 95.0, "C", 5.0),
            Set.of("C"),
            ScoringScheme.standard().grades());
    Assessment.Result r =
        Assessment.score(s, List.of(INDICATORS.get(0), INDICATORS.get(2)), List.of());
    assertThat(r.percent()).isCloseTo(95, within(EPS));
    assertThat(r.vetoed()).containsExactly("C");
    assertThat(r.grade()).isEqualTo("fail");
    assertThat(r.lines().get(1).veto()).isTrue();
    // the same item on track: no veto, excellent
    Assessment.Result ok =
        Assessment.score(
            s,
            List.of(
                INDICATORS.get(0),
                new Assessment.IndicatorInput(
                    "C", "粪污利用率", IndicatorKind.KEEP_STABLE, status(Status.ON_TRACK, null))),
            List.of());
    assertThat(ok.vetoed()).isEmpty();
    assertThat(ok.grade()).isEqualTo("excellent");
  }

  @Test
  void proportional_credit_is_clipped_and_falls_back_to_status_credit() {
    ScoringScheme s = ScoringScheme.standard();
    IndicatorKind cut = IndicatorKind.REDUCTION;
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, cut, status(Status.OFF_TRACK, -0.3)))
        .isZero();
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, cut, status(Status.AT_RISK, null)))
        .isCloseTo(0.6, within(EPS));
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, cut, status(Status.ACHIEVED, null)))
        .isEqualTo(1.0);
    assertThat(Assessment.credit(s, ScoringRule.ALL_OR_NOTHING, cut, status(Status.AT_RISK, 0.9)))
        .isZero();
  }

  @Test
  void a_level_to_reach_without_a_path_earns_the_share_of_its_level_reached() {
    ScoringScheme s = ScoringScheme.standard();
    // 森林覆盖率 ≥ 40 %, only the target year's 38 % recorded, no base: off track with no path ratio →
    // 38 / 40
    IndicatorStatus late =
        new IndicatorStatus(
            Status.OFF_TRACK, Reason.DEADLINE_PASSED, 2025, 38.0, 2025, 40.0, null, 40.0, null);
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, IndicatorKind.AT_LEAST, late))
        .isCloseTo(0.95, within(EPS));
    // a single value (30 of 40) and no base: no path yet, so no data, but 30 / 40 of the level is
    // reached
    IndicatorStatus single =
        new IndicatorStatus(
            Status.NO_DATA, Reason.NO_TRAJECTORY, 2023, 30.0, 2023, 30.0, null, 40.0, null);
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, IndicatorKind.AT_LEAST, single))
        .isCloseTo(0.75, within(EPS));
    // 1 200 of 1 500 charging piles (a count): 0.8
    IndicatorStatus piles =
        new IndicatorStatus(
            Status.OFF_TRACK,
            Reason.DEADLINE_PASSED,
            2025,
            1200.0,
            2025,
            1500.0,
            null,
            1500.0,
            null);
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, IndicatorKind.COUNT, piles))
        .isCloseTo(0.8, within(EPS));
    // a path ratio, where there is one, still decides: (14 − 10) / (20 − 10) = 0.4, not 14 / 20
    IndicatorStatus onPath =
        new IndicatorStatus(
            Status.AT_RISK, Reason.BEHIND_PATH, 2023, 14.0, 2023, 20.0, null, 20.0, 0.4);
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, IndicatorKind.AT_LEAST, onPath))
        .isCloseTo(0.4, within(EPS));
    // a level to stay under has no such share: off track without a ratio earns the status credit
    // (0)
    IndicatorStatus over =
        new IndicatorStatus(
            Status.OFF_TRACK, Reason.DEADLINE_PASSED, 2025, 38.0, 2025, 35.0, null, 35.0, null);
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, IndicatorKind.AT_MOST, over))
        .isZero();
    // no value at all: nothing
    IndicatorStatus none =
        new IndicatorStatus(
            Status.NO_DATA, Reason.NO_VALUE, 2025, null, null, 40.0, null, 40.0, null);
    assertThat(Assessment.credit(s, ScoringRule.PROPORTIONAL, IndicatorKind.AT_LEAST, none))
        .isZero();
    // in a whole assessment: 10 · 0.95 of 10 → 95 %
    Assessment.Result r =
        Assessment.score(
            s,
            List.of(new Assessment.IndicatorInput("F", "森林覆盖率", IndicatorKind.AT_LEAST, late)),
            List.of());
    assertThat(r.score()).isCloseTo(9.5, within(EPS));
    assertThat(r.percent()).isCloseTo(95, within(EPS));
  }

  @Test
  void grade_bands_and_an_empty_assessment() {
    ScoringScheme s = ScoringScheme.standard();
    assertThat(s.grade(89.999)).isEqualTo("good");
    assertThat(s.grade(80)).isEqualTo("good");
    assertThat(s.grade(59.9)).isEqualTo("fail");
    Assessment.Result empty = Assessment.score(s, List.of(), List.of());
    assertThat(empty.maxScore()).isZero();
    assertThat(empty.percent()).isZero();
  }

  @Test
  void bad_schemes_are_refused() {
    ScoringScheme base = ScoringScheme.standard();
    assertThatThrownBy(
            () ->
                new ScoringScheme(
                    base.rules(),
                    -1,
                    Map.of(),
                    5,
                    Map.of(),
                    base.statusCredit(),
                    base.taskCredit(),
                    Set.of(),
                    Set.of(),
                    base.grades()))
        .hasMessageContaining("indicator weight");
    assertThatThrownBy(
            () ->
                new ScoringScheme(
                    base.rules(),
                    10,
                    Map.of(),
                    5,
                    Map.of(),
                    Map.of(Status.AT_RISK, 1.5),
                    base.taskCredit(),
                    Set.of(),
                    Set.of(),
                    base.grades()))
        .hasMessageContaining("at_risk");
    assertThatThrownBy(
            () ->
                new ScoringScheme(
                    base.rules(),
                    10,
                    Map.of(),
                    5,
                    Map.of(),
                    base.statusCredit(),
                    base.taskCredit(),
                    Set.of(),
                    Set.of(),
                    List.of()))
        .hasMessageContaining("grade");
  }

  @Test
  void roll_up_adds_amounts_but_not_shares() {
    Map<String, IndicatorStatus> cities =
        Map.of(
            "210100",
                new IndicatorStatus(
                    Status.ON_TRACK, Reason.ON_PATH, 2023, 120.0, 2023, 100.0, null, 200.0, 1.2),
            "210200",
                new IndicatorStatus(
                    Status.AT_RISK, Reason.BEHIND_PATH, 2023, 80.0, 2023, 100.0, null, 150.0, 0.8),
            "210300",
                new IndicatorStatus(
                    Status.NO_DATA, Reason.NO_VALUE, 2023, null, null, 50.0, null, 100.0, null));
    RollUp count = RollUp.of(IndicatorKind.COUNT, cities);
    assertThat(count.regions()).isEqualTo(3);
    assertThat(count.sumActual()).isCloseTo(200, within(EPS));
    assertThat(count.sumTarget()).isCloseTo(450, within(EPS));
    assertThat(count.statusCounts())
        .containsEntry(Status.ON_TRACK, 1)
        .containsEntry(Status.AT_RISK, 1)
        .containsEntry(Status.NO_DATA, 1)
        .containsEntry(Status.OFF_TRACK, 0);
    RollUp share = RollUp.of(IndicatorKind.AT_LEAST, cities);
    assertThat(share.sumActual()).isNull();
    assertThat(share.sumTarget()).isNull();
  }

  private static ScoringScheme scheme(
      ScoringRule rule,
      Map<String, Double> weights,
      Set<String> veto,
      List<ScoringScheme.Grade> grades) {
    ScoringScheme base = ScoringScheme.standard();
    Map<IndicatorKind, ScoringRule> rules = new EnumMap<>(IndicatorKind.class);
    for (IndicatorKind k : IndicatorKind.values()) {
      rules.put(k, rule);
    }
    return new ScoringScheme(
        rules,
        10,
        weights,
        5,
        Map.of(),
        base.statusCredit(),
        base.taskCredit(),
        veto,
        base.vetoStatuses(),
        grades);
  }
}
