package org.cocontrol.server.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.comparison.Comparisons;
import org.cocontrol.server.comparison.CoverageView;
import org.cocontrol.server.region.Regions;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.server.system.Paging;
import org.cocontrol.server.system.Provenance;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.Ledger;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/enterprises} (search) and {@code GET /api/v1/enterprises/{id}} (one enterprise
 * with its emissions by year and their provenance). Authorities see their jurisdiction, an
 * enterprise only itself, the public nothing.
 */
@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseController {

  record Item(
      long id,
      String code,
      String creditCode,
      String name,
      String nameEn,
      String industry,
      String region,
      String regionName,
      String park,
      Double lat,
      Double lon,
      String permitNumber,
      boolean keyEmitter,
      boolean keyPolluter,
      boolean synthetic) {}

  record SearchResult(List<Item> items, int total, int page, int size) {}

  record Emission(
      String recordId,
      int year,
      String source,
      String activity,
      String substance,
      String scope,
      String method,
      double amountT,
      String provenance) {}

  /**
   * A substance's change between two reported years, over the sources the enterprise reported in
   * both (missing is not zero); {@code relativeChange} is null when {@code status} is {@code
   * insufficient_data} or {@code fromT} is 0.
   */
  record Change(
      String substance,
      int fromYear,
      int toYear,
      double fromT,
      double toT,
      Double relativeChange,
      String status) {}

  /**
   * A reported activity record: what was burnt or produced, how much, with which technology and
   * controls; for a solvent-containing product its VOC content (mass %), null when not reported.
   */
  record Activity(
      String recordId,
      int year,
      String source,
      String activity,
      double amount,
      String unit,
      String technology,
      List<String> controls,
      Double vocContentPct) {}

  /**
   * {@code comparisons}: for each pair of consecutive reported years, which sources were compared,
   * what they cover, and the status.
   */
  record Detail(
      Item enterprise,
      Map<Integer, Map<String, Double>> totalsByYear,
      List<Change> yearOverYear,
      List<Emission> emissions,
      List<Activity> activities,
      List<CoverageView> comparisons) {}

  private final EnterpriseRecords enterprises;
  private final Regions regions;
  private final Provenance provenance;
  private final Comparisons comparisons;

  EnterpriseController(
      EnterpriseRecords enterprises,
      Regions regions,
      Provenance provenance,
      Comparisons comparisons) {
    this.enterprises = enterprises;
    this.regions = regions;
    this.provenance = provenance;
    this.comparisons = comparisons;
  }

  @GetMapping
  SearchResult search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String industry,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication auth) {
    Caller caller = Caller.of(auth);
    if (!AccessPolicy.maySeeReported(caller)) {
      throw BadRequestException.forbidden(Messages.text("access.enterprises"));
    }
    Paging paging = Paging.of(page, size, 200);
    if (AccessPolicy.seesOwnEnterpriseOnly(caller)) {
      List<Item> own = enterprises.own(caller).stream().map(this::item).toList();
      return new SearchResult(own, own.size(), 0, paging.size());
    }
    Adcode within = caller.scope();
    if (region != null && !region.isBlank()) {
      Adcode asked =
          Adcode.parseAny(region)
              .orElseThrow(
                  () -> BadRequestException.invalid(Messages.text("region.invalid", region)));
      if (!AccessPolicy.mayRead(caller, asked)) {
        throw BadRequestException.forbidden(Messages.text("access.regionOutside", region));
      }
      within = asked;
    }
    EnterpriseStore.Page p =
        enterprises.search(q, within, industry, paging.offset(), paging.size());
    return new SearchResult(
        p.items().stream().map(this::item).toList(), p.total(), paging.page(), paging.size());
  }

  @GetMapping("/{id}")
  Detail detail(@PathVariable long id, Authentication auth) {
    Caller caller = Caller.of(auth);
    EnterpriseStore.Enterprise e =
        enterprises
            .visible(caller, id)
            .orElseThrow(() -> BadRequestException.notFound("enterprise " + id));
    List<Emission> emissions = new ArrayList<>();
    Map<Integer, Map<String, Double>> totals = new TreeMap<>();
    List<InventoryRow> bySource = new ArrayList<>();
    for (Ledger.StoredEmission s : enterprises.emissionsOf(id)) {
      emissions.add(
          new Emission(
              s.recordId(),
              s.year(),
              s.source(),
              s.activity(),
              s.substance(),
              s.scope(),
              s.method(),
              s.tonnes(),
              provenance.expand(s.provenance())));
      if (s.scope().equals("direct")
          || s.scope().equals("indirect")
          || s.scope().equals("exported")) {
        totals
            .computeIfAbsent(s.year(), y -> new TreeMap<>())
            .merge(s.substance(), s.tonnes(), Double::sum);
      }
      bySource.add(
          new InventoryRow(
              e.region(),
              s.year(),
              s.source(),
              null,
              null,
              e.code(),
              s.substance(),
              s.scope(),
              null,
              s.tonnes()));
    }
    List<Activity> activities =
        enterprises.activitiesOf(id).stream()
            .map(
                a ->
                    new Activity(
                        a.recordId(),
                        a.year(),
                        a.source(),
                        a.activity(),
                        a.amount(),
                        a.unit().symbol(),
                        a.technology(),
                        a.controls().stream()
                            .map(org.cocontrol.core.accounting.ControlSpec::code)
                            .toList(),
                        a.vocContentPct()))
            .toList();
    List<YearComparison> pairs = yearPairs(totals.keySet(), bySource);
    return new Detail(
        item(e),
        totals,
        changes(pairs),
        emissions,
        activities,
        pairs.stream().map(c -> CoverageView.of(c, LISTED_SOURCES)).toList());
  }

  /** An enterprise has a handful of sources: name every one reported in one year only. */
  private static final int LISTED_SOURCES = 50;

  /** Each reported year against the one before, source by source. */
  private List<YearComparison> yearPairs(
      java.util.Set<Integer> years, List<InventoryRow> bySource) {
    List<YearComparison> out = new ArrayList<>();
    Integer previous = null;
    for (Integer year : years) {
      if (previous != null) {
        out.add(comparisons.of(previous, year, bySource));
      }
      previous = year;
    }
    return out;
  }

  /**
   * Each substance's change from one reported year to the next, over the sources reported in both
   * years: a source reported in one year only is not a fall or a rise; with insufficient data the
   * tonnes are given without a relative change.
   */
  static List<Change> changes(List<YearComparison> pairs) {
    List<Change> out = new ArrayList<>();
    for (YearComparison c : pairs) {
      Map<Substance, Double> before = c.matchedBase();
      c.matchedLater()
          .forEach(
              (s, after) -> {
                Double from = before.get(s);
                if (from != null) {
                  Double relative = !c.isComparable() || from == 0 ? null : (after - from) / from;
                  out.add(
                      new Change(
                          s.code(),
                          c.baseYear(),
                          c.year(),
                          from,
                          after,
                          relative,
                          c.status().code()));
                }
              });
    }
    return out;
  }

  private Item item(EnterpriseStore.Enterprise e) {
    String regionName = regions.nameZh(e.region(), "");
    // GPPD plants have only English names.
    String name = e.nameZh().isBlank() ? e.nameEn() : e.nameZh();
    return new Item(
        e.id(),
        e.code(),
        e.creditCode(),
        name,
        e.nameEn(),
        e.industry(),
        e.region().toString(),
        regionName,
        e.park(),
        e.lat(),
        e.lon(),
        e.permitNumber(),
        e.keyEmitter(),
        e.keyPolluter(),
        e.synthetic());
  }
}
