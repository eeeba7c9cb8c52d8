package org.cocontrol.core.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.unit.Unit;

/**
 * A batch of activity records stored column-wise, with text columns dictionary-encoded, for
 * accounting millions of records without an object per record. Records that carry their own
 * measured parameters (NCV, carbon content, sulfur ...) go through {@link
 * org.cocontrol.core.accounting.Accountant} one by one; a batch holds the plain ones: who, where,
 * when, what, how much, under which controls.
 *
 * <p>Reuse one batch for chunk after chunk ({@link #clear()}) so memory stays bounded whatever the
 * number of records.
 */
public final class ActivityColumns {

  /** Codes shared by all batches of a run, each value stored once and referred to by its index. */
  public static final class Dictionaries {
    final Dictionary<Adcode> regions = new Dictionary<>();
    final Dictionary<String> sources = new Dictionary<>();
    final Dictionary<String> activities = new Dictionary<>();
    final Dictionary<Unit> units = new Dictionary<>();
    final Dictionary<String> technologies = new Dictionary<>();
    final Dictionary<List<ControlSpec>> controls = new Dictionary<>();

    public Dictionaries() {
      technologies.index("");
      controls.index(List.of());
    }

    public int region(Adcode a) {
      return regions.index(a);
    }

    public int source(String code) {
      return sources.index(code);
    }

    public int activity(String code) {
      return activities.index(code);
    }

    public int unit(Unit u) {
      return units.index(u);
    }

    /** Index 0 is "no technology". */
    public int technology(String t) {
      return technologies.index(t == null ? "" : t);
    }

    /** Index 0 is "no controls". */
    public int controls(List<ControlSpec> c) {
      return controls.index(List.copyOf(c));
    }
  }

  /** Values ↔ dense indexes. */
  static final class Dictionary<T> {
    private final Map<T, Integer> index = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int index(T v) {
      Objects.requireNonNull(v, "value");
      return index.computeIfAbsent(
          v,
          k -> {
            values.add(k);
            return values.size() - 1;
          });
    }

    T get(int i) {
      return values.get(i);
    }

    int size() {
      return values.size();
    }
  }

  final Dictionaries dictionaries;
  final int[] region;
  final int[] year;
  final int[] source;
  final int[] activity;
  final int[] unit;
  final int[] technology;
  final int[] controls;
  final double[] amount;
  private int size;

  public ActivityColumns(Dictionaries dictionaries, int capacity) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    region = new int[capacity];
    year = new int[capacity];
    source = new int[capacity];
    activity = new int[capacity];
    unit = new int[capacity];
    technology = new int[capacity];
    controls = new int[capacity];
    amount = new double[capacity];
  }

  /**
   * Appends a record given by dictionary indexes.
   *
   * @return false when the batch is full
   */
  public boolean add(
      int regionIndex,
      int yearValue,
      int sourceIndex,
      int activityIndex,
      int unitIndex,
      int technologyIndex,
      int controlsIndex,
      double amountValue) {
    if (size == amount.length) {
      return false;
    }
    if (!(amountValue >= 0) || Double.isInfinite(amountValue)) {
      throw new IllegalArgumentException("amount must be a finite number ≥ 0, got " + amountValue);
    }
    int i = size++;
    region[i] = regionIndex;
    year[i] = yearValue;
    source[i] = sourceIndex;
    activity[i] = activityIndex;
    unit[i] = unitIndex;
    technology[i] = technologyIndex;
    controls[i] = controlsIndex;
    amount[i] = amountValue;
    return true;
  }

  public int size() {
    return size;
  }

  public int capacity() {
    return amount.length;
  }

  public Dictionaries dictionaries() {
    return dictionaries;
  }

  public void clear() {
    size = 0;
  }
}
