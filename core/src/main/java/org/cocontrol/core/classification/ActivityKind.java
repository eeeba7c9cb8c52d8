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
   * Municipal solid waste (wet weight, t) landfilled, composted or incinerated (IPCC 4.A, 4.B,
   * 4.C): the record's source decides the method.
   */
  SOLID_WASTE,
  /**
   * Wastewater loads (IPCC 4.D): degradable organics in t BOD or t COD, or effluent nitrogen in t
   * N.
   */
  WASTEWATER,
  /** Methane recovered (flared or used) at a landfill or a wastewater plant, in t CH4. */
  RECOVERED_CH4,
  /**
   * Solvent-containing products used (coatings, inks, adhesives, cleaning agents), in t: VOCs =
   * consumption × VOC content × (1 − capture × removal).
   */
  SOLVENT,
  /**
   * Fossil products used for their properties, not burnt as fuel (lubricants, paraffin wax; IPCC
   * 2.D), in t: CO2 = amount × NCV × CC × ODU × 44/12.
   */
  NON_ENERGY_PRODUCT,
  /**
   * The bank of a fluorinated gas in equipment (refrigerant charge, SF6 in switchgear), in kg or t
   * of the gas: emissions = bank × annual leakage rate (IPCC 2.F.1, 2.G.1).
   */
  FGAS_BANK,
  /**
   * Distance a vehicle fleet travelled (vehicle-km) by type, fuel and emission standard: fuel and
   * electricity use per km, CH4, N2O and pollutants per km (IPCC 1.A.3.b).
   */
  VEHICLE_DISTANCE,
  /**
   * Materials and intermediate goods bought in (purchased clinker, pig iron, alumina, limestone
   * ...): no emissions at the facility; product footprints add their upstream (cradle) emissions
   * and CBAM the embedded emissions of purchased precursors (core.footprint).
   */
  PURCHASED_INPUT,
  /**
   * Production and bookkeeping quantities reported beside the emissions: a power unit's electricity
   * generated and supplied (MWh) and heat supplied (GJ), coal received and the coal stock at the
   * start and end of a month (t). They are denominators and cross-check data (core.reporting),
   * never emissions: accounted to no lines and no gaps. Not the same as exported electricity or
   * heat, which an enterprise deducts.
   */
  PRODUCTION_DATA;

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
      case PRODUCT,
          N_INPUT,
          SOLID_WASTE,
          WASTEWATER,
          RECOVERED_CH4,
          SOLVENT,
          NON_ENERGY_PRODUCT,
          FGAS_BANK,
          PURCHASED_INPUT ->
          EnumSet.of(Dimension.MASS);
      case VEHICLE_DISTANCE -> EnumSet.of(Dimension.DISTANCE);
      case PRODUCTION_DATA -> EnumSet.of(Dimension.ENERGY, Dimension.MASS);
      case LIVESTOCK -> EnumSet.of(Dimension.COUNT);
      case CROP_AREA -> EnumSet.of(Dimension.AREA);
    };
  }
}
