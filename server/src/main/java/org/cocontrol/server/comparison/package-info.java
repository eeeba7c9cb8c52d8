/**
 * Comparisons between two years on the stored ledger (missing is not zero): the units reported in
 * both years are compared, the rest are counted apart, and every answer states its coverage and
 * status ({@code core.comparison}).
 */
package org.cocontrol.server.comparison;
