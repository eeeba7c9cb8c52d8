/**
 * The read side: every answer users read about an inventory, computed in one place over data
 * gathered once ({@link org.cocontrol.core.readside.ReadModel}): which layer counts for CO2 (the
 * top-down layer where it exists for the region and year, else the ledger), territorial totals
 * (direct emissions only), the reconciliation of the two layers, CO2E under a GWP set, region
 * values for maps, series for plans and year-over-year comparisons with their coverage, and the
 * inventory report by sector ({@link org.cocontrol.core.readside.SectorTabulation} over a {@link
 * org.cocontrol.core.readside.ReportLayout}: the five IPCC sectors or the provincial guideline's
 * tabulation). Stores gather typed rows ({@link org.cocontrol.core.readside.LedgerCell}, {@link
 * org.cocontrol.core.readside.TopDownCell}); the server only asks and shows.
 */
package org.cocontrol.core.readside;
