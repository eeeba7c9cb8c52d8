package org.cocontrol.core.readside;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.comparison.Basis;
import org.cocontrol.core.comparison.CoverageRule;
import org.cocontrol.core.comparison.Explanation;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;

/**
 * Answers inventory questions over data gathered once: the ledger's cells, the top-down layer's
 * values and, for comparisons between years, the ledger's reporting units. Pure: it reads only what
 * it was given, so the same data gives the same answer whoever asks (dashboard, inventory, plans,
 * synergy, exports).
 *
 * <p>The rules, each written here only:
 *
 * <ul>
 *   <li><b>Which layer counts.</b> CO2 of a region and year comes from the top-down layer where it
 *       has the region's total for that year, otherwise from the ledger; pollutants and the other
 *       gases always come from the ledger. A series (for plans) is drawn from one layer: the
 *       top-down layer when it covers the region at all, since a step from published totals to the
 *       facilities that report would read as a fall.
 *   <li><b>Territorial totals</b> add direct emissions only ({@link LedgerCell#isTerritorial()}).
 *   <li><b>Reconciliation</b>: per source, the ledger's direct CO2 over the top-down CO2 (never
 *       their sum).
 *   <li><b>CO2E</b> under a GWP set, over the ledger's greenhouse gases (biogenic CO2 excluded),
 *       only where CO2 comes from the ledger: the top-down layer has CO2 alone, and facilities'
 *       methane beside a territory's CO2 would be neither.
 *   <li><b>Year-over-year</b> comparisons go through {@link YearComparison} and its coverage rule.
 * </ul>
 *
 * <p>Every sum is compensated ({@link CompensatedSum}), so a region equals the sum of its parts to
 * rounding.
 */
public final class ReadModel {

  private final List<LedgerCell> ledger;
  private final List<TopDownCell> topDown;
  private final Map<Adcode, SortedMap<Integer, Double>> topDownTotals = new HashMap<>();
  private final List<InventoryRow> units;
  private final CeadsClassification ceads;
  private final GwpTable gwp;

  private ReadModel(
      Collection<LedgerCell> ledger,
      Collection<TopDownCell> topDown,
      Collection<InventoryRow> units,
      CeadsClassification ceads,
      GwpTable gwp) {
    this.ledger = List.copyOf(ledger);
    this.topDown = List.copyOf(topDown);
    this.units = List.copyOf(units);
    this.ceads = ceads;
    this.gwp = gwp;
    for (TopDownCell c : this.topDown) {
      if (c.isTotal()) {
        topDownTotals
            .computeIfAbsent(c.region(), r -> new TreeMap<>())
            .put(c.year(), c.co2Tonnes());
      }
    }
  }

  /**
   * The read model over gathered data; a part not gathered is an empty collection (then questions
   * about it have no data).
   *
   * @param ledger the ledger's cells of the regions and years asked about
   * @param topDown the top-down layer's values of those regions and years
   * @param units the ledger's current emissions by reporting unit, for comparisons between years
   */
  public static ReadModel of(
      Collection<LedgerCell> ledger,
      Collection<TopDownCell> topDown,
      Collection<InventoryRow> units,
      CeadsClassification ceads,
      GwpTable gwp) {
    return new ReadModel(ledger, topDown, units, ceads, gwp);
  }

  // ---------------------------------------------------------------- which layer counts

  /** The layer the region's CO2 of {@code year} comes from; empty when neither layer has it. */
  public Optional<Layer> co2Layer(Adcode region, int year) {
    return value(region, year, Substance.CO2).map(RegionValue::layer);
  }

  /**
   * The region's territorial amount of a substance in a year, from the layer that counts; empty
   * when missing.
   */
  public Optional<RegionValue> value(Adcode region, int year, Substance substance) {
    return Optional.ofNullable(values(List.of(region), year, substance).get(region));
  }

