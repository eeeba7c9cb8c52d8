/**
 * The audit trail for authorities: entries by time, user and action within the caller's
 * jurisdiction, and the verification of the hash chain ({@link org.cocontrol.store.AuditLog}).
 */
package org.cocontrol.server.audit;
