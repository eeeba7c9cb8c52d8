package org.cocontrol.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The server on a real PostgreSQL ({@link TestPostgres}) with the demo data, shared by every test
 * class carrying it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cocontrol.data-dir=target/test-data/pg",
      "COCONTROL_DEMO_PASSWORD=" + ApiContract.PASSWORD
    })
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = TestPostgres.ApiSchema.class)
@interface PostgresApiServer {}
