package org.cocontrol.core.synergy;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One source category of a region between two years.
 *
 * @param source the project source code
 * @param shareOfCo2Reduction this source's ER_CO2 / the region's ER_CO2; empty when the region's CO2 did not
 *     change. Shares add up to 1 over the sources; a negative share means the source worked against the region.
 * @param shareOfApeqReduction the same for APeq
 */
public record SourceResult(String source, MeasureResult result, OptionalDouble shareOfCo2Reduction, OptionalDouble shareOfApeqReduction) {

  public SourceResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(shareOfCo2Reduction, "shareOfCo2Reduction");
    Objects.requireNonNull(shareOfApeqReduction, "shareOfApeqReduction");
  }

  /** One of CO2 and APeq fell while the other rose. */
  public boolean isTradeOff() {
    Trend p = result.apeq().trend();
    Trend c = result.co2().trend();
    return p == Trend.FALLS && c == Trend.RISES || p == Trend.RISES && c == Trend.FALLS;
  }
}
