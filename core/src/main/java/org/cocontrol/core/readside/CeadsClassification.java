package org.cocontrol.core.readside;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The top-down layer's dimensions: the CEADs sectors and fuels with their Chinese names, and the
 * project source category each sector corresponds to (for grouping the layer by source and
 * reconciling it with the ledger). Reference data ({@code reference}'s {@code
 * classification/ceads_sectors.csv} and {@code ceads_fuels.csv}).
 */
public final class CeadsClassification {

  /** The sector of the rows that are totals over sectors. */
  public static final String TOTAL_SECTOR = "Total";

  /** The fuel of the rows that are totals over fuels. */
  public static final String TOTAL_FUEL = "Scope 1 Total";

  /** The source category of a sector without a project code. */
  public static final String OTHER_SOURCE = "OTHER";

  /**
   * A sector as CEADs names it.
   *
   * @param source the project source category, or null when the sector has none
   */
  public record Sector(String code, String nameZh, String source) {
    public Sector {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(nameZh, "nameZh");
    }
  }

  /** A fuel as CEADs names it. */
  public record Fuel(String code, String nameZh) {
    public Fuel {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(nameZh, "nameZh");
    }
  }

  private final Map<String, Sector> sectors = new HashMap<>();
  private final Map<String, Fuel> fuels = new HashMap<>();

  private CeadsClassification(List<Sector> sectors, List<Fuel> fuels) {
    sectors.forEach(s -> this.sectors.put(s.code(), s));
    fuels.forEach(f -> this.fuels.put(f.code(), f));
  }

  public static CeadsClassification of(List<Sector> sectors, List<Fuel> fuels) {
    return new CeadsClassification(sectors, fuels);
  }

  /**
   * The project source category of a sector, {@link #OTHER_SOURCE} when it has none or is unknown.
   */
  public String source(String sector) {
    Sector s = sectors.get(sector);
    return s == null || s.source() == null || s.source().isBlank() ? OTHER_SOURCE : s.source();
  }

  /** The sector's Chinese name, or its code when it is not listed. */
  public String sectorName(String sector) {
    Sector s = sectors.get(sector);
    return s == null ? sector : s.nameZh();
  }

  /** The fuel's Chinese name, or its code when it is not listed. */
  public String fuelName(String fuel) {
    Fuel f = fuels.get(fuel);
    return f == null ? fuel : f.nameZh();
  }
}
