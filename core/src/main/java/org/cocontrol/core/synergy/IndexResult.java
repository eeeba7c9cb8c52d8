package org.cocontrol.core.synergy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A synergy index over several entities: the weights used and each entity's score, in rank order.
 */
public record IndexResult(IndicatorSystem system, Weights weights, List<EntityScore> scores) {

  public IndexResult {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(weights, "weights");
    scores = List.copyOf(scores);
  }

  public Optional<EntityScore> score(String entity) {
    return scores.stream().filter(s -> s.entity().equals(entity)).findFirst();
  }
}
