package org.cocontrol.core.synergy;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a measure falls on the co-control coordinate chart (协同控制坐标系; methods-china §5.1): the x
 * axis is the relative reduction of air pollutants (as APeq), the y axis the relative reduction of
 * CO2.
 */
public enum Quadrant {
  /** Both fall (quadrant I): 协同减排. */
  SYNERGY("协同减排", "both fall"),
  /** Pollutants fall; CO2 is unchanged or rises (a trade-off when it rises). */
  POLLUTANT_ONLY("仅减污", "pollutants fall, CO2 does not"),
  /** CO2 falls; pollutants are unchanged or rise (a trade-off when they rise). */
  CARBON_ONLY("仅降碳", "CO2 falls, pollutants do not"),
  /** Neither falls and at least one rises (quadrant III, and its edges). */
  BOTH_INCREASE("均未减少且有增加", "neither falls, at least one rises"),
  /** Both unchanged. */
  NO_EFFECT("无效果", "no change");

  private final String nameZh;
  private final String nameEn;

  Quadrant(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The quadrant of a pollutant trend and a CO2 trend. */
  public static Quadrant of(Trend pollutants, Trend co2) {
    Objects.requireNonNull(pollutants, "pollutants");
    Objects.requireNonNull(co2, "co2");
    if (pollutants == Trend.FALLS) {
      return co2 == Trend.FALLS ? SYNERGY : POLLUTANT_ONLY;
    }
    if (co2 == Trend.FALLS) {
      return CARBON_ONLY;
    }
    return pollutants == Trend.RISES || co2 == Trend.RISES ? BOTH_INCREASE : NO_EFFECT;
  }

  /**
   * The code used in files: {@code synergy}, {@code pollutant_only}, {@code carbon_only}, {@code
   * both_increase}, {@code no_effect}.
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
