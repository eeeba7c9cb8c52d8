package org.cocontrol.core.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A pollutant discharge permit (排污许可证): its number (HJ 608-2017: credit code + sequence + letter),
 * validity and outlets.
 */
public record Permit(
    String number, LocalDate validFrom, LocalDate validTo, List<PermitOutlet> outlets) {

  public Permit {
    Objects.requireNonNull(number, "number");
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
  }
}
