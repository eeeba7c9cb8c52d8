package org.cocontrol.server.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.store.Ledger;
import org.cocontrol.store.RegionStore;
import org.cocontrol.store.TopDownStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public dashboard's published aggregates (no login): values of a region's children for a map, the
 * historical CO2 trend of a region, and which years have data.
 */
@RestController
@RequestMapping("/api/v1/public")
class DashboardController {

  record MapValue(String adcode, String name, String nameEn, Double valueT, String layer) {}

  record MapView(String parent, String parentName, String parentNameEn, int year, String substance, List<MapValue> regions) {}

  record Point(int year, double valueT) {}

  record Series(String key, String name, List<Point> points) {}

  record TrendView(String region, String name, String groupBy, List<Series> series) {}

  record YearsView(String region, List<Integer> topDown, List<Integer> bottomUp) {}

  private final RegionStore regions;
  private final TopDownStore topDown;
  private final Ledger ledger;
  private final CeadsSectors ceads;

  DashboardController(RegionStore regions, TopDownStore topDown, Ledger ledger, CeadsSectors ceads) {
    this.regions = regions;
    this.topDown = topDown;
    this.ledger = ledger;
    this.ceads = ceads;
  }

  /**
   * Each child of {@code parent} with its amount of {@code substance} in {@code year}: CO2 from the top-down
   * layer where it covers the child, otherwise (and for pollutants) direct emissions from the ledger.
   */
  @GetMapping("/map")
  MapView map(@RequestParam(defaultValue = "000000") String parent, @RequestParam int year,
      @RequestParam(defaultValue = "CO2") String substance) {
    Adcode p = region(parent);
    String s = substance.strip().toUpperCase(Locale.ROOT);
    List<RegionStore.StoredRegion> children = regions.children(p);
    // Two queries whatever the number of children: the top-down totals of the year, and the ledger's cells.
    Map<Adcode, Double> topDownTotals = new java.util.HashMap<>();
    if (s.equals("CO2")) {
      topDown.all(year, CeadsSectors.TOTAL_SECTOR, CeadsSectors.TOTAL_FUEL).forEach(r -> topDownTotals.put(r.region(), r.co2Tonnes()));
    }
    Map<Adcode, Double> bottomUp = new java.util.HashMap<>();
    if (!children.isEmpty()) {
      org.cocontrol.core.region.RegionLevel childLevel = children.get(0).adcode().level();
      ledger.byRegion(p, year, s, "direct").forEach((code, t) -> bottomUp.merge(code.at(childLevel), t, Double::sum));
    }
    List<MapValue> values = new ArrayList<>();
    for (RegionStore.StoredRegion child : children) {
      Double td = topDownTotals.get(child.adcode());
      Double bu = bottomUp.get(child.adcode());
      String code = child.adcode().toString();
      values.add(td != null ? new MapValue(code, child.nameZh(), child.nameEn(), td, "top-down")
          : bu != null && bu != 0 ? new MapValue(code, child.nameZh(), child.nameEn(), bu, "bottom-up")
          : new MapValue(code, child.nameZh(), child.nameEn(), null, null));
    }
    var self = regions.find(p);
    return new MapView(p.toString(), self.map(RegionStore.StoredRegion::nameZh).orElse(""), self.map(RegionStore.StoredRegion::nameEn).orElse(null),
        year, s, values);
  }

  /**
   * The CEADs CO2 series of a region: its total, broken down by sector or fuel, or (groupBy=region) one total series per
   * child region that has one, so the national dashboard reads its provinces in one request instead of one per province.
   */
  @GetMapping("/trend")
  TrendView trend(@RequestParam String region, @RequestParam(defaultValue = "total") String groupBy) {
    Adcode code = region(region);
    String by = groupBy.toLowerCase(Locale.ROOT);
    List<Series> series = new ArrayList<>();
    if (by.equals("total")) {
      series.add(series("total", "合计 / total", topDown.series(code, CeadsSectors.TOTAL_SECTOR, CeadsSectors.TOTAL_FUEL)));
    } else if (by.equals("sector") || by.equals("fuel")) {
      Map<String, Map<Integer, Double>> byKey = new LinkedHashMap<>();
      for (TopDownStore.Row r : topDown.totalsHistory(code)) {
        boolean wanted = by.equals("sector")
            ? !CeadsSectors.TOTAL_SECTOR.equals(r.sector()) && CeadsSectors.TOTAL_FUEL.equals(r.fuel())
            : CeadsSectors.TOTAL_SECTOR.equals(r.sector()) && !CeadsSectors.TOTAL_FUEL.equals(r.fuel());
        if (wanted) {
          byKey.computeIfAbsent(by.equals("sector") ? r.sector() : r.fuel(), k -> new LinkedHashMap<>()).merge(r.year(), r.co2Tonnes(), Double::sum);
        }
      }
      byKey.forEach((k, points) -> series.add(new Series(k, by.equals("sector") ? ceads.sectorName(k) : ceads.fuelName(k),
          points.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList())));
    } else if (by.equals("region")) {
      for (RegionStore.StoredRegion child : regions.children(code)) {
        List<TopDownStore.Amount> amounts = topDown.series(child.adcode(), CeadsSectors.TOTAL_SECTOR, CeadsSectors.TOTAL_FUEL);
        if (!amounts.isEmpty()) {
          series.add(series(child.adcode().toString(), child.nameZh(), amounts));
        }
      }
    } else {
      throw BadRequestException.invalid("groupBy must be total, sector, fuel or region");
    }
    return new TrendView(code.toString(), regions.find(code).map(RegionStore.StoredRegion::nameZh).orElse(""), by, series);
  }

  /** The years with top-down and with bottom-up data for a region. */
  @GetMapping("/years")
  YearsView years(@RequestParam(defaultValue = "000000") String region) {
    Adcode code = region(region);
    TreeSet<Integer> td = new TreeSet<>(topDown.years(code));
    if (code.equals(Adcode.NATION)) {
      for (RegionStore.StoredRegion p : regions.children(code)) {
        td.addAll(topDown.years(p.adcode()));
      }
    }
    return new YearsView(code.toString(), List.copyOf(td), ledger.years(code));
  }

  private static Series series(String key, String name, List<TopDownStore.Amount> amounts) {
    return new Series(key, name, amounts.stream().map(a -> new Point(a.year(), a.co2Tonnes())).toList());
  }

  private static Adcode region(String s) {
    return Adcode.parseAny(s).orElseThrow(() -> BadRequestException.invalid("region must be a 6-digit adcode: '" + s + "'"));
  }
}
