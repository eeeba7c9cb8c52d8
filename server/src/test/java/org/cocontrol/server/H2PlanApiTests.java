package org.cocontrol.server;

import org.springframework.boot.test.context.SpringBootTest;

/** The plans API on the embedded H2 database the one-command start uses. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:plans;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "cocontrol.data-dir=target/test-data/plans",
      "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD
    })
class H2PlanApiTests extends PlanApiContract {}
