package org.cocontrol.core.reporting;

/**
 * Emissions per tonne of a product (non-power sectors): the report's CO2 over the product's tonnes.
 *
 * @param intensity tCO2/t; null when no tonnes were produced
 */
public record ProductIntensity(String activity, double tonnes, double co2T, Double intensity) {}
