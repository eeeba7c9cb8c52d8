package org.cocontrol.core.plan;

import java.util.Locale;

/** A task's progress as reported for a period. */
public enum TaskStatus {
  NOT_STARTED,
  ON_TRACK,
  DELAYED,
  DONE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException for an unknown code */
  public static TaskStatus ofCode(String code) {
    for (TaskStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("task status must be not_started, on_track, delayed or done, got '" + code + "'");
  }
}
