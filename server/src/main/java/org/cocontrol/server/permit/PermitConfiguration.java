package org.cocontrol.server.permit;

import org.cocontrol.store.PermitStore;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permit store, wired here so that the feature brings its own store. */
@Configuration
class PermitConfiguration {

  @Bean
  PermitStore permitStore(DSLContext db) {
    return new PermitStore(db);
  }
}
