package org.cocontrol.core.accounting;

import java.util.Locale;

/**
 * Which boundary an emission line belongs to. Totals count {@link #DIRECT}, {@link #INDIRECT} and
 * {@link #EXPORTED}; the memo scopes are shown but never added in.
 */
public enum Scope {
  /** Emitted on site: combustion, process, control side effects. */
  DIRECT(true),
  /** Purchased electricity and heat (and electricity bought for control equipment). */
  INDIRECT(true),
  /** Exported electricity and heat: negative, deducted in enterprise totals (GB/T 32150-2015). */
  EXPORTED(true),
  /** CO2 from biomass combustion: reported separately, excluded from totals (GB/T 32150-2015, IPCC). */
  BIOGENIC(false),
  /** Electricity a generating unit's controls take from its own output: already inside the fuel it burns. */
  OWN_USE(false);

  private final boolean countsInTotal;

  Scope(boolean countsInTotal) {
    this.countsInTotal = countsInTotal;
  }

  public boolean countsInTotal() {
    return countsInTotal;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
