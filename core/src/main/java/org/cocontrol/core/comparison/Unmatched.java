package org.cocontrol.core.comparison;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.substance.Substance;

/**
 * The units reported in one year only, with what they emit there: left out of the comparison, never
 * read as a fall or a rise of 100 %.
 *
 * @param year the only year they were reported in
 * @param units each unit's net tonnes by substance (the scopes that count in totals)
 */
public record Unmatched(int year, Map<ReportingUnit, Map<Substance, Double>> units) {

  public Unmatched {
    units = Collections.unmodifiableMap(new TreeMap<>(units));
  }

  public int count() {
    return units.size();
  }

  /** Their tonnes by substance, summed. */
  public Map<Substance, Double> tonnes() {
    return YearComparison.sum(units.values());
  }

  /** Their amount of a basis, summed. */
  public double amount(Basis basis) {
    CompensatedSum s = new CompensatedSum();
    units.values().forEach(t -> s.add(basis.amount(t)));
    return s.value();
  }

  /**
   * The {@code n} units with the largest amounts (by magnitude), largest first: by the first basis,
   * then the next one among equals (units without CO2 ranked by APeq), then in unit order.
   */
  public List<ReportingUnit> largest(List<Basis> by, int n) {
    Comparator<Map.Entry<ReportingUnit, Map<Substance, Double>>> order = null;
    for (Basis b : by) {
      Comparator<Map.Entry<ReportingUnit, Map<Substance, Double>>> next =
          Comparator.comparingDouble(e -> -Math.abs(b.amount(e.getValue())));
      order = order == null ? next : order.thenComparing(next);
    }
    Comparator<Map.Entry<ReportingUnit, Map<Substance, Double>>> byUnit =
        Map.Entry.comparingByKey();
    return units.entrySet().stream()
        .sorted(order == null ? byUnit : order.thenComparing(byUnit))
        .limit(Math.max(0, n))
        .map(Map.Entry::getKey)
        .toList();
  }
}
