package org.cocontrol.core.synergy;

/** Which way an emission (or an APeq total) moved between before and after. */
public enum Trend {
  FALLS,
  /** Unchanged to within {@link Change#TOLERANCE} of the larger of the two amounts. */
  FLAT,
  RISES
}
