package org.cocontrol.core.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Names of GB/T 2260 divisions, for display; the tree itself comes from the codes ({@link Adcode}). */
public final class Regions {

  /** One division with its names. */
  public record Region(Adcode code, String nameZh, String nameEn) {
    public Region {
      Objects.requireNonNull(code, "code");
      nameZh = nameZh == null ? "" : nameZh;
      nameEn = nameEn == null ? "" : nameEn;
    }
  }

  private final Map<Adcode, Region> byCode = new TreeMap<>();

  private Regions(Collection<Region> regions) {
    byCode.put(Adcode.NATION, new Region(Adcode.NATION, "全国", "China"));
    for (Region r : regions) {
      if (byCode.put(r.code(), r) != null && !r.code().equals(Adcode.NATION)) {
        throw new IllegalArgumentException("region " + r.code() + " listed twice");
      }
    }
  }

  public static Regions of(Collection<Region> regions) {
    return new Regions(regions);
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
        .filter(r -> !r.code().equals(Adcode.NATION) && r.code().parent().map(parent::equals).orElse(false))
        .toList();
  }
}
