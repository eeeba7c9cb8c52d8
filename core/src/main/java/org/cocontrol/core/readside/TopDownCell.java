package org.cocontrol.core.readside;

import java.util.Objects;
import org.cocontrol.core.region.Adcode;

/**
 * One value of the top-down layer (a published inventory such as CEADs): CO2 of a region and year
 * by sector and fuel. The source's totals (sector {@link CeadsClassification#TOTAL_SECTOR}, fuel
 * {@link CeadsClassification#TOTAL_FUEL}) are values of their own, never added to their parts.
 */
public record TopDownCell(Adcode region, int year, String sector, String fuel, double co2Tonnes) {

  public TopDownCell {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(fuel, "fuel");
  }

  /** The region's total over all sectors and fuels. */
  public boolean isTotal() {
    return CeadsClassification.TOTAL_SECTOR.equals(sector)
        && CeadsClassification.TOTAL_FUEL.equals(fuel);
  }

  /** One sector's total over its fuels. */
  public boolean isSectorTotal() {
    return !CeadsClassification.TOTAL_SECTOR.equals(sector)
        && CeadsClassification.TOTAL_FUEL.equals(fuel);
  }

  /** One fuel's total over the sectors. */
  public boolean isFuelTotal() {
    return CeadsClassification.TOTAL_SECTOR.equals(sector)
        && !CeadsClassification.TOTAL_FUEL.equals(fuel);
  }
}
