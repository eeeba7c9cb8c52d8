package org.cocontrol.core.plan;

/** Which way is good for an indicator: reach or exceed a level, or stay at or below it. */
public enum Comparison {
  AT_LEAST(">="),
  AT_MOST("<=");

  /** Relative slack so that a value equal to its target up to rounding counts as meeting it. */
  private static final double TOLERANCE = 1e-9;

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /**
   * @throws IllegalArgumentException for anything but {@code >=} or {@code <=}
   */
  public static Comparison ofSymbol(String symbol) {
    for (Comparison c : values()) {
      if (c.symbol.equals(symbol)) {
        return c;
      }
    }
    throw new IllegalArgumentException("comparison must be >= or <=, got '" + symbol + "'");
  }

  /** Whether {@code value} is at least as good as {@code level}. */
  public boolean meets(double value, double level) {
    double slack = TOLERANCE * Math.max(1, Math.abs(level));
    return this == AT_LEAST ? value >= level - slack : value <= level + slack;
  }

  /** The signed distance moved in the good direction from {@code from} to {@code to}. */
  double gain(double from, double to) {
    return this == AT_LEAST ? to - from : from - to;
  }
}
