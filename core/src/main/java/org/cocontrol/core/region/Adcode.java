package org.cocontrol.core.region;

import java.util.Optional;
import java.util.Set;

/**
 * A GB/T 2260 administrative division code (6 digits: province, prefecture, county), or {@link
 * #NATION} for the whole country. Parents are derived from the code itself.
 *
 * <p>Municipalities directly under the central government (Beijing, Tianjin, Shanghai, Chongqing)
 * are city-level units themselves, as in Chinese statistics: their districts and counties roll up
 * straight to the municipality code (500000), not to the 市辖区/县 groupings (500100, 500200).
 */
public record Adcode(int value) implements Comparable<Adcode> {

  public static final Adcode NATION = new Adcode(0);

  private static final Set<Integer> MUNICIPALITIES = Set.of(11, 12, 31, 50);

  public Adcode {
    if (value < 0 || value > 999_999) {
      throw new IllegalArgumentException("an adcode has 6 digits, got " + value);
    }
    if (value != 0 && (value / 10_000 < 11 || value / 10_000 > 82)) {
      throw new IllegalArgumentException(
          "no province has code " + String.format("%02d", value / 10_000) + "0000");
    }
  }

  /**
   * Parses a 6-digit code; empty for anything else (including {@code 000000} for the nation, see
   * {@link #parseAny}).
   */
  public static Optional<Adcode> parse(String s) {
    if (s == null || !s.strip().matches("\\d{6}")) {
      return Optional.empty();
    }
    int v = Integer.parseInt(s.strip());
    if (v / 10_000 < 11 || v / 10_000 > 82) {
      return Optional.empty();
    }
    return Optional.of(new Adcode(v));
  }

  /**
   * Like {@link #parse} but also accepts {@code 000000} (and {@code 100000}, as some map data
   * writes it) for the nation.
   */
  public static Optional<Adcode> parseAny(String s) {
    if (s != null && (s.strip().equals("000000") || s.strip().equals("100000"))) {
      return Optional.of(NATION);
    }
    return parse(s);
  }

  public static Adcode of(int value) {
    return new Adcode(value);
  }

  public RegionLevel level() {
    if (value == 0) {
      return RegionLevel.NATION;
    }
    if (value % 10_000 == 0) {
      return RegionLevel.PROVINCE;
    }
    if (value % 100 == 0) {
      return RegionLevel.CITY;
    }
    return RegionLevel.COUNTY;
  }

  public boolean isMunicipality() {
    return value != 0 && MUNICIPALITIES.contains(value / 10_000);
  }

  public Adcode province() {
    return value == 0 ? this : new Adcode(value / 10_000 * 10_000);
  }

  /**
   * The code at {@code level} that contains this one. A code coarser than {@code level} (a
   * province-level record asked for at county level) is returned unchanged: it cannot be split.
   */
  public Adcode at(RegionLevel level) {
    RegionLevel own = level();
    if (own.ordinal() <= level.ordinal()) {
      return this;
    }
    return switch (level) {
      case NATION -> NATION;
      case PROVINCE -> province();
      case CITY -> isMunicipality() ? province() : new Adcode(value / 100 * 100);
      case COUNTY -> this;
    };
  }

  /** The next code up the tree; the nation has none. */
  public Optional<Adcode> parent() {
    return switch (level()) {
      case NATION -> Optional.empty();
      case PROVINCE -> Optional.of(NATION);
      case CITY -> Optional.of(province());
      case COUNTY -> Optional.of(at(RegionLevel.CITY));
    };
  }

  /**
   * The leading digits every code inside this division shares: "" for the nation, 2 digits for a
   * province (municipalities included), 4 for a city, all 6 for a county. For prefix queries.
   */
  public String codePrefix() {
    return switch (level()) {
      case NATION -> "";
      case PROVINCE -> toString().substring(0, 2);
      case CITY -> toString().substring(0, 4);
      case COUNTY -> toString();
    };
  }

  public boolean isWithin(Adcode ancestor) {
    return ancestor.value == 0
        || at(ancestor.level()).equals(ancestor) && level().ordinal() >= ancestor.level().ordinal();
  }

  @Override
  public int compareTo(Adcode o) {
    return Integer.compare(value, o.value);
  }

  @Override
  public String toString() {
    return String.format("%06d", value);
  }
}
