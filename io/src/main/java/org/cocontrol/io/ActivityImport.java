package org.cocontrol.io;

import java.util.List;
import org.cocontrol.core.accounting.ActivityRecord;

/**
 * What reading an activity file gave: the rows that passed every check, and every problem found. An
 * import with any error is rejected as a whole, even though {@link #records()} still holds the
 * valid rows (so a caller can say how much of the file was fine).
 *
 * @param locations where each record sits in the file ({@code line 5}, {@code Sheet1!5:5}, {@code
 *     record 5}), in the order of {@code records}, so a problem found later (an implausible
 *     calculated emission) can still name its row
 */
public record ActivityImport(
    List<ActivityRecord> records, List<ImportProblem> problems, List<Place> locations) {

  public ActivityImport {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
    locations = List.copyOf(locations);
    if (locations.size() != records.size()) {
      throw new IllegalArgumentException(
          records.size() + " records but " + locations.size() + " locations");
    }
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
