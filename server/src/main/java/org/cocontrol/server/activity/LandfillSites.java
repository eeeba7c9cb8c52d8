package org.cocontrol.server.activity;

import java.util.List;
import java.util.function.Function;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.store.Ledger;

/**
 * Landfill records (IPCC 4.A) depend on each other: a site's CH4 of year T comes from every earlier
 * deposit (first-order decay, {@link Accountant#accountAll}). When a change to the ledger touches
 * one, every current landfill record is accounted again, together, in the change's transaction, so
 * the site's other years follow. Everything else is accounted record by record as before.
 */
final class LandfillSites {

  private final Accountant accountant;
  private final Ledger ledger;

  /** The project source codes of IPCC 4.A (the ledger stores the project code). */
  private final List<String> sources;

  LandfillSites(ReferenceData reference, Accountant accountant, Ledger ledger) {
    this.accountant = accountant;
    this.ledger = ledger;
    this.sources =
        reference.classification().sources().stream()
            .filter(SourceCategory::isSolidWasteDisposal)
            .map(SourceCategory::code)
            .toList();
  }

  /** An upload's accounting that notes whether it accounted a landfill record. */
  static final class Watch implements Function<ActivityRecord, RecordResult> {
    private final Function<ActivityRecord, RecordResult> account;
    private boolean touched;

    private Watch(Function<ActivityRecord, RecordResult> account) {
      this.account = account;
    }

    @Override
    public RecordResult apply(ActivityRecord r) {
      RecordResult result = account.apply(r);
      touched |= result.source().isSolidWasteDisposal();
      return result;
    }
  }

  Watch watch(Function<ActivityRecord, RecordResult> account) {
    return new Watch(account);
  }

  /** Re-accounts the landfill sites when the watched accounting saw a landfill record. */
  void followUp(Watch watch, Ledger.Stamp stamp) {
    if (watch.touched) {
      reaccount(stamp);
    }
  }

  /**
   * Re-accounts every current landfill record as site series (in the caller's transaction), as a
   * new result version.
   */
  void reaccount(Ledger.Stamp stamp) {
    ledger.reaccountTogether(sources, accountant::accountAll, stamp, null);
  }

  /** The same inside a re-accounting's own result version (one re-accounting, one version). */
  void reaccountInto(long version) {
    ledger.reaccountTogether(sources, accountant::accountAll, null, version);
  }
}
