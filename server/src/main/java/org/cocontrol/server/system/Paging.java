package org.cocontrol.server.system;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list: {@code page} from 0, {@code size} rows; checked, so a page far past any list is
 * a 400, not an overflow.
 */
public record Paging(int page, int size) {

  /** Checks both, naming each that is out of range. */
  public static Paging of(int page, int size, int maxSize) {
    List<ApiError.Problem> problems = new ArrayList<>();
    if (size < 1 || size > maxSize) {
      problems.add(
          new ApiError.Problem(
              null,
              "size",
              "size",
              String.valueOf(size),
              Messages.text("error.pageSize", maxSize)));
    }
    if (page < 0 || (long) page * Math.max(size, 1) > Integer.MAX_VALUE) {
      problems.add(
          new ApiError.Problem(
              null, "page", "page", String.valueOf(page), Messages.text("error.pageRange")));
    }
    if (!problems.isEmpty()) {
      throw TextLimits.rejected(problems);
    }
    return new Paging(page, size);
  }

  public int offset() {
    return page * size;
  }
}
