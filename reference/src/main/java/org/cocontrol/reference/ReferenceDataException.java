package org.cocontrol.reference;

import java.util.List;

/**
 * Reference files that cannot be loaded; the message lists every problem as {@code file:line
 * column: what}.
 */
public final class ReferenceDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public ReferenceDataException(List<String> problems) {
    super(problems.size() + " problem(s) in reference data:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
