package org.cocontrol.server.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * How the CEADs layer's sectors and fuels are named and which project source category or activity each
 * corresponds to (from {@code demo/ceads_sectors.csv} and {@code demo/ceads_fuels.csv}), for grouping the
 * top-down layer by source and reconciling it with facilities.
 */
@Component
public class CeadsSectors {

  /** The rows of the source that are totals, not parts. */
  public static final String TOTAL_SECTOR = "Total";
  public static final String TOTAL_FUEL = "Scope 1 Total";

  private final Map<String, String> sectorSource = new HashMap<>();
  private final Map<String, String> sectorZh = new HashMap<>();
  private final Map<String, String> fuelZh = new HashMap<>();

  public CeadsSectors() {
    read("/demo/ceads_sectors.csv", r -> {
      sectorZh.put(r.get(0), get(r, "sector_zh"));
      String source = get(r, "source_category");
      if (!source.isBlank()) {
        sectorSource.put(r.get(0), source);
      }
    });
    read("/demo/ceads_fuels.csv", r -> fuelZh.put(r.get(0), get(r, "fuel_zh")));
  }

  /** The project source category a CEADs sector corresponds to, or "OTHER". */
  public String source(String sector) {
    return sectorSource.getOrDefault(sector, "OTHER");
  }

  public String sectorName(String sector) {
    return sectorZh.getOrDefault(sector, sector);
  }

  public String fuelName(String fuel) {
    return fuelZh.getOrDefault(fuel, fuel);
  }

  private static String get(CSVRecord r, String column) {
    return r.isMapped(column) ? r.get(column).strip() : "";
  }

  private static void read(String path, java.util.function.Consumer<CSVRecord> row) {
    InputStream in = CeadsSectors.class.getResourceAsStream(path);
    if (in == null) {
      return;
    }
    try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).forEach(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
