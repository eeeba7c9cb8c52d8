/**
 * Inventories over the API: the bottom-up ledger (accounted activity records) and the top-down
 * layer (CEADs), reconciled — a year with both reports the top-down total and how much of it
 * facilities explain.
 */
package org.cocontrol.server.inventory;
