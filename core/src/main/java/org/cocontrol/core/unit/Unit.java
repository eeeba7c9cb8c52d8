package org.cocontrol.core.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units CoControl accepts, each with its dimension and its factor to the dimension's base unit.
 * This is the one place where unit conversions are defined.
 */
public enum Unit {
  T(Dimension.MASS, 1, "t", "吨", "tonne", "tonnes"),
  KG(Dimension.MASS, 1e-3, "kg", "千克", "公斤"),
  G(Dimension.MASS, 1e-6, "g", "克"),
  WAN_T(Dimension.MASS, 1e4, "万t", "万吨"),
  GJ(Dimension.ENERGY, 1, "GJ", "吉焦"),
  TJ(Dimension.ENERGY, 1e3, "TJ", "太焦"),
  MJ(Dimension.ENERGY, 1e-3, "MJ", "兆焦"),
  KJ(Dimension.ENERGY, 1e-6, "kJ", "千焦"),
  /** 吨标准煤: 1 tce = 29.3076 GJ (7000 kcal/kg, GB/T 2589-2020). */
  TCE(Dimension.ENERGY, 29.3076, "tce", "吨标准煤", "吨标煤"),
  WAN_TCE(Dimension.ENERGY, 29.3076e4, "万tce", "万吨标准煤", "万吨标煤"),
  MWH(Dimension.ENERGY, 3.6, "MWh", "兆瓦时"),
  KWH(Dimension.ENERGY, 3.6e-3, "kWh", "千瓦时", "度"),
  WAN_KWH(Dimension.ENERGY, 36, "万kWh", "万千瓦时", "万度"),
  /** 亿千瓦时 = 10⁸ kWh, as energy balance tables print electricity. */
  YI_KWH(Dimension.ENERGY, 3.6e5, "亿kWh", "亿千瓦时", "亿度"),
  /** 万百万千焦 = 10⁴ × 10⁶ kJ = 10⁷ GJ, as energy balance tables print heat. */
  WAN_MILLION_KJ(Dimension.ENERGY, 1e7, "万百万千焦", "10⁴百万千焦"),
  NM3(Dimension.VOLUME, 1, "Nm3", "Nm³", "标立方米"),
  WAN_NM3(Dimension.VOLUME, 1e4, "万Nm3", "万Nm³", "万标立方米"),
  M3(Dimension.VOLUME, 1, "m3", "m³", "立方米"),
  WAN_M3(Dimension.VOLUME, 1e4, "万m3", "万m³", "万立方米"),
  /** 亿立方米 = 10⁸ m3, as energy balance tables print gases. */
  YI_M3(Dimension.VOLUME, 1e8, "亿m3", "亿m³", "亿立方米"),
  L(Dimension.VOLUME, 1e-3, "L", "升"),
  HEAD(Dimension.COUNT, 1, "head", "heads", "头", "只"),
  HA(Dimension.AREA, 1, "ha", "公顷"),
  FRACTION(Dimension.NONE, 1, "fraction", "1"),
  PERCENT(Dimension.NONE, 0.01, "%"),
  /** Vehicle-kilometres: the distance a fleet travelled in the year (vehicles × annual km). */
  KM(Dimension.DISTANCE, 1, "km", "公里", "千米", "车公里", "vkm"),
  WAN_KM(Dimension.DISTANCE, 1e4, "万km", "万公里", "万车公里"),
  /** 100 km, the denominator of fuel use as the vehicle guides give it (L/100km). */
  HUNDRED_KM(Dimension.DISTANCE, 100, "100km", "百公里");

  private static final Map<String, Unit> BY_SYMBOL = new HashMap<>();

  static {
    for (Unit u : values()) {
      for (String s : u.symbols) {
        BY_SYMBOL.put(normalise(s), u);
      }
    }
  }

  private final Dimension dimension;
  private final double toBase;
  private final List<String> symbols;

  Unit(Dimension dimension, double toBase, String... symbols) {
    this.dimension = dimension;
    this.toBase = toBase;
    this.symbols = List.of(symbols);
  }

  public Dimension dimension() {
    return dimension;
  }

  /** How many base units (t, GJ, m3, head, ha) one of this unit is. */
  public double toBase() {
    return toBase;
  }

  /** The symbol CoControl writes, e.g. {@code 万Nm3}. */
  public String symbol() {
    return symbols.get(0);
  }

  /**
   * Factor that turns a value in this unit into a value in {@code target}; throws on a dimension
   * mismatch.
   */
  public double factorTo(Unit target) {
    if (target.dimension != dimension) {
      throw new UnitMismatchException(this, target);
    }
    return toBase / target.toBase;
  }

  /**
   * Reads a unit symbol as users write it: {@code t}, {@code 万t}, {@code Nm³}, {@code 万kWh}, {@code
   * 吨标准煤}.
   */
  public static Optional<Unit> parse(String symbol) {
    if (symbol == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_SYMBOL.get(normalise(symbol)));
  }

  private static String normalise(String s) {
    // Case matters for SI prefixes only between m/M, and no two accepted symbols differ in case
    // alone
    // except "t"/"T" and "l"/"L", which mean the same here; so compare case-insensitively.
    return s.strip().replace('³', '3').replace("\u00a0", "").toLowerCase(Locale.ROOT);
  }
}
