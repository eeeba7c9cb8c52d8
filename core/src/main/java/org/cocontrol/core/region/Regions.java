package org.cocontrol.core.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Names of GB/T 2260 divisions, for display, and which codes were in use in which years; the tree
 * itself comes from the codes ({@link Adcode}).
 */
public final class Regions {

  /**
   * A code's years in use (inclusive ranges), from the yearly code lists; the last list's year
   * stands for every later year until a newer list is shipped, the first list's year for every
   * earlier one.
   */
  public record History(Adcode code, String nameZh, List<int[]> years) {
    public History {
      Objects.requireNonNull(code, "code");
      years = List.copyOf(years);
    }

    boolean inUse(int year) {
      return years.stream().anyMatch(r -> r[0] <= year && year <= r[1]);
    }

    /** {@code 1983–2020} or {@code 1983–1988、1992–2024}. */
    public String yearsText() {
      return String.join(
          "、",
          years.stream()
              .map(r -> r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "–" + r[1])
              .toList());
    }
  }

  /**
   * What a code meant in a given year: in use, in today's list only (set up later), formerly in
   * use, or never known.
   */
  public enum Validity {
    IN_USE,
    /**
     * In the current list but set up after the record's year: data reported under today's
     * divisions.
     */
    CURRENT_ONLY,
    /** Abolished or renumbered before the record's year. */
    NOT_YET_OR_NO_LONGER,
    UNKNOWN
  }

  /** One division with its names. */
  public record Region(Adcode code, String nameZh, String nameEn) {
    public Region {
      Objects.requireNonNull(code, "code");
      nameZh = nameZh == null ? "" : nameZh;
      nameEn = nameEn == null ? "" : nameEn;
    }
  }

  private final Map<Adcode, Region> byCode = new TreeMap<>();
  private final Map<Adcode, History> history = new TreeMap<>();
  private int firstListYear = Integer.MAX_VALUE;
  private int lastListYear = Integer.MIN_VALUE;

  private Regions(Collection<Region> regions, Collection<History> histories) {
    byCode.put(Adcode.NATION, new Region(Adcode.NATION, "全国", "China"));
    for (Region r : regions) {
      if (byCode.put(r.code(), r) != null && !r.code().equals(Adcode.NATION)) {
        throw new IllegalArgumentException("region " + r.code() + " listed twice");
      }
    }
    for (History h : histories) {
      if (history.put(h.code(), h) != null) {
        throw new IllegalArgumentException("region " + h.code() + " has two histories");
      }
      for (int[] r : h.years()) {
        if (r.length != 2 || r[0] > r[1]) {
          throw new IllegalArgumentException("region " + h.code() + ": bad year range");
        }
        firstListYear = Math.min(firstListYear, r[0]);
        lastListYear = Math.max(lastListYear, r[1]);
      }
    }
  }

  /** The current divisions, without history: every listed code counts as in use in every year. */
  public static Regions of(Collection<Region> regions) {
    return new Regions(regions, List.of());
  }

  /** The current divisions and each code's years in use. */
  public static Regions of(Collection<Region> regions, Collection<History> histories) {
    return new Regions(regions, histories);
  }

  /**
   * Whether {@code code} was a division in {@code year}. The nation, and groupings in the current
   * list that the yearly lists never carry (省直辖县级行政区划 419000 …), are always in use.
   */
  public Validity validity(Adcode code, int year) {
    History h = history.get(code);
    if (h == null) {
      return contains(code) ? Validity.IN_USE : Validity.UNKNOWN;
    }
    if (h.inUse(Math.max(firstListYear, Math.min(lastListYear, year)))) {
      return Validity.IN_USE;
    }
    return contains(code) ? Validity.CURRENT_ONLY : Validity.NOT_YET_OR_NO_LONGER;
  }

  /** The years a code was in use, when the history knows it. */
  public Optional<History> history(Adcode code) {
    return Optional.ofNullable(history.get(code));
  }

  public Optional<Region> find(Adcode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Whether the code is a known division. */
  public boolean contains(Adcode code) {
    return byCode.containsKey(code);
  }

  public String nameZh(Adcode code) {
    return find(code).map(Region::nameZh).orElse("");
  }

  public List<Region> all() {
    return List.copyOf(byCode.values());
  }

  /** The divisions directly below {@code parent}, as listed. */
  public List<Region> children(Adcode parent) {
    return byCode.values().stream()
        .filter(
            r ->
                !r.code().equals(Adcode.NATION)
                    && r.code().parent().map(parent::equals).orElse(false))
        .toList();
  }
}
