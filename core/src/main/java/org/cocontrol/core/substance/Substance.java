package org.cocontrol.core.substance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every substance CoControl accounts, all measured in tonnes of the substance itself. NOx is
 * counted as NO2, as in Chinese pollutant statistics. CO2 equivalent is not a substance: it is
 * derived with a {@link GwpSet} and kept in its own type ({@link Co2e}).
 */
public enum Substance {
  CO2("CO2", "二氧化碳", "carbon dioxide", SubstanceGroup.GREENHOUSE_GAS),
  CH4("CH4", "甲烷", "methane", SubstanceGroup.GREENHOUSE_GAS),
  N2O("N2O", "氧化亚氮", "nitrous oxide", SubstanceGroup.GREENHOUSE_GAS),
  SF6("SF6", "六氟化硫", "sulphur hexafluoride", SubstanceGroup.FLUORINATED_GAS),
  NF3("NF3", "三氟化氮", "nitrogen trifluoride", SubstanceGroup.FLUORINATED_GAS),
  HFC_23("HFC-23", "HFC-23", "HFC-23", SubstanceGroup.FLUORINATED_GAS),
  HFC_32("HFC-32", "HFC-32", "HFC-32", SubstanceGroup.FLUORINATED_GAS),
  HFC_125("HFC-125", "HFC-125", "HFC-125", SubstanceGroup.FLUORINATED_GAS),
  HFC_134A("HFC-134a", "HFC-134a", "HFC-134a", SubstanceGroup.FLUORINATED_GAS),
  HFC_143A("HFC-143a", "HFC-143a", "HFC-143a", SubstanceGroup.FLUORINATED_GAS),
  HFC_152A("HFC-152a", "HFC-152a", "HFC-152a", SubstanceGroup.FLUORINATED_GAS),
  HFC_227EA("HFC-227ea", "HFC-227ea", "HFC-227ea", SubstanceGroup.FLUORINATED_GAS),
  HFC_236FA("HFC-236fa", "HFC-236fa", "HFC-236fa", SubstanceGroup.FLUORINATED_GAS),
  HFC_245FA("HFC-245fa", "HFC-245fa", "HFC-245fa", SubstanceGroup.FLUORINATED_GAS),
  HFC_365MFC("HFC-365mfc", "HFC-365mfc", "HFC-365mfc", SubstanceGroup.FLUORINATED_GAS),
  HFC_43_10MEE("HFC-43-10mee", "HFC-43-10mee", "HFC-43-10mee", SubstanceGroup.FLUORINATED_GAS),
  CF4("CF4", "四氟化碳", "perfluoromethane", SubstanceGroup.FLUORINATED_GAS),
  C2F6("C2F6", "六氟乙烷", "perfluoroethane", SubstanceGroup.FLUORINATED_GAS),
  C3F8("C3F8", "八氟丙烷", "perfluoropropane", SubstanceGroup.FLUORINATED_GAS),
  C_C4F8("c-C4F8", "八氟环丁烷", "perfluorocyclobutane", SubstanceGroup.FLUORINATED_GAS),
  SO2("SO2", "二氧化硫", "sulphur dioxide", SubstanceGroup.AIR_POLLUTANT),
  NOX("NOX", "氮氧化物", "nitrogen oxides (as NO2)", SubstanceGroup.AIR_POLLUTANT),
  PM("PM", "颗粒物", "particulate matter", SubstanceGroup.AIR_POLLUTANT),
  PM10("PM10", "PM10", "PM10", SubstanceGroup.AIR_POLLUTANT),
  PM25("PM25", "PM2.5", "PM2.5", SubstanceGroup.AIR_POLLUTANT),
  VOCS("VOCS", "挥发性有机物", "volatile organic compounds", SubstanceGroup.AIR_POLLUTANT),
  NH3("NH3", "氨", "ammonia", SubstanceGroup.AIR_POLLUTANT),
  CO("CO", "一氧化碳", "carbon monoxide", SubstanceGroup.AIR_POLLUTANT);

  private static final Map<String, Substance> BY_CODE = new HashMap<>();

  static {
    for (Substance s : values()) {
      BY_CODE.put(key(s.code), s);
      BY_CODE.put(key(s.name()), s);
    }
    BY_CODE.put(key("NO2"), NOX);
    BY_CODE.put(key("PM2.5"), PM25);
    BY_CODE.put(key("PM2_5"), PM25);
    BY_CODE.put(key("VOC"), VOCS);
    BY_CODE.put(key("VOCs"), VOCS);
    BY_CODE.put(key("TSP"), PM);
    BY_CODE.put(key("颗粒物"), PM);
    BY_CODE.put(key("烟尘"), PM);
    BY_CODE.put(key("二氧化硫"), SO2);
    BY_CODE.put(key("氮氧化物"), NOX);
    BY_CODE.put(key("挥发性有机物"), VOCS);
    BY_CODE.put(key("二氧化碳"), CO2);
    BY_CODE.put(key("甲烷"), CH4);
    BY_CODE.put(key("氧化亚氮"), N2O);
  }

  private final String code;
  private final String nameZh;
  private final String nameEn;
  private final SubstanceGroup group;

  Substance(String code, String nameZh, String nameEn, SubstanceGroup group) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.group = group;
  }

  /**
   * The code used in files and the API: {@code CO2}, {@code NOX}, {@code PM25}, {@code HFC-134a}.
   */
  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public SubstanceGroup group() {
    return group;
  }

  public boolean isGreenhouseGas() {
    return group.isGreenhouseGas();
  }

  /**
   * Finds a substance by code, enum name or common alias ({@code PM2.5}, {@code NO2}, {@code 烟尘}).
   */
  public static Optional<Substance> parse(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(key(code)));
  }

  private static String key(String s) {
    return s.strip().toUpperCase(Locale.ROOT).replace("_", "-");
  }
}
