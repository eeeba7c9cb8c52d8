package org.cocontrol.io;

import java.util.List;
import org.cocontrol.core.accounting.ActivityRecord;

/**
 * What reading an activity file gave: the rows that passed every check, and every problem found.
 * An import with any error is rejected as a whole, even though {@link #records()} still holds the
 * valid rows (so a caller can say how much of the file was fine).
 */
public record ActivityImport(List<ActivityRecord> records, List<ImportProblem> problems) {

  public ActivityImport {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  /** True when nothing is an error; warnings do not count. */
  public boolean isValid() {
    return problems.stream().noneMatch(ImportProblem::isError);
  }

  public List<ImportProblem> errors() {
    return problems.stream().filter(ImportProblem::isError).toList();
  }

  public List<ImportProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
