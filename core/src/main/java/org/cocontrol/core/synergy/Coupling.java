package org.cocontrol.core.synergy;

import java.util.Objects;

/**
 * The two-system coupling coordination degree (耦合协调度) between a pollution-reduction score U1 and a
 * carbon-reduction score U2, both in [0, 1]: C from the {@link CouplingModel}, T = α·U1 + (1 −
 * α)·U2, D = √(C·T), and the band D falls in.
 *
 * @param c coupling degree, in [0, 1]
 * @param t comprehensive development index, in [0, 1]
 * @param d coupling coordination degree, in [0, 1]
 */
public record Coupling(
    double u1,
    double u2,
    double alpha,
    CouplingModel model,
    double c,
    double t,
    double d,
    CouplingBands.Band band) {

  public Coupling {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(band, "band");
  }

  /**
   * @throws IllegalArgumentException when U1, U2 or α is outside [0, 1]
   */
  public static Coupling of(
      double u1, double u2, double alpha, CouplingModel model, CouplingBands bands) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(bands, "bands");
    check("U1", u1);
    check("U2", u2);
    check("alpha", alpha);
    double c = Math.min(1, model.c(u1, u2));
    double t = alpha * u1 + (1 - alpha) * u2;
    // min(1, …) because rounding can put C·T a hair above 1 when U1 = U2 = 1.
    double d = Math.min(1, Math.sqrt(c * t));
    return new Coupling(u1, u2, alpha, model, c, t, d, bands.band(d));
  }

  /** The standard model with α = 0.5. */
  public static Coupling of(double u1, double u2, CouplingBands bands) {
    return of(u1, u2, 0.5, CouplingModel.STANDARD, bands);
  }

  private static void check(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
    }
  }
}
