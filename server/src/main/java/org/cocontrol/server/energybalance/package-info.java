/**
 * The energy balance route over the API: an authority uploads a region's energy balance table
 * (能源平衡表, xlsx), kept with its file and audit; reading it gives the reference and sectoral
 * approaches' CO2 (core.energybalance) beside the ledger and the top-down layer of the same region
 * and year (through the read side).
 */
package org.cocontrol.server.energybalance;
