package org.cocontrol.core.plan;

import java.util.Locale;

/**
 * What the platform can compute an indicator from: totals from the inventory, intensities from
 * totals and statistics. Intensities are always per 万元 (10⁴ yuan) of GDP or value added, as the
 * plans state them.
 */
public final class Metrics {

  /**
   * The metrics computed from platform data; others ({@code pm25_concentration}) are entered by
   * hand.
   */
  public enum Metric {
    /** CO2 in the indicator's mass unit (t, 万吨, 亿吨). */
    CO2_TOTAL,
    /** t CO2 per 万元 GDP. */
    CO2_PER_GDP,
    /** tce per 万元 GDP. */
    ENERGY_PER_GDP,
    /** SO2 in the indicator's mass unit. */
    SO2_TOTAL,
    /** NOx (as NO2) in the indicator's mass unit. */
    NOX_TOTAL,
    /** VOCs in the indicator's mass unit. */
    VOCS_TOTAL;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return null when the code names no computable metric
     */
    public static Metric ofCode(String code) {
      for (Metric m : values()) {
        if (m.code().equals(code)) {
          return m;
        }
      }
      return null;
    }
  }

  private Metrics() {}

  /**
   * Tonnes expressed in a mass unit as plans write them.
   *
   * @throws IllegalArgumentException for a unit that is not a mass
   */
  public static double tonnesIn(double tonnes, String unit) {
    return switch (unit == null ? "" : unit.strip()) {
      case "t", "吨" -> tonnes;
      case "万t", "万吨" -> tonnes / 1e4;
      case "亿t", "亿吨" -> tonnes / 1e8;
      case "kt", "千吨" -> tonnes / 1e3;
      case "Mt", "百万吨" -> tonnes / 1e6;
      default ->
          throw new IllegalArgumentException("'" + unit + "' is not a mass unit (t, 万吨, 亿吨)");
    };
  }

  /**
   * An amount per 万元: {@code amount} over {@code money} given in {@code moneyUnit} (万元 or 亿元 = 10⁴
   * 万元).
   *
   * @throws IllegalArgumentException for another money unit or money ≤ 0
   */
  public static double per10kYuan(double amount, double money, String moneyUnit) {
    double tenThousands =
        switch (moneyUnit == null ? "" : moneyUnit.strip()) {
          case "万元" -> money;
          case "亿元" -> money * 1e4;
          default -> throw new IllegalArgumentException("'" + moneyUnit + "' is not 万元 or 亿元");
        };
    if (!(tenThousands > 0)) {
      throw new IllegalArgumentException("GDP must be positive, got " + money + " " + moneyUnit);
    }
    return amount / tenThousands;
  }

  /** Tonnes of coal equivalent from tce or 万tce. */
  public static double tce(double value, String unit) {
    return switch (unit == null ? "" : unit.strip()) {
      case "tce" -> value;
      case "万tce" -> value * 1e4;
      default -> throw new IllegalArgumentException("'" + unit + "' is not tce or 万tce");
    };
  }
}
