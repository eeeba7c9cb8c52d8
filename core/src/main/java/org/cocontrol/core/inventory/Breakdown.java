package org.cocontrol.core.inventory;

import java.util.Locale;
import java.util.Optional;

/** The dimensions an inventory can be broken down by besides region, year, substance and scope. */
public enum Breakdown {
  /** The project source category. */
  SOURCE,
  /** The IPCC 2006 category of the source. */
  IPCC,
  ACTIVITY,
  ENTITY;

  public static Optional<Breakdown> parse(String s) {
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
