package org.cocontrol.core.footprint;

import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;

/**
 * The product footprints and the CBAM report of one facility's year, with what could not be
 * estimated ({@code notes}: missing is not zero).
 */
public record FootprintResult(
    String entity,
    int year,
    List<ProductFootprint> footprints,
    CbamReport cbam,
    List<String> notes) {

  public FootprintResult {
    footprints = List.copyOf(footprints);
    notes = List.copyOf(notes);
  }

  /**
   * Computes the footprints (under {@code gwpSet}) and the CBAM report (under {@link
   * CbamReport#GWP}) from the facility's accounted records of one year.
   *
   * @param records the facility's records of the year, as the ledger accounted them
   */
  public static FootprintResult compute(
      FootprintReference ref,
      GwpTable gwp,
      GwpSet gwpSet,
      String entity,
      int year,
      List<FacilityRecord> records) {
    FacilityModel m = new FacilityModel(ref, records);
    List<String> notes = new ArrayList<>(m.notes);
    if (m.production.isEmpty()) {
      notes.add("无产品产量记录 / no production record of a defined product in " + year);
    }
    List<ProductFootprint> footprints = ProductFootprint.of(m, gwp, gwpSet, notes);
    CbamReport cbam = CbamReport.of(entity, year, m, gwp, notes);
    return new FootprintResult(entity, year, footprints, cbam, notes);
  }
}
