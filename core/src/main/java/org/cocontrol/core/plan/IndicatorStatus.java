package org.cocontrol.core.plan;

import java.util.Objects;

/**
 * An indicator's standing in a year.
 *
 * @param status the verdict
 * @param reason why
 * @param year the year asked about
 * @param actual the latest value recorded in or before {@code year}, or null
 * @param actualYear the year of {@code actual}, or null
 * @param expected the trajectory's value for {@code year}, or null when there is no path
 * @param projected the value the linear trend reaches in the target year, or null with fewer than
 *     two points
 * @param targetLevel the level that meets the target, or null when unknown
 * @param progressRatio progress made since the start over progress the path asks for by {@code
 *     year}; null where it is not defined
 */
public record IndicatorStatus(
    Status status,
    Reason reason,
    int year,
    Double actual,
    Integer actualYear,
    Double expected,
    Double projected,
    Double targetLevel,
    Double progressRatio) {

  public IndicatorStatus {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }
}
