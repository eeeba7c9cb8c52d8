/**
 * Enterprises and facilities: search, and one enterprise's activity, emissions and year-over-year
 * changes.
 */
package org.cocontrol.server.enterprise;
