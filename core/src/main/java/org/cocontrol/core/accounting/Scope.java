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
  /** Exported electricity and heat: negative, deducted in enterprise totals (GB/T 32150-2015). */
  EXPORTED(true),
  /** CO2 from biomass combustion: reported separately, excluded from totals (GB/T 32150-2015, IPCC). */
  BIOGENIC(false),
  /**
   * Shown, never added: the CO2 of the electricity control equipment uses. It is already inside a
   * generator's own output (the fuel it burns) or an enterprise's purchased electricity, so adding it
   * would count it twice; measure evaluation uses it as the side effect of adding a control.
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
