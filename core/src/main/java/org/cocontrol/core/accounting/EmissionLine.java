package org.cocontrol.core.accounting;

import java.util.List;
import java.util.Objects;
import org.cocontrol.core.substance.Substance;

/**
 * One substance emitted by one activity record, in tonnes of that substance, with the method and
 * the exact parameter values behind it.
 */
public record EmissionLine(
    Substance substance, double tonnes, Scope scope, Method method, List<ParameterUse> parameters) {

  public EmissionLine {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(method, "method");
    parameters = List.copyOf(parameters);
    if (!Double.isFinite(tonnes)) {
      throw new IllegalArgumentException(
          "emission of " + substance.code() + " is not a finite number");
    }
  }

  /**
   * The provenance without citations (see {@link ParameterUse#toCompactString()}), as stores keep
   * it.
   */
  public String compactProvenance() {
    StringBuilder b = new StringBuilder();
    for (ParameterUse u : parameters) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(u.toCompactString());
    }
    return b.toString();
  }

  /** The provenance as one line of text: each parameter with value, unit and source. */
  public String provenance() {
    StringBuilder b = new StringBuilder();
    for (ParameterUse u : parameters) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(u);
    }
    return b.toString();
  }
}
