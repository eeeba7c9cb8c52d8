package org.cocontrol.core.readside;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;

/**
 * Tabulates ledger cells as an inventory report ({@link SectorReport}). Each greenhouse-gas cell
 * goes to one row of the layout by the IPCC code of its source; a territorial cell is added to its
 * row, every row above it and the total, a memo cell to its memo row only. Every figure is a
 * compensated sum over the cells themselves, so a subtotal equals the sum of its parts to rounding.
 */
public final class SectorTabulation {

  private SectorTabulation() {}

  /**
   * The IPCC code of each project source category ({@code POWER} → {@code 1.A.1.a}), the key from
   * ledger cells to report rows.
   */
  public static Map<String, String> ipccBySource(Classification classification) {
    Map<String, String> out = new HashMap<>();
    for (SourceCategory s : classification.sources()) {
      out.put(s.code(), s.ipcc());
    }
    return Map.copyOf(out);
  }

  /**
   * The report of the given cells (already those of the region and year).
   *
   * @param ipccBySource the IPCC code of each project source category ({@code POWER} → {@code
   *     1.A.1.a}); a source not in it goes to the catch-all rows
   */
  public static SectorReport tabulate(
      Adcode region,
      int year,
      Collection<LedgerCell> cells,
      ReportLayout layout,
      Map<String, String> ipccBySource,
      GwpTable gwp,
      GwpSet gwpSet) {
    Map<String, Sums> sums = new HashMap<>();
    Sums total = new Sums();
    Set<String> unweighted = new TreeSet<>();
    Map<String, ReportRow> byCode = new HashMap<>();
    layout.rows().forEach(r -> byCode.put(r.code(), r));
    for (LedgerCell c : cells) {
      GasColumn column = GasColumn.of(c.substance()).orElse(null);
      if (column == null) {
        continue;
      }
      boolean weighted = ReadModel.countsInCo2e(c, gwp, gwpSet);
      double co2e = weighted ? gwp.toCo2e(c.substance(), c.tonnes(), gwpSet).tonnes() : 0;
      if (!weighted && !gwp.gwp(c.substance(), gwpSet).isPresent()) {
        unweighted.add(c.substance().code());
      }
      ReportRow row = layout.rowOf(c, ipccBySource.get(c.source()));
      List<Sums> targets = new ArrayList<>();
      targets.add(sums.computeIfAbsent(row.code(), k -> new Sums()));
      if (c.isTerritorial()) {
        for (String p = row.parent(); !p.isEmpty(); p = byCode.get(p).parent()) {
          targets.add(sums.computeIfAbsent(p, k -> new Sums()));
        }
        targets.add(total);
      }
      for (Sums s : targets) {
        s.add(column, c.tonnes(), weighted, co2e);
      }
    }
    List<SectorReport.Line> lines = new ArrayList<>();
    addLines(layout, "", 0, sums, lines);
    List<String> withData = new ArrayList<>();
    List<String> withoutData = new ArrayList<>();
    for (ReportRow r : layout.children("")) {
      if (r.isMemo()) {
        continue;
      }
      if (sums.containsKey(r.code())) {
        withData.add(r.code());
      } else if (!r.optional()) {
        withoutData.add(r.code());
      }
    }
    ReportRow totalRow =
        new ReportRow(
            SectorReport.TOTAL, "", "", "合计", "total", List.of(ReportRow.ANY), Set.of(), false);
    return new SectorReport(
        region,
        year,
        layout.code(),
        layout.nameZh(),
        gwpSet,
        List.copyOf(lines),
        total.line(totalRow, 0),
        List.copyOf(withData),
        List.copyOf(withoutData),
        List.copyOf(unweighted));
  }

  private static void addLines(
      ReportLayout layout,
      String parent,
      int depth,
      Map<String, Sums> sums,
      List<SectorReport.Line> out) {
    for (ReportRow r : layout.children(parent)) {
      Sums s = sums.get(r.code());
      if (s == null && r.optional()) {
        continue;
      }
      out.add((s == null ? new Sums() : s).line(r, depth));
      addLines(layout, r.code(), depth + 1, sums, out);
    }
  }

  /** The running sums of one line: tonnes and CO2e per gas column, CO2e over all. */
  private static final class Sums {
    private final Map<GasColumn, CompensatedSum> tonnes = new EnumMap<>(GasColumn.class);
    private final Map<GasColumn, CompensatedSum> co2e = new EnumMap<>(GasColumn.class);
    private final CompensatedSum co2eAll = new CompensatedSum();
    private boolean any;
    private boolean anyWeighted;

    void add(GasColumn column, double t, boolean weighted, double co2eT) {
      any = true;
      tonnes.computeIfAbsent(column, k -> new CompensatedSum()).add(t);
      if (weighted) {
        anyWeighted = true;
        co2e.computeIfAbsent(column, k -> new CompensatedSum()).add(co2eT);
        co2eAll.add(co2eT);
      }
    }

    SectorReport.Line line(ReportRow row, int depth) {
      Map<GasColumn, Double> t = new EnumMap<>(GasColumn.class);
      tonnes.forEach(
          (k, s) -> {
            if (k.isSingleSpecies()) {
              t.put(k, s.value());
            }
          });
      Map<GasColumn, Double> e = new EnumMap<>(GasColumn.class);
      co2e.forEach((k, s) -> e.put(k, s.value()));
      return new SectorReport.Line(
          row,
          depth,
          any,
          java.util.Collections.unmodifiableMap(t),
          java.util.Collections.unmodifiableMap(e),
          anyWeighted ? co2eAll.value() : null);
    }
  }
}
