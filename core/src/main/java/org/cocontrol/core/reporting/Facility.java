package org.cocontrol.core.reporting;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A facility of an enterprise (unit, boiler, kiln) and the permit outlets it discharges through.
 *
 * @param capacityMw installed capacity of a generating unit, null otherwise
 * @param attributes further attributes the carbon market reads (e.g. {@code cooling=air}, {@code
 *     coal_class=unconventional}); empty when none
 * @param outlets codes of the permit outlets (DA001 …) its flue gas leaves by
 */
public record Facility(
    String code,
    String name,
    FacilityKind kind,
    Double capacityMw,
    Map<String, String> attributes,
    List<String> outlets) {

  public Facility {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    name = name == null ? code : name;
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
  }
}
