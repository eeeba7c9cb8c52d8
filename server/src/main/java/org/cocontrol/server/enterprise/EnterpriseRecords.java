package org.cocontrol.server.enterprise;

import java.util.List;
import java.util.Optional;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.Ledger;
import org.springframework.stereotype.Service;

/**
 * The enterprise registry and each enterprise's reported data, as a caller may see them ({@link
 * AccessPolicy}).
 */
@Service
class EnterpriseRecords {

  private final EnterpriseStore enterprises;
  private final Ledger ledger;

  EnterpriseRecords(EnterpriseStore enterprises, Ledger ledger) {
    this.enterprises = enterprises;
    this.ledger = ledger;
  }

  /** The caller's own enterprise (an enterprise user), empty when it has none. */
  List<EnterpriseStore.Enterprise> own(Caller caller) {
    return caller.enterpriseId() == null
        ? List.of()
        : enterprises.find(caller.enterpriseId()).map(List::of).orElse(List.of());
  }

  EnterpriseStore.Page search(String text, Adcode within, String industry, int offset, int limit) {
    return enterprises.search(text, within, industry, offset, limit);
  }

  /**
   * The enterprise when the caller may see it; empty when there is none or it is not the caller's
   * to see.
   */
  Optional<EnterpriseStore.Enterprise> visible(Caller caller, long id) {
    return enterprises.find(id).filter(found -> AccessPolicy.maySee(caller, found));
  }

  List<Ledger.StoredEmission> emissionsOf(long id) {
    return ledger.emissionsOf(id);
  }

  List<ActivityRecord> activitiesOf(long id) {
    return ledger.activitiesOf(id);
  }
}
