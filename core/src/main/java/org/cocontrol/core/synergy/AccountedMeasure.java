package org.cocontrol.core.synergy;

import java.util.List;
import java.util.Objects;
import org.cocontrol.core.accounting.RecordResult;

/**
 * A measure built from activity records: the totals before and after, the accounted records behind
 * them, and the substances that could not be estimated on either side.
 *
 * @param gaps {@code before|after record_id: reason}; a substance estimated on one side only would
 *     show a change that is not real, so these deserve a look before the verdict is trusted
 */
public record AccountedMeasure(
    Measure measure, List<RecordResult> before, List<RecordResult> after, List<String> gaps) {

  public AccountedMeasure {
    Objects.requireNonNull(measure, "measure");
    before = List.copyOf(before);
    after = List.copyOf(after);
    gaps = List.copyOf(gaps);
  }
}
