package org.cocontrol.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores indicator statuses and task progress with a {@link ScoringScheme}.
 *
 * <p>Each line earns weight × credit, credit in [0, 1]. The result is the sum over lines, also as a
 * percentage of the maximum; the grade is the band the percentage falls in, or {@link
 * ScoringScheme#VETO_GRADE} when a veto indicator's status is one the scheme vetoes.
 */
public final class Assessment {

  /**
   * One indicator to score: its id, name, the kind it is scored as, and its status for the year.
   */
  public record IndicatorInput(String id, String name, IndicatorKind kind, IndicatorStatus status) {
    public IndicatorInput {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(status, "status");
    }
  }

  /** One task to score; {@code status} null when nothing was reported for the period. */
  public record TaskInput(String number, String title, TaskStatus status) {
    public TaskInput {
      Objects.requireNonNull(number, "number");
    }
  }

  /**
   * A scored line.
   *
   * @param type {@code indicator} or {@code task}
   * @param status the indicator status code or task status code; {@code not_reported} for a silent
   *     task
   * @param rule the indicator's scoring rule code, or {@code task}
   * @param veto whether this line failed a veto
   */
  public record Line(
      String type,
      String id,
      String name,
      String status,
      String rule,
      double weight,
      double credit,
      double score,
      boolean veto) {}

  /**
   * @param percent score / maxScore × 100; 0 when nothing carries weight
   * @param vetoed the indicator ids that failed a veto
   */
  public record Result(
      List<Line> lines,
      double score,
      double maxScore,
      double percent,
      List<String> vetoed,
      String grade) {
    public Result {
      lines = List.copyOf(lines);
      vetoed = List.copyOf(vetoed);
    }
  }

  private Assessment() {}

  public static Result score(
      ScoringScheme scheme, List<IndicatorInput> indicators, List<TaskInput> tasks) {
    Objects.requireNonNull(scheme, "scheme");
    List<Line> lines = new ArrayList<>();
    List<String> vetoed = new ArrayList<>();
    double score = 0;
    double max = 0;
    for (IndicatorInput in : indicators) {
      ScoringRule rule = scheme.rule(in.kind());
      double weight = scheme.weightOfIndicator(in.id());
      double credit = credit(scheme, rule, in.kind(), in.status());
      boolean veto =
          scheme.vetoIndicators().contains(in.id())
              && scheme.vetoStatuses().contains(in.status().status());
      if (veto) {
        vetoed.add(in.id());
      }
      lines.add(
          new Line(
              "indicator",
              in.id(),
              in.name(),
              in.status().status().code(),
              rule.code(),
              weight,
              credit,
              weight * credit,
              veto));
      score += weight * credit;
      max += weight;
    }
    for (TaskInput t : tasks) {
      double weight = scheme.weightOfTask(t.number());
      double credit = t.status() == null ? 0 : scheme.taskCredit().getOrDefault(t.status(), 0.0);
      lines.add(
          new Line(
              "task",
              t.number(),
              t.title(),
              t.status() == null ? "not_reported" : t.status().code(),
              "task",
              weight,
              credit,
              weight * credit,
              false));
      score += weight * credit;
      max += weight;
    }
    double percent = max == 0 ? 0 : score / max * 100;
    String grade = vetoed.isEmpty() ? scheme.grade(percent) : ScoringScheme.VETO_GRADE;
    return new Result(lines, score, max, percent, vetoed, grade);
  }

  /**
   * The credit of one indicator line. Under the proportional rule a level to reach that has no path
   * to measure progress along (no base and a single value, or only a value for the target year)
   * earns the share of its target level reached, actual ÷ level: 38 of a 40 % target earns 0.95,
   * where the status alone (off track, no data) would earn nothing for a value that is nearly
   * there.
   */
  static double credit(
      ScoringScheme scheme, ScoringRule rule, IndicatorKind kind, IndicatorStatus s) {
    boolean full = s.status() == Status.ACHIEVED || s.status() == Status.ON_TRACK;
    return switch (rule) {
      case ALL_OR_NOTHING -> full ? 1 : 0;
      case BY_STATUS -> scheme.statusCredit().getOrDefault(s.status(), 0.0);
      case PROPORTIONAL -> {
        if (full) {
          yield 1;
        }
        if (s.progressRatio() != null) {
          yield clip(s.progressRatio());
        }
        Double share = shareOfLevel(kind, s);
        if (share != null) {
          yield clip(share);
        }
        yield s.status() == Status.NO_DATA
            ? 0
            : scheme.statusCredit().getOrDefault(s.status(), 0.0);
      }
    };
  }

  /**
   * actual ÷ target level for a level to reach (at least, an amount, a count); null where that
   * share means nothing.
   */
  private static Double shareOfLevel(IndicatorKind kind, IndicatorStatus s) {
    if (kind.defaultComparison() != Comparison.AT_LEAST
        || s.actual() == null
        || s.targetLevel() == null
        || !(s.targetLevel() > 0)) {
      return null;
    }
    return s.actual() / s.targetLevel();
  }

  private static double clip(double credit) {
    return Math.max(0, Math.min(1, credit));
  }
}
