package db.migration;

import org.cocontrol.store.Ledger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.impl.DSL;

/**
 * Writes one index entry fewer per emission line: drops the index on (result_version_id,
 * substance), which no query reads (lines are read by activity, and current lines by {@code
 * is_current}), and the foreign key to {@code result_version} that needed it (H2 keeps an index for
 * every foreign key; PostgreSQL checks it with a trigger per copied line). The ledger writes a
 * line's version in the same transaction as the version row and never deletes versions. A Java
 * migration because the foreign key's name is H2's or PostgreSQL's own, found in the information
 * schema.
 */
public class V13__emission_without_version_index extends BaseJavaMigration {

  @Override
  public void migrate(Context context) {
    Ledger.dropEmissionVersionIndex(DSL.using(context.getConnection()));
  }
}
