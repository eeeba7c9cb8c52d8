package org.cocontrol.core.readside;

import java.util.Objects;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;

/**
 * The ledger's current emissions of one record region, year, source, substance and scope (a stored
 * inventory cell), in tonnes.
 */
public record LedgerCell(
    Adcode region, int year, String source, Substance substance, Scope scope, double tonnes) {

  public LedgerCell {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * Whether the cell counts in a region's territorial total: direct emissions only. Indirect lines
   * are the emissions of the power or heat plant that supplied the electricity (counted where it
   * burns the fuel), exported lines deduct such supply from an enterprise, and memo and biogenic
   * lines never count; adding any of them to a region would count an emission twice or count what
   * is excluded.
   */
  public boolean isTerritorial() {
    return scope == Scope.DIRECT;
  }
}
