package org.cocontrol.core.synergy;

import java.util.Objects;
import org.cocontrol.core.parameter.Verification;

/**
 * One indicator of an evaluation system.
 *
 * @param code the column name in value files, e.g. {@code co2_per_iva}
 * @param group the subsystem it belongs to, e.g. {@code carbon}, {@code pollution}, {@code target}
 * @param unit the unit of the raw values, e.g. {@code t/万元}, {@code %}
 * @param reference the reference (target, benchmark) value in {@code unit}; required for {@link
 *     Normalisation#TARGET}, &gt; 0
 * @param expertWeight a weight set by experts, ≥ 0; null when none (used only with expert
 *     weighting)
 * @param document where the reference value (or the indicator) comes from
 */
public record Indicator(
    String code,
    String name,
    String group,
    Direction direction,
    String unit,
    Normalisation normalisation,
    Double reference,
    Double expertWeight,
    String document,
    Verification tag) {

  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(normalisation, "normalisation");
    Objects.requireNonNull(tag, "tag");
    if (code.isBlank()) {
      throw new IllegalArgumentException("an indicator needs a code");
    }
    name = name == null || name.isBlank() ? code : name;
    group = group == null ? "" : group;
    unit = unit == null ? "" : unit;
    document = document == null ? "" : document;
    if (normalisation == Normalisation.TARGET
        && (reference == null || !Double.isFinite(reference) || reference <= 0)) {
      throw new IllegalArgumentException(
          "indicator " + code + ": target-based normalisation needs a reference value > 0");
    }
    if (reference != null && !Double.isFinite(reference)) {
      throw new IllegalArgumentException(
          "indicator " + code + ": the reference value must be a finite number");
    }
    if (expertWeight != null && (!Double.isFinite(expertWeight) || expertWeight < 0)) {
      throw new IllegalArgumentException(
          "indicator " + code + ": an expert weight must be a finite number ≥ 0");
    }
  }

  /** An indicator without expert weight or source (tag U). */
  public static Indicator of(
      String code,
      String group,
      Direction direction,
      Normalisation normalisation,
      Double reference) {
    return new Indicator(
        code, code, group, direction, "", normalisation, reference, null, "", Verification.U);
  }
}
