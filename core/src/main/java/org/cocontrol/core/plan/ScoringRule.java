package org.cocontrol.core.plan;

import java.util.Locale;

/** How an indicator's status turns into a share of its weight. */
public enum ScoringRule {
  /** Full marks when achieved or on track, none otherwise. */
  ALL_OR_NOTHING,
  /** The scheme's credit for the status (e.g. at risk earns 60%). */
  BY_STATUS,
  /**
   * Full marks when achieved or on track; otherwise the share of the path's progress made, clipped
   * to [0, 1] (by status where no share is defined).
   */
  PROPORTIONAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for an unknown code
   */
  public static ScoringRule ofCode(String code) {
    for (ScoringRule r : values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "scoring rule must be all_or_nothing, by_status or proportional, got '" + code + "'");
  }
}
