package org.cocontrol.core.substance;

/** The families of substances CoControl accounts. */
public enum SubstanceGroup {
  /** CO2, CH4, N2O */
  GREENHOUSE_GAS,
  /** HFCs, PFCs, SF6, NF3 (Kyoto F-gases plus NF3) */
  FLUORINATED_GAS,
  /** SO2, NOx, PM, PM10, PM2.5, VOCs, NH3, CO */
  AIR_POLLUTANT;

  public boolean isGreenhouseGas() {
    return this != AIR_POLLUTANT;
  }
}
