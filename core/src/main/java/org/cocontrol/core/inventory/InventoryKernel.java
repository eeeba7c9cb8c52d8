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
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;

/**
 * Accounts and aggregates records column-wise at national scale, giving the same numbers as accounting
 * each record with {@link Accountant} and rolling up with {@link Inventory}.
 *
 * <p>Why it is fast and still exact: every method is linear in the amount once the parameters are fixed,
 * and the parameters depend only on a record's <em>shape</em> (activity, source, unit, technology,
 * controls, year and region as far as the registry distinguishes regions). So each distinct shape is
 * accounted once, by the real {@link Accountant}, for an amount of 1, giving tonnes per unit for each
 * inventory cell it feeds; each record then costs one hash lookup and a few multiply-adds.
 */
public final class InventoryKernel {

  private static final Substance[] SUBSTANCES = Substance.values();
  private static final Scope[] SCOPES = Scope.values();
  private static final int CELLS_PER_GROUP = SUBSTANCES.length * SCOPES.length;

  private final Accountant accountant;
  private final RegionLevel level;
  /** The finest region level any parameter distinguishes: records only need their region that precisely. */
  private final RegionLevel parameterRegionLevel;
  /** The region precision of a shape: the finer of the inventory level and the parameters' level. */
  private final RegionLevel keyLevel;

  private final LongIntMap shapeIds = new LongIntMap(1 << 12);
  private int[][] shapeCells = new int[64][];
  private double[][] shapeCoefficients = new double[64][];
  private int shapeCount;

