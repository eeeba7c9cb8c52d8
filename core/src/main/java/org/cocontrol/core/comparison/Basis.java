package org.cocontrol.core.comparison;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.substance.Substance;

/**
 * An amount whose coverage a comparison states: a weighted sum of substances in tonnes, e.g. CO2
 * itself ({@link #of(Substance)}) or the air-pollutant equivalent (APeq = Σ w_j E_j, tonnes of SO2
 * equivalent).
 *
 * @param code {@code CO2}, {@code APEQ}, …
 * @param weights tonnes of the basis per tonne of each substance; substances not named weigh
 *     nothing (with none, the amount is always 0 and its coverage never decides)
 */
public record Basis(String code, String nameZh, String nameEn, Map<Substance, Double> weights) {

  public Basis {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    weights.forEach(
        (s, w) -> {
          if (w == null || !Double.isFinite(w) || w < 0) {
            throw new IllegalArgumentException(
                "basis "
                    + code
                    + ": the weight of "
                    + s.code()
                    + " must be a finite number ≥ 0, got "
                    + w);
          }
        });
    weights = Collections.unmodifiableMap(new EnumMap<>(weights));
  }

  /** One substance, weight 1. */
  public static Basis of(Substance s) {
    return new Basis(s.code(), s.code(), s.code(), Map.of(s, 1.0));
  }

  /** Σ w_j × tonnes_j over the substances given that have a weight. */
  public double amount(Map<Substance, Double> tonnes) {
    CompensatedSum sum = new CompensatedSum();
    tonnes.forEach(
        (s, t) -> {
          Double w = weights.get(s);
          if (w != null) {
            sum.add(w * t);
          }
        });
    return sum.value();
  }
}
