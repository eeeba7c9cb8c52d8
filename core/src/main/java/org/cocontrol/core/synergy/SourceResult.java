package org.cocontrol.core.synergy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cocontrol.core.comparison.ComparisonStatus;
import org.cocontrol.core.comparison.YearComparison;

/**
 * One source category of a region between two years, over its units reported in both years.
 *
 * @param source the project source code
 * @param comparison the pairing of this source's units, with its own coverage and status
 * @param shareOfCo2Reduction this source's ER_CO2 / the region's ER_CO2; empty when the region's
 *     CO2 did not change or the region has insufficient data. Shares add up to 1 over the sources;
 *     a negative share means the source worked against the region.
 * @param shareOfApeqReduction the same for APeq
 */
public record SourceResult(
    String source,
    YearComparison comparison,
    MeasureResult result,
    OptionalDouble shareOfCo2Reduction,
    OptionalDouble shareOfApeqReduction) {

  public SourceResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(shareOfCo2Reduction, "shareOfCo2Reduction");
    Objects.requireNonNull(shareOfApeqReduction, "shareOfApeqReduction");
  }

  public ComparisonStatus status() {
    return comparison.status();
  }

  /** The source's quadrant; empty with insufficient data. */
  public Optional<Quadrant> quadrant() {
    return comparison.isComparable() ? Optional.of(result.quadrant()) : Optional.empty();
  }

  /** Comparable, and one of CO2 and APeq fell while the other rose. */
  public boolean isTradeOff() {
    Trend p = result.apeq().trend();
    Trend c = result.co2().trend();
    return comparison.isComparable()
        && (p == Trend.FALLS && c == Trend.RISES || p == Trend.RISES && c == Trend.FALLS);
  }
}
