package org.cocontrol.core.readside;

import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;

/**
 * The inventory of a region and year as users read it.
 *
 * @param layer {@code top-down} or {@code top-down+bottom-up} when CO2 comes from the top-down
 *     layer (with or without ledger rows beside it), else {@code bottom-up}
 * @param totals the territorial total of each substance (and {@code CO2E}) in the answer, by code
 * @param total the asked substance's total, or CO2's when none was asked; null when it is missing
 * @param reconciliation per source, how much of the top-down CO2 the ledger explains; empty in
 *     bottom-up answers
 */
public record InventoryAnswer(
    Adcode region,
    int year,
    String layer,
    Grouping grouping,
    List<InventoryLine> rows,
    Double total,
    Map<String, Double> totals,
    List<Reconciliation> reconciliation) {}
