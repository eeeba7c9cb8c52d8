package org.cocontrol.store;

import javax.sql.DataSource;
import org.jooq.SQLDialect;

class PostgresStoreTests extends StoreContract {
  private final DataSource ds = TestDatabases.postgres();

  @Override
  DataSource dataSource() {
    return ds;
  }

  @Override
  DataSource migratedTo(String version) {
    return TestDatabases.migrate(TestDatabases.emptyPostgres(), version);
  }

  @Override
  SQLDialect dialect() {
    return SQLDialect.POSTGRES;
  }
}
