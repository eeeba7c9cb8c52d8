package org.cocontrol.core.synergy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cocontrol.core.comparison.ComparisonStatus;
import org.cocontrol.core.comparison.Explanation;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.region.Adcode;

/**
 * A region between a base year and a later year: the region as a whole, judged like a measure, and
 * each source category with its share of the region's reductions — all over the units reported in
 * both years.
 *
 * @param comparison the pairing of the region's units, with its coverage and status
 * @param total the matched units' change; its quadrant stands only when the comparison is {@link
 *     ComparisonStatus#COMPARABLE} (see {@link #quadrant()})
 * @param sources by source code; empty when the inventory rows carried no source breakdown
 */
public record RegionResult(
    Adcode region, YearComparison comparison, MeasureResult total, List<SourceResult> sources) {

  public RegionResult {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(total, "total");
    sources = List.copyOf(sources);
  }

  public int baseYear() {
    return comparison.baseYear();
  }

  public int year() {
    return comparison.year();
  }

  public ComparisonStatus status() {
    return comparison.status();
  }

  /** The region's quadrant; empty with insufficient data. */
  public Optional<Quadrant> quadrant() {
    return comparison.isComparable() ? Optional.of(total.quadrant()) : Optional.empty();
  }

  /**
   * Comparable sources where both CO2 and APeq fell, largest joint share of the region's reductions
   * first; none when the region itself has insufficient data.
   */
  public List<SourceResult> coReductionDrivers() {
    List<SourceResult> out = new ArrayList<>();
    if (comparison.isComparable()) {
      for (SourceResult s : sources) {
        if (s.quadrant().orElse(null) == Quadrant.SYNERGY) {
          out.add(s);
        }
      }
    }
    out.sort(
        Comparator.comparingDouble(
            s -> -(s.shareOfCo2Reduction().orElse(0) + s.shareOfApeqReduction().orElse(0))));
    return out;
  }

  /**
   * Comparable sources where one of CO2 and APeq fell and the other rose, in source order; none
   * when the region has insufficient data.
   */
  public List<SourceResult> tradeOffs() {
    return comparison.isComparable()
        ? sources.stream().filter(SourceResult::isTradeOff).toList()
        : List.of();
  }

  /**
   * The region's verdict, followed by which sources drove co-reduction and which traded one off
   * against the other, and by what the comparison left out when a unit was reported in one year
   * only; with insufficient data, the reason instead.
   */
  public Verdict summary() {
    if (!comparison.isComparable()) {
      Explanation why = comparison.explanation();
      return Verdict.of(why.zh(), why.en());
    }
    StringBuilder zh = new StringBuilder(total.verdict().zh());
    StringBuilder en = new StringBuilder(total.verdict().en());
    List<SourceResult> drivers = coReductionDrivers();
    if (!drivers.isEmpty()) {
      zh.append("；协同减排来源：")
          .append(String.join("、", drivers.stream().map(SourceResult::source).toList()));
      en.append("; co-reduction from: ")
          .append(String.join(", ", drivers.stream().map(SourceResult::source).toList()));
    }
    List<SourceResult> trade = tradeOffs();
    if (!trade.isEmpty()) {
      zh.append("；此消彼长：")
          .append(
              String.join(
                  "、",
                  trade.stream()
                      .map(s -> s.source() + "（" + s.result().quadrant().nameZh() + "）")
                      .toList()));
      en.append("; trade-offs: ")
          .append(
              String.join(
                  ", ",
                  trade.stream()
                      .map(s -> s.source() + " (" + s.result().quadrant().code() + ")")
                      .toList()));
    }
    if (comparison.baseOnly().count() + comparison.laterOnly().count() > 0) {
      Explanation covered = comparison.explanation();
      zh.append("；").append(covered.zh());
      en.append("; ").append(covered.en());
    }
    return Verdict.of(zh.toString(), en.toString());
  }
}
