package org.cocontrol.core.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.accounting.ShapeAccountant;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;

/**
 * Accounts and aggregates records column-wise at national scale, giving the same numbers as
 * accounting each record with {@link Accountant} and rolling up with {@link Inventory}.
 *
 * <p>Why it is fast and still exact: every method is linear in the amount once the parameters are
 * fixed, and the parameters depend only on a record's <em>shape</em>: activity, source, unit,
 * technology, controls, year, and region as precisely as the registry distinguishes regions. So
 *
 * <ol>
 *   <li>each record only adds its amount to a compensated running sum for its shape (at the
 *       inventory's region level): one hash lookup and one add;
 *   <li>each distinct shape is accounted once, by the real {@link Accountant}, for an amount of 1,
 *       and the tonnes per unit are reused for every city or county that shares its parameter
 *       region;
 *   <li>sums × tonnes per unit are only multiplied out when results are read.
 * </ol>
 *
 * Σ(aᵢ × c) and (Σaᵢ) × c differ only by floating-point rounding (relative 1e-15), which {@code
 * InventoryKernelTests} checks against record-by-record accounting.
 */
public final class InventoryKernel {

  private static final Substance[] SUBSTANCES = Substance.values();
  private static final Scope[] SCOPES = Scope.values();
  private static final int CELLS_PER_GROUP = SUBSTANCES.length * SCOPES.length;

  private final Accountant accountant;
  private final RegionLevel level;

  /**
   * The finest region level any parameter distinguishes: a shape's coefficients need the region
   * only that precisely.
   */
  private final RegionLevel parameterRegionLevel;

  /**
   * The region precision of a shape: the finer of the inventory level and the parameters' level.
   */
  private final RegionLevel keyLevel;

  /**
   * Shape (at keyLevel) → index; per shape its accounted unit, its group, and the compensated sum
   * of its amounts.
   */
  private final LongIntMap shapeIds = new LongIntMap(1 << 12);

  private int[] shapeUnit = new int[256];
  private int[] shapeGroup = new int[256];
  private double[] shapeSum = new double[256];
  private double[] shapeCompensation = new double[256];
  private int shapeCount;

  /** (activity, source, unit, technology, controls, year, parameter region) → accounted unit. */
  private final Map<List<Object>, Integer> unitIds = new HashMap<>();

  private final List<Unit> units = new ArrayList<>();

  /**
   * An accounted amount of 1: the inventory cells (substance × scope) it feeds and tonnes per unit
   * for each.
   */
  private record Unit(String source, String ipcc, int[] slots, double[] perUnit) {}

  /** (region at the inventory level, year, source) groups. */
  private final Map<List<Object>, Integer> groups = new HashMap<>();

  private final List<List<Object>> groupKeys = new ArrayList<>();
  private long records;

  public InventoryKernel(Accountant accountant, RegionLevel level) {
    this.accountant = accountant;
    this.level = level;
    this.parameterRegionLevel = finestParameterRegion(accountant);
    this.keyLevel = level.ordinal() > parameterRegionLevel.ordinal() ? level : parameterRegionLevel;
  }

  /** Accounts every record of the batch and adds it in. */
  public void add(ActivityColumns batch) {
    int n = batch.size();
    for (int i = 0; i < n; i++) {
      long key = shapeKey(batch, i);
      int shape = shapeIds.get(key);
      if (shape < 0) {
        shape = newShape(batch, i);
        shapeIds.put(key, shape);
      }
      // Neumaier summation, as in Inventory, so many small amounts add up without drift.
      double x = batch.amount[i];
      double s = shapeSum[shape];
      double t = s + x;
      shapeCompensation[shape] += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
      shapeSum[shape] = t;
    }
    records += n;
  }

  /**
   * The record's shape packed into fixed bit fields (activity 8, source 8, unit 5, technology 8,
   * controls 10, year 8, region 16 bits): two records with the same key have the same coefficients
   * and the same group.
   */
  private long shapeKey(ActivityColumns b, int i) {
    int region = reducedRegion(b.dictionaries, b.region[i]);
    int year = b.year[i] - 1900;
    if (b.activity[i] >= 1 << 8
        || b.source[i] >= 1 << 8
        || b.unit[i] >= 1 << 5
        || b.technology[i] >= 1 << 8
        || b.controls[i] >= 1 << 10
        || year < 0
        || year >= 1 << 8
        || region >= 1 << 16) {
      throw new IllegalArgumentException(
          "record " + i + " of the batch has more distinct codes than the batch kernel packs");
    }
    return (long) b.activity[i] << 55
        | (long) b.source[i] << 47
        | (long) b.unit[i] << 42
        | (long) b.technology[i] << 34
        | (long) b.controls[i] << 24
        | (long) year << 16
        | region;
  }

  private int[] reduced = new int[0];
  private final ActivityColumns.Dictionary<Adcode> reducedRegions =
      new ActivityColumns.Dictionary<>();

  private int reducedRegion(ActivityColumns.Dictionaries d, int regionIndex) {
    if (regionIndex >= reduced.length) {
      int old = reduced.length;
      reduced = Arrays.copyOf(reduced, Math.max(regionIndex + 1, old * 2));
      Arrays.fill(reduced, old, reduced.length, -1);
    }
    int r = reduced[regionIndex];
    if (r < 0) {
      r = reducedRegions.index(d.regions.get(regionIndex).at(keyLevel));
      reduced[regionIndex] = r;
    }
    return r;
  }

