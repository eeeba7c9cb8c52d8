package org.cocontrol.core.accounting;

import java.util.Objects;
import org.cocontrol.core.unit.RateUnit;

/** A value with a parameter unit, as a record supplies it (e.g. an NCV of 20,908 kJ/kg). */
public record RateValue(double value, RateUnit unit) {

  public RateValue {
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("value must be a finite number ≥ 0, got " + value);
    }
  }

  public static RateValue of(double value, RateUnit unit) {
    return new RateValue(value, unit);
  }

  @Override
  public String toString() {
    return value + " " + unit;
  }
}
