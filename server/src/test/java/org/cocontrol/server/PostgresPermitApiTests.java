package org.cocontrol.server;

import java.io.IOException;
import java.sql.SQLException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The facilities and permit API on a real PostgreSQL ({@link TestPostgres}), without the demo. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cocontrol.data-dir=target/test-data/pg-permits",
      "cocontrol.demo.enabled=false",
      "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD
    })
@ActiveProfiles("postgres")
class PostgresPermitApiTests extends PermitApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException, SQLException {
    TestPostgres.register(registry, "permits");
  }
}
