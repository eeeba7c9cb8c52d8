package org.cocontrol.server.demo;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health is DOWN until the start-up data (regions, demo, users) is in place, so {@code
 * /actuator/health} means "ready".
 */
@Component("startupData")
class DemoStatus implements HealthIndicator {

  private volatile boolean ready;

  void ready() {
    ready = true;
  }

  @Override
  public Health health() {
    return ready ? Health.up().build() : Health.down().withDetail("loading", "demo data").build();
  }
}
