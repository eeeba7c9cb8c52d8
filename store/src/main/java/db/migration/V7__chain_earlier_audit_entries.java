package db.migration;

import org.cocontrol.store.AuditLog;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.impl.DSL;

/**
 * Chains the audit entries written before V6 made the log a hash chain, oldest first. A Java
 * migration because the hash is SHA-256 as {@link AuditLog} computes it, which H2 and PostgreSQL
 * SQL cannot both express; run once, in the migration's transaction, so no later entry can be
 * chained this way.
 */
public class V7__chain_earlier_audit_entries extends BaseJavaMigration {

  @Override
  public void migrate(Context context) {
    AuditLog.chainEarlierEntries(DSL.using(context.getConnection()));
  }
}