  private int newShape(ActivityColumns b, int i) {
    ActivityColumns.Dictionaries d = b.dictionaries;
    Adcode region = d.regions.get(b.region[i]);
    int unit = accountedUnit(d, b, i, region.at(parameterRegionLevel));
    Unit u = units.get(unit);
    if (shapeCount == shapeSum.length) {
      int size = shapeCount * 2;
      shapeUnit = Arrays.copyOf(shapeUnit, size);
      shapeGroup = Arrays.copyOf(shapeGroup, size);
      shapeSum = Arrays.copyOf(shapeSum, size);
      shapeCompensation = Arrays.copyOf(shapeCompensation, size);
    }
    shapeUnit[shapeCount] = unit;
    shapeGroup[shapeCount] = group(region.at(level), b.year[i], u.source(), u.ipcc());
    return shapeCount++;
  }

  /**
   * Accounts an amount of 1 of this shape in its parameter region with the real accountant, once.
   */
  private int accountedUnit(
      ActivityColumns.Dictionaries d, ActivityColumns b, int i, Adcode parameterRegion) {
    List<Object> key =
        List.of(
            b.activity[i],
            b.source[i],
            b.unit[i],
            b.technology[i],
            b.controls[i],
            b.year[i],
            parameterRegion);
    Integer known = unitIds.get(key);
    if (known != null) {
      return known;
    }
    String tech = d.technologies.get(b.technology[i]);
    ActivityRecord one =
        ActivityRecord.builder("unit-" + units.size())
            .region(parameterRegion)
            .year(b.year[i])
            .source(d.sources.get(b.source[i]))
            .activity(d.activities.get(b.activity[i]), 1, d.units.get(b.unit[i]))
            .technology(tech.isEmpty() ? null : tech)
            .controls(d.controls.get(b.controls[i]))
            .build();
    RecordResult result = accountant.account(one);
    double[] bySlot = new double[CELLS_PER_GROUP];
    for (EmissionLine l : result.lines()) {
      bySlot[l.substance().ordinal() * SCOPES.length + l.scope().ordinal()] += l.tonnes();
    }
    int count = 0;
    for (double v : bySlot) {
      count += v != 0 ? 1 : 0;
    }
    int[] slots = new int[count];
    double[] perUnit = new double[count];
    for (int c = 0, k = 0; c < CELLS_PER_GROUP; c++) {
      if (bySlot[c] != 0) {
        slots[k] = c;
        perUnit[k++] = bySlot[c];
      }
    }
    units.add(new Unit(result.source().code(), result.source().ipcc(), slots, perUnit));
    unitIds.put(key, units.size() - 1);
    return units.size() - 1;
  }

  private int group(Adcode region, int year, String source, String ipcc) {
    return groups.computeIfAbsent(
        List.of(region, year, source, ipcc),
        k -> {
          groupKeys.add(k);
          return groupKeys.size() - 1;
        });
  }

  /**
   * The inventory so far, by region (at the kernel's level), year, source, substance and scope,
   * with CO2E rows.
   */
  public List<InventoryRow> rows(GwpSet gwpSet, GwpTable gwp) {
    Inventory inventory = new Inventory();
    for (int shape = 0; shape < shapeCount; shape++) {
      Unit u = units.get(shapeUnit[shape]);
      List<Object> k = groupKeys.get(shapeGroup[shape]);
      double amount = shapeSum[shape] + shapeCompensation[shape];
      for (int j = 0; j < u.slots().length; j++) {
        int slot = u.slots()[j];
        inventory.add(
            (Adcode) k.get(0),
            (Integer) k.get(1),
            u.source(),
            u.ipcc(),
            null,
            null,
            SUBSTANCES[slot / SCOPES.length],
            SCOPES[slot % SCOPES.length],
            amount * u.perUnit()[j]);
      }
    }
    return inventory.rollUp(level, Set.of(Breakdown.SOURCE), gwpSet, gwp);
  }

  /** Tonnes of a substance in the scopes that count in totals. */
  public double total(Substance substance) {
    CompensatedSum t = new CompensatedSum();
    for (int shape = 0; shape < shapeCount; shape++) {
      Unit u = units.get(shapeUnit[shape]);
      double amount = shapeSum[shape] + shapeCompensation[shape];
      for (int j = 0; j < u.slots().length; j++) {
        int slot = u.slots()[j];
        if (slot / SCOPES.length == substance.ordinal()
            && SCOPES[slot % SCOPES.length].countsInTotal()) {
          t.add(amount * u.perUnit()[j]);
        }
      }
    }
    return t.value();
  }

  public long records() {
    return records;
  }

  /** Distinct record shapes seen so far (at the inventory's region level). */
  public int shapes() {
    return shapeCount;
  }

  /** Distinct shapes the accountant had to account (at the parameters' region level). */
  public int accountedShapes() {
    return units.size();
  }

  private static RegionLevel finestParameterRegion(Accountant accountant) {
    return ShapeAccountant.finestParameterRegion(accountant);
  }

  /** An open-addressing long → int map, to look shapes up without boxing. */
  private static final class LongIntMap {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap(int capacity) {
      keys = new long[capacity];
      values = new int[capacity];
      used = new boolean[capacity];
    }

    int get(long key) {
      int mask = keys.length - 1;
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        if (!used[i]) {
          return -1;
        }
        if (keys[i] == key) {
          return values[i];
        }
      }
    }

    void put(long key, int value) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (used[i] && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (!used[i]) {
        size++;
      }
      used[i] = true;
      keys[i] = key;
      values[i] = value;
    }

    private void grow() {
      long[] k = keys;
      int[] v = values;
      boolean[] u = used;
      keys = new long[k.length * 2];
      values = new int[k.length * 2];
      used = new boolean[k.length * 2];
      size = 0;
      for (int i = 0; i < k.length; i++) {
        if (u[i]) {
          put(k[i], v[i]);
        }
      }
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }
}
