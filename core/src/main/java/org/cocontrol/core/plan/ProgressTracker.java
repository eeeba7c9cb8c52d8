package org.cocontrol.core.plan;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Judges an indicator's recorded values against its trajectory.
 *
 * <p>The trajectory runs from the start — the base year and value, else the value recorded for the
 * base year, else the first recorded value — to the target level in the target year, straight
 * unless the user gave intermediate points (then straight between them). The projection fits a
 * least-squares line through the start and the values up to the year asked and reads it at the
 * target year.
 *
 * <p>The verdict uses the latest value recorded in or before the year asked, judged against the
 * path in that value's own year, in order: no target, no base (reduction), or no value → no data;
 * target level met → achieved (a level to hold: on track until the target year); a level to hold
 * not met → off track; a value for the target year or later that misses → off track; only the
 * starting point known (the base, or a single value with no base) → no data; moved away from the
 * target since the start → off track; at or ahead of the path → on track; the share of the required
 * progress made is at least {@code atRiskRatio}, or the trend reaches the target → at risk;
 * otherwise off track.
 *
 * @param atRiskRatio share of the path's progress below which a lagging indicator is off track
 *     rather than at risk (0.5 by default, as in UN ESCAP's SDG progress assessment)
 */
public record ProgressTracker(double atRiskRatio) {

  public static final ProgressTracker DEFAULT = new ProgressTracker(0.5);

  public ProgressTracker {
    if (!(atRiskRatio >= 0 && atRiskRatio <= 1)) {
      throw new IllegalArgumentException("at-risk ratio must be in [0, 1], got " + atRiskRatio);
    }
  }

  /** The status in {@code year} with the straight trajectory. */
  public IndicatorStatus evaluate(Target target, Map<Integer, Double> values, int year) {
    return evaluate(target, values, Map.of(), year);
  }

  /**
   * @param values recorded values by year, in the indicator's unit
   * @param waypoints user-set trajectory points between start and target year (may be empty)
   */
  public IndicatorStatus evaluate(
      Target target, Map<Integer, Double> values, Map<Integer, Double> waypoints, int year) {
    Objects.requireNonNull(target, "target");
    NavigableMap<Integer, Double> series = new TreeMap<>(values);
    Map.Entry<Integer, Double> latest = series.floorEntry(year);
    Double actual = latest == null ? null : latest.getValue();
    Integer actualYear = latest == null ? null : latest.getKey();
    Map.Entry<Integer, Double> start = start(target, series);
    Double level = target.level(start == null ? null : start.getValue());

    if (target.targetValue() == null) {
      return new IndicatorStatus(
          Status.NO_DATA, Reason.NO_TARGET, year, actual, actualYear, null, null, null, null);
    }
    if (level == null) {
      return new IndicatorStatus(
          Status.NO_DATA, Reason.NO_BASE, year, actual, actualYear, null, null, null, null);
    }
    Comparison way = target.comparison();
    NavigableMap<Integer, Double> path = path(target, start, level, waypoints);
    Double expected = path == null ? null : interpolate(path, year);
    Double projected = project(start, series.headMap(year, true), target.targetYear());
    if (actual == null) {
      return new IndicatorStatus(
          Status.NO_DATA, Reason.NO_VALUE, year, null, null, expected, projected, level, null);
    }
    // A year without a value is judged by the latest earlier value against the path in that value's
    // year, so a
    // late report does not read as falling behind.
    Double expectedThen = path == null ? null : interpolate(path, actualYear);
    Double ratio = ratio(way, start, actual, expectedThen);
    Status status;
    Reason reason;
    if (target.kind() == IndicatorKind.KEEP_STABLE) {
      boolean held = way.meets(actual, level);
      status =
          !held
              ? Status.OFF_TRACK
              : actualYear >= target.targetYear() ? Status.ACHIEVED : Status.ON_TRACK;
      reason =
          held ? (status == Status.ACHIEVED ? Reason.TARGET_MET : Reason.HELD) : Reason.NOT_HELD;
    } else if (way.meets(actual, level)) {
      status = Status.ACHIEVED;
      reason = Reason.TARGET_MET;
    } else if (actualYear >= target.targetYear()) {
      status = Status.OFF_TRACK;
      reason = Reason.DEADLINE_PASSED;
    } else if (start == null || actualYear <= start.getKey()) {
      // Only the starting point is known: nothing has moved yet that could be judged.
      status = Status.NO_DATA;
      reason =
          start != null && series.containsKey(start.getKey()) && target.baseValue() == null
              ? Reason.NO_TRAJECTORY
              : Reason.NO_VALUE;
    } else if (way.gain(start.getValue(), actual) < 0) {
      status = Status.OFF_TRACK;
      reason = Reason.WRONG_DIRECTION;
    } else if (way.meets(actual, expectedThen)) {
      status = Status.ON_TRACK;
      reason = Reason.ON_PATH;
    } else if (ratio != null && ratio >= atRiskRatio
        || projected != null && way.meets(projected, level)) {
      status = Status.AT_RISK;
      reason = Reason.BEHIND_PATH;
    } else {
      status = Status.OFF_TRACK;
      reason = Reason.FAR_BEHIND_PATH;
    }
    return new IndicatorStatus(
        status, reason, year, actual, actualYear, expected, projected, level, ratio);
  }

  /**
   * The trajectory's points from start to target, or null without a start. Exposed for charts: the
   * web draws it.
   */
  public NavigableMap<Integer, Double> trajectory(
      Target target, Map<Integer, Double> values, Map<Integer, Double> waypoints) {
    Map.Entry<Integer, Double> start = start(target, new TreeMap<>(values));
    Double level = target.level(start == null ? null : start.getValue());
    return level == null ? null : path(target, start, level, waypoints);
  }

  /**
   * Where the path begins: the stated base, else the value recorded for the base year, else the
   * first value.
   */
  private static Map.Entry<Integer, Double> start(
      Target target, NavigableMap<Integer, Double> series) {
    if (target.baseYear() != null && target.baseValue() != null) {
      return Map.entry(target.baseYear(), target.baseValue());
    }
    if (target.baseYear() != null && series.containsKey(target.baseYear())) {
      return Map.entry(target.baseYear(), series.get(target.baseYear()));
    }
    if (target.kind() == IndicatorKind.REDUCTION || series.isEmpty()) {
      // A reduction is measured from its base year only; the first value of another year is not
      // that base.
      return null;
    }
    Map.Entry<Integer, Double> first = series.firstEntry();
    return first.getKey() < target.targetYear() ? first : null;
  }

  private static NavigableMap<Integer, Double> path(
      Target target,
      Map.Entry<Integer, Double> start,
      double level,
      Map<Integer, Double> waypoints) {
    NavigableMap<Integer, Double> path = new TreeMap<>();
    if (target.kind() == IndicatorKind.KEEP_STABLE) {
      path.put(start == null ? target.targetYear() : start.getKey(), level);
      path.put(target.targetYear(), level);
      return path;
    }
    if (start == null) {
      return null;
    }
    path.put(start.getKey(), start.getValue());
    waypoints.forEach(
        (y, v) -> {
          if (y > start.getKey() && y < target.targetYear()) {
            path.put(y, v);
          }
        });
    path.put(target.targetYear(), level);
    return path;
  }

  /** Linear between the path's points; flat before the first and after the last. */
  static double interpolate(NavigableMap<Integer, Double> path, int year) {
    Map.Entry<Integer, Double> lo = path.floorEntry(year);
    Map.Entry<Integer, Double> hi = path.ceilingEntry(year);
    if (lo == null) {
      return hi.getValue();
    }
    if (hi == null || hi.getKey().equals(lo.getKey())) {
      return lo.getValue();
    }
    double f = (double) (year - lo.getKey()) / (hi.getKey() - lo.getKey());
    return lo.getValue() + f * (hi.getValue() - lo.getValue());
  }

  /**
   * Least-squares line through the start and the values, read at {@code atYear}; null below two
   * distinct years.
   */
  static Double project(Map.Entry<Integer, Double> start, Map<Integer, Double> values, int atYear) {
    NavigableMap<Integer, Double> points = new TreeMap<>(values);
    if (start != null) {
      points.putIfAbsent(start.getKey(), start.getValue());
    }
    if (points.size() < 2) {
      return null;
    }
    double n = points.size();
    double meanX = points.keySet().stream().mapToDouble(Integer::doubleValue).sum() / n;
    double meanY = points.values().stream().mapToDouble(Double::doubleValue).sum() / n;
    double sxy = 0;
    double sxx = 0;
    for (Map.Entry<Integer, Double> p : points.entrySet()) {
      double dx = p.getKey() - meanX;
      sxy += dx * (p.getValue() - meanY);
      sxx += dx * dx;
    }
    return meanY + sxy / sxx * (atYear - meanX);
  }

  /**
   * (actual − start) / (expected − start) in the good direction; null where the path asks for no
   * progress yet.
   */
  private static Double ratio(
      Comparison way, Map.Entry<Integer, Double> start, double actual, Double expected) {
    if (start == null || expected == null) {
      return null;
    }
    double required = way.gain(start.getValue(), expected);
    if (required <= 0) {
      return null;
    }
    return way.gain(start.getValue(), actual) / required;
  }
}
