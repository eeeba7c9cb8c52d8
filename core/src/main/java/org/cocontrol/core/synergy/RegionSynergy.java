package org.cocontrol.core.synergy;

import org.cocontrol.core.inventory.CompensatedSum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;

/**
 * A region's co-control between two inventory years: the region's change judged like a measure's (base year
 * = before, later year = after), and the same for each source category, with each source's share of the
 * region's CO2 and APeq reductions.
 *
 * <p>Only rows of exactly {@code region} count (roll the inventory up to the region's own level first), in the
 * scopes that count in totals (direct, indirect, exported); CO2E rows are ignored, since the carbon axis is
 * CO2. A substance missing in one year counts as 0 there. A source with no CO2 in either year has CO2 0 → 0:
 * it is then judged on its pollutants alone.
 */
public final class RegionSynergy {

  private RegionSynergy() {}

  /** From one set of rows holding both years. */
  public static RegionResult evaluate(Adcode region, int baseYear, int year, List<InventoryRow> rows, MeasureEvaluator evaluator) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(evaluator, "evaluator");
    if (baseYear == year) {
      throw new IllegalArgumentException("the base year and the year compared must differ, both are " + baseYear);
    }
    Map<String, Map<Substance, CompensatedSum>> base = new TreeMap<>();
    Map<String, Map<Substance, CompensatedSum>> later = new TreeMap<>();
    Map<Substance, CompensatedSum> regionBase = new EnumMap<>(Substance.class);
    Map<Substance, CompensatedSum> regionLater = new EnumMap<>(Substance.class);
    boolean bySource = false;
    for (InventoryRow r : rows) {
      if (!r.region().equals(region) || (r.year() != baseYear && r.year() != year)) {
        continue;
      }
      Optional<Substance> s = InventoryRow.CO2E.equals(r.substance()) ? Optional.empty() : Substance.parse(r.substance());
      if (s.isEmpty() || !countsInTotal(r.scope())) {
        continue;
      }
      boolean isBase = r.year() == baseYear;
      (isBase ? regionBase : regionLater).computeIfAbsent(s.get(), k -> new CompensatedSum()).add(r.tonnes());
      if (r.source() != null) {
        bySource = true;
        (isBase ? base : later).computeIfAbsent(r.source(), k -> new EnumMap<>(Substance.class)).computeIfAbsent(s.get(), k -> new CompensatedSum())
            .add(r.tonnes());
      }
    }
    MeasureResult total = evaluator.evaluate(measure(region + " " + baseYear + "→" + year, regionBase, regionLater));
    List<SourceResult> sources = new ArrayList<>();
    if (bySource) {
      Map<String, Boolean> codes = new LinkedHashMap<>();
      base.keySet().forEach(k -> codes.put(k, true));
      later.keySet().forEach(k -> codes.put(k, true));
      for (String code : new TreeMap<>(codes).keySet()) {
        MeasureResult r = evaluator.evaluate(measure(code, base.getOrDefault(code, Map.of()), later.getOrDefault(code, Map.of())));
        sources.add(new SourceResult(code, r, share(r.co2(), total.co2()), share(r.apeq(), total.apeq())));
      }
    }
    return new RegionResult(region, baseYear, year, total, sources);
  }

  /**
   * From two sets of rows, one per year (e.g. two inventories rolled up separately).
   *
   * @throws IllegalArgumentException when a set holds rows of the region for more than one year, or none
   */
  public static RegionResult evaluate(Adcode region, List<InventoryRow> base, List<InventoryRow> later, MeasureEvaluator evaluator) {
    int y0 = onlyYear(region, base, "base");
    int y1 = onlyYear(region, later, "later");
    List<InventoryRow> all = new ArrayList<>(base);
    all.addAll(later);
    return evaluate(region, y0, y1, all, evaluator);
  }

  private static int onlyYear(Adcode region, List<InventoryRow> rows, String which) {
    Integer year = null;
    for (InventoryRow r : rows) {
      if (r.region().equals(region)) {
        if (year != null && year != r.year()) {
          throw new IllegalArgumentException("the " + which + " rows of " + region + " hold more than one year: " + year + " and " + r.year());
        }
        year = r.year();
      }
    }
    if (year == null) {
      throw new IllegalArgumentException("the " + which + " rows hold nothing for region " + region);
    }
    return year;
  }

  private static Measure measure(String id, Map<Substance, CompensatedSum> base, Map<Substance, CompensatedSum> later) {
    Map<Substance, Double> b = new EnumMap<>(Substance.class);
    Map<Substance, Double> a = new EnumMap<>(Substance.class);
    // CO2 is the carbon axis: a source without CO2 rows emits none in the inventory.
    b.put(Substance.CO2, 0.0);
    a.put(Substance.CO2, 0.0);
    base.forEach((s, sum) -> b.put(s, sum.value()));
    later.forEach((s, sum) -> a.put(s, sum.value()));
    for (Substance s : List.copyOf(b.keySet())) {
      a.putIfAbsent(s, 0.0);
    }
    for (Substance s : List.copyOf(a.keySet())) {
      b.putIfAbsent(s, 0.0);
    }
    return Measure.of(id, id, null, b, a);
  }

  private static OptionalDouble share(Change part, Change whole) {
    return whole.trend() == Trend.FLAT ? OptionalDouble.empty() : OptionalDouble.of(part.reduction() / whole.reduction() + 0.0);
  }

  private static boolean countsInTotal(String scopeCode) {
    for (Scope s : Scope.values()) {
      if (s.code().equals(scopeCode)) {
        return s.countsInTotal();
      }
    }
    return false;
  }
}
