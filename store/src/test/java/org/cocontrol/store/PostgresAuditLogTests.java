package org.cocontrol.store;

import javax.sql.DataSource;
import org.jooq.SQLDialect;

class PostgresAuditLogTests extends AuditLogContract {
  private final DataSource ds = TestDatabases.postgres();

  @Override
  DataSource dataSource() {
    return ds;
  }

  @Override
  DataSource emptyDataSource() {
    return TestDatabases.emptyPostgres();
  }

  @Override
  SQLDialect dialect() {
    return SQLDialect.POSTGRES;
  }
}
