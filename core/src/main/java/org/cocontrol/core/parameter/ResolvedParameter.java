package org.cocontrol.core.parameter;

import java.util.Objects;

/**
 * A parameter chosen for a calculation, and whether it had to be carried over from outside its
 * valid years (the nearest published year is used and the result says so).
 */
public record ResolvedParameter(Parameter parameter, boolean outsideValidity) {

  public ResolvedParameter {
    Objects.requireNonNull(parameter, "parameter");
  }
}
