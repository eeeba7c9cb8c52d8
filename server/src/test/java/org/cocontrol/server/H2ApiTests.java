package org.cocontrol.server;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "cocontrol.data-dir=target/test-data/h2",
    "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD})
class H2ApiTests extends ApiContract {}
