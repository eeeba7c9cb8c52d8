package org.cocontrol.core.substance;

import java.util.Objects;

/**
 * An amount of CO2 equivalent in tonnes under one GWP set. It is a type of its own so that a mass
 * of a substance can never be added to a CO2e amount, and two CO2e amounts under different GWP sets
 * can never be added to each other.
 */
public record Co2e(double tonnes, GwpSet gwpSet) {

  public Co2e {
    Objects.requireNonNull(gwpSet, "gwpSet");
  }

  public static Co2e zero(GwpSet set) {
    return new Co2e(0, set);
  }

  public Co2e plus(Co2e other) {
    if (other.gwpSet != gwpSet) {
      throw new IllegalArgumentException(
          "cannot add CO2e under " + other.gwpSet + " to CO2e under " + gwpSet);
    }
    return new Co2e(tonnes + other.tonnes, gwpSet);
  }
}
