package org.cocontrol.core.energybalance;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.unit.Unit;

/**
 * An energy balance table as read: its fuel columns with their units and, per row and fuel, the
 * value as printed (physical units of the column; a blank or "-" cell is absent, which a balance
 * table means as nil).
 */
public record EnergyBalance(
    Adcode region, int year, List<Column> columns, Map<BalanceRow, Map<String, Double>> values) {

  /** A fuel column and the unit its values are in. */
  public record Column(BalanceFuel fuel, Unit unit) {
    public Column {
      Objects.requireNonNull(fuel, "fuel");
      Objects.requireNonNull(unit, "unit");
    }
  }

  public EnergyBalance {
    Objects.requireNonNull(region, "region");
    columns = List.copyOf(columns);
    Map<BalanceRow, Map<String, Double>> copy = new EnumMap<>(BalanceRow.class);
    values.forEach((r, m) -> copy.put(r, Map.copyOf(new LinkedHashMap<>(m))));
    values = Map.copyOf(copy);
  }

  /** Whether the table has the row at all. */
  public boolean has(BalanceRow row) {
    return values.containsKey(row);
  }

  /** The value of a row and fuel as printed, 0 when absent (a balance table's blank is nil). */
  public double value(BalanceRow row, String fuel) {
    Map<String, Double> m = values.get(row);
    Double v = m == null ? null : m.get(fuel);
    return v == null ? 0 : v;
  }

  /**
   * The value as it counts: a row labelled (-) negative whatever sign it was printed with ({@link
   * BalanceRow#subtracted()}).
   */
  public double signed(BalanceRow row, String fuel) {
    double v = value(row, fuel);
    return row.subtracted() ? -Math.abs(v) : v;
  }
}
