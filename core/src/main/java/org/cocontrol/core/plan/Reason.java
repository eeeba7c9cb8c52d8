package org.cocontrol.core.plan;

import java.util.Locale;

/** Why an indicator got its status; the web and the assessment table print it. */
public enum Reason {
  /** The target level is met. */
  TARGET_MET,
  /** At or better than the trajectory for the year. */
  ON_PATH,
  /**
   * Behind the trajectory but at least the at-risk share of the way, or the trend reaches the
   * target.
   */
  BEHIND_PATH,
  /**
   * Behind the trajectory, less than the at-risk share of the way, and the trend misses the target.
   */
  FAR_BEHIND_PATH,
  /** Moved away from the target since the start. */
  WRONG_DIRECTION,
  /** The target year has passed without meeting the target. */
  DEADLINE_PASSED,
  /** A level to hold is not held. */
  NOT_HELD,
  /** Held so far; the period is not over. */
  HELD,
  /** One value and no base: no path and no trend to judge against. */
  NO_TRAJECTORY,
  /** Inherited from the level above and not yet completed, or not stated. */
  NO_TARGET,
  /** A reduction with no base-year level, stated or recorded. */
  NO_BASE,
  /** No value recorded for the year or before it. */
  NO_VALUE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
