package org.cocontrol.server.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocontrol.core.readside.CeadsClassification;
import org.cocontrol.core.readside.Grouping;
import org.cocontrol.core.readside.RegionValue;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.server.readside.ReadSide;
import org.cocontrol.server.region.Regions;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.RequestValues;
import org.cocontrol.store.RegionStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public dashboard's published aggregates (no login): values of a region's children for a map,
 * the historical CO2 trend of a region, and which years have data.
 */
@RestController
@RequestMapping("/api/v1/public")
class DashboardController {

  record MapValue(String adcode, String name, String nameEn, Double valueT, String layer) {}

  record MapView(
      String parent,
      String parentName,
      String parentNameEn,
      int year,
      String substance,
      List<MapValue> regions) {}

  record Point(int year, double valueT) {}

  record Series(String key, String name, List<Point> points) {}

  record TrendView(String region, String name, String groupBy, List<Series> series) {}

  record YearsView(String region, List<Integer> topDown, List<Integer> bottomUp) {}

  private final Regions regions;
  private final ReadSide readSide;

  DashboardController(Regions regions, ReadSide readSide) {
    this.regions = regions;
    this.readSide = readSide;
  }

  /**
   * Each child of {@code parent} with its territorial amount of {@code substance} in {@code year},
   * from the layer that counts for it (the read side: CO2 from the top-down layer where it has the
   * child's total, else the ledger's direct emissions); a child without data has none.
   */
  @GetMapping("/map")
  MapView map(
      @RequestParam(defaultValue = "000000") String parent,
      @RequestParam int year,
      @RequestParam(defaultValue = "CO2") String substance) {
    Adcode p = RequestValues.adcode(parent);
    Substance s =
        Substance.parse(substance)
            .orElseThrow(
                () -> BadRequestException.invalid("unknown substance: '" + substance + "'"));
    List<RegionStore.StoredRegion> children = regions.children(p);
    Map<Adcode, RegionValue> values =
        readSide.values(
            p, children.stream().map(RegionStore.StoredRegion::adcode).toList(), year, s);
    List<MapValue> out = new ArrayList<>();
    for (RegionStore.StoredRegion child : children) {
      RegionValue v = values.get(child.adcode());
      out.add(
          new MapValue(
              child.adcode().toString(),
              child.nameZh(),
              child.nameEn(),
              v == null ? null : v.tonnes(),
              v == null ? null : v.layer().code()));
    }
    var self = regions.find(p);
    return new MapView(
        p.toString(),
        self.map(RegionStore.StoredRegion::nameZh).orElse(""),
        self.map(RegionStore.StoredRegion::nameEn).orElse(null),
        year,
        s.code(),
        out);
  }

  /**
   * The CEADs CO2 series of a region: its total, broken down by sector or fuel, or (groupBy=region)
   * one total series per child region that has one, so the national dashboard reads its provinces
   * in one request instead of one per province.
   */
  @GetMapping("/trend")
  TrendView trend(
      @RequestParam String region, @RequestParam(defaultValue = "total") String groupBy) {
    Adcode code = RequestValues.adcode(region);
    String by = groupBy.toLowerCase(Locale.ROOT);
    Grouping grouping =
        switch (by) {
          case "total", "region" -> Grouping.SUBSTANCE;
          case "sector" -> Grouping.SECTOR;
          case "fuel" -> Grouping.FUEL;
          default ->
              throw BadRequestException.invalid("groupBy must be total, sector, fuel or region");
        };
    CeadsClassification ceads = readSide.ceads();
    List<Series> series = new ArrayList<>();
    if (by.equals("region")) {
      for (RegionStore.StoredRegion child : regions.children(code)) {
        List<Point> points = new ArrayList<>();
        readSide
            .topDownTrend(child.adcode(), Grouping.SUBSTANCE)
            .values()
            .forEach(total -> total.forEach((year, value) -> points.add(new Point(year, value))));
        if (!points.isEmpty()) {
          series.add(new Series(child.adcode().toString(), child.nameZh(), points));
        }
      }
      return new TrendView(
          code.toString(),
          regions.find(code).map(RegionStore.StoredRegion::nameZh).orElse(""),
          by,
          series);
    }
    readSide
        .topDownTrend(code, grouping)
        .forEach(
            (k, points) ->
                series.add(
                    new Series(
                        k.isEmpty() ? "total" : k,
                        switch (grouping) {
                          case SECTOR -> ceads.sectorName(k);
                          case FUEL -> ceads.fuelName(k);
                          default -> "合计 / total";
                        },
                        points.entrySet().stream()
                            .map(e -> new Point(e.getKey(), e.getValue()))
                            .toList())));
    if (series.isEmpty() && grouping == Grouping.SUBSTANCE) {
      series.add(new Series("total", "合计 / total", List.of()));
    }
    return new TrendView(
        code.toString(),
        regions.find(code).map(RegionStore.StoredRegion::nameZh).orElse(""),
        by,
        series);
  }

  /** The years with top-down and with bottom-up data for a region. */
  @GetMapping("/years")
  YearsView years(@RequestParam(defaultValue = "000000") String region) {
    Adcode code = RequestValues.adcode(region);
    ReadSide.Years y = readSide.years(code);
    return new YearsView(code.toString(), y.topDown(), y.bottomUp());
  }
}
