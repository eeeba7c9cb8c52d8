package org.cocontrol.server.energybalance;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An energy balance table's two approaches as the API answers them. Amounts of fuel in the column's
 * unit as printed ({@code unit}); CO2 in tonnes; a missing value is null, never zero.
 */
record EnergyBalanceView(
    long id,
    String region,
    String regionName,
    int year,
    String fileName,
    String uploadedBy,
    LocalDateTime uploadedAt,
    double referenceT,
    double sectoralT,
    double differenceT,
    Double differenceShare,
    List<ReferenceFuel> reference,
    List<SectoralCell> sectoral,
    List<Sector> sectors,
    List<Explanation> explanations,
    List<Gap> gaps,
    Comparison comparison) {

  record ReferenceFuel(
      String fuel,
      String fuelName,
      String unit,
      double apparentConsumption,
      double nonEnergyUse,
      double carbonT,
      double excludedCarbonT,
      double co2T,
      List<String> factors) {}

  record SectoralCell(
      String row,
      String rowName,
      String fuel,
      String fuelName,
      double amount,
      String unit,
      double co2T) {}

  record Sector(String row, String rowName, String ipcc, double co2T) {}

  record Explanation(String cause, String name, double co2T, boolean memo) {}

  record Gap(
      String fuel,
      String fuelName,
      String unit,
      String reason,
      String reasonName,
      double apparentConsumption,
      double burned) {}

  /**
   * @param layer the read side's layer of the region's CO2 in that year ({@code top-down}, {@code
   *     bottom-up} …)
   */
  record Comparison(String layer, Double ledgerT, Double topDownT, List<Line> lines) {}

  record Line(
      List<String> rows,
      List<String> names,
      List<String> sources,
      List<String> sourceNames,
      Double sectoralT,
      Double ledgerT,
      Double topDownT,
      Double ledgerShare,
      Double topDownMinusSectoralT) {}

  /** A stored table in a list. */
  record Listed(
      long id,
      String region,
      String regionName,
      int year,
      String fileName,
      String uploadedBy,
      LocalDateTime uploadedAt) {}
}
