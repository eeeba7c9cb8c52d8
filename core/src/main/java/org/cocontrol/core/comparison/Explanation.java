package org.cocontrol.core.comparison;

import java.util.Objects;

/** What a comparison covers, or why it is not stated, in Chinese and English. */
public record Explanation(String zh, String en) {

  public Explanation {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** {@code 中文 / English}. */
  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
