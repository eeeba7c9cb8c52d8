package org.cocontrol.store;

import javax.sql.DataSource;
import org.jooq.SQLDialect;

class H2AuditLogTests extends AuditLogContract {
  private final DataSource ds = TestDatabases.h2();

  @Override
  DataSource dataSource() {
    return ds;
  }

  @Override
  DataSource emptyDataSource() {
    return TestDatabases.emptyH2();
  }

  @Override
  SQLDialect dialect() {
    return SQLDialect.H2;
  }
}
