package org.cocontrol.core.classification;

import java.util.EnumSet;
import java.util.Set;
import org.cocontrol.core.unit.Dimension;

/** The families of activity data; each is accounted by its own method. */
public enum ActivityKind {
  FOSSIL_FUEL,
  /** Biomass fuel: its CO2 is reported separately (biogenic) and not counted in totals. */
  BIOMASS_FUEL,
  ELECTRICITY_PURCHASED,
  /** Deducted in enterprise totals (GB/T 32150-2015). */
  ELECTRICITY_EXPORTED,
  HEAT_PURCHASED,
  HEAT_EXPORTED,
  /**
   * Industrial products with process emissions (clinker, lime, glass, steel, ammonia, aluminium,
   * sinter ...).
   */
  PRODUCT,
  LIVESTOCK,
  CROP_AREA,
  /** Nitrogen applied to soils, in t N. */
  N_INPUT,
  /**
   * Materials and intermediate goods bought in (purchased clinker, pig iron, alumina, limestone
   * ...): no emissions at the facility; product footprints add their upstream (cradle) emissions
   * and CBAM the embedded emissions of purchased precursors (core.footprint).
   */
  PURCHASED_INPUT;

  public boolean isFuel() {
    return this == FOSSIL_FUEL || this == BIOMASS_FUEL;
  }

  public boolean isIndirect() {
    return this == ELECTRICITY_PURCHASED
        || this == ELECTRICITY_EXPORTED
        || this == HEAT_PURCHASED
        || this == HEAT_EXPORTED;
  }

  public boolean isExport() {
    return this == ELECTRICITY_EXPORTED || this == HEAT_EXPORTED;
  }

  /** The dimensions an amount of this kind may be given in. */
  public Set<Dimension> allowedDimensions() {
    return switch (this) {
      case FOSSIL_FUEL, BIOMASS_FUEL ->
          EnumSet.of(Dimension.MASS, Dimension.VOLUME, Dimension.ENERGY);
      case ELECTRICITY_PURCHASED, ELECTRICITY_EXPORTED, HEAT_PURCHASED, HEAT_EXPORTED ->
          EnumSet.of(Dimension.ENERGY);
      case PRODUCT, N_INPUT, PURCHASED_INPUT -> EnumSet.of(Dimension.MASS);
      case LIVESTOCK -> EnumSet.of(Dimension.COUNT);
      case CROP_AREA -> EnumSet.of(Dimension.AREA);
    };
  }
}
