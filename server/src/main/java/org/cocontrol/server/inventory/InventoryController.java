package org.cocontrol.server.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.store.Ledger;
import org.cocontrol.store.TopDownStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/inventory?region=&year=[&substance=][&groupBy=source|substance|sector|fuel]}.
 *
 * <p>Where the top-down layer (CEADs, CO2 only) covers the region and year, CO2 is reported from it and
 * the answer carries a reconciliation: for each source, how much of the top-down amount the facilities in
 * the ledger explain. The two are never added. Pollutants, and CO2 in years without a top-down value, come
 * from the ledger.
 */
@RestController
@RequestMapping("/api/v1/inventory")
class InventoryController {

  record Row(String source, String sector, String fuel, String name, String substance, String scope, double amountT) {}

  record Reconciliation(String source, double topDownT, double bottomUpT, Double explainedShare) {}

  record InventoryView(String region, int year, String layer, String groupBy, List<Row> rows, Double totalT, Map<String, Double> totalsT,
      List<Reconciliation> reconciliation) {}

  private final Ledger ledger;
  private final TopDownStore topDown;
  private final CeadsSectors ceads;

  InventoryController(Ledger ledger, TopDownStore topDown, CeadsSectors ceads) {
    this.ledger = ledger;
    this.topDown = topDown;
    this.ceads = ceads;
  }

  @GetMapping
  InventoryView inventory(@RequestParam String region, @RequestParam int year, @RequestParam(required = false) String substance,
      @RequestParam(defaultValue = "source") String groupBy) {
    Adcode code = Adcode.parseAny(region).orElseThrow(() -> BadRequestException.invalid("region must be a 6-digit adcode: '" + region + "'"));
    String by = groupBy.toLowerCase(Locale.ROOT);
    if (!List.of("source", "substance", "sector", "fuel").contains(by)) {
      throw BadRequestException.invalid("groupBy must be source, substance, sector or fuel");
    }
    String wanted = substance == null || substance.isBlank() ? null : substance.strip().toUpperCase(Locale.ROOT);
    List<TopDownStore.Row> td = topDown.rows(code, year);
    List<Ledger.Cell> bu = ledger.inventory(code, year);
    boolean co2FromTopDown = !td.isEmpty() && (wanted == null || wanted.equals("CO2"));

    List<Row> rows = new ArrayList<>();
    if (co2FromTopDown) {
      rows.addAll(topDownRows(td, by));
    }
    if (!by.equals("sector") && !by.equals("fuel")) {
      Map<String, Double> grouped = new TreeMap<>();
      for (Ledger.Cell c : bu) {
        if (wanted != null && !c.substance().equals(wanted) || co2FromTopDown && c.substance().equals("CO2")) {
          continue;
        }
        String key = (by.equals("source") ? c.source() : "") + "|" + c.substance() + "|" + c.scope();
        grouped.merge(key, c.tonnes(), Double::sum);
      }
      grouped.forEach((k, t) -> {
        String[] p = k.split("\\|", -1);
        rows.add(new Row(p[0].isEmpty() ? null : p[0], null, null, p[0], p[1], p[2], t));
      });
    }
    Map<String, Double> totals = new TreeMap<>();
    for (Row r : rows) {
      if ("direct".equals(r.scope())) { // a region's inventory totals are its territorial (direct) emissions
        totals.merge(r.substance(), r.amountT(), Double::sum);
      }
    }
    if (co2FromTopDown) {
      td.stream().filter(r -> CeadsSectors.TOTAL_SECTOR.equals(r.sector()) && CeadsSectors.TOTAL_FUEL.equals(r.fuel())).findFirst()
          .ifPresent(t -> totals.put("CO2", t.co2Tonnes()));
    }
    Double total = wanted != null ? totals.getOrDefault(wanted, 0.0) : totals.get("CO2");
    String layer = co2FromTopDown ? (bu.isEmpty() ? "top-down" : "top-down+bottom-up") : "bottom-up";
    return new InventoryView(code.toString(), year, layer, by, rows, total, totals, co2FromTopDown ? reconcile(td, bu) : List.of());
  }

  /** CO2 rows of the top-down layer grouped as asked: by CEADs sector or fuel, or by mapped project source. */
  private List<Row> topDownRows(List<TopDownStore.Row> td, String by) {
    Map<String, Double> grouped = new LinkedHashMap<>();
    for (TopDownStore.Row r : td) {
      switch (by) {
        case "sector" -> {
          if (!CeadsSectors.TOTAL_SECTOR.equals(r.sector()) && CeadsSectors.TOTAL_FUEL.equals(r.fuel())) {
            grouped.merge(r.sector(), r.co2Tonnes(), Double::sum);
          }
        }
        case "fuel" -> {
          if (CeadsSectors.TOTAL_SECTOR.equals(r.sector()) && !CeadsSectors.TOTAL_FUEL.equals(r.fuel())) {
            grouped.merge(r.fuel(), r.co2Tonnes(), Double::sum);
          }
        }
        case "source" -> {
          if (isProductionSector(r) && CeadsSectors.TOTAL_FUEL.equals(r.fuel())) {
            grouped.merge(ceads.source(r.sector()), r.co2Tonnes(), Double::sum);
          }
        }
        default -> {
          if (CeadsSectors.TOTAL_SECTOR.equals(r.sector()) && CeadsSectors.TOTAL_FUEL.equals(r.fuel())) {
            grouped.merge("", r.co2Tonnes(), Double::sum);
          }
        }
      }
    }
    List<Row> out = new ArrayList<>();
    grouped.forEach((k, t) -> out.add(switch (by) {
      case "sector" -> new Row(ceads.source(k), k, null, ceads.sectorName(k), "CO2", "direct", t);
      case "fuel" -> new Row(null, null, k, ceads.fuelName(k), "CO2", "direct", t);
      case "source" -> new Row(k, null, null, k, "CO2", "direct", t);
      default -> new Row(null, null, null, "", "CO2", "direct", t);
    }));
    return out;
  }

  /** Production sectors and households, without the source's own totals (Urban and Rural sum to households). */
  private static boolean isProductionSector(TopDownStore.Row r) {
    return !CeadsSectors.TOTAL_SECTOR.equals(r.sector());
  }

  private List<Reconciliation> reconcile(List<TopDownStore.Row> td, List<Ledger.Cell> bu) {
    Map<String, Double> top = new TreeMap<>();
    for (TopDownStore.Row r : td) {
      if (isProductionSector(r) && CeadsSectors.TOTAL_FUEL.equals(r.fuel())) {
        top.merge(ceads.source(r.sector()), r.co2Tonnes(), Double::sum);
      }
    }
    Map<String, Double> bottom = new TreeMap<>();
    for (Ledger.Cell c : bu) {
      if (c.substance().equals("CO2") && c.scope().equals("direct")) {
        bottom.merge(c.source(), c.tonnes(), Double::sum);
      }
    }
    List<Reconciliation> out = new ArrayList<>();
    java.util.Set<String> keys = new java.util.TreeSet<>(top.keySet());
    keys.addAll(bottom.keySet());
    for (String k : keys) {
      double t = top.getOrDefault(k, 0.0);
      double b = bottom.getOrDefault(k, 0.0);
      out.add(new Reconciliation(k, t, b, t > 0 ? b / t : null));
    }
    return out;
  }
}
