package org.cocontrol.core.inventory;

import java.util.Objects;
import org.cocontrol.core.region.Adcode;

/**
 * One cell of an inventory. Breakdown fields not asked for are null.
 *
 * @param substance a substance code, or {@code CO2E} for the GWP-weighted total of the greenhouse
 *     gases
 * @param scope the {@link org.cocontrol.core.accounting.Scope} code
 * @param gwpSet the GWP set, for CO2E rows only
 */
public record InventoryRow(
    Adcode region,
    int year,
    String source,
    String ipcc,
    String activity,
    String entity,
    String substance,
    String scope,
    String gwpSet,
    double tonnes) {

  public static final String CO2E = "CO2E";

  public InventoryRow {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(scope, "scope");
  }
}
