package org.cocontrol.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocontrol.bench.DuckDbInventory.Cell;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.inventory.InventoryKernel;
import org.cocontrol.core.substance.Substance;

/**
 * Whether the kernel and DuckDB computed the same inventory: every (substance, scope) total, every
 * substance total as the kernel reports it, and every single cell, each within a relative
 * tolerance.
 *
 * @param totals one per (substance, scope) present on either side
 * @param substanceTotals one per substance over the scopes that count in totals; the kernel's
 *     figure is {@link InventoryKernel#total(Substance)}
 * @param kernelCells cells the kernel produced
 * @param duckdbCells cells DuckDB produced
 * @param unmatchedCells cells present on one side only
 * @param maxCellRelativeDifference the largest relative difference over the cells present on both
 *     sides
 * @param worstCell the cell with that difference, for the report
 */
public record Agreement(
    double tolerance,
    List<Total> totals,
    List<Total> substanceTotals,
    int kernelCells,
    int duckdbCells,
    int unmatchedCells,
    double maxCellRelativeDifference,
    String worstCell) {

  /**
   * The default tolerance: far above rounding noise (about 1e-15 here), far below any real
   * discrepancy.
   */
  public static final double TOLERANCE = 1e-9;

  /**
   * One total on both sides; {@code scope} is null for a substance total over the scopes that
   * count.
   */
  public record Total(Substance substance, Scope scope, double kernel, double duckdb) {

    public double relativeDifference() {
      return Agreement.relativeDifference(kernel, duckdb);
    }
  }

  public Agreement {
    totals = List.copyOf(totals);
    substanceTotals = List.copyOf(substanceTotals);
  }

  /** Compares the two sides cell by cell and in total. */
  static Agreement of(
      Map<Cell, Double> kernel,
      Map<Cell, Double> duckdb,
      InventoryKernel kernelItself,
      double tolerance) {
    Set<Cell> all = new HashSet<>(kernel.keySet());
    all.addAll(duckdb.keySet());
    int unmatched = 0;
    double worst = 0;
    String worstCell = "";
    for (Cell c : all) {
      Double k = kernel.get(c);
      Double d = duckdb.get(c);
      if (k == null || d == null) {
        unmatched++;
        continue;
      }
      double r = relativeDifference(k, d);
      if (r > worst || worstCell.isEmpty()) {
        worst = r;
        worstCell =
            c.region()
                + " "
                + c.year()
                + " "
                + c.source()
                + " "
                + c.substance().code()
                + "/"
                + c.scope().code()
                + ": kernel "
                + k
                + " t, DuckDB "
                + d
                + " t";
      }
    }
    Map<Substance, Map<Scope, double[]>> sums = new EnumMap<>(Substance.class);
    add(sums, kernel, 0);
    add(sums, duckdb, 1);
    List<Total> totals = new ArrayList<>();
    List<Total> substanceTotals = new ArrayList<>();
    for (Map.Entry<Substance, Map<Scope, double[]>> s : sums.entrySet()) {
      double counted = 0;
      for (Map.Entry<Scope, double[]> e : s.getValue().entrySet()) {
        double[] v = e.getValue();
        totals.add(new Total(s.getKey(), e.getKey(), v[0] + v[1], v[2] + v[3]));
        if (e.getKey().countsInTotal()) {
          counted += v[2] + v[3];
        }
      }
      substanceTotals.add(new Total(s.getKey(), null, kernelItself.total(s.getKey()), counted));
    }
    return new Agreement(
        tolerance,
        totals,
        substanceTotals,
        kernel.size(),
        duckdb.size(),
        unmatched,
        worst,
        worstCell);
  }

  /**
   * Adds each cell into [sum, compensation] pairs at {@code side} × 2, with Neumaier's summation so
   * the totals carry no order noise.
   */
  private static void add(
      Map<Substance, Map<Scope, double[]>> sums, Map<Cell, Double> cells, int side) {
    for (Map.Entry<Cell, Double> e : cells.entrySet()) {
      double[] v =
          sums.computeIfAbsent(e.getKey().substance(), s -> new EnumMap<>(Scope.class))
              .computeIfAbsent(e.getKey().scope(), s -> new double[4]);
      int i = side * 2;
      double x = e.getValue();
      double t = v[i] + x;
      v[i + 1] += Math.abs(v[i]) >= Math.abs(x) ? (v[i] - t) + x : (x - t) + v[i];
      v[i] = t;
    }
  }

  static double relativeDifference(double a, double b) {
    if (a == b) {
      return 0;
    }
    return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }

  /**
   * True when no cell is missing on either side and every cell and total is within the tolerance.
   */
  public boolean agrees() {
    if (unmatchedCells != 0 || kernelCells == 0 || !(maxCellRelativeDifference <= tolerance)) {
      return false;
    }
    for (Total t : totals) {
      if (!(t.relativeDifference() <= tolerance)) {
        return false;
      }
    }
    for (Total t : substanceTotals) {
      if (!(t.relativeDifference() <= tolerance)) {
        return false;
      }
    }
    return true;
  }

  /** The largest relative difference over all totals. */
  public double maxTotalRelativeDifference() {
    double m = 0;
    for (Total t : totals) {
      m = Math.max(m, t.relativeDifference());
    }
    for (Total t : substanceTotals) {
      m = Math.max(m, t.relativeDifference());
    }
    return m;
  }
}
