package org.cocontrol.server.reporting;

import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.reporting.Reporting;
import org.springframework.stereotype.Component;

/**
 * The one place the server computes a report: every save, every view and every submission goes
 * through here, so the cross-check rules ({@code ReportingReference.rules()}, branch {@code core})
 * are added in this one call when they land.
 */
@Component
public class ReportComputation {

  private final Accountant accountant;

  ReportComputation(Accountant accountant) {
    this.accountant = accountant;
  }

  public ReportResult compute(ReportInput input) {
    // TODO(merge core): Reporting.compute(input, accountant, ReportingReference.rules())
    return Reporting.compute(input, accountant);
  }

  /** The GWP set the totals are in, pinned with each submitted version. */
  public String gwpSet() {
    return accountant.options().gwpSet().name();
  }
}
