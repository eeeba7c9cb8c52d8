package org.cocontrol.core.reporting;

import java.util.List;
import java.util.Objects;

/**
 * A permitted outlet (排放口, HJ 608-2017 code such as {@code DA001}), the facilities discharging
 * through it and its limits.
 */
public record PermitOutlet(
    String code, String name, List<String> facilities, List<PermitLimit> limits) {

  public PermitOutlet {
    Objects.requireNonNull(code, "code");
    name = name == null ? code : name;
    facilities = facilities == null ? List.of() : List.copyOf(facilities);
    limits = limits == null ? List.of() : List.copyOf(limits);
  }
}
