package org.cocontrol.core.comparison;

import java.util.Locale;

/** Whether a comparison between two years may be stated. */
public enum ComparisonStatus {
  /** The units present in both years carry enough of each year: the change over them is stated. */
  COMPARABLE("可比", "comparable"),
  /** A year is missing or not covered enough: no change, no quadrant, no percentage is stated. */
  INSUFFICIENT_DATA("数据不足", "insufficient data");

  private final String nameZh;
  private final String nameEn;

  ComparisonStatus(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** {@code comparable} or {@code insufficient_data}. */
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
