package org.cocontrol.server.comparison;

import java.util.Collection;
import java.util.List;
import org.cocontrol.core.comparison.Basis;
import org.cocontrol.core.comparison.CoverageRule;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.synergy.ApeqWeights;
import org.cocontrol.core.synergy.RegionSynergy;
import org.cocontrol.reference.SynergyReference;
import org.cocontrol.store.ComparisonStore;
import org.springframework.stereotype.Component;

/**
 * Comparisons between two years under the shipped coverage rule, on CO2 and APeq unless a basis is
 * named.
 */
@Component
public class Comparisons {

  private final CoverageRule rule = SynergyReference.coverageRule();
  private final List<Basis> bases;
  private final ComparisonStore store;

  Comparisons(ComparisonStore store) {
    this.store = store;
    ApeqWeights apeq = SynergyReference.apeqWeights();
    this.bases = RegionSynergy.bases(apeq);
  }

  public CoverageRule rule() {
    return rule;
  }

  /** CO2 and APeq: what regions and enterprises are compared on. */
  public List<Basis> bases() {
    return bases;
  }

  /** The current emissions of the units reported inside {@code region} in {@code years}. */
  public List<InventoryRow> rows(Adcode region, Collection<Integer> years) {
    return store.byUnit(region, years);
  }

  /**
   * Rows by unit (entity and source, or region and source) paired between two years, on CO2 and
   * APeq.
   */
  public YearComparison of(int baseYear, int year, Collection<InventoryRow> rows) {
    return YearComparison.of(baseYear, year, rows, bases, rule);
  }

  /** The same on other bases, e.g. one substance. */
  public YearComparison of(
      int baseYear, int year, Collection<InventoryRow> rows, List<Basis> bases) {
    return YearComparison.of(baseYear, year, rows, bases, rule);
  }
}
