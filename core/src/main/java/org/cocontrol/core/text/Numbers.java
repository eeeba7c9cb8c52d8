package org.cocontrol.core.text;

import java.util.regex.Pattern;

/**
 * Reads numbers as people type them in spreadsheets, strictly: plain decimals, exponents, thousands
 * separators and trailing percent signs, but never Java's extras ({@code NaN}, {@code Infinity},
 * {@code 0x1p3}, {@code 5d}), which would otherwise slip through {@link Double#parseDouble}. The
 * one place a number is read from text: activity files, plan sheets, the command line's CSV inputs
 * and the reference tables.
 */
public final class Numbers {

  private static final Pattern PLAIN =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private Numbers() {}

  /** A value that is not what its column needs; carries the message in both languages. */
  public static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;
    private final Message message;

    BadValue(String zh, String en) {
      // Thrown once per bad cell in files that may have millions; a stack trace would be wasted
      // work.
      super(en, null, false, false);
      this.message = new Message(zh, en);
    }

    public Message text() {
      return message;
    }
  }

  /** A finite number, of any sign. */
  public static double parse(String text) throws BadValue {
    String s = text.strip().replace("\u00a0", "");
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    if (!PLAIN.matcher(s).matches()) {
      throw new BadValue("'" + text + "' 不是数字", "'" + text + "' is not a number");
    }
    return finite(Double.parseDouble(s), text);
  }

  /**
   * A number the source already stored as one (an xlsx numeric cell, a JSON number): only its range
   * is checked.
   *
   * @param text the value as written, for the message
   */
  public static double finite(double v, String text) throws BadValue {
    if (!Double.isFinite(v)) {
      throw new BadValue("数值 '" + text + "' 超出范围", "number '" + text + "' is out of range");
    }
    // -0 would print as "-0.0" in results.
    return v + 0.0;
  }

  /**
   * A finite number, or null when the text is not one (for callers that word their own message).
   */
  public static Double valueOf(String text) {
    try {
      return parse(text);
    } catch (BadValue e) {
      return null;
    }
  }

  /** A finite number ≥ 0. */
  public static double nonNegative(String text) throws BadValue {
    return nonNegative(parse(text), text);
  }

  /** A stored number ≥ 0 and finite. */
  public static double nonNegative(double v, String text) throws BadValue {
    double d = finite(v, text);
    if (d < 0) {
      throw new BadValue("数值不能为负：'" + text + "'", "value must not be negative: '" + text + "'");
    }
    return d;
  }

  /** A number where {@code 95%} means 0.95 and {@code 0.95} means itself. */
  public static double fraction(String text) throws BadValue {
    String s = text.strip();
    if (isPercent(s)) {
      return parse(s.substring(0, s.length() - 1)) / 100;
    }
    return parse(s);
  }

  /** A mass percent, where {@code 1.2%} and {@code 1.2} both mean 1.2 percent. */
  public static double percent(String text) throws BadValue {
    String s = text.strip();
    return parse(isPercent(s) ? s.substring(0, s.length() - 1) : s);
  }

  private static boolean isPercent(String s) {
    return s.endsWith("%") || s.endsWith("％");
  }
}
