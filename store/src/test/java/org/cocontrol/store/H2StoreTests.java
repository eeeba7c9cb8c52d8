package org.cocontrol.store;

import javax.sql.DataSource;
import org.jooq.SQLDialect;

class H2StoreTests extends StoreContract {
  private final DataSource ds = TestDatabases.h2();

  @Override
  DataSource dataSource() {
    return ds;
  }

  @Override
  DataSource migratedTo(String version) {
    return TestDatabases.migrate(TestDatabases.emptyH2(), version);
  }

  @Override
  SQLDialect dialect() {
    return SQLDialect.H2;
  }
}
