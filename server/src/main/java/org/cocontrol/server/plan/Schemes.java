package org.cocontrol.server.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cocontrol.core.plan.IndicatorKind;
import org.cocontrol.core.plan.ScoringRule;
import org.cocontrol.core.plan.ScoringScheme;
import org.cocontrol.core.plan.Status;
import org.cocontrol.core.plan.TaskStatus;
import org.cocontrol.server.plan.PlanViews.GradeIn;
import org.cocontrol.server.plan.PlanViews.SchemeIn;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.BadRequestException;
import org.springframework.http.HttpStatus;

/**
 * A scoring scheme from and to JSON: whatever the request leaves out comes from the standard
 * scheme.
 */
final class Schemes {

  private Schemes() {}

  static ScoringScheme from(SchemeIn in, Set<String> indicatorIds) {
    ScoringScheme base = ScoringScheme.standard();
    if (in == null) {
      return base;
    }
    List<ApiError.Problem> problems = new ArrayList<>();
    Map<IndicatorKind, ScoringRule> rules = new EnumMap<>(base.rules());
    Map<String, Double> indicatorWeights =
        present("indicatorWeights", in.indicatorWeights(), problems);
    Map<String, Double> taskWeights = present("taskWeights", in.taskWeights(), problems);
    present("rules", in.rules(), problems)
        .forEach(
            (kind, rule) -> {
              try {
                rules.put(IndicatorKind.ofCode(kind), ScoringRule.ofCode(rule));
              } catch (IllegalArgumentException e) {
                problems.add(problem("rules." + kind, rule, e.getMessage()));
              }
            });
    Map<Status, Double> statusCredit = new EnumMap<>(base.statusCredit());
    present("statusCredit", in.statusCredit(), problems)
        .forEach(
            (k, v) -> {
              try {
                statusCredit.put(Status.valueOf(k.toUpperCase(Locale.ROOT)), v);
              } catch (IllegalArgumentException e) {
                problems.add(
                    problem("statusCredit." + k, String.valueOf(v), "unknown status '" + k + "'"));
              }
            });
    Map<TaskStatus, Double> taskCredit = new EnumMap<>(base.taskCredit());
    present("taskCredit", in.taskCredit(), problems)
        .forEach(
            (k, v) -> {
              try {
                taskCredit.put(TaskStatus.ofCode(k), v);
              } catch (IllegalArgumentException e) {
                problems.add(problem("taskCredit." + k, String.valueOf(v), e.getMessage()));
              }
            });
    Set<String> veto =
        new LinkedHashSet<>(in.vetoIndicators() == null ? List.of() : in.vetoIndicators());
    for (String id : veto) {
      if (!indicatorIds.contains(id)) {
        problems.add(problem("vetoIndicators", id, "指标不在本规划中 / not an indicator of this plan"));
      }
    }
    indicatorWeights.keySet().stream()
        .filter(id -> !indicatorIds.contains(id))
        .forEach(
            id ->
                problems.add(
                    problem("indicatorWeights", id, "指标不在本规划中 / not an indicator of this plan")));
    Set<Status> vetoStatuses = new LinkedHashSet<>(base.vetoStatuses());
    if (in.vetoStatuses() != null) {
      vetoStatuses.clear();
      for (String s : in.vetoStatuses()) {
        try {
          vetoStatuses.add(Status.valueOf(s.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add(problem("vetoStatuses", s, "unknown status '" + s + "'"));
        }
      }
    }
    List<ScoringScheme.Grade> grades = new ArrayList<>(base.grades());
    if (in.grades() != null && !in.grades().isEmpty()) {
      grades.clear();
      for (GradeIn g : in.grades()) {
        if (g.code() == null || g.minPercent() == null) {
          problems.add(
              problem(
                  "grades",
                  String.valueOf(g),
                  "每个等次需要 code 和 minPercent / each grade needs code and minPercent"));
        } else {
          grades.add(new ScoringScheme.Grade(g.code(), g.minPercent()));
        }
      }
    }
    if (problems.isEmpty()) {
      try {
        return new ScoringScheme(
            rules,
            in.indicatorWeight() == null ? base.indicatorWeight() : in.indicatorWeight(),
            indicatorWeights,
            in.taskWeight() == null ? base.taskWeight() : in.taskWeight(),
            taskWeights,
            statusCredit,
            taskCredit,
            veto,
            vetoStatuses,
            grades);
      } catch (IllegalArgumentException e) {
        problems.add(problem("scheme", null, e.getMessage()));
      }
    }
    throw new BadRequestException(
        HttpStatus.BAD_REQUEST, new ApiError("考核方案有误 / the scoring scheme is invalid", problems));
  }

  static SchemeIn view(ScoringScheme s) {
    Map<String, String> rules = new LinkedHashMap<>();
    s.rules().forEach((k, v) -> rules.put(k.code(), v.code()));
    Map<String, Double> status = new LinkedHashMap<>();
    s.statusCredit().forEach((k, v) -> status.put(k.code(), v));
    Map<String, Double> task = new LinkedHashMap<>();
    s.taskCredit().forEach((k, v) -> task.put(k.code(), v));
    return new SchemeIn(
        rules,
        s.indicatorWeight(),
        s.indicatorWeights(),
        s.taskWeight(),
        s.taskWeights(),
        status,
        task,
        List.copyOf(s.vetoIndicators()),
        s.vetoStatuses().stream().map(Status::code).toList(),
        s.grades().stream().map(g -> new GradeIn(g.code(), g.minPercent())).toList());
  }

  /** The entries that have a value; each one without is a problem. */
  private static <V> Map<String, V> present(
      String field, Map<String, V> map, List<ApiError.Problem> problems) {
    Map<String, V> out = new LinkedHashMap<>();
    if (map != null) {
      map.forEach(
          (k, v) -> {
            if (v == null) {
              problems.add(problem(field + "." + k, null, "缺少数值 / a value is required"));
            } else {
              out.put(k, v);
            }
          });
    }
    return out;
  }

  private static ApiError.Problem problem(String field, String value, String message) {
    return new ApiError.Problem(null, field, field, value, message);
  }
}
