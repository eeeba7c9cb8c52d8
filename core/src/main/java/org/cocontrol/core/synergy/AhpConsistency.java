package org.cocontrol.core.synergy;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How consistent an AHP matrix is: λmax, CI = (λmax − n)/(n − 1) (0 for n ≤ 2), RI from the table,
 * and CR = CI/RI (0 for n ≤ 2, where any reciprocal matrix is consistent; empty when the table has
 * no RI for n).
 */
public record AhpConsistency(
    int n, double lambdaMax, double ci, OptionalDouble ri, OptionalDouble cr, double threshold) {

  public AhpConsistency {
    Objects.requireNonNull(ri, "ri");
    Objects.requireNonNull(cr, "cr");
  }

  /** CR is known and below the threshold. */
  public boolean acceptable() {
    return cr.isPresent() && cr.getAsDouble() < threshold;
  }
}
