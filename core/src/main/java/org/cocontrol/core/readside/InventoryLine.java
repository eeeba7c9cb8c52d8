package org.cocontrol.core.readside;

import java.util.Objects;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.substance.GwpSet;

/**
 * One row of an inventory answer. Fields a grouping does not use are null.
 *
 * @param name what the row is about, as shown: the sector's or fuel's Chinese name, the source
 *     code, or empty
 * @param substance a substance code, or {@code CO2E} for the GWP-weighted sum of the greenhouse
 *     gases
 * @param gwpSet the GWP set of a CO2E row, else null
 */
public record InventoryLine(
    String source,
    String sector,
    String fuel,
    String name,
    String substance,
    Scope scope,
    GwpSet gwpSet,
    Layer layer,
    double tonnes) {

  public InventoryLine {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(layer, "layer");
  }
}
