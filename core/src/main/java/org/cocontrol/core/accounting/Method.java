package org.cocontrol.core.accounting;

/** How an emission line was obtained; {@link #code()} is what results show. */
public enum Method {
  /** E = FC × NCV × CC × OF × 44/12 (national guidelines, IPCC tier 2). */
  COMBUSTION_TIER2("combustion_tier2"),
  /**
   * E = FC × C_ar × OF × 44/12 with the as-received elemental carbon content (power-facility
   * guideline, coal).
   */
  COMBUSTION_TIER2_CAR("combustion_tier2_car"),
  /** E = FC × NCV × EF (IPCC tier 1, default factor per TJ). */
  COMBUSTION_TIER1("combustion_tier1"),
  /** CH4 and N2O from combustion: FC × NCV × EF by fuel and sector (IPCC tier 1). */
  COMBUSTION_NON_CO2("combustion_non_co2"),
  /** Industrial process emissions: product output × emission factor. */
  PROCESS("process"),
  /** Activity × emission factor (agriculture, pollutant factors that already include controls). */
  EMISSION_FACTOR("emission_factor"),
  INDIRECT_ELECTRICITY("indirect_electricity"),
  INDIRECT_HEAT("indirect_heat"),
  EXPORTED_ELECTRICITY("exported_electricity"),
  EXPORTED_HEAT("exported_heat"),
  /** SO2 = FC × S% × conversion × 2, then controls. */
  SULFUR_BALANCE("sulfur_balance"),
  /** PM = FC × A% × fly-ash fraction, then controls. */
  ASH_BALANCE("ash_balance"),
  /** Generated = activity × 产污系数, then controls: × Π(1 − η × k). */
  GENERATION_COEFFICIENT("generation_coefficient"),
  /** PM10 / PM2.5 generated = PM generated × size share, then controls. */
  PM_SIZE_SHARE("pm_size_share"),
  /** Reported measured emissions, overriding the calculated amount. */
  MEASURED("measured"),
  /** Limestone wet FGD: CaCO3 + SO2 + ½O2 → CaSO4 + CO2, CO2 = SO2 removed × 44/64. */
  FGD_CO2("fgd_co2"),
  /** NH3 slipping from SCR/SNCR: NOx removed × slip ratio. */
  AMMONIA_SLIP("ammonia_slip"),
  /** CO2 of the electricity control equipment uses: fuel energy × kWh/GJ × grid factor. */
  CONTROL_ELECTRICITY("control_electricity"),
  /** Sum of greenhouse gases × GWP. */
  GWP_WEIGHTED("gwp_weighted"),
  /**
   * Landfill CH4 by the IPCC first-order decay (2006 Vol.5 Ch.3 Eq. 3.1–3.6): (decomposed DDOCm × F
   * × 16/12 − R) × (1 − OX), from every deposit of the site.
   */
  FIRST_ORDER_DECAY("first_order_decay"),
  /**
   * Waste incineration CO2 = W × dm × CF × FCF × OF × 44/12 (fossil; the non-fossil part is
   * biogenic), IPCC 2006 Vol.5 Eq. 5.1.
   */
  INCINERATION_CO2("incineration_co2"),
  /** Wastewater CH4 = TOW × B0 × MCF (IPCC 2006 Vol.5 Eq. 6.1–6.2, 6.4–6.5). */
  WASTEWATER_CH4("wastewater_ch4"),
  /** Effluent N2O = N_effluent × EF × 44/28 (IPCC 2006 Vol.5 Eq. 6.7). */
  WASTEWATER_N2O("wastewater_n2o"),
  /**
   * Recovered methane deducted: −R (wastewater), −R × (1 − OX) (a landfill without a deposit that
   * year).
   */
  CH4_RECOVERY("ch4_recovery"),
  /** VOCs = solvent product used × VOC content × (1 − capture × removal). */
  SOLVENT_VOC("solvent_voc"),
  /** CO2 = non-energy product × NCV × CC × ODU × 44/12 (IPCC Vol.3 Eq. 5.2). */
  NON_ENERGY_USE("non_energy_use"),
  /** F-gas = bank × annual leakage rate (× blend share for each component of a blend). */
  BANK_LEAKAGE("bank_leakage"),
  /**
   * CO2 of the fuel a fleet burns: vehicle-km × fuel use per km, then the fuel's combustion
   * factors.
   */
  VEHICLE_FUEL("vehicle_fuel"),
  /** CO2 of the electricity an electric fleet uses: vehicle-km × kWh/km × grid factor. */
  VEHICLE_ELECTRICITY("vehicle_electricity");

  private final String code;

  Method(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
