/**
 * The energy balance route (能源平衡表): a provincial or city energy balance table in physical units,
 * and the two ways IPCC 2006 Vol. 2 Ch. 6 reads CO2 from it — the reference approach (apparent
 * consumption of each fuel, minus the carbon of non-energy use) and the sectoral approach (the fuel
 * burned in power and heat plants and by each final-consumption sector) — with their difference
 * explained line by line and both shown beside the ledger and the top-down layer through {@link
 * org.cocontrol.core.readside.ReadModel}. Pure: the table, the factors and the read model's answer
 * are given.
 */
package org.cocontrol.core.energybalance;
