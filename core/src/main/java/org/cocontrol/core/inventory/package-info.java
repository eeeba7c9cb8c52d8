/**
 * Inventories: exact roll-ups of accounted records by region, source, substance and year, CO2e and
 * intensities.
 */
package org.cocontrol.core.inventory;
