package org.cocontrol.core.region;

import java.util.Locale;
import java.util.Optional;

/** The levels of the GB/T 2260 tree CoControl rolls inventories up through. */
public enum RegionLevel {
  NATION,
  PROVINCE,
  CITY,
  COUNTY;

  public static Optional<RegionLevel> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "nation", "national", "country", "全国", "国家" -> Optional.of(NATION);
      case "province", "省", "省级" -> Optional.of(PROVINCE);
      case "city", "prefecture", "市", "地市", "市级" -> Optional.of(CITY);
      case "county", "district", "县", "区县", "县级" -> Optional.of(COUNTY);
      default -> Optional.empty();
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
