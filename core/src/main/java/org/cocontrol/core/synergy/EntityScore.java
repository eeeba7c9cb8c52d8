package org.cocontrol.core.synergy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity's synergy index.
 *
 * @param score Σ w_j x'_j, in [0, 1]
 * @param rank 1 = highest score; equal scores (within 1e-12) share a rank
 * @param normalised x'_j by indicator, in [0, 1]
 * @param groupScores by group: Σ_{j∈g} w_j x'_j / Σ_{j∈g} w_j, in [0, 1] (the unweighted mean when
 *     the group's weights are all 0); usable as U1, U2 of a {@link Coupling}
 * @param shortfalls the indicators with a positive shortfall, largest first
 */
public record EntityScore(
    String entity,
    double score,
    int rank,
    Map<String, Double> normalised,
    Map<String, Double> groupScores,
    List<Shortfall> shortfalls) {

  public EntityScore {
    Objects.requireNonNull(entity, "entity");
    normalised = Collections.unmodifiableMap(new LinkedHashMap<>(normalised));
    groupScores = Collections.unmodifiableMap(new LinkedHashMap<>(groupScores));
    shortfalls = List.copyOf(shortfalls);
  }
}
