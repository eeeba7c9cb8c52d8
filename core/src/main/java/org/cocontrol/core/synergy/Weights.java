package org.cocontrol.core.synergy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Indicator weights, ≥ 0 and summing to 1, in the system's order, with how they were obtained.
 *
 * @param method {@code equal}, {@code expert}, {@code entropy}, {@code critic} or {@code ahp}
 * @param consistency for AHP only
 * @param notes fallbacks taken (e.g. a single entity: entropy falls back to equal weights)
 */
public record Weights(
    String method,
    Map<String, Double> values,
    Optional<AhpConsistency> consistency,
    List<String> notes) {

  public Weights {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(consistency, "consistency");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    notes = List.copyOf(notes);
    double sum = 0;
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (e.getValue() == null || !(e.getValue() >= 0) || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException(
            "the weight of " + e.getKey() + " must be a finite number ≥ 0, got " + e.getValue());
      }
      sum += e.getValue();
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("weights must sum to 1, got " + sum);
    }
  }

  public double weight(String indicator) {
    Double w = values.get(indicator);
    if (w == null) {
      throw new IllegalArgumentException("no weight for indicator " + indicator);
    }
    return w;
  }
}
