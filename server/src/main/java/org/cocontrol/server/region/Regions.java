package org.cocontrol.server.region;

import java.util.List;
import java.util.Optional;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.store.RegionStore;
import org.springframework.stereotype.Service;

/**
 * The administrative divisions (GB/T 2260) as stored: one division, its children, its Chinese name.
 */
@Service
public class Regions {

  private final RegionStore regions;

  Regions(RegionStore regions) {
    this.regions = regions;
  }

  public Optional<RegionStore.StoredRegion> find(Adcode code) {
    return regions.find(code);
  }

  public List<RegionStore.StoredRegion> children(Adcode code) {
    return regions.children(code);
  }

  /** The division's Chinese name, or {@code orElse} when it is not stored. */
  public String nameZh(Adcode code, String orElse) {
    return regions.find(code).map(RegionStore.StoredRegion::nameZh).orElse(orElse);
  }
}
