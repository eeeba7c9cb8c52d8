package org.cocontrol.core.readside;

import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;

/**
 * A region's greenhouse-gas inventory of a year tabulated as an inventory report: by the rows of a
 * {@link ReportLayout} (the five IPCC sectors, or the Chinese provincial inventory guideline's
 * layout), gases as columns, CO2 equivalent under a GWP set. From the ledger (the bottom-up layer)
 * only. Missing is not zero: a row or gas without data has no value, not 0.
 *
 * @param lines the rows shown, parent before its parts, with subtotals; memo items (信息项) are shown
 *     and never added
 * @param total the territorial total: direct emissions only ({@link LedgerCell#isTerritorial()});
 *     it has no data when the ledger has none
 * @param sectorsWithData the codes of the top-level rows of the total that have data
 * @param sectorsWithoutData the codes of the top-level rows of the total (not optional) that have
 *     none: the inventory does not cover them
 * @param unweighted greenhouse gases in the table without a GWP in the set: their tonnes are shown,
 *     their CO2 equivalent is not in any CO2e figure
 */
public record SectorReport(
    Adcode region,
    int year,
    String layout,
    String layoutName,
    GwpSet gwpSet,
    List<Line> lines,
    Line total,
    List<String> sectorsWithData,
    List<String> sectorsWithoutData,
    List<String> unweighted) {

  /** The code of the total line's row. */
  public static final String TOTAL = "TOTAL";

  /**
   * One line of the report.
   *
   * @param depth 0 for a top-level row, 1 for its parts, …
   * @param tonnes tonnes of each single-species gas column with data (HFCs and PFCs have none)
   * @param co2e tonnes of CO2 equivalent of each gas column with weighted data
   * @param co2eT the line's CO2 equivalent over every gas, null without weighted data
   */
  public record Line(
      ReportRow row,
      int depth,
      boolean hasData,
      Map<GasColumn, Double> tonnes,
      Map<GasColumn, Double> co2e,
      Double co2eT) {}

  /** Whether every top-level row of the total that is always shown has data. */
  public boolean isComplete() {
    return sectorsWithoutData.isEmpty();
  }
}
