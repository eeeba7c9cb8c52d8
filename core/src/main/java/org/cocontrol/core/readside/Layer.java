package org.cocontrol.core.readside;

/** Where an amount comes from. */
public enum Layer {
  /** A published inventory of the region (CEADs): CO2 only, every source in the territory. */
  TOP_DOWN("top-down"),
  /**
   * The ledger: what the reporting facilities' records were accounted to; only the sources that
   * report.
   */
  BOTTOM_UP("bottom-up");

  private final String code;

  Layer(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
