package org.cocontrol.server.system;

import java.util.List;

/**
 * The body of every 4xx answer: a message in Chinese and English, and for rejected input every problem
 * with where it is ({@code row}, {@code column}, the location as the user sees it: {@code line 5} or
 * {@code Sheet1!C5}).
 */
public record ApiError(String message, List<Problem> errors) {

  /** One problem in the input. */
  public record Problem(Integer row, String column, String location, String value, String message) {}

  public static ApiError of(String message) {
    return new ApiError(message, List.of());
  }
}
