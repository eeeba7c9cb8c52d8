package org.cocontrol.core.parameter;

import java.util.Locale;
import java.util.Optional;

/** The accounting rules a value belongs to. */
public enum Scheme {
  /** General accounting: inventories, enterprise reports outside the carbon market. */
  GENERAL,
  /**
   * National carbon market (全国碳排放权交易市场) rules, e.g. the ETS grid factor and the coal default carbon
   * content.
   */
  ETS;

  public static Optional<Scheme> parse(String s) {
    if (s == null || s.isBlank()) {
      return Optional.of(GENERAL);
    }
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
