package org.cocontrol.core.plan;

import java.util.Locale;

/** The kinds of quantitative target the co-control plans set. */
public enum IndicatorKind {
  /** Reduce versus a base year; the target value is the reduction in percent (18 for −18%). */
  REDUCTION(Comparison.AT_MOST, false),
  /** A level to reach or exceed (a share, a rate). */
  AT_LEAST(Comparison.AT_LEAST, false),
  /** A level to stay at or below (a concentration, a capped share). */
  AT_MOST(Comparison.AT_MOST, false),
  /** An absolute amount to reach (capacity, throughput). Adds up across regions. */
  ABSOLUTE(Comparison.AT_LEAST, true),
  /** A number of things to reach (units, projects). Adds up across regions. */
  COUNT(Comparison.AT_LEAST, true),
  /** A level to hold throughout; the indicator's comparison says which way. */
  KEEP_STABLE(null, false),
  /** The figure comes from the level above; becomes another kind once it is known. */
  INHERITED(null, false);

  private final Comparison defaultComparison;
  private final boolean additive;

  IndicatorKind(Comparison defaultComparison, boolean additive) {
    this.defaultComparison = defaultComparison;
    this.additive = additive;
  }

  /**
   * The direction implied by the kind, or null where the indicator must say (keep-stable,
   * inherited).
   */
  public Comparison defaultComparison() {
    return defaultComparison;
  }

  /**
   * Whether lower regions' values add up to the higher region's (amounts and counts do; shares do
   * not).
   */
  public boolean additive() {
    return additive;
  }

  /** The lowercase code used in files and the API ({@code at_least}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for an unknown code
   */
  public static IndicatorKind ofCode(String code) {
    for (IndicatorKind k : values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown indicator kind '" + code + "'");
  }
}
