package org.cocontrol.core.synergy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocontrol.core.substance.Substance;

/**
 * A measure described by its emissions before and after, in tonnes per year of each substance (CO2
 * always; any pollutants). Amounts may be negative (an enterprise net of exported electricity) but
 * must be finite.
 *
 * @param annualCostYuan annualised cost in yuan per year; null when not known; negative for a net
 *     saving
 * @param base emissions before (the baseline Q), tonnes
 * @param after emissions after, tonnes; the same substances as {@code base}
 */
public record Measure(
    String id,
    String name,
    Double annualCostYuan,
    Map<Substance, Double> base,
    Map<Substance, Double> after) {

  public Measure {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a measure needs an id");
    }
    name = name == null ? "" : name;
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(after, "after");
    if (!base.keySet().equals(after.keySet())) {
      throw new IllegalArgumentException(
          "measure "
              + id
              + ": before and after must give the same substances, got "
              + base.keySet()
              + " and "
              + after.keySet());
    }
    if (!base.containsKey(Substance.CO2)) {
      throw new IllegalArgumentException("measure " + id + ": CO2 before and after are required");
    }
    for (Map<Substance, Double> m : List.of(base, after)) {
      for (Map.Entry<Substance, Double> e : m.entrySet()) {
        if (e.getValue() == null || !Double.isFinite(e.getValue())) {
          throw new IllegalArgumentException(
              "measure " + id + ": " + e.getKey().code() + " must be a finite number of tonnes");
        }
      }
    }
    if (annualCostYuan != null && !Double.isFinite(annualCostYuan)) {
      throw new IllegalArgumentException(
          "measure " + id + ": the cost must be a finite number of yuan");
    }
    // EnumMap keeps the substances in their canonical order whatever order they were given in.
    base = Collections.unmodifiableMap(new EnumMap<>(base));
    after = Collections.unmodifiableMap(new EnumMap<>(after));
  }

  public static Measure of(
      String id,
      String name,
      Double annualCostYuan,
      Map<Substance, Double> base,
      Map<Substance, Double> after) {
    return new Measure(id, name, annualCostYuan, base, after);
  }

  /** The amounts of one substance before and after. */
  public Change change(Substance s) {
    if (!base.containsKey(s)) {
      throw new IllegalArgumentException("measure " + id + " does not give " + s.code());
    }
    return Change.of(base.get(s), after.get(s));
  }
}
