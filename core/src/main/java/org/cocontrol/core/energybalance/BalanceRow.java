package org.cocontrol.core.energybalance;

/**
 * The rows of an energy balance table (能源平衡表, the statistical yearbooks' layout) by what they mean;
 * their Chinese labels and variants are data ({@code classification/energy_balance_rows.csv}).
 */
public enum BalanceRow {
  /** 可供本地区消费的能源量: the supply total (read, not used: it is recomputed from its parts). */
  SUPPLY_TOTAL(Section.SUPPLY, false),
  /** 一次能源生产量. */
  PRODUCTION(Section.SUPPLY, false),
  /** 外省(区、市)调入量: for a province the imports of the reference approach. */
  INFLOW(Section.SUPPLY, false),
  /** 进口量. */
  IMPORT(Section.SUPPLY, false),
  /** 境内轮船和飞机在境外的加油量: fuel bought abroad, not supplied in the territory. */
  BUNKER_ABROAD(Section.SUPPLY, false),
  /** 本省(区、市)调出量(-): for a province the exports of the reference approach. */
  OUTFLOW(Section.SUPPLY, true),
  /** 出口量(-). */
  EXPORT(Section.SUPPLY, true),
  /** 境外轮船和飞机在境内的加油量(-): the international bunkers. */
  BUNKER_FOREIGN(Section.SUPPLY, true),
  /** 库存增(-)减(+)量: a decrease is positive, as printed. */
  STOCK_CHANGE(Section.SUPPLY, false),
  /** 加工转换投入(-)产出(+)量: the total (read, not used). */
  TRANSFORMATION_TOTAL(Section.TRANSFORMATION, false),
  /** 火力发电: fuel burned (input, negative as printed). */
  THERMAL_POWER(Section.TRANSFORMATION, false),
  /** 供热: fuel burned (input, negative as printed). */
  HEATING(Section.TRANSFORMATION, false),
  /** 洗选煤. */
  COAL_WASHING(Section.TRANSFORMATION, false),
  /** 炼焦. */
  COKING(Section.TRANSFORMATION, false),
  /** 炼油及煤制油. */
  REFINING(Section.TRANSFORMATION, false),
  /** 制气. */
  GAS_MAKING(Section.TRANSFORMATION, false),
  /** 天然气液化. */
  GAS_LIQUEFACTION(Section.TRANSFORMATION, false),
  /** 煤制品加工. */
  BRIQUETTING(Section.TRANSFORMATION, false),
  /** 回收能. */
  RECOVERY(Section.TRANSFORMATION, false),
  /** 损失量. */
  LOSS(Section.LOSS, false),
  /** 终端消费量: the total (read, not used: the sectors are added). */
  FINAL_TOTAL(Section.FINAL, false),
  /** 农、林、牧、渔业. */
  AGRICULTURE(Section.FINAL, false),
  /** 工业 (including its 用作原料、材料 sub-row). */
  INDUSTRY(Section.FINAL, false),
  /** 其中：用作原料、材料: non-energy use, a part of {@link #INDUSTRY}. */
  FEEDSTOCK(Section.FINAL, false),
  /** 建筑业. */
  CONSTRUCTION(Section.FINAL, false),
  /** 交通运输、仓储和邮政业. */
  TRANSPORT(Section.FINAL, false),
  /** 批发和零售业、住宿和餐饮业. */
  COMMERCE(Section.FINAL, false),
  /** 其他. */
  OTHER(Section.FINAL, false),
  /** 居民生活 (its 城镇 and 乡村 sub-rows are parts of it). */
  RESIDENTIAL(Section.FINAL, false),
  /** 城镇: a part of {@link #RESIDENTIAL}. */
  RESIDENTIAL_URBAN(Section.FINAL, false),
  /** 乡村: a part of {@link #RESIDENTIAL}. */
  RESIDENTIAL_RURAL(Section.FINAL, false),
  /** 平衡差额. */
  STATISTICAL_DIFFERENCE(Section.BALANCE, false),
  /** 消费量合计 (read, not used). */
  CONSUMPTION_TOTAL(Section.BALANCE, false);

  /** Where a row stands in the table. */
  public enum Section {
    SUPPLY,
    TRANSFORMATION,
    LOSS,
    FINAL,
    BALANCE
  }

  private final Section section;
  private final boolean subtracted;

  BalanceRow(Section section, boolean subtracted) {
    this.section = section;
    this.subtracted = subtracted;
  }

  public Section section() {
    return section;
  }

  /**
   * Whether the row is labelled (-) and counts negatively whatever sign it is printed with: tables
   * print 调出 and 出口 as negative numbers or as magnitudes under a "(-)" label.
   */
  public boolean subtracted() {
    return subtracted;
  }

  /** The final-consumption sectors whose fuel is burned (the sectoral approach's rows). */
  public static final java.util.List<BalanceRow> FINAL_SECTORS =
      java.util.List.of(
          AGRICULTURE, INDUSTRY, CONSTRUCTION, TRANSPORT, COMMERCE, OTHER, RESIDENTIAL);

  /** The transformation rows whose fuel input is burned (IPCC 1.A.1.a). */
  public static final java.util.List<BalanceRow> BURNING_TRANSFORMATION =
      java.util.List.of(THERMAL_POWER, HEATING);
}
