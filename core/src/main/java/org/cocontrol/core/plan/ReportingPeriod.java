package org.cocontrol.core.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of the periodic scheduling (定期调度): a year ({@code 2024}), a half ({@code
 * 2024H1}) or a quarter ({@code 2024Q3}).
 */
public final class ReportingPeriod {

  private static final Pattern PERIOD = Pattern.compile("^(\\d{4})(?:([QH])([1-4]))?$");

  private ReportingPeriod() {}

  /**
   * The period's place in time, for ordering reports: year × 12 + the month it ends in (2024Q1 →
   * 2024·12 + 3, 2024H1 → 2024·12 + 6, 2024 → 2024·12 + 12).
   *
   * @throws IllegalArgumentException with a message in Chinese and English for anything else
   */
  public static int order(String period) {
    Matcher m = PERIOD.matcher(period == null ? "" : period.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "报告期格式应为 2024、2024H1 或 2024Q3 / period must be like 2024, 2024H1 or 2024Q3, got '"
              + period
              + "'");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return year * 12 + 12;
    }
    int n = Integer.parseInt(m.group(3));
    if (m.group(2).equals("H") && n > 2) {
      throw new IllegalArgumentException(
          "半年只有 H1、H2 / a half year is H1 or H2, got '" + period + "'");
    }
    return year * 12 + (m.group(2).equals("Q") ? n * 3 : n * 6);
  }
}
