package org.cocontrol.core.reporting;

/**
 * Where a check or finding points: facility, month and field; each may be null when the check is
 * about the whole report, a whole facility or a whole month.
 */
public record Location(String facility, Integer month, String field) {

  public static final Location REPORT = new Location(null, null, null);
}
