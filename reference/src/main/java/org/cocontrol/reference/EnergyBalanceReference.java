package org.cocontrol.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cocontrol.core.energybalance.BalanceFuel;
import org.cocontrol.core.energybalance.BalanceLabels;
import org.cocontrol.core.energybalance.BalanceRow;
import org.cocontrol.core.unit.Unit;

/**
 * Loads how energy balance tables are read, shipped under {@code classification/}: {@code
 * energy_balance_rows.csv} (each row's Chinese label, its variants, the project source categories
 * and IPCC category its combustion is compared with) and {@code energy_balance_fuels.csv} (each
 * fuel column's label, variants, project activity, whether it is primary and carries carbon, and
 * its usual unit).
 */
public final class EnergyBalanceReference {

  private static final String ROOT = "/org/cocontrol/reference/classification/";

  private EnergyBalanceReference() {}

  /**
   * The shipped labels.
   *
   * @throws ReferenceDataException when a file is missing, a row is incomplete or a value unknown,
   *     naming file, line and column, or when a label means two things
   */
  public static BalanceLabels labels() {
    List<String> problems = new ArrayList<>();
    List<BalanceLabels.RowInfo> rows = new ArrayList<>();
    for (ReferenceTable.Row r :
        ReferenceTable.resource(
                ROOT + "energy_balance_rows.csv",
                List.of("row", "name_zh", "aliases", "sources", "ipcc"),
                problems)
            .rows()) {
      BalanceRow row;
      try {
        row = BalanceRow.valueOf(r.get("row"));
      } catch (IllegalArgumentException e) {
        r.problem("row", "unknown row " + r.get("row"));
        continue;
      }
      rows.add(
          new BalanceLabels.RowInfo(
              row,
              r.get("name_zh"),
              list(r.get("aliases")),
              list(r.get("sources")),
              r.get("ipcc")));
    }
    List<BalanceFuel> fuels = new ArrayList<>();
    for (ReferenceTable.Row r :
        ReferenceTable.resource(
                ROOT + "energy_balance_fuels.csv",
                List.of("code", "name_zh", "aliases", "activity", "primary", "carbon", "unit"),
                problems)
            .rows()) {
      Unit unit = Unit.parse(r.get("unit")).orElse(null);
      if (unit == null) {
        r.problem("unit", "unknown unit " + r.get("unit"));
        continue;
      }
      if (r.get("code").isEmpty() || r.get("name_zh").isEmpty()) {
        r.problem("code", "empty code or name");
        continue;
      }
      fuels.add(
          new BalanceFuel(
              r.get("code"),
              r.get("name_zh"),
              list(r.get("aliases")),
              r.get("activity"),
              "Y".equals(r.get("primary")),
              "Y".equals(r.get("carbon")),
              unit));
    }
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    try {
      return BalanceLabels.of(rows, fuels);
    } catch (IllegalArgumentException e) {
      throw new ReferenceDataException(List.of(ROOT + "energy_balance_*.csv: " + e.getMessage()));
    }
  }

  private static List<String> list(String s) {
    return s == null || s.isBlank()
        ? List.of()
        : Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }
}
