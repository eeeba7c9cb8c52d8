package org.cocontrol.core.synergy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers for verdicts: short, plain, locale-independent. */
final class Text {

  private Text() {}

  /** A fraction as a percentage with one decimal: 0.4 → {@code 40.0%}. */
  static String pct(double fraction) {
    return BigDecimal.valueOf(Math.abs(fraction) * 100)
            .setScale(1, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  /**
   * A number with at most {@code decimals} decimals and no trailing zeros: 1234.5 → {@code 1234.5}.
   */
  static String num(double v, int decimals) {
    BigDecimal d =
        BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
