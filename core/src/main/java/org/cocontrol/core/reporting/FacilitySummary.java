package org.cocontrol.core.reporting;

/**
 * A generating unit's (or the whole enterprise's) year in the GHG report: production, fuel energy,
 * CO2 and the intensities the carbon market reads. Missing is not zero: a quantity no entry gave is
 * null, and so is an intensity whose denominator is missing or zero.
 *
 * @param facility the facility code; null for the whole enterprise
 * @param capacityMw installed capacity (the whole: the sum over the reporting units that give one);
 *     with the fuel class and the facility's attributes, what the carbon market's unit category
 *     needs
 * @param fuelClass coal, gas or oil: the fossil fuel class with the most CO2; null without one
 * @param fuelEnergyGj Σ FC × NCV over the fuel entries with a known NCV; null when none has one
 * @param fuelCo2T CO2 of fuel combustion (direct, fossil)
 * @param purchasedElectricityCo2T CO2 of purchased electricity, whether the report counts it or
 *     shows it as a memo (ETS power reports from 2023)
 * @param reportedCo2T the CO2 the report states for the facility (the guideline's scopes)
 * @param heatShare 供热比 as computed here: heat supplied / fuel energy (a simplification: the
 *     guideline divides by the boiler's heat output)
 * @param supplyIntensity tCO2/MWh: fuel CO2 × (1 − heat share) / electricity supplied
 * @param heatIntensity tCO2/GJ: fuel CO2 × heat share / heat supplied
 */
public record FacilitySummary(
    String facility,
    Double capacityMw,
    String fuelClass,
    Double generationMwh,
    Double supplyMwh,
    Double heatSuppliedGj,
    Double fuelEnergyGj,
    double fuelCo2T,
    double purchasedElectricityCo2T,
    double reportedCo2T,
    Double heatShare,
    Double supplyIntensity,
    Double heatIntensity) {}