  /**
   * The territorial amount of a substance in a year of each region asked (e.g. the children of a
   * map), from the layer that counts for each; a region without data is left out (missing is not
   * zero).
   */
  public Map<Adcode, RegionValue> values(
      Collection<Adcode> regions, int year, Substance substance) {
    Set<RegionLevel> levels = new HashSet<>();
    regions.forEach(r -> levels.add(r.level()));
    Set<Adcode> asked = new HashSet<>(regions);
    Map<Adcode, CompensatedSum> sums = new HashMap<>();
    for (LedgerCell c : ledger) {
      if (c.year() != year || c.substance() != substance || !c.isTerritorial()) {
        continue;
      }
      for (RegionLevel level : levels) {
        Adcode at = c.region().at(level);
        if (asked.contains(at) && c.region().isWithin(at)) {
          sums.computeIfAbsent(at, k -> new CompensatedSum()).add(c.tonnes());
        }
      }
    }
    Map<Adcode, RegionValue> out = new LinkedHashMap<>();
    for (Adcode r : regions) {
      Double td = substance == Substance.CO2 ? topDownTotal(r, year) : null;
      if (td != null) {
        out.put(r, new RegionValue(year, td, Layer.TOP_DOWN));
      } else if (sums.containsKey(r)) {
        out.put(r, new RegionValue(year, sums.get(r).value(), Layer.BOTTOM_UP));
      }
    }
    return out;
  }

  private Double topDownTotal(Adcode region, int year) {
    SortedMap<Integer, Double> years = topDownTotals.get(region);
    return years == null ? null : years.get(year);
  }

  // ---------------------------------------------------------------- the inventory of a region and
  // year

  /**
   * The inventory of a region and year.
   *
   * @param wanted a substance code, {@link InventoryRow#CO2E}, or null for every substance
   * @param gwpSet the GWP set of the CO2E rows
   */
  public InventoryAnswer inventory(
      Adcode region, int year, String wanted, Grouping by, GwpSet gwpSet) {
    boolean hasTopDown = topDownTotal(region, year) != null;
    boolean co2FromTopDown = hasTopDown && (wanted == null || wanted.equals(Substance.CO2.code()));
    boolean co2eStated = !hasTopDown && (wanted == null || wanted.equals(InventoryRow.CO2E));
    List<LedgerCell> cells = cellsOf(region, year);

    List<InventoryLine> rows = new ArrayList<>();
    if (co2FromTopDown) {
      rows.addAll(topDownLines(region, year, by));
    }
    Map<LineKey, CompensatedSum> amounts = new TreeMap<>(LineKey.ORDER);
    Map<String, CompensatedSum> totals = new TreeMap<>();
    for (LedgerCell c : cells) {
      String source = by == Grouping.SOURCE ? c.source() : null;
      boolean substanceWanted = wanted == null || wanted.equals(c.substance().code());
      if (substanceWanted && !(co2FromTopDown && c.substance() == Substance.CO2)) {
        amounts
            .computeIfAbsent(
                new LineKey(source, c.substance().code(), c.scope()), k -> new CompensatedSum())
            .add(c.tonnes());
        if (c.isTerritorial()) {
          totals.computeIfAbsent(c.substance().code(), k -> new CompensatedSum()).add(c.tonnes());
        }
      }
      if (co2eStated && countsInCo2e(c, gwpSet)) {
        double t = gwp.toCo2e(c.substance(), c.tonnes(), gwpSet).tonnes();
        amounts
            .computeIfAbsent(
                new LineKey(source, InventoryRow.CO2E, c.scope()), k -> new CompensatedSum())
            .add(t);
        if (c.isTerritorial()) {
          totals.computeIfAbsent(InventoryRow.CO2E, k -> new CompensatedSum()).add(t);
        }
      }
    }
    if (by.includesLedger()) {
      amounts.forEach(
          (k, s) ->
              rows.add(
                  new InventoryLine(
                      k.source(),
                      null,
                      null,
                      k.source() == null ? "" : k.source(),
                      k.substance(),
                      k.scope(),
                      k.substance().equals(InventoryRow.CO2E) ? gwpSet : null,
                      Layer.BOTTOM_UP,
                      s.value())));
    }
    Map<String, Double> totalsT = new TreeMap<>();
    totals.forEach((k, s) -> totalsT.put(k, s.value()));
    if (co2FromTopDown) {
      totalsT.put(Substance.CO2.code(), topDownTotal(region, year));
    }
    Double total = totalsT.get(wanted == null ? Substance.CO2.code() : wanted);
    String layer =
        co2FromTopDown
            ? (cells.isEmpty()
                ? Layer.TOP_DOWN.code()
                : Layer.TOP_DOWN.code() + "+" + Layer.BOTTOM_UP.code())
            : Layer.BOTTOM_UP.code();
    return new InventoryAnswer(
        region,
        year,
        layer,
        by,
        List.copyOf(rows),
        total,
        totalsT,
        co2FromTopDown ? reconcile(region, year, cells) : List.of());
  }

