package org.cocontrol.server.system;

import java.util.List;
import org.cocontrol.io.ImportProblem;

/**
 * The body of every 4xx answer: a message in Chinese and English, and for rejected input every
 * problem with where it is ({@code row}, {@code column}, the location as the user sees it: {@code
 * line 5} or {@code Sheet1!C5}).
 */
public record ApiError(String message, List<Problem> errors) {

  /** One problem in the input. */
  public record Problem(Integer row, String column, String location, String value, String message) {

    /**
     * A problem io found in a table, with the row, column and place it found it at: nothing is
     * parsed back out of text.
     */
    public static Problem of(ImportProblem p) {
      return new Problem(
          p.row() == null ? null : Math.toIntExact(p.row()),
          p.column(),
          p.location(),
          p.value(),
          p.message());
    }
  }

  public static ApiError of(String message) {
    return new ApiError(message, List.of());
  }
}
