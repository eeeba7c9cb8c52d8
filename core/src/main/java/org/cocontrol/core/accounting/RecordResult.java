package org.cocontrol.core.accounting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.substance.Co2e;
import org.cocontrol.core.substance.Substance;

/**
 * The emissions of one activity record: every line with its method and parameters, the CO2e of its
 * greenhouse gases by scope, and the substances that could not be estimated (gaps), each with why.
 */
public record RecordResult(
    ActivityRecord record,
    SourceCategory source,
    Activity activity,
    List<EmissionLine> lines,
    Map<Scope, Co2e> co2e,
    List<String> gaps) {

  public RecordResult {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(activity, "activity");
    lines = List.copyOf(lines);
    co2e = Map.copyOf(co2e.isEmpty() ? Map.of() : new EnumMap<>(co2e));
    gaps = List.copyOf(gaps);
  }

  /** Tonnes of a substance across the lines that count in totals. */
  public double total(Substance s) {
    double t = 0;
    for (EmissionLine l : lines) {
      if (l.substance() == s && l.scope().countsInTotal()) {
        t += l.tonnes();
      }
    }
    return t;
  }

  /** Tonnes of a substance in one scope. */
  public double total(Substance s, Scope scope) {
    double t = 0;
    for (EmissionLine l : lines) {
      if (l.substance() == s && l.scope() == scope) {
        t += l.tonnes();
      }
    }
    return t;
  }

  public List<EmissionLine> lines(Substance s) {
    List<EmissionLine> out = new ArrayList<>();
    for (EmissionLine l : lines) {
      if (l.substance() == s) {
        out.add(l);
      }
    }
    return out;
  }
}
