package org.cocontrol.server.readside;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.comparison.Basis;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.readside.CeadsClassification;
import org.cocontrol.core.readside.Grouping;
import org.cocontrol.core.readside.InventoryAnswer;
import org.cocontrol.core.readside.LedgerCell;
import org.cocontrol.core.readside.ReadModel;
import org.cocontrol.core.readside.RegionValue;
import org.cocontrol.core.readside.ReportLayout;
import org.cocontrol.core.readside.SectorReport;
import org.cocontrol.core.readside.SectorTabulation;
import org.cocontrol.core.readside.Series;
import org.cocontrol.core.readside.TopDownCell;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.reference.CeadsReference;
import org.cocontrol.reference.InventoryReportReference;
import org.cocontrol.server.comparison.Comparisons;
import org.cocontrol.store.Ledger;
import org.cocontrol.store.RegionStore;
import org.cocontrol.store.TopDownStore;
import org.springframework.stereotype.Component;

/**
 * Gathers what a question needs from the stores, once per request, and asks the core's {@link
 * ReadModel}: no rule of the answer lives here. The CEADs classification is loaded at start-up: a
 * server without it does not start.
 */
@Component
public class ReadSide {

  /** The years a region has data in, per layer. */
  public record Years(List<Integer> topDown, List<Integer> bottomUp) {}

  private final Ledger ledger;
  private final TopDownStore topDown;
  private final RegionStore regions;
  private final Comparisons comparisons;
  private final ReferenceData reference;
  private final GwpSet gwpSet;
  private final CeadsClassification ceads = CeadsReference.classification();
  private final Map<String, ReportLayout> reportLayouts = InventoryReportReference.layouts();
  private final Map<String, String> ipccBySource;

  ReadSide(
      Ledger ledger,
      TopDownStore topDown,
      RegionStore regions,
      Comparisons comparisons,
      ReferenceData reference,
      Accountant accountant) {
    this.ledger = ledger;
    this.topDown = topDown;
    this.regions = regions;
    this.comparisons = comparisons;
    this.reference = reference;
    this.gwpSet = accountant.options().gwpSet();
    this.ipccBySource = SectorTabulation.ipccBySource(reference.classification());
  }

  /**
   * The IPCC 2006 sector ({@code 1}…{@code 5}) of a project source category and its Chinese name;
   * empty when the source has no IPCC code.
   */
  public Optional<IpccSector> ipccSector(String source) {
    String code = source == null ? null : ipccBySource.get(source);
    if (code == null) {
      return Optional.empty();
    }
    String sector = code.split("\\.")[0];
    return Optional.of(
        new IpccSector(
            sector,
            reference.classification().ipccCategory(sector).map(c -> c.nameZh()).orElse(sector)));
  }

  /** An IPCC 2006 sector: its code ({@code 1}…{@code 5}) and Chinese name. */
  public record IpccSector(String code, String nameZh) {}

  /**
   * The layouts of the inventory reports by sector, by code ({@code ipcc2006}, {@code provincial}).
   */
  public Map<String, ReportLayout> reportLayouts() {
    return reportLayouts;
  }

  /**
   * The inventory of a region and year as an inventory report by sector (the ledger's greenhouse
   * gases).
   */
  public SectorReport sectors(Adcode region, int year, ReportLayout layout, GwpSet set) {
    return model(ledger.cells(region, List.of(year)), List.of(), List.of())
        .sectors(region, year, layout, ipccBySource, set);
  }

  /** The GWP set the ledger is accounted under, the CO2E rows' default. */
  public GwpSet gwpSet() {
    return gwpSet;
  }

  public CeadsClassification ceads() {
    return ceads;
  }

  /**
   * The inventory of a region and year ({@code wanted}: a substance code, {@code CO2E} or null for
   * all).
   */
  public InventoryAnswer inventory(
      Adcode region, int year, String wanted, Grouping by, GwpSet set) {
    return model(ledger.cells(region, List.of(year)), topDown.cells(region, year), List.of())
        .inventory(region, year, wanted, by, set);
  }

  /**
   * The territorial amount of a substance in a year of each child of {@code parent}, from the layer
   * that counts for each.
   */
  public Map<Adcode, RegionValue> values(
      Adcode parent, Collection<Adcode> children, int year, Substance substance) {
    List<TopDownCell> totals = substance == Substance.CO2 ? topDown.totals(year) : List.of();
    return model(ledger.cells(parent, year, substance), totals, List.of())
        .values(children, year, substance);
  }

  /**
   * A region's yearly amounts of a substance for plans, from one layer, with the years that cannot
   * be compared left out.
   */
  public Series series(Adcode region, Substance substance, Integer baseYear) {
    List<LedgerCell> cells = ledger.cells(region, null);
    TreeSet<Integer> years = new TreeSet<>();
    cells.stream().filter(c -> c.substance() == substance).forEach(c -> years.add(c.year()));
    List<TopDownCell> published = substance == Substance.CO2 ? topDown.history(region) : List.of();
    return model(cells, published, comparisons.rows(region, years))
        .series(region, substance, baseYear, comparisons.rule());
  }

  /** The top-down layer's CO2 of a region by year: its total, or per sector or per fuel. */
  public Map<String, java.util.SortedMap<Integer, Double>> topDownTrend(
      Adcode region, Grouping by) {
    return model(List.of(), topDown.history(region), List.of()).topDownTrend(region, by);
  }

  /**
   * Comparisons between two years of regions inside {@code within} (the region itself or its
   * children), on CO2 and APeq, over the reporting units gathered once.
   */
  public Map<Adcode, YearComparison> compare(
      Adcode within, Collection<Adcode> regions, int baseYear, int year) {
    ReadModel m = model(List.of(), List.of(), comparisons.rows(within, List.of(baseYear, year)));
    List<Basis> bases = comparisons.bases();
    Map<Adcode, YearComparison> out = new java.util.LinkedHashMap<>();
    for (Adcode r : regions) {
      out.put(r, m.compare(r, baseYear, year, bases, comparisons.rule()));
    }
    return out;
  }

  /**
   * The years with top-down data (for the nation, any province's: the layer has no national rows)
   * and with ledger data.
   */
  public Years years(Adcode region) {
    TreeSet<Integer> td = new TreeSet<>(topDown.years(region));
    if (region.equals(Adcode.NATION)) {
      for (RegionStore.StoredRegion p : regions.children(region)) {
        td.addAll(topDown.years(p.adcode()));
      }
    }
    return new Years(List.copyOf(td), ledger.years(region));
  }

  private ReadModel model(
      List<LedgerCell> cells,
      List<TopDownCell> td,
      List<org.cocontrol.core.inventory.InventoryRow> units) {
    return ReadModel.of(cells, td, units, ceads, reference.gwp());
  }
}
