package org.cocontrol.reference;

import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.readside.CeadsClassification;

/**
 * Loads the top-down layer's classification shipped under {@code classification/}: {@code
 * ceads_sectors.csv} (each CEADs sector's Chinese name and project source category) and {@code
 * ceads_fuels.csv} (each fuel's Chinese name).
 */
public final class CeadsReference {

  private static final String ROOT = "/org/cocontrol/reference/classification/";

  private CeadsReference() {}

  /**
   * The shipped classification.
   *
   * @throws ReferenceDataException when a file is missing or a row is incomplete, naming file, line
   *     and column
   */
  public static CeadsClassification classification() {
    List<String> problems = new ArrayList<>();
    List<CeadsClassification.Sector> sectors = new ArrayList<>();
    for (ReferenceTable.Row r :
        ReferenceTable.resource(
                ROOT + "ceads_sectors.csv",
                List.of("sector_en", "sector_zh", "source_category"),
                problems)
            .rows()) {
      if (required(r, "sector_en") && required(r, "sector_zh")) {
        String source = r.get("source_category");
        sectors.add(
            new CeadsClassification.Sector(
                r.get("sector_en"), r.get("sector_zh"), source.isEmpty() ? null : source));
      }
    }
    List<CeadsClassification.Fuel> fuels = new ArrayList<>();
    for (ReferenceTable.Row r :
        ReferenceTable.resource(ROOT + "ceads_fuels.csv", List.of("fuel_en", "fuel_zh"), problems)
            .rows()) {
      if (required(r, "fuel_en") && required(r, "fuel_zh")) {
        fuels.add(new CeadsClassification.Fuel(r.get("fuel_en"), r.get("fuel_zh")));
      }
    }
    if (sectors.isEmpty() && problems.isEmpty()) {
      problems.add(ROOT + "ceads_sectors.csv: no sectors");
    }
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return CeadsClassification.of(sectors, fuels);
  }

  private static boolean required(ReferenceTable.Row r, String column) {
    if (r.get(column).isEmpty()) {
      r.problem(column, "empty");
      return false;
    }
    return true;
  }
}
