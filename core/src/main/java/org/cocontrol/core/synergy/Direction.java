package org.cocontrol.core.synergy;

import java.util.Locale;
import java.util.Optional;

/** Whether more of an indicator is better (benefit, 正向) or worse (cost, 负向). */
public enum Direction {
  BENEFIT,
  COST;

  /**
   * {@code +}, {@code benefit}, {@code positive}, {@code 正向}; {@code -}, {@code cost}, {@code
   * negative}, {@code 负向}.
   */
  public static Optional<Direction> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "+", "benefit", "positive", "max", "正向", "正" -> Optional.of(BENEFIT);
      case "-", "−", "cost", "negative", "min", "负向", "逆向", "负" -> Optional.of(COST);
      default -> Optional.empty();
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
