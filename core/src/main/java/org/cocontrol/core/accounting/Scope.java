package org.cocontrol.core.accounting;

import java.util.Locale;

/**
 * Which boundary an emission line belongs to. Totals count {@link #DIRECT}, {@link #INDIRECT} and
 * {@link #EXPORTED}; {@link #BIOGENIC} and {@link #MEMO} are shown but never added in.
 */
public enum Scope {
  /** Emitted on site: combustion, process, control side effects. */
  DIRECT(true),
  /** Purchased electricity and heat (and electricity bought for control equipment). */
  INDIRECT(true),
  /**
   * Electricity and heat an enterprise exports: negative, deducted in its total (GB/T 32150-2015).
   * Never a power or heat plant's supply, which is a {@link #MEMO}.
   */
  EXPORTED(true),
  /**
   * CO2 from biomass combustion: reported separately, excluded from totals (GB/T 32150-2015, IPCC).
   */
  BIOGENIC(false),
  /**
   * Shown, never added: the CO2 of the electricity control equipment uses (already inside a
   * generator's own output or an enterprise's purchased electricity, so adding it would count it
   * twice; measure evaluation uses it as the side effect of adding a control); the electricity and
   * heat a power or heat plant supplies (its emissions are where it burns the fuel); an ETS power
   * report's purchased electricity from 2023.
   */
  MEMO(false);

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
