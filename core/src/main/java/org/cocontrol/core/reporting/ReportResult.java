package org.cocontrol.core.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.substance.Substance;

/**
 * A computed report: the totals in tonnes per substance (what the report states: the GHG report its
 * guideline's gases, the permit report the air pollutants), the accounted line of every monthly
 * entry, and the checks that fired; with the guideline followed, each facility's production and
 * intensity, the products' intensities (non-power sectors) and, for the permit report, the actual
 * emissions per outlet and pollutant.
 */
public record ReportResult(
    Map<Substance, Double> totalsT,
    List<ReportLine> lines,
    List<Check> checks,
    Guideline guideline,
    List<FacilitySummary> facilities,
    FacilitySummary whole,
    List<ProductIntensity> products,
    List<OutletEmission> outlets) {

  public ReportResult {
    totalsT = Map.copyOf(totalsT.isEmpty() ? Map.of() : new EnumMap<>(totalsT));
    lines = List.copyOf(lines);
    checks = List.copyOf(checks);
    facilities = facilities == null ? List.of() : List.copyOf(facilities);
    products = products == null ? List.of() : List.copyOf(products);
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
  }

  /** A result with totals, lines and checks only. */
  public ReportResult(Map<Substance, Double> totalsT, List<ReportLine> lines, List<Check> checks) {
    this(totalsT, lines, checks, null, List.of(), null, List.of(), List.of());
  }

  /** True when an error-severity check fired: the report cannot be submitted. */
  public boolean blocked() {
    return checks.stream().anyMatch(Check::blocks);
  }
}
