package org.cocontrol.core.plan;

import java.util.Locale;

/** The fields a plan's tasks fall in, for filtering and for comparing plans. */
public enum Theme {
  ENERGY,
  INDUSTRY,
  TRANSPORT,
  BUILDINGS,
  AGRICULTURE,
  ECOLOGY,
  AIR,
  WATER,
  SOIL,
  SOLID_WASTE,
  INNOVATION,
  POLICY,
  CAPACITY,
  ORGANISATION;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for an unknown code
   */
  public static Theme ofCode(String code) {
    for (Theme t : values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown theme '" + code + "'");
  }
}