  /** The ledger's cells of a year inside a region. */
  private List<LedgerCell> cellsOf(Adcode region, int year) {
    return ledger.stream().filter(c -> c.year() == year && c.region().isWithin(region)).toList();
  }

  private boolean countsInCo2e(LedgerCell c, GwpSet gwpSet) {
    return countsInCo2e(c, gwp, gwpSet);
  }

  /**
   * Whether a cell is in CO2E under a GWP set: a greenhouse gas with a GWP in the set, biogenic CO2
   * excluded.
   */
  static boolean countsInCo2e(LedgerCell c, GwpTable gwp, GwpSet gwpSet) {
    return c.substance().isGreenhouseGas()
        && c.scope() != Scope.BIOGENIC
        && gwp.gwp(c.substance(), gwpSet).isPresent();
  }

  /** A ledger row's key: source (when grouped by it), substance code, scope. */
  private record LineKey(String source, String substance, Scope scope) {
    static final Comparator<LineKey> ORDER =
        Comparator.comparing(LineKey::source, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(k -> substanceOrder(k.substance()))
            .thenComparing(LineKey::scope);

    private static int substanceOrder(String code) {
      return Substance.parse(code).map(Enum::ordinal).orElse(Substance.values().length);
    }
  }

  /**
   * The top-down layer's CO2 of the region and year, grouped as asked; its totals are never added
   * to its parts.
   */
  private List<InventoryLine> topDownLines(Adcode region, int year, Grouping by) {
    Map<String, CompensatedSum> grouped = new LinkedHashMap<>();
    for (TopDownCell c : topDown) {
      if (!c.region().equals(region) || c.year() != year) {
        continue;
      }
      String key = topDownKey(c, by);
      if (key != null) {
        grouped.computeIfAbsent(key, k -> new CompensatedSum()).add(c.co2Tonnes());
      }
    }
    List<InventoryLine> out = new ArrayList<>();
    String co2 = Substance.CO2.code();
    grouped.forEach(
        (k, s) ->
            out.add(
                switch (by) {
                  case SECTOR ->
                      new InventoryLine(
                          ceads.source(k),
                          k,
                          null,
                          ceads.sectorName(k),
                          co2,
                          Scope.DIRECT,
                          null,
                          Layer.TOP_DOWN,
                          s.value());
                  case FUEL ->
                      new InventoryLine(
                          null,
                          null,
                          k,
                          ceads.fuelName(k),
                          co2,
                          Scope.DIRECT,
                          null,
                          Layer.TOP_DOWN,
                          s.value());
                  case SOURCE ->
                      new InventoryLine(
                          k, null, null, k, co2, Scope.DIRECT, null, Layer.TOP_DOWN, s.value());
                  case SUBSTANCE ->
                      new InventoryLine(
                          null, null, null, "", co2, Scope.DIRECT, null, Layer.TOP_DOWN, s.value());
                }));
    return out;
  }

  /**
   * The group a top-down value belongs to, or null when it is not one of the grouping's parts: a
   * sector's total over fuels, a fuel's total over sectors, a sector's total under its project
   * source, or the region's total ({@code ""}) for {@link Grouping#SUBSTANCE}. Picking exactly one
   * kind of row is what keeps totals from being added to their parts.
   */
  private String topDownKey(TopDownCell c, Grouping by) {
    return switch (by) {
      case SECTOR -> c.isSectorTotal() ? c.sector() : null;
      case FUEL -> c.isFuelTotal() ? c.fuel() : null;
      case SOURCE -> c.isSectorTotal() ? ceads.source(c.sector()) : null;
      case SUBSTANCE -> c.isTotal() ? "" : null;
    };
  }

  /**
   * The top-down layer's CO2 of a region by year, per group of {@code by} (one group {@code ""},
   * the region's total, for {@link Grouping#SUBSTANCE}), in the order the groups are first met.
   */
  public Map<String, SortedMap<Integer, Double>> topDownTrend(Adcode region, Grouping by) {
    Map<String, SortedMap<Integer, CompensatedSum>> sums = new LinkedHashMap<>();
    for (TopDownCell c : topDown) {
      String key = c.region().equals(region) ? topDownKey(c, by) : null;
      if (key != null) {
        sums.computeIfAbsent(key, k -> new TreeMap<>())
            .computeIfAbsent(c.year(), y -> new CompensatedSum())
            .add(c.co2Tonnes());
      }
    }
    Map<String, SortedMap<Integer, Double>> out = new LinkedHashMap<>();
    sums.forEach(
        (k, years) -> {
          SortedMap<Integer, Double> values = new TreeMap<>();
          years.forEach((y, sum) -> values.put(y, sum.value()));
          out.put(k, values);
        });
    return out;
  }

