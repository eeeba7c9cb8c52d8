package org.cocontrol.server.system;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The server's user-facing texts, from {@code org/cocontrol/server/messages_zh.properties} and
 * {@code messages_en.properties} (UTF-8), never from string literals in the code. {@code {0}},
 * {@code {1}} … are replaced by the arguments as written (no number formatting, no quoting rules).
 *
 * <p>Texts are composed in both languages, Chinese first, as {@code 中文 / English} (after a
 * full-width closing bracket {@code ）/ English}, as they have always been written). An answer to a
 * request with an {@code Accept-Language} carries only the language asked for (Chinese unless
 * English comes first; {@link ApiLanguage}); without one, both.
 */
public final class Messages {

  private static final String BUNDLE = "org.cocontrol.server.messages";
  private static final ResourceBundle ZH =
      ResourceBundle.getBundle(
          BUNDLE,
          Locale.CHINESE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  private static final ResourceBundle EN =
      ResourceBundle.getBundle(
          BUNDLE,
          Locale.ENGLISH,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private Messages() {}

  /** The text in both languages: {@code 中文 / English}. */
  public static String text(String key, Object... args) {
    String zh = zh(key, args);
    return zh + (zh.endsWith("）") ? "/ " : " / ") + en(key, args);
  }

  public static String zh(String key, Object... args) {
    return fill(ZH.getString(key), args);
  }

  public static String en(String key, Object... args) {
    return fill(EN.getString(key), args);
  }

  /**
   * The text in one language: English for a locale whose language is English, Chinese otherwise.
   */
  public static String in(Locale locale, String key, Object... args) {
    return locale != null && locale.getLanguage().equals("en") ? en(key, args) : zh(key, args);
  }

  /**
   * The language an answer is written in, from a request's {@code Accept-Language}: none when the
   * request does not say (both languages, as the web client expects), else the first of Chinese or
   * English the request lists, and Chinese when it lists neither (Chinese first).
   */
  public static Optional<Locale> requested(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Optional.empty();
    }
    try {
      for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage)) {
        String language = r.getRange().split("-")[0];
        if (language.equals("en") || language.equals("zh")) {
          return Optional.of(language.equals("en") ? Locale.ENGLISH : Locale.CHINESE);
        }
      }
    } catch (IllegalArgumentException unreadable) {
      // A header that is not a language list asks for nothing in particular: Chinese, as for any
      // other language.
    }
    return Optional.of(Locale.CHINESE);
  }

  /** A key's text for a request: in the language it asks for, else in both. */
  public static String answer(String acceptLanguage, String key, Object... args) {
    return requested(acceptLanguage).map(l -> in(l, key, args)).orElseGet(() -> text(key, args));
  }

  /**
   * One language's half of a text written {@code 中文 / English} (or {@code 中文（…）/ English}): the
   * separator is the first one with Chinese before it. A text not in that form is returned whole.
   * The web client splits the same way.
   */
  public static String half(String text, Locale locale) {
    if (text == null) {
      return null;
    }
    int from = 0;
    while (true) {
      int plain = text.indexOf(" / ", from);
      int bracket = text.indexOf("）/ ", from);
      if (plain < 0 && bracket < 0) {
        return text;
      }
      boolean afterBracket = bracket >= 0 && (plain < 0 || bracket < plain);
      int at = afterBracket ? bracket + 1 : plain;
      String zh = text.substring(0, at);
      if (zh.codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        return locale.getLanguage().equals("en") ? text.substring(at + (afterBracket ? 2 : 3)) : zh;
      }
      from = at + 1;
    }
  }

  private static String fill(String template, Object... args) {
    String out = template;
    for (int i = 0; i < args.length; i++) {
      out = out.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return out;
  }
}
