package org.cocontrol.core.unit;

import java.util.Objects;

/** An amount with its unit. */
public record Quantity(double value, Unit unit) {

  public Quantity {
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("quantity must be a finite number, got " + value);
    }
  }

  public static Quantity of(double value, Unit unit) {
    return new Quantity(value, unit);
  }

  /** The same amount in {@code target}, which must have the same dimension. */
  public Quantity to(Unit target) {
    return new Quantity(value * unit.factorTo(target), target);
  }

  /** The value expressed in {@code target}. */
  public double in(Unit target) {
    return value * unit.factorTo(target);
  }

  public Dimension dimension() {
    return unit.dimension();
  }

  @Override
  public String toString() {
    return value + " " + unit.symbol();
  }
}