  /**
   * Per source: the top-down CO2 of the sectors mapped to it, and the ledger's direct CO2 of the
   * source.
   */
  private List<Reconciliation> reconcile(Adcode region, int year, List<LedgerCell> cells) {
    Map<String, CompensatedSum> top = new TreeMap<>();
    for (TopDownCell c : topDown) {
      if (c.region().equals(region) && c.year() == year && c.isSectorTotal()) {
        top.computeIfAbsent(ceads.source(c.sector()), k -> new CompensatedSum()).add(c.co2Tonnes());
      }
    }
    Map<String, CompensatedSum> bottom = new TreeMap<>();
    for (LedgerCell c : cells) {
      if (c.substance() == Substance.CO2 && c.isTerritorial()) {
        bottom.computeIfAbsent(c.source(), k -> new CompensatedSum()).add(c.tonnes());
      }
    }
    Set<String> sources = new TreeSet<>(top.keySet());
    sources.addAll(bottom.keySet());
    List<Reconciliation> out = new ArrayList<>();
    for (String s : sources) {
      double t = top.containsKey(s) ? top.get(s).value() : 0;
      double b = bottom.containsKey(s) ? bottom.get(s).value() : 0;
      out.add(new Reconciliation(s, t, b, Reconciliation.share(t, b)));
    }
    return out;
  }

  // ---------------------------------------------------------------- the inventory report by sector

  /**
   * The region's greenhouse-gas inventory of a year as an inventory report: the ledger's cells
   * tabulated by the rows of {@code layout} ({@link SectorTabulation}).
   *
   * @param ipccBySource the IPCC code of each project source category
   */
  public SectorReport sectors(
      Adcode region,
      int year,
      ReportLayout layout,
      Map<String, String> ipccBySource,
      GwpSet gwpSet) {
    List<LedgerCell> cells = cellsOf(region, year);
    return SectorTabulation.tabulate(region, year, cells, layout, ipccBySource, gwp, gwpSet);
  }

  // ---------------------------------------------------------------- series and comparisons between
  // years

  /**
   * The region's amounts of a substance by year, from one layer. CO2 comes from the top-down layer
   * when it has any year of the region. Ledger amounts are compared with one another, so missing is
   * not zero: a year whose reporting units do not cover the reference year's — {@code baseYear}
   * when the ledger has it, else its first year — or are not covered by it, under {@code rule}, is
   * refused with the reason.
   */
  public Series series(Adcode region, Substance substance, Integer baseYear, CoverageRule rule) {
    SortedMap<Integer, RegionValue> values = new TreeMap<>();
    SortedMap<Integer, Double> published =
        substance == Substance.CO2 ? topDownTotals.get(region) : null;
    if (published != null && !published.isEmpty()) {
      published.forEach((y, t) -> values.put(y, new RegionValue(y, t, Layer.TOP_DOWN)));
      return new Series(values, Map.of());
    }
    Map<Integer, CompensatedSum> sums = new TreeMap<>();
    for (LedgerCell c : ledger) {
      if (c.substance() == substance && c.isTerritorial() && c.region().isWithin(region)) {
        sums.computeIfAbsent(c.year(), k -> new CompensatedSum()).add(c.tonnes());
      }
    }
    sums.forEach((y, s) -> values.put(y, new RegionValue(y, s.value(), Layer.BOTTOM_UP)));
    Map<Integer, Explanation> refused = new TreeMap<>();
    if (values.size() >= 2) {
      int reference =
          baseYear != null && values.containsKey(baseYear) ? baseYear : values.firstKey();
      for (int year : List.copyOf(values.keySet())) {
        if (year == reference) {
          continue;
        }
        YearComparison c =
            compare(
                region,
                Math.min(reference, year),
                Math.max(reference, year),
                List.of(Basis.of(substance)),
                rule);
        if (!c.isComparable()) {
          values.remove(year);
          refused.put(year, c.explanation());
        }
      }
    }
    return new Series(values, refused);
  }

  /**
   * The reporting units inside {@code region}, base year against later year, on the given bases.
   */
  public YearComparison compare(
      Adcode region, int baseYear, int year, List<Basis> bases, CoverageRule rule) {
    List<InventoryRow> within = units.stream().filter(r -> r.region().isWithin(region)).toList();
    return YearComparison.of(baseYear, year, within, bases, rule);
  }
}
