package org.cocontrol.core.synergy;

import java.util.Locale;
import java.util.Optional;

/** How measures are ranked. Equal keys share a rank (1, 1, 3). */
public enum MeasureRanking {
  /**
   * By quadrant (synergy first; then pollutant-only and carbon-only together; then no effect;
   * both-increase last), then by x + y on the coordinate chart (relative APeq reduction + relative
   * CO2 reduction), larger first.
   */
  CHART,
  /**
   * By cost per tonne of CO2 reduced, cheapest first; measures where it is undefined share the last
   * rank.
   */
  COST_CO2,
  /**
   * By cost per tonne of APeq reduced, cheapest first; measures where it is undefined share the
   * last rank.
   */
  COST_APEQ;

  public static Optional<MeasureRanking> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
