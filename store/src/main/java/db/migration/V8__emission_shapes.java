package db.migration;

import org.cocontrol.store.Ledger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.impl.DSL;

/**
 * Keeps each emission line's method and provenance once per distinct shape ({@code emission_shape})
 * instead of on every line: a million-row upload repeated the same few hundred bytes of provenance
 * millions of times. A Java migration because a shape is found again by the SHA-256 of its text,
 * which H2 and PostgreSQL SQL cannot both compute.
 */
public class V8__emission_shapes extends BaseJavaMigration {

  @Override
  public void migrate(Context context) {
    Ledger.moveProvenanceToShapes(DSL.using(context.getConnection()));
  }
}
