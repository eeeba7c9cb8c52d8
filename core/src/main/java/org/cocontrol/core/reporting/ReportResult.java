package org.cocontrol.core.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.substance.Substance;

/**
 * A computed report: the totals in tonnes per substance (what the report states), the accounted
 * line of every monthly entry, and the checks that fired.
 */
public record ReportResult(
    Map<Substance, Double> totalsT, List<ReportLine> lines, List<Check> checks) {

  public ReportResult {
    totalsT = Map.copyOf(totalsT.isEmpty() ? Map.of() : new EnumMap<>(totalsT));
    lines = List.copyOf(lines);
    checks = List.copyOf(checks);
  }

  /** True when an error-severity check fired: the report cannot be submitted. */
  public boolean blocked() {
    return checks.stream().anyMatch(Check::blocks);
  }
}
