package org.cocontrol.core.classification;

import java.util.Objects;

/**
 * A category of the project's one source classification, mapped to an IPCC 2006 category, a GB/T
 * 4754-2017 industry and a pollutant-census (排放源统计调查) source type, so one activity record yields
 * both its greenhouse gases and its air pollutants.
 *
 * @param ipccDefault whether this is the category used when a record names only the IPCC code
 * @param generatesElectricity whether the source makes electricity itself (its control equipment
 *     then runs on its own output, already inside the fuel it burns)
 */
public record SourceCategory(
    String code,
    String nameZh,
    String nameEn,
    String ipcc,
    boolean ipccDefault,
    String gbt4754,
    String censusType,
    boolean generatesElectricity) {

  public SourceCategory {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(ipcc, "ipcc");
    gbt4754 = gbt4754 == null ? "" : gbt4754;
    censusType = censusType == null ? "" : censusType;
  }

  /**
   * Whether the source produces electricity and heat as its main activity (IPCC 1.A.1.a: power
   * plants, CHP, heat plants). What it supplies is its product: its emissions are counted where it
   * burns the fuel, so the electricity or heat it sends out is never deducted (power-facility
   * guideline; territorial inventories). Only other enterprises deduct what they export.
   */
  public boolean suppliesEnergy() {
    return ipcc.equals("1.A.1.a") || ipcc.startsWith("1.A.1.a.");
  }

  /**
   * Whether the source is solid waste disposal (IPCC 4.A: landfills): its deposits are accounted
   * together per site by the first-order decay, not record by record.
   */
  public boolean isSolidWasteDisposal() {
    return ipcc.equals("4.A") || ipcc.startsWith("4.A.");
  }
}
