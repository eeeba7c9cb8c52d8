package org.cocontrol.core.plan;

import java.util.Locale;

/** A task's progress as reported for a period. */
public enum TaskStatus {
  NOT_STARTED("未启动"),
  ON_TRACK("正常推进"),
  DELAYED("滞后"),
  DONE("已完成");

  private final String nameZh;

  TaskStatus(String nameZh) {
    this.nameZh = nameZh;
  }

  /** The name the scheduling sheets and assessment tables print. */
  public String nameZh() {
    return nameZh;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for an unknown code
   */
  public static TaskStatus ofCode(String code) {
    for (TaskStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "task status must be not_started, on_track, delayed or done, got '" + code + "'");
  }
}
