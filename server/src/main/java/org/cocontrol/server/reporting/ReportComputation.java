package org.cocontrol.server.reporting;

import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.reporting.ReportRules;
import org.cocontrol.core.reporting.Reporting;
import org.cocontrol.reference.ReportingReference;
import org.springframework.stereotype.Component;

/**
 * The one place the server computes a report: every save, every view, every submission and the
 * report tables go through here, with the shipped rules (guidelines, check thresholds) loaded once.
 */
@Component
public class ReportComputation {

  private final Accountant accountant;
  private final ReportRules rules = ReportingReference.rules();

  ReportComputation(Accountant accountant) {
    this.accountant = accountant;
  }

  public ReportResult compute(ReportInput input) {
    return Reporting.compute(input, accountant, rules);
  }

  /** The GWP set the totals are in, pinned with each submitted version. */
  public String gwpSet() {
    return accountant.options().gwpSet().name();
  }
}
