package org.cocontrol.server.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The one rule for text a request brings: a bounded length, no control characters (PostgreSQL
 * cannot even store NUL) and no broken UTF-16. Names (parameters, path segments, file names, user
 * names) are one line; body text may hold tabs and line breaks. A problem names the field, so the
 * answer is a 400 the user can act on.
 */
public final class TextLimits {

  /**
   * Any string in a JSON body unless its record component says otherwise with {@link MaxLength}.
   */
  public static final int BODY_MAX = 1000;

  /** Query parameters and path segments: codes, ids, a search text. */
  public static final int PARAMETER_MAX = 200;

  /** Uploaded file names (the widest file-name column is 255). */
  public static final int FILE_NAME_MAX = 255;

  private TextLimits() {}

  /** The problem with a one-line name, or null when it is fine. */
  public static ApiError.Problem name(String field, String value, int max) {
    return check(null, field, value, max, false);
  }

  /**
   * The problem with body text, or null when it is fine; {@code row} is the 1-based element of a
   * list body, if any.
   */
  public static ApiError.Problem text(Integer row, String field, String value, int max) {
    return check(row, field, value, max, true);
  }

  /** Throws a 400 naming the field when the name breaks the rule. */
  public static void requireName(String field, String value, int max) {
    ApiError.Problem p = name(field, value, max);
    if (p != null) {
      throw rejected(List.of(p));
    }
  }

  public static BadRequestException rejected(List<ApiError.Problem> problems) {
    String fields =
        String.join(", ", problems.stream().map(ApiError.Problem::column).distinct().toList());
    return new BadRequestException(
        HttpStatus.BAD_REQUEST,
        new ApiError(Messages.text("error.invalidInput", fields), problems));
  }

  private static ApiError.Problem check(
      Integer row, String field, String value, int max, boolean multiline) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      return new ApiError.Problem(
          row, field, field, preview(value), Messages.text("error.tooLong", max));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean control =
          c < 0x20 && !(multiline && (c == '\t' || c == '\n' || c == '\r')) || c == 0x7f;
      if (control) {
        return new ApiError.Problem(
            row,
            field,
            field,
            preview(value),
            Messages.text("error.controlCharacter", String.format("%04X", (int) c), i + 1));
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1)))) {
        return new ApiError.Problem(
            row, field, field, preview(value), Messages.text("error.invalidUnicode"));
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return null;
  }

  /** The start of a value, printable, for the problem's {@code value}. */
  private static String preview(String value) {
    String head = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    StringBuilder out = new StringBuilder();
    head.codePoints()
        .forEach(
            c ->
                out.append(
                    Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                        ? "\uFFFD"
                        : new String(Character.toChars(c))));
    return out.toString();
  }
}
