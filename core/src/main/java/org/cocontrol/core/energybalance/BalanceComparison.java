package org.cocontrol.core.energybalance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.readside.InventoryAnswer;
import org.cocontrol.core.readside.InventoryLine;
import org.cocontrol.core.readside.Layer;
import org.cocontrol.core.readside.Reconciliation;
import org.cocontrol.core.substance.Substance;

/**
 * The sectoral approach's CO2 beside the ledger's facilities and the top-down layer (CEADs) for the
 * same region and year, by the project source categories each balance row maps to ({@link
 * BalanceLabels.RowInfo#sources()}). The ledger and top-down amounts come from the read model's
 * inventory answer ({@link org.cocontrol.core.readside.ReadModel#inventory}, grouped by source,
 * CO2): its reconciliation where the top-down layer has the region and year, else its ledger rows.
 * Nothing is added across layers.
 *
 * @param lines one per group of balance rows with the same sources, then one for the sources no
 *     balance row maps to (process emissions and the like)
 * @param ledgerT the ledger's direct CO2 of the region and year; null when the ledger has none
 * @param topDownT the top-down layer's CO2 total; null when it has none for the region and year
 */
public record BalanceComparison(
    double referenceT, double sectoralT, Double ledgerT, Double topDownT, List<Line> lines) {

  public BalanceComparison {
    lines = List.copyOf(lines);
  }

  /**
   * A group of balance rows and the sources they are compared with.
   *
   * @param rows the balance rows (empty for the line of unmapped sources)
   * @param sectoralT the sectoral approach's CO2 of the rows; null for the unmapped line
   * @param ledgerT the ledger's direct CO2 of the sources; null when it has none
   * @param topDownT the top-down CO2 of the sectors mapped to the sources; null without the layer
   *     or without such sectors
   */
  public record Line(
      List<BalanceRow> rows,
      List<String> namesZh,
      List<String> sources,
      Double sectoralT,
      Double ledgerT,
      Double topDownT) {
    public Line {
      rows = List.copyOf(rows);
      namesZh = List.copyOf(namesZh);
      sources = List.copyOf(sources);
    }

    /** The ledger's share of the sectoral CO2; null without both or with no positive sectoral. */
    public Double ledgerShare() {
      return ledgerT == null || sectoralT == null || sectoralT <= 0 ? null : ledgerT / sectoralT;
    }

    /** Top-down minus sectoral; null without both. */
    public Double topDownMinusSectoralT() {
      return topDownT == null || sectoralT == null ? null : topDownT - sectoralT;
    }
  }

  /**
   * The rows compared, in table order: the burned transformation inputs, then the final sectors.
   */
  private static final List<BalanceRow> COMPARED;

  static {
    List<BalanceRow> r = new ArrayList<>(BalanceRow.BURNING_TRANSFORMATION);
    r.addAll(BalanceRow.FINAL_SECTORS);
    COMPARED = List.copyOf(r);
  }

  /**
   * @param answer the read model's CO2 inventory of the balance's region and year grouped by source
   */
  public static BalanceComparison of(
      BalanceResult result, BalanceLabels labels, InventoryAnswer answer) {
    Map<String, CompensatedSum> ledger = new TreeMap<>();
    Map<String, CompensatedSum> topDown = new TreeMap<>();
    // the read model's answer takes CO2 from the top-down layer when it has the region's total for
    // the year; then the ledger's CO2 is only in the reconciliation (a city's top-down layer may
    // have
    // its total alone, without sectors: the lines then have no top-down amount, the total stays)
    boolean hasTopDown = answer.layer().startsWith(Layer.TOP_DOWN.code());
    if (hasTopDown) {
      for (Reconciliation r : answer.reconciliation()) {
        topDown.computeIfAbsent(r.source(), k -> new CompensatedSum()).add(r.topDownT());
        if (r.bottomUpT() != 0) {
          ledger.computeIfAbsent(r.source(), k -> new CompensatedSum()).add(r.bottomUpT());
        }
      }
    } else {
      for (InventoryLine l : answer.rows()) {
        if (l.layer() == Layer.BOTTOM_UP
            && l.scope() == Scope.DIRECT
            && Substance.CO2.code().equals(l.substance())
            && l.source() != null) {
          ledger.computeIfAbsent(l.source(), k -> new CompensatedSum()).add(l.tonnes());
        }
      }
    }
    Map<BalanceRow, CompensatedSum> sectoral = new LinkedHashMap<>();
    result
        .sectoral()
        .forEach(s -> sectoral.computeIfAbsent(s.row(), k -> new CompensatedSum()).add(s.co2T()));

    Map<List<String>, List<BalanceRow>> groups = new LinkedHashMap<>();
    for (BalanceRow r : COMPARED) {
      List<String> sources = labels.row(r).sources().stream().sorted().toList();
      List<String> key = sources.isEmpty() ? List.of("row:" + r) : sources;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Line> lines = new ArrayList<>();
    Set<String> mapped = new LinkedHashSet<>();
    groups.forEach(
        (key, rows) -> {
          List<String> sources = labels.row(rows.get(0)).sources().stream().sorted().toList();
          mapped.addAll(sources);
          CompensatedSum s = new CompensatedSum();
          rows.forEach(r -> s.add(sectoral.containsKey(r) ? sectoral.get(r).value() : 0));
          lines.add(
              new Line(
                  rows,
                  rows.stream().map(r -> labels.row(r).nameZh()).toList(),
                  sources,
                  s.value(),
                  sum(ledger, sources),
                  hasTopDown ? sum(topDown, sources) : null));
        });
    Set<String> rest = new LinkedHashSet<>(ledger.keySet());
    rest.addAll(topDown.keySet());
    rest.removeAll(mapped);
    if (!rest.isEmpty()) {
      List<String> sources = List.copyOf(rest);
      lines.add(
          new Line(
              List.of(),
              List.of(),
              sources,
              null,
              sum(ledger, sources),
              hasTopDown ? sum(topDown, sources) : null));
    }
    Double ledgerT = ledger.isEmpty() ? null : total(ledger);
    Double topDownT = hasTopDown ? answer.totals().get(Substance.CO2.code()) : null;
    return new BalanceComparison(result.referenceT(), result.sectoralT(), ledgerT, topDownT, lines);
  }

  /** The sum over the sources that have a value; null when none has. */
  private static Double sum(Map<String, CompensatedSum> bySource, List<String> sources) {
    CompensatedSum s = new CompensatedSum();
    boolean any = false;
    for (String src : sources) {
      if (bySource.containsKey(src)) {
        s.add(bySource.get(src).value());
        any = true;
      }
    }
    return any ? s.value() : null;
  }

  private static double total(Map<String, CompensatedSum> bySource) {
    CompensatedSum s = new CompensatedSum();
    bySource.values().forEach(v -> s.add(v.value()));
    return s.value();
  }
}
