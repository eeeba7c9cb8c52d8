package org.cocontrol.server;

import org.springframework.boot.test.context.SpringBootTest;

/** The facilities and permit API on the embedded H2 database, without the demo data. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:permits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "cocontrol.data-dir=target/test-data/permits",
      "cocontrol.demo.enabled=false",
      "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD
    })
class H2PermitApiTests extends PermitApiContract {}
