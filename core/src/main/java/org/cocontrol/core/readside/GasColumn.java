package org.cocontrol.core.readside;

import java.util.Optional;
import org.cocontrol.core.substance.Substance;

/**
 * The greenhouse-gas columns of an inventory report: the six gases (or gas groups) of the IPCC 2006
 * Guidelines and of the Chinese provincial inventory guideline, and NF3. HFCs and PFCs are groups
 * of species, so they have no mass of their own, only CO2 equivalent.
 */
public enum GasColumn {
  CO2("二氧化碳", "CO2", true),
  CH4("甲烷", "CH4", true),
  N2O("氧化亚氮", "N2O", true),
  HFCS("氢氟碳化物", "HFCs", false),
  PFCS("全氟化碳", "PFCs", false),
  SF6("六氟化硫", "SF6", true),
  NF3("三氟化氮", "NF3", true);

  private final String nameZh;
  private final String label;
  private final boolean singleSpecies;

  GasColumn(String nameZh, String label, boolean singleSpecies) {
    this.nameZh = nameZh;
    this.label = label;
    this.singleSpecies = singleSpecies;
  }

  public String nameZh() {
    return nameZh;
  }

  /** The column's usual label: {@code CO2}, {@code HFCs}, {@code PFCs}. */
  public String label() {
    return label;
  }

  /** Whether the column is one species, so that its tonnes can be added up (not HFCs or PFCs). */
  public boolean isSingleSpecies() {
    return singleSpecies;
  }

  /** The column a substance belongs to; empty for air pollutants. */
  public static Optional<GasColumn> of(Substance s) {
    return Optional.ofNullable(
        switch (s) {
          case CO2 -> CO2;
          case CH4 -> CH4;
          case N2O -> N2O;
          case SF6 -> SF6;
          case NF3 -> NF3;
          case HFC_23,
              HFC_32,
              HFC_125,
              HFC_134A,
              HFC_143A,
              HFC_152A,
              HFC_227EA,
              HFC_236FA,
              HFC_245FA,
              HFC_365MFC,
              HFC_43_10MEE ->
              HFCS;
          case CF4, C2F6, C3F8, C_C4F8 -> PFCS;
          default -> null;
        });
  }
}
