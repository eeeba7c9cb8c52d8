package org.cocontrol.core.plan;

import java.util.Locale;

/** Where an indicator stands in a year. */
public enum Status {
  ACHIEVED,
  ON_TRACK,
  AT_RISK,
  OFF_TRACK,
  NO_DATA;

  /** The lowercase code used in the API ({@code on_track}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
