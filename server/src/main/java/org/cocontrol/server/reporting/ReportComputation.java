package org.cocontrol.server.reporting;

import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.reporting.ReportRules;
import org.cocontrol.core.reporting.Reporting;
import org.cocontrol.reference.ReportingReference;
import org.springframework.stereotype.Component;

/**
 * The one place the server computes a report: every save, every view and every submission goes
 * through here, so the cross-check rules ({@code ReportingReference.rules()}, branch {@code core})
 * are added in this one call when they land.
 */
@Component
public class ReportComputation {

  // the shipped thresholds and guidelines, read once (a bad file fails the start-up, as the other
  // reference data does)
  private static final ReportRules RULES = ReportingReference.rules();

  private final Accountant accountant;

  ReportComputation(Accountant accountant) {
    this.accountant = accountant;
  }

  public ReportResult compute(ReportInput input) {
    return Reporting.compute(input, accountant, RULES);
  }

  /** The GWP set the totals are in, pinned with each submitted version. */
  public String gwpSet() {
    return accountant.options().gwpSet().name();
  }
}
