package org.cocontrol.core.unit;

/**
 * A conversion between units of different dimensions (e.g. t to GJ) was attempted without a
 * calorific value.
 */
public final class UnitMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  UnitMismatchException(Unit from, Unit to) {
    super(
        "cannot convert "
            + from.symbol()
            + " ("
            + from.dimension()
            + ") to "
            + to.symbol()
            + " ("
            + to.dimension()
            + ")");
  }
}
