package org.cocontrol.server.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.comparison.Basis;
import org.cocontrol.core.comparison.Coverage;
import org.cocontrol.core.comparison.Explanation;
import org.cocontrol.core.comparison.ReportingUnit;
import org.cocontrol.core.comparison.Unmatched;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.substance.Substance;

/**
 * What a comparison between two years covers, as JSON: its status ({@code comparable} or {@code
 * insufficient_data}), the share of each year's CO2 and APeq the units reported in both years
 * carry, and the units reported in one year only.
 *
 * @param minShare the least share each year must have covered (reference data, {@code
 *     ruleDocument}, tagged {@code ruleTag})
 * @param explanation what is covered and left out, or why no comparison is made
 */
public record CoverageView(
    int baseYear,
    int year,
    String status,
    String statusZh,
    String statusEn,
    Text explanation,
    double minShare,
    String ruleDocument,
    String ruleTag,
    List<Share> shares,
    int matchedUnits,
    int baseUnits,
    int laterUnits,
    UnmatchedView baseOnly,
    UnmatchedView laterOnly) {

  public record Text(String zh, String en) {
    static Text of(Explanation e) {
      return new Text(e.zh(), e.en());
    }
  }

  /**
   * The share of the base year's and the later year's amount of a basis carried by the units of
   * both years; null when a year has none of it.
   */
  public record Share(
      String basis, String name, String nameEn, Double baseShare, Double laterShare) {}

  /** A unit reported in one year only: an entity's source, or a region's source (entity empty). */
  public record UnitView(
      String entity, String region, String source, Map<String, Double> amounts) {}

  /**
   * The units reported in {@code year} only: how many, their amounts by basis and their tonnes by
   * substance, and the largest of them (by CO2, then APeq).
   */
  public record UnmatchedView(
      int year,
      int units,
      Map<String, Double> amounts,
      Map<String, Double> tonnes,
      List<UnitView> largest) {}

  /** With up to {@code listed} of the largest unmatched units on each side. */
  public static CoverageView of(YearComparison c, int listed) {
    List<Share> shares = c.coverage().stream().map(CoverageView::share).toList();
    List<Basis> bases = c.coverage().stream().map(Coverage::basis).toList();
    return new CoverageView(
        c.baseYear(),
        c.year(),
        c.status().code(),
        c.status().nameZh(),
        c.status().nameEn(),
        Text.of(c.explanation()),
        c.rule().minShare(),
        c.rule().document(),
        c.rule().tag().name(),
        shares,
        c.matched().size(),
        c.baseUnits(),
        c.laterUnits(),
        unmatched(c.baseOnly(), bases, listed),
        unmatched(c.laterOnly(), bases, listed));
  }

  private static Share share(Coverage c) {
    return new Share(
        c.basis().code(),
        c.basis().nameZh(),
        c.basis().nameEn(),
        value(c.baseShare()),
        value(c.laterShare()));
  }

  private static UnmatchedView unmatched(Unmatched u, List<Basis> bases, int listed) {
    Map<String, Double> tonnes = new LinkedHashMap<>();
    u.tonnes().forEach((s, t) -> tonnes.put(s.code(), t));
    List<UnitView> largest =
        u.largest(bases, listed).stream().map(x -> unit(x, u.units().get(x), bases)).toList();
    return new UnmatchedView(u.year(), u.count(), amounts(bases, u::amount), tonnes, largest);
  }

  private static UnitView unit(ReportingUnit x, Map<Substance, Double> tonnes, List<Basis> bases) {
    return new UnitView(
        x.entity(),
        x.region() == null ? null : x.region().toString(),
        x.source(),
        amounts(bases, b -> b.amount(tonnes)));
  }

  private static Map<String, Double> amounts(
      List<Basis> bases, java.util.function.ToDoubleFunction<Basis> amount) {
    Map<String, Double> out = new LinkedHashMap<>();
    bases.forEach(b -> out.put(b.code(), amount.applyAsDouble(b)));
    return out;
  }

  private static Double value(java.util.OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
