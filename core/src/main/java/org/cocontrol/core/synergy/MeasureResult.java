package org.cocontrol.core.synergy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cocontrol.core.substance.Substance;

/**
 * What a measure did.
 *
 * @param changes each substance the measure gives, before and after, in tonnes
 * @param apeq the air-pollutant equivalents before and after, in tonnes of APeq (the pollutant
 *     axis)
 * @param elasticities Els_j = (ER_j/Q_j) / (ER_CO2/Q_CO2) for each air pollutant given; empty where
 *     undefined (a zero or negative base, or no CO2 change)
 * @param costPerTonneCo2 annual cost / ER_CO2, yuan per tonne; empty without a cost or unless CO2
 *     falls
 * @param costPerTonneApeq annual cost / ER_APeq, yuan per tonne; empty without a cost or unless
 *     APeq falls
 */
public record MeasureResult(
    Measure measure,
    Map<Substance, Change> changes,
    Change apeq,
    Map<Substance, OptionalDouble> elasticities,
    Quadrant quadrant,
    OptionalDouble costPerTonneCo2,
    OptionalDouble costPerTonneApeq,
    Verdict verdict) {

  public MeasureResult {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(apeq, "apeq");
    Objects.requireNonNull(quadrant, "quadrant");
    Objects.requireNonNull(costPerTonneCo2, "costPerTonneCo2");
    Objects.requireNonNull(costPerTonneApeq, "costPerTonneApeq");
    Objects.requireNonNull(verdict, "verdict");
    changes = Collections.unmodifiableMap(new EnumMap<>(changes));
    elasticities =
        elasticities.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(elasticities));
  }

  public String id() {
    return measure.id();
  }

  public Change co2() {
    return changes.get(Substance.CO2);
  }

  /** The change of a substance, if the measure gives it. */
  public Optional<Change> change(Substance s) {
    return Optional.ofNullable(changes.get(s));
  }

  /**
   * Els of a pollutant against CO2; empty when undefined or when the measure does not give the
   * pollutant.
   */
  public OptionalDouble elasticity(Substance s) {
    return elasticities.getOrDefault(s, OptionalDouble.empty());
  }
}