  /** (region at the inventory level, year, source) groups, each owning CELLS_PER_GROUP cells. */
  private final Map<List<Object>, Integer> groups = new HashMap<>();
  private final List<List<Object>> groupKeys = new ArrayList<>();
  private double[] sums = new double[CELLS_PER_GROUP * 64];
  private double[] compensation = new double[CELLS_PER_GROUP * 64];
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
        shape = compile(batch, i);
        shapeIds.put(key, shape);
      }
      int[] cells = shapeCells[shape];
      double[] coefficients = shapeCoefficients[shape];
      double a = batch.amount[i];
      for (int j = 0; j < cells.length; j++) {
        add(cells[j], a * coefficients[j]);
      }
    }
    records += n;
  }

  /**
   * The record's shape packed into fixed bit fields (activity 8, source 8, unit 5, technology 8, controls 10,
   * year 8, region 16 bits): two records with the same key have the same coefficients. The region is first
   * reduced to the finer of the inventory level and the finest level the registry distinguishes.
   */
  private long shapeKey(ActivityColumns b, int i) {
    int region = reducedRegion(b.dictionaries, b.region[i]);
    int year = b.year[i] - 1900;
    if (b.activity[i] >= 1 << 8 || b.source[i] >= 1 << 8 || b.unit[i] >= 1 << 5 || b.technology[i] >= 1 << 8 || b.controls[i] >= 1 << 10
        || year < 0 || year >= 1 << 8 || region >= 1 << 16) {
      throw new IllegalArgumentException("record " + i + " of the batch has more distinct codes than the batch kernel packs");
    }
    return (long) b.activity[i] << 55 | (long) b.source[i] << 47 | (long) b.unit[i] << 42 | (long) b.technology[i] << 34
        | (long) b.controls[i] << 24 | (long) year << 16 | region;
  }

  private int[] reduced = new int[0];
  private final ActivityColumns.Dictionary<Adcode> reducedRegions = new ActivityColumns.Dictionary<>();

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

  private void add(int cell, double x) {
    // Neumaier summation, as in Inventory, so the batch result matches the record-by-record one.
    double s = sums[cell];
    double t = s + x;
    compensation[cell] += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
    sums[cell] = t;
  }

  /** Accounts one shape for an amount of 1 with the real accountant and maps its lines to cells. */
  private int compile(ActivityColumns b, int i) {
    ActivityColumns.Dictionaries d = b.dictionaries;
    Adcode region = d.regions.get(b.region[i]);
    String tech = d.technologies.get(b.technology[i]);
    ActivityRecord unit = ActivityRecord.builder("shape-" + shapeCount).region(region.at(parameterRegionLevel)).year(b.year[i])
        .source(d.sources.get(b.source[i])).activity(d.activities.get(b.activity[i]), 1, d.units.get(b.unit[i]))
        .technology(tech.isEmpty() ? null : tech).controls(d.controls.get(b.controls[i])).build();
    RecordResult result = accountant.account(unit);
    int group = group(region.at(level), b.year[i], result.source().code(), result.source().ipcc());
    double[] bySubstanceScope = new double[CELLS_PER_GROUP];
    for (EmissionLine l : result.lines()) {
      bySubstanceScope[l.substance().ordinal() * SCOPES.length + l.scope().ordinal()] += l.tonnes();
    }
    int count = 0;
    for (double v : bySubstanceScope) {
      count += v != 0 ? 1 : 0;
    }
    int[] cells = new int[count];
    double[] coefficients = new double[count];
    for (int c = 0, k = 0; c < CELLS_PER_GROUP; c++) {
      if (bySubstanceScope[c] != 0) {
        cells[k] = group * CELLS_PER_GROUP + c;
        coefficients[k++] = bySubstanceScope[c];
      }
    }
    if (shapeCount == shapeCells.length) {
      shapeCells = Arrays.copyOf(shapeCells, shapeCount * 2);
      shapeCoefficients = Arrays.copyOf(shapeCoefficients, shapeCount * 2);
    }
    shapeCells[shapeCount] = cells;
    shapeCoefficients[shapeCount] = coefficients;
    return shapeCount++;
  }

  private int group(Adcode region, int year, String source, String ipcc) {
    List<Object> key = List.of(region, year, source, ipcc);
    Integer g = groups.get(key);
    if (g != null) {
      return g;
    }
    int index = groupKeys.size();
    groups.put(key, index);
    groupKeys.add(key);
    if ((index + 1) * CELLS_PER_GROUP > sums.length) {
      sums = Arrays.copyOf(sums, sums.length * 2);
      compensation = Arrays.copyOf(compensation, compensation.length * 2);
    }
    return index;
  }

  /** The inventory so far, by region (at the kernel's level), year, source, substance and scope, with CO2E rows. */
  public List<InventoryRow> rows(GwpSet gwpSet, GwpTable gwp) {
    Inventory inventory = new Inventory();
    for (int g = 0; g < groupKeys.size(); g++) {
      List<Object> k = groupKeys.get(g);
      for (int c = 0; c < CELLS_PER_GROUP; c++) {
        int cell = g * CELLS_PER_GROUP + c;
        double v = sums[cell] + compensation[cell];
        if (v != 0) {
          inventory.add((Adcode) k.get(0), (Integer) k.get(1), (String) k.get(2), (String) k.get(3), null, null,
              SUBSTANCES[c / SCOPES.length], SCOPES[c % SCOPES.length], v);
        }
      }
    }
    return inventory.rollUp(level, Set.of(Breakdown.SOURCE), gwpSet, gwp);
  }

  /** Tonnes of a substance over all cells in the scopes that count in totals. */
  public double total(Substance substance) {
    double t = 0;
    for (int g = 0; g < groupKeys.size(); g++) {
      for (Scope s : SCOPES) {
        if (s.countsInTotal()) {
          int cell = g * CELLS_PER_GROUP + substance.ordinal() * SCOPES.length + s.ordinal();
          t += sums[cell] + compensation[cell];
        }
      }
    }
    return t;
  }

  public long records() {
    return records;
  }

  /** Distinct record shapes accounted so far. */
  public int shapes() {
    return shapeCount;
  }

  private static RegionLevel finestParameterRegion(Accountant accountant) {
    RegionLevel finest = RegionLevel.PROVINCE;
    for (Parameter p : accountant.reference().parameters().all()) {
      if (!Parameter.NATIONAL_SCOPE.equals(p.region())) {
        RegionLevel l = Adcode.parse(p.region()).map(Adcode::level).orElse(RegionLevel.COUNTY);
        if (l.ordinal() > finest.ordinal()) {
          finest = l;
        }
      }
    }
    return finest;
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
