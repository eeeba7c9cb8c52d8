package org.cocontrol.core.synergy;

import java.util.Objects;

/**
 * How much one indicator pulls an entity's score down: w_j × (1 − x'_j), the score it would gain by
 * reaching the best value (min–max) or the reference (target).
 */
public record Shortfall(String indicator, double weight, double normalised, double shortfall) {

  public Shortfall {
    Objects.requireNonNull(indicator, "indicator");
  }
}
