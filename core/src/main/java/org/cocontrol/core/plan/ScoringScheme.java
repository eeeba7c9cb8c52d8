package org.cocontrol.core.plan;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A configurable assessment (考核) scheme.
 *
 * @param rules the scoring rule per indicator kind (the kind an inherited indicator resolved to)
 * @param indicatorWeight points per indicator unless {@code indicatorWeights} names it
 * @param indicatorWeights points by indicator id
 * @param taskWeight points per task unless {@code taskWeights} names it
 * @param taskWeights points by task number
 * @param statusCredit share of the weight per indicator status, for {@link ScoringRule#BY_STATUS}
 * @param taskCredit share of the weight per task status; an unreported task earns nothing
 * @param vetoIndicators indicator ids that fail the whole assessment (一票否决) when their status is
 *     one of {@code vetoStatuses}
 * @param vetoStatuses the statuses that trigger a veto
 * @param grades grade bands, each the lowest percentage of the maximum score that earns it
 */
public record ScoringScheme(
    Map<IndicatorKind, ScoringRule> rules,
    double indicatorWeight,
    Map<String, Double> indicatorWeights,
    double taskWeight,
    Map<String, Double> taskWeights,
    Map<Status, Double> statusCredit,
    Map<TaskStatus, Double> taskCredit,
    Set<String> vetoIndicators,
    Set<Status> vetoStatuses,
    List<Grade> grades) {

  /**
   * A grade band.
   *
   * @param code {@code excellent}, {@code good}, {@code pass}, {@code fail} or the user's own
   * @param minPercent the lowest percentage of the maximum score that earns it
   */
  public record Grade(String code, double minPercent) {
    public Grade {
      Objects.requireNonNull(code, "code");
    }
  }

  /** The grade given whatever the score when a veto item fails. */
  public static final String VETO_GRADE = "fail";

  public ScoringScheme {
    rules = Map.copyOf(rules);
    indicatorWeights = Map.copyOf(indicatorWeights);
    taskWeights = Map.copyOf(taskWeights);
    statusCredit = Map.copyOf(statusCredit);
    taskCredit = Map.copyOf(taskCredit);
    vetoIndicators = Set.copyOf(vetoIndicators);
    vetoStatuses = Set.copyOf(vetoStatuses);
    grades =
        grades.stream().sorted(Comparator.comparingDouble(Grade::minPercent).reversed()).toList();
    check("indicator weight", indicatorWeight);
    check("task weight", taskWeight);
    indicatorWeights.forEach((k, v) -> check("weight of " + k, v));
    taskWeights.forEach((k, v) -> check("weight of task " + k, v));
    statusCredit.forEach((k, v) -> checkShare("credit for " + k.code(), v));
    taskCredit.forEach((k, v) -> checkShare("credit for task status " + k.code(), v));
    if (grades.isEmpty()) {
      throw new IllegalArgumentException("a scheme needs at least one grade band");
    }
  }

  /**
   * The default: 10 points per indicator and 5 per task; amounts, counts, levels and reductions
   * scored in proportion to progress, levels to hold all or nothing; at risk earns 60%; a task done
   * or on track earns full, delayed half; grades 优秀 ≥ 90%, 良好 ≥ 80%, 合格 ≥ 60%, else 不合格; no veto
   * items unless chosen. These are the usual shape of provincial target-responsibility assessment
   * tables, not any one province's figures.
   */
  public static ScoringScheme standard() {
    Map<IndicatorKind, ScoringRule> rules = new EnumMap<>(IndicatorKind.class);
    for (IndicatorKind k : IndicatorKind.values()) {
      rules.put(
          k,
          k == IndicatorKind.KEEP_STABLE ? ScoringRule.ALL_OR_NOTHING : ScoringRule.PROPORTIONAL);
    }
    return new ScoringScheme(
        rules,
        10,
        Map.of(),
        5,
        Map.of(),
        Map.of(
            Status.ACHIEVED,
            1.0,
            Status.ON_TRACK,
            1.0,
            Status.AT_RISK,
            0.6,
            Status.OFF_TRACK,
            0.0,
            Status.NO_DATA,
            0.0),
        Map.of(
            TaskStatus.DONE,
            1.0,
            TaskStatus.ON_TRACK,
            1.0,
            TaskStatus.DELAYED,
            0.5,
            TaskStatus.NOT_STARTED,
            0.0),
        Set.of(),
        Set.of(Status.OFF_TRACK),
        List.of(
            new Grade("excellent", 90),
            new Grade("good", 80),
            new Grade("pass", 60),
            new Grade("fail", 0)));
  }

  ScoringRule rule(IndicatorKind kind) {
    return rules.getOrDefault(kind, ScoringRule.PROPORTIONAL);
  }

  double weightOfIndicator(String id) {
    return indicatorWeights.getOrDefault(id, indicatorWeight);
  }

  double weightOfTask(String number) {
    return taskWeights.getOrDefault(number, taskWeight);
  }

  String grade(double percent) {
    for (Grade g : grades) {
      if (percent >= g.minPercent()) {
        return g.code();
      }
    }
    return grades.get(grades.size() - 1).code();
  }

  private static void check(String what, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be a number ≥ 0, got " + v);
    }
  }

  private static void checkShare(String what, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(what + " must be in [0, 1], got " + v);
    }
  }
}
