package org.cocontrol.core.synergy;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.cocontrol.core.parameter.Verification;

/**
 * The AHP random consistency index RI by matrix order n (Saaty) and the largest acceptable
 * consistency ratio CR = CI / RI (Saaty's rule of thumb: 0.1).
 *
 * @param values RI by n, each ≥ 0
 * @param crThreshold a matrix is acceptably consistent when CR &lt; this
 */
public record RandomIndex(
    Map<Integer, Double> values, double crThreshold, String document, Verification tag) {

  public RandomIndex {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(tag, "tag");
    for (Map.Entry<Integer, Double> e : values.entrySet()) {
      if (e.getKey() < 1
          || e.getValue() == null
          || !(e.getValue() >= 0)
          || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException(
            "RI(" + e.getKey() + ") must be a finite number ≥ 0 for n ≥ 1");
      }
    }
    if (!(crThreshold > 0) || !Double.isFinite(crThreshold)) {
      throw new IllegalArgumentException(
          "the CR threshold must be a positive number, got " + crThreshold);
    }
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  public static RandomIndex of(
      Map<Integer, Double> values, double crThreshold, String document, Verification tag) {
    return new RandomIndex(values, crThreshold, document, tag);
  }

  /** RI for order n; empty when the table does not go that far. */
  public OptionalDouble ri(int n) {
    Double v = values.get(n);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
