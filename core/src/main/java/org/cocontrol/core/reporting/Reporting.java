package org.cocontrol.core.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.substance.Substance;

/** Computes a report from its input. */
public final class Reporting {

  private Reporting() {}

  /**
   * The report of {@code input}, every entry accounted by {@code accountant} (which carries the
   * scheme: {@code ETS} for the carbon market's GHG report).
   */
  public static ReportResult compute(ReportInput input, Accountant accountant) {
    List<ReportLine> lines = new ArrayList<>();
    Map<Substance, Double> totals = new EnumMap<>(Substance.class);
    for (MonthlyEntry e : input.entries()) {
      RecordResult r = accountant.account(e.record());
      lines.add(new ReportLine(e.facility(), e.month(), r));
      for (EmissionLine l : r.lines()) {
        if (l.scope().countsInTotal()) {
          totals.merge(l.substance(), l.tonnes(), Double::sum);
        }
      }
    }
    return new ReportResult(totals, lines, List.of());
  }
}
