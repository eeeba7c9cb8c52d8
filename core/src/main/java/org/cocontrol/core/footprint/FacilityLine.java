package org.cocontrol.core.footprint;

import java.util.Objects;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.substance.Substance;

/** One accounted emission line of a facility record, in tonnes of the substance. */
public record FacilityLine(Substance substance, Scope scope, double tonnes) {

  public FacilityLine {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(scope, "scope");
    if (!Double.isFinite(tonnes)) {
      throw new IllegalArgumentException("a line's tonnes must be finite");
    }
  }
}
