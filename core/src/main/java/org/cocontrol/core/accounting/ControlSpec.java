package org.cocontrol.core.accounting;

import java.util.Objects;

/**
 * A control on an activity record, as written in its {@code controls} column: {@code
 * code[:efficiency[:operating_rate]]}.
 *
 * @param efficiency the removal efficiency of the control's primary substance, as a fraction, when
 *     the record states it; null to use the registry's value
 * @param operatingRate the share of the time the control actually ran (k in E = G × (1 − η × k));
 *     null means it ran all the time
 */
public record ControlSpec(String code, Double efficiency, Double operatingRate) {

  public ControlSpec {
    Objects.requireNonNull(code, "code");
    checkFraction("efficiency", efficiency);
    checkFraction("operating rate", operatingRate);
  }

  public static ControlSpec of(String code) {
    return new ControlSpec(code, null, null);
  }

  private static void checkFraction(String what, Double v) {
    if (v != null && !(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(
          "control " + what + " must be a fraction between 0 and 1, got " + v);
    }
  }
}
