package org.cocontrol.server;

import java.io.IOException;
import java.sql.SQLException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The plans API on a real PostgreSQL ({@link TestPostgres}). */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cocontrol.data-dir=target/test-data/pg-plans",
      "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD
    })
@ActiveProfiles("postgres")
class PostgresPlanApiTests extends PlanApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException, SQLException {
    TestPostgres.register(registry, "plans");
  }
}
