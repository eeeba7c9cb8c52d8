package org.cocontrol.core.synergy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.cocontrol.core.comparison.Basis;
import org.cocontrol.core.comparison.CoverageRule;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;

/**
 * A region's co-control between two inventory years: the region's change judged like a measure's
 * (base year = before, later year = after), and the same for each source category, with each
 * source's share of the region's CO2 and APeq reductions.
 *
 * <p>Missing is not zero: only the units reported in both years are compared (an entity's source,
 * or a region's source for records without an entity; {@link YearComparison}); units reported in
 * one year only are set apart and counted. The region, and each source, has its own coverage and
 * status: with insufficient data there is no quadrant, no driver and no share. A source with no CO2
 * in either year has CO2 0 → 0: it is then judged on its pollutants alone.
 */
public final class RegionSynergy {

  private RegionSynergy() {}

  /**
   * The amounts whose coverage a region comparison states: CO2 (the carbon axis) and APeq (the
   * pollutant axis).
   */
  public static List<Basis> bases(ApeqWeights weights) {
    return List.of(Basis.of(Substance.CO2), weights.basis());
  }

  /**
   * From inventory rows holding both years, broken down by source (and entity, for facility data)
   * at the regions the records were reported at; rows outside {@code region} are ignored.
   */
  public static RegionResult evaluate(
      Adcode region,
      int baseYear,
      int year,
      List<InventoryRow> rows,
      MeasureEvaluator evaluator,
      CoverageRule rule) {
    Objects.requireNonNull(region, "region");
    List<InventoryRow> within = rows.stream().filter(r -> r.region().isWithin(region)).toList();
    return evaluate(
        region,
        YearComparison.of(baseYear, year, within, bases(evaluator.weights()), rule),
        evaluator);
  }

  /** From a comparison of the region's units. */
  public static RegionResult evaluate(
      Adcode region, YearComparison comparison, MeasureEvaluator evaluator) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(evaluator, "evaluator");
    MeasureResult total =
        evaluator.evaluate(
            measure(region + " " + comparison.baseYear() + "→" + comparison.year(), comparison));
    TreeSet<String> codes = new TreeSet<>();
    comparison.units().forEach(u -> codes.add(u.source()));
    List<SourceResult> sources = new ArrayList<>();
    if (!codes.equals(new TreeSet<>(List.of("")))) {
      for (String code : codes) {
        YearComparison part = comparison.restrictedTo(u -> u.source().equals(code));
        MeasureResult r = evaluator.evaluate(measure(code, part));
        boolean shared = comparison.isComparable();
        sources.add(
            new SourceResult(
                code,
                part,
                r,
                shared ? share(r.co2(), total.co2()) : OptionalDouble.empty(),
                shared ? share(r.apeq(), total.apeq()) : OptionalDouble.empty()));
      }
    }
    return new RegionResult(region, comparison, total, sources);
  }

  /**
   * The matched units' tonnes before and after; CO2 is the carbon axis, so a source without CO2
   * rows emits none.
   */
  private static Measure measure(String id, YearComparison c) {
    Map<Substance, Double> b = new EnumMap<>(Substance.class);
    Map<Substance, Double> a = new EnumMap<>(Substance.class);
    b.put(Substance.CO2, 0.0);
    a.put(Substance.CO2, 0.0);
    b.putAll(c.matchedBase());
    a.putAll(c.matchedLater());
    // within the matched units a substance of one year only (an SCR's NH3) was reported as none in
    // the other
    for (Substance s : List.copyOf(b.keySet())) {
      a.putIfAbsent(s, 0.0);
    }
    for (Substance s : List.copyOf(a.keySet())) {
      b.putIfAbsent(s, 0.0);
    }
    return Measure.of(id, id, null, b, a);
  }

  private static OptionalDouble share(Change part, Change whole) {
    return whole.trend() == Trend.FLAT
        ? OptionalDouble.empty()
        : OptionalDouble.of(part.reduction() / whole.reduction() + 0.0);
  }
}
