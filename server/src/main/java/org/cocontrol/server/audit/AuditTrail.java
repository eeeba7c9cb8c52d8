package org.cocontrol.server.audit;

import org.cocontrol.store.AuditLog;
import org.springframework.stereotype.Service;

/**
 * The audit log as authorities read it (the controller checks the caller first, {@code within} is
 * its jurisdiction): the entries a filter selects, and the check of the hash chain.
 */
@Service
class AuditTrail {

  private final AuditLog audit;

  AuditTrail(AuditLog audit) {
    this.audit = audit;
  }

  AuditLog.Page search(AuditLog.Filter filter, int offset, int limit) {
    return audit.search(filter, offset, limit);
  }

  AuditLog.Verification verify() {
    return audit.verify();
  }
}
