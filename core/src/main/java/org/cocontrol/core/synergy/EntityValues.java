package org.cocontrol.core.synergy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entity's raw indicator values, by indicator code, each in the indicator's unit.
 *
 * @param entity the entity's name or code (a region adcode, a park, an enterprise's credit code)
 */
public record EntityValues(String entity, Map<String, Double> values) {

  public EntityValues {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(values, "values");
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (e.getValue() == null || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException(
            "entity " + entity + ": indicator " + e.getKey() + " must be a finite number");
      }
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static EntityValues of(String entity, Map<String, Double> values) {
    return new EntityValues(entity, values);
  }
}
