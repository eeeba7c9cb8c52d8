package org.cocontrol.core.synergy;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An evaluation index system (评价指标体系) for one kind of entity (region, park, enterprise): its
 * indicators, in order, grouped into subsystems.
 */
public record IndicatorSystem(String name, List<Indicator> indicators) {

  public IndicatorSystem {
    Objects.requireNonNull(name, "name");
    indicators = List.copyOf(indicators);
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("indicator system " + name + " has no indicators");
    }
    Set<String> codes = new HashSet<>();
    for (Indicator i : indicators) {
      if (!codes.add(i.code())) {
        throw new IllegalArgumentException(
            "indicator system " + name + ": indicator " + i.code() + " appears twice");
      }
    }
  }

  public static IndicatorSystem of(String name, List<Indicator> indicators) {
    return new IndicatorSystem(name, indicators);
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /** The codes of indicators without an expert weight (expert weighting needs none of them). */
  public List<String> withoutExpertWeight() {
    return indicators.stream().filter(i -> i.expertWeight() == null).map(Indicator::code).toList();
  }

  public List<String> codes() {
    return indicators.stream().map(Indicator::code).toList();
  }

  /** The groups in the order they first appear. */
  public List<String> groups() {
    Set<String> out = new LinkedHashSet<>();
    indicators.forEach(i -> out.add(i.group()));
    return List.copyOf(out);
  }

  public int size() {
    return indicators.size();
  }
}
