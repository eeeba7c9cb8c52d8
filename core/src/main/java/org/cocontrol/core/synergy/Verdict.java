package org.cocontrol.core.synergy;

import java.util.Objects;

/** A plain-language judgement, in Chinese and English. */
public record Verdict(String zh, String en) {

  public Verdict {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public static Verdict of(String zh, String en) {
    return new Verdict(zh, en);
  }

  /** {@code 中文 / English}. */
  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
