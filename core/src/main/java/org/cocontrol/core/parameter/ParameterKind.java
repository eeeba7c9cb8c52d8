package org.cocontrol.core.parameter;

import java.util.EnumSet;
import java.util.Set;
import org.cocontrol.core.unit.Dimension;

/**
 * What a parameter value means. Each kind states the dimensions its unit must have, so that a table
 * row with, say, an energy unit for an oxidation rate is refused when the registry is loaded.
 */
public enum ParameterKind {
  /** Net calorific value: energy per mass or volume of fuel (GJ/t, GJ/万Nm3, kJ/kg). */
  NCV(Set.of(Dimension.ENERGY), Set.of(Dimension.MASS, Dimension.VOLUME), false),
  /** Carbon per unit of energy, 单位热值含碳量 (tC/GJ). */
  CARBON_CONTENT(Set.of(Dimension.MASS), Set.of(Dimension.ENERGY), false),
  /** As-received elemental carbon per mass of fuel (tC/t). */
  CARBON_CONTENT_MASS(Set.of(Dimension.MASS), Set.of(Dimension.MASS), false),
  /** Carbon oxidation rate, 碳氧化率 (fraction). */
  OXIDATION(Set.of(Dimension.NONE), null, false),
  /** Density of a liquid fuel (t/m3). */
  DENSITY(Set.of(Dimension.MASS), Set.of(Dimension.VOLUME), false),
  /**
   * Emitted mass of a substance per unit of activity, controls already included (kg/TJ, tCO2/MWh,
   * t/t).
   */
  EMISSION_FACTOR(Set.of(Dimension.MASS), EnumSet.complementOf(EnumSet.of(Dimension.NONE)), true),
  /** 产污系数: pollutant generated before end-of-pipe control per unit of activity (kg/t). */
  GENERATION_COEFFICIENT(
      Set.of(Dimension.MASS), EnumSet.complementOf(EnumSet.of(Dimension.NONE)), true),
  /** Default sulfur content of a fuel, as-received mass percent. */
  SULFUR_CONTENT(Set.of(Dimension.NONE), null, false),
  /** Default ash content of a fuel, as-received mass percent. */
  ASH_CONTENT(Set.of(Dimension.NONE), null, false),
  /** Fraction of fuel sulfur released as SO2. */
  SULFUR_CONVERSION(Set.of(Dimension.NONE), null, false),
  /** Fraction of fuel ash leaving as particulate (dfh). */
  FLY_ASH_FRACTION(Set.of(Dimension.NONE), null, false),
  /** Mass fraction of generated PM that is PM10. */
  PM10_SHARE(Set.of(Dimension.NONE), null, false),
  /** Mass fraction of generated PM that is PM2.5. */
  PM25_SHARE(Set.of(Dimension.NONE), null, false),
  /** Fraction of a substance removed by a control technology. */
  REMOVAL_EFFICIENCY(Set.of(Dimension.NONE), null, true),
  /** Electricity used by a control per unit of fuel energy (kWh/GJ). */
  CONTROL_ELECTRICITY(
      Set.of(Dimension.ENERGY), EnumSet.complementOf(EnumSet.of(Dimension.NONE)), false),
  /** NH3 slipped per NOx removed by SCR/SNCR (t/t). */
  NH3_SLIP(Set.of(Dimension.MASS), Set.of(Dimension.MASS), false),
  /** CO2 released per SO2 removed by limestone wet FGD (t/t). */
  FGD_CO2(Set.of(Dimension.MASS), Set.of(Dimension.MASS), false),
  /** Degradable organic carbon of waste, fraction of wet weight (IPCC 2006 Vol.5 DOC). */
  DOC(Set.of(Dimension.NONE), null, false),
  /** Fraction of DOC that decomposes under anaerobic conditions (DOCf). */
  DOC_F(Set.of(Dimension.NONE), null, false),
  /** Methane correction factor of a disposal site type or a wastewater pathway (MCF). */
  MCF(Set.of(Dimension.NONE), null, false),
  /** First-order decay rate k of landfilled waste, per year (given as a fraction: 1/yr). */
  DECAY_RATE(Set.of(Dimension.NONE), null, false),
  /** Volume fraction of CH4 in landfill gas (F). */
  CH4_FRACTION(Set.of(Dimension.NONE), null, false),
  /** Dry matter content of incinerated waste, fraction of wet weight (dm). */
  DRY_MATTER(Set.of(Dimension.NONE), null, false),
  /** Total carbon content of the dry matter (CF). */
  CARBON_FRACTION(Set.of(Dimension.NONE), null, false),
  /** Fossil carbon as a fraction of total carbon (FCF). */
  FOSSIL_CARBON_FRACTION(Set.of(Dimension.NONE), null, false),
  /** Maximum CH4 producing capacity of wastewater organics, B0 (kg CH4/kg BOD or COD). */
  CH4_CAPACITY(Set.of(Dimension.MASS), Set.of(Dimension.MASS), false),
  /** N2O-N emitted per N discharged in effluent (kg N2O-N/kg N), IPCC 2006 Vol.5 EF_effluent. */
  EFFLUENT_N2O_N(Set.of(Dimension.MASS), Set.of(Dimension.MASS), false),
  /**
   * How many years of landfill deposits before a site's first reported year are estimated (a count,
   * unit 1): IPCC 2006 Vol.5 §3.2.2.
   */
  HISTORY_YEARS(Set.of(Dimension.NONE), null, false),
  /**
   * The yearly growth of the driver (population or GDP) the estimated earlier deposits follow: W(t)
   * = W(first) × (1 + g)^(t − first); 0 holds the first year's deposit constant.
   */
  HISTORY_GROWTH(Set.of(Dimension.NONE), null, false),
  /** VOC mass fraction of a solvent-containing product as used (coating, ink, adhesive), %. */
  VOC_CONTENT(Set.of(Dimension.NONE), null, false),
  /** Fraction of the VOCs released that a capture system (enclosure, hood) leads to treatment. */
  CAPTURE_EFFICIENCY(Set.of(Dimension.NONE), null, false),
  /** Fraction of a non-energy product's carbon oxidised during use, ODU (IPCC Vol.3 Ch.5). */
  OXIDISED_DURING_USE(Set.of(Dimension.NONE), null, false),
  /**
   * Fraction of a fluorinated-gas bank emitted per year (leaks and servicing; IPCC Vol.3 Ch.7–8).
   */
  LEAKAGE_RATE(Set.of(Dimension.NONE), null, false),
  /**
   * Mass fraction of one component in a refrigerant blend (HFC-410A: 50 % HFC-32, 50 % HFC-125);
   * the blend is the row's technology, the component its substance.
   */
  BLEND_SHARE(Set.of(Dimension.NONE), null, true),
  /**
   * Fuel a vehicle uses per distance (L/100km, kg/km); the fuel is the row's activity, the vehicle
   * its technology.
   */
  FUEL_USE(
      Set.of(Dimension.MASS, Dimension.VOLUME, Dimension.ENERGY),
      Set.of(Dimension.DISTANCE),
      false),
  /** Electricity a vehicle uses per distance (kWh/km). */
  ELECTRICITY_USE(Set.of(Dimension.ENERGY), Set.of(Dimension.DISTANCE), false);

  private final Set<Dimension> numerator;
  private final Set<Dimension> denominator;
  private final boolean needsSubstance;

  ParameterKind(Set<Dimension> numerator, Set<Dimension> denominator, boolean needsSubstance) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.needsSubstance = needsSubstance;
  }

  /** Allowed numerator dimensions. */
  public Set<Dimension> numeratorDimensions() {
    return numerator;
  }

  /**
   * Allowed denominator dimensions; null when the unit has no denominator (fractions, percentages).
   */
  public Set<Dimension> denominatorDimensions() {
    return denominator;
  }

  /** Whether a row of this kind must name its substance. */
  public boolean needsSubstance() {
    return needsSubstance;
  }

  /** Whether the value is a fraction that must lie in [0, 1] once converted. */
  public boolean isFraction() {
    return numerator.contains(Dimension.NONE)
        && this != SULFUR_CONTENT
        && this != ASH_CONTENT
        && this != HISTORY_YEARS;
  }
}
