package org.cocontrol.core.unit;

/** What a unit measures. Conversions only happen within one dimension. */
public enum Dimension {
  /** base unit: t */
  MASS,
  /** base unit: GJ */
  ENERGY,
  /**
   * base unit: m3 (gases at standard conditions, Nm3, are counted as m3: Chinese statistics report
   * 万立方米 at standard conditions)
   */
  VOLUME,
  /** base unit: head (livestock) */
  COUNT,
  /** base unit: ha */
  AREA,
  /** a pure number (fractions, percentages) */
  NONE,
  /** base unit: km (vehicle-kilometres of a fleet) */
  DISTANCE
}
