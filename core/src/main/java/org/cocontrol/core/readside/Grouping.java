package org.cocontrol.core.readside;

import java.util.Locale;
import java.util.Optional;

/** How an inventory answer's rows are grouped (substance and scope always apart). */
public enum Grouping {
  /** By project source category: the top-down sectors mapped to sources, the ledger's sources. */
  SOURCE,
  /** By substance only. */
  SUBSTANCE,
  /** By the top-down layer's sectors (CO2 of the top-down layer only). */
  SECTOR,
  /** By the top-down layer's fuels (CO2 of the top-down layer only). */
  FUEL;

  public static Optional<Grouping> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the ledger has rows in this grouping: it knows no top-down sectors or fuels. */
  boolean includesLedger() {
    return this == SOURCE || this == SUBSTANCE;
  }
}
