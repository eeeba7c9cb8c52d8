package org.cocontrol.core.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A message for a person, in Chinese (the platform's first language) and English. Rules that judge
 * input live in core and say what is wrong once; the command line and the server show the same
 * words.
 */
public record Message(String zh, String en) {

  public Message {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** The message in one language: English for an English locale, Chinese otherwise. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
  }

  /** Both languages, Chinese first: {@code 未知物质 'X' / unknown substance 'X'}. */
  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
