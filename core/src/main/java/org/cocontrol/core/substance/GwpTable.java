package org.cocontrol.core.substance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The 100-year global warming potentials of each GWP set, loaded from reference data with their
 * sources.
 */
public final class GwpTable {

  /** One GWP value with where it comes from. */
  public record Entry(
      Substance substance,
      GwpSet set,
      double value,
      String document,
      String documentRef,
      String tag) {
    public Entry {
      Objects.requireNonNull(substance, "substance");
      Objects.requireNonNull(set, "set");
      if (!substance.isGreenhouseGas()) {
        throw new IllegalArgumentException(
            substance.code() + " is not a greenhouse gas and has no GWP");
      }
      if (!(value > 0)) {
        throw new IllegalArgumentException(
            "GWP of " + substance.code() + " under " + set + " must be positive");
      }
    }
  }

  private final Map<GwpSet, Map<Substance, Entry>> entries = new EnumMap<>(GwpSet.class);

  private GwpTable(List<Entry> list) {
    for (Entry e : list) {
      Map<Substance, Entry> bySubstance =
          entries.computeIfAbsent(e.set(), s -> new EnumMap<>(Substance.class));
      if (bySubstance.put(e.substance(), e) != null) {
        throw new IllegalArgumentException(
            "duplicate GWP for " + e.substance().code() + " under " + e.set());
      }
    }
  }

  public static GwpTable of(List<Entry> entries) {
    return new GwpTable(entries);
  }

  /** The GWP of a greenhouse gas; empty when the set has none (e.g. NF3 under SAR). */
  public OptionalDouble gwp(Substance substance, GwpSet set) {
    Entry e = entries.getOrDefault(set, Map.of()).get(substance);
    return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.value());
  }

  public java.util.Optional<Entry> entry(Substance substance, GwpSet set) {
    return java.util.Optional.ofNullable(entries.getOrDefault(set, Map.of()).get(substance));
  }

  /**
   * Tonnes of a substance as CO2e; zero for air pollutants (they have no GWP in any IPCC set used
   * for reporting), and an error for a greenhouse gas the set has no value for.
   */
  public Co2e toCo2e(Substance substance, double tonnes, GwpSet set) {
    if (!substance.isGreenhouseGas()) {
      return Co2e.zero(set);
    }
    OptionalDouble g = gwp(substance, set);
    if (g.isEmpty()) {
      throw new IllegalArgumentException("no " + set + " GWP for " + substance.code());
    }
    return new Co2e(tonnes * g.getAsDouble(), set);
  }
}
