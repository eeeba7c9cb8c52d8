package org.cocontrol.core.substance;

import java.util.Locale;
import java.util.Optional;

/**
 * The IPCC assessment whose 100-year GWPs turn gases into CO2 equivalent. The values are data
 * ({@link GwpTable}).
 */
public enum GwpSet {
  /**
   * Second Assessment Report (1995); used by China's 2011 provincial inventory guideline and the
   * 2013–2015 enterprise guidelines.
   */
  SAR,
  /** Fourth Assessment Report (2007). */
  AR4,
  /** Fifth Assessment Report (2013); current national reporting. */
  AR5,
  /** Sixth Assessment Report (2021). */
  AR6;

  public static Optional<GwpSet> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
