package org.cocontrol.core.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Lower regions' standing on one indicator, rolled up for the region above (a province's view of
 * its cities).
 *
 * @param statusCounts how many regions are in each status
 * @param regions how many regions were rolled up
 * @param sumActual for amounts and counts, the sum of the regions' values; null for levels and
 *     shares (they do not add) or when no region has a value
 * @param sumTarget for amounts and counts, the sum of the regions' target levels where every region
 *     has one; otherwise null
 */
public record RollUp(
    Map<Status, Integer> statusCounts, int regions, Double sumActual, Double sumTarget) {

  public RollUp {
    statusCounts = Map.copyOf(statusCounts);
  }

  public static RollUp of(IndicatorKind kind, Map<String, IndicatorStatus> byRegion) {
    Objects.requireNonNull(kind, "kind");
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    double actual = 0;
    double target = 0;
    boolean anyActual = false;
    boolean allTargets = !byRegion.isEmpty();
    for (IndicatorStatus s : byRegion.values()) {
      counts.merge(s.status(), 1, Integer::sum);
      if (s.actual() != null) {
        actual += s.actual();
        anyActual = true;
      }
      if (s.targetLevel() == null) {
        allTargets = false;
      } else {
        target += s.targetLevel();
      }
    }
    boolean adds = kind.additive();
    return new RollUp(
        counts,
        byRegion.size(),
        adds && anyActual ? actual : null,
        adds && allTargets ? target : null);
  }
}
