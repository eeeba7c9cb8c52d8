package org.cocontrol.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The CoControl platform: REST API, web dashboard and demo region on one embedded database by
 * default.
 */
@SpringBootApplication
public class CoControlApplication {

  public static void main(String[] args) {
    // POI logs through log4j-api; its simple logger avoids a "no logging provider" warning at
    // start.
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    SpringApplication.run(CoControlApplication.class, args);
  }
}
