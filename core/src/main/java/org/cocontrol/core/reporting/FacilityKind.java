package org.cocontrol.core.reporting;

import java.util.Locale;

/** What a facility is: a generating unit, a boiler, a kiln or furnace, or another installation. */
public enum FacilityKind {
  POWER_UNIT("power_unit", "发电机组", "generating unit"),
  BOILER("boiler", "锅炉", "boiler"),
  KILN("kiln", "窑炉", "kiln or furnace"),
  OTHER("other", "其他设施", "other installation");

  private final String code;
  private final String nameZh;
  private final String nameEn;

  FacilityKind(String code, String nameZh, String nameEn) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public static FacilityKind of(String code) {
    for (FacilityKind k : values()) {
      if (k.code.equals(code == null ? null : code.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown facility kind '" + code + "' (power_unit, boiler, kiln, other)");
  }
}
