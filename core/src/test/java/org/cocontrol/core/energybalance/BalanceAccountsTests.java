package org.cocontrol.core.energybalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cocontrol.core.energybalance.BalanceRow.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.energybalance.BalanceResult.Cause;
import org.cocontrol.core.energybalance.BalanceResult.Explanation;
import org.cocontrol.core.readside.CeadsClassification;
import org.cocontrol.core.readside.Grouping;
import org.cocontrol.core.readside.InventoryAnswer;
import org.cocontrol.core.readside.LedgerCell;
import org.cocontrol.core.readside.ReadModel;
import org.cocontrol.core.readside.TopDownCell;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * A small region's energy balance table written by hand (万吨 and 亿立方米), with both approaches
 * computed by hand.
 *
 * <p>Factors (as given here, the shipped national defaults): 原煤 NCV 20.908 GJ/t, CC 0.02637 tC/GJ,
 * OF 0.94; 焦炭 28.435, 0.0295, 0.93; 柴油 42.652, 0.0202, 0.98; 天然气 389.31 GJ/万Nm3 = 0.038931 GJ/m3,
 * 0.0153, 0.99. tCO2 per column unit e = size × NCV × CC × OF × 44/12:
 *
 * <pre>
 * e(原煤)   = 1e4 × 20.908 × 0.02637 × 0.94 × 44/12 = 19002.988488
 * e(焦炭)   = 1e4 × 28.435 × 0.0295 × 0.93 × 44/12  = 28604.18825
 * e(柴油)   = 1e4 × 42.652 × 0.0202 × 0.98 × 44/12  = 30959.096373…
 * e(天然气) = 1e8 × 0.038931 × 0.0153 × 0.99 × 44/12 = 216218.8809
 * </pre>
 *
 * The table (blank = absent):
 *
 * <pre>
 *                      原煤    焦炭   柴油   天然气  电力
 * 一次能源生产量         100                   2
 * 外省调入量              50      5     30      8
 * 进口量                                10
 * 境内…在境外的加油量                   0.5
 * 本省调出量(-)          -20      3            -1      (焦炭 printed as a magnitude)
 * 出口量(-)                            -2
 * 境外…在境内的加油量(-)               -1
 * 库存增(-)减(+)量        -5             1
 * 火力发电              -60                   -3     100
 * 供热                  -10
 * 炼焦                  -30     22
 * 损失量                0.5                   0.2
 * 农、林、牧、渔业                        5
 * 工业                   20     23             3      50
 *   其中：用作原料、材料    2                    1
 * 建筑业                                 3
 * 交通运输、仓储和邮政业                  25
 * 批发和零售业…                                 1
 * 其他                                          0.5
 * 城镇                    1                    1.5
 * 乡村                    3
 * </pre>
 *
 * Reference approach: AC(原煤) = 100 + 50 − 20 − 5 = 125, NEU 2 → 123 × e = 2,337,367.584024; AC(焦炭)
 * = 5 − 3 = 2 (secondary: no production) → 57,208.3765; AC(柴油) = 30 + 10 − 2 − 1 + 1 = 38 (the 0.5
 * bought abroad is not supplied here) → 1,176,445.662187; AC(天然气) = 2 + 8 − 1 = 9, NEU 1 → 8 × e =
 * 1,729,751.0472; total 5,300,772.669911.
 *
 * <p>Sectoral approach: 原煤 60 + 10 + (20 − 2) + 1 + 3 = 92 → 1,748,274.940896; 焦炭 23 →
 * 657,896.32975; 柴油 5 + 3 + 25 = 33 → 1,021,650.18032; 天然气 3 + (3 − 1) + 1 + 0.5 + 1.5 = 8 →
 * 1,729,751.0472; total 5,157,572.498166.
 *
 * <p>Difference 143,200.171745 = losses (0.5 e(原煤) + 0.2 e(天然气) = 52,745.270424) + transformation
 * (30 e(原煤) − 22 e(焦炭) = −59,202.48686) + statistical difference (原煤 125 − 100 − 0.5 − 24 = 0.5, 焦炭
 * 2 + 22 − 23 = 1, 柴油 38.5 − 33 = 5.5, 天然气 9 − 3 − 0.2 − 6 = −0.2: 165,136.936367) + bunkers abroad
 * (−0.5 e(柴油) = −15,479.548187). Memo non-energy use 2 e(原煤) + 1 e(天然气) = 254,224.857876.
 */
class BalanceAccountsTests {

  static final double TOL = 1e-9;
  static final Adcode REGION = Adcode.of(410200);

  static BalanceFuel fuel(
      String code, String zh, String activity, boolean primary, boolean carbon, Unit unit) {
    return new BalanceFuel(code, zh, List.of(), activity, primary, carbon, unit);
  }

  static final BalanceFuel COAL = fuel("raw_coal", "原煤", "raw_coal", true, true, Unit.WAN_T);
  static final BalanceFuel COKE = fuel("coke", "焦炭", "coke", false, true, Unit.WAN_T);
  static final BalanceFuel DIESEL = fuel("diesel", "柴油", "diesel", false, true, Unit.WAN_T);
  static final BalanceFuel GAS = fuel("natural_gas", "天然气", "natural_gas", true, true, Unit.YI_M3);
  static final BalanceFuel POWER = fuel("electricity", "电力", null, false, false, Unit.YI_KWH);
  static final BalanceFuel NAPHTHA = fuel("naphtha", "石脑油", null, false, true, Unit.WAN_T);

  static final Map<BalanceRow, List<String>> SOURCES =
      Map.of(
          THERMAL_POWER, List.of("POWER"),
          HEATING, List.of("HEAT"),
          INDUSTRY, List.of("STEEL", "IND_BOILER"),
          TRANSPORT, List.of("ROAD"),
          COMMERCE, List.of("COMMERCIAL"),
          OTHER, List.of("COMMERCIAL"),
          RESIDENTIAL, List.of("RESIDENTIAL"),
          AGRICULTURE, List.of("AGRI_ENERGY"));

  static BalanceLabels labels() {
    List<BalanceLabels.RowInfo> rows = new ArrayList<>();
    for (BalanceRow r : BalanceRow.values()) {
      rows.add(
          new BalanceLabels.RowInfo(
              r, r.name(), List.of(), SOURCES.getOrDefault(r, List.of()), null));
    }
    return BalanceLabels.of(rows, List.of(COAL, COKE, DIESEL, GAS, POWER, NAPHTHA));
  }

  static final Map<String, FuelFactors> FACTORS =
      Map.of(
          "raw_coal", new FuelFactors(20.908, 0.02637, 0.94, List.of()),
          "coke", new FuelFactors(28.435, 0.0295, 0.93, List.of()),
          "diesel", new FuelFactors(42.652, 0.0202, 0.98, List.of()),
          "natural_gas", new FuelFactors(389.31 / 1e4, 0.0153, 0.99, List.of()));

  static EnergyBalance table() {
    Map<BalanceRow, Map<String, Double>> v = new EnumMap<>(BalanceRow.class);
    put(v, PRODUCTION, "raw_coal", 100, "natural_gas", 2);
    put(v, INFLOW, "raw_coal", 50, "coke", 5, "diesel", 30, "natural_gas", 8);
    put(v, IMPORT, "diesel", 10);
    put(v, BUNKER_ABROAD, "diesel", 0.5);
    put(v, OUTFLOW, "raw_coal", -20, "coke", 3, "natural_gas", -1);
    put(v, EXPORT, "diesel", -2);
    put(v, BUNKER_FOREIGN, "diesel", -1);
    put(v, STOCK_CHANGE, "raw_coal", -5, "diesel", 1);
    put(v, THERMAL_POWER, "raw_coal", -60, "natural_gas", -3, "electricity", 100);
    put(v, HEATING, "raw_coal", -10);
    put(v, COKING, "raw_coal", -30, "coke", 22);
    put(v, LOSS, "raw_coal", 0.5, "natural_gas", 0.2);
    put(v, AGRICULTURE, "diesel", 5);
    put(v, INDUSTRY, "raw_coal", 20, "coke", 23, "natural_gas", 3, "electricity", 50);
    put(v, FEEDSTOCK, "raw_coal", 2, "natural_gas", 1);
    put(v, CONSTRUCTION, "diesel", 3);
    put(v, TRANSPORT, "diesel", 25);
    put(v, COMMERCE, "natural_gas", 1);
    put(v, OTHER, "natural_gas", 0.5);
    put(v, RESIDENTIAL_URBAN, "raw_coal", 1, "natural_gas", 1.5);
    put(v, RESIDENTIAL_RURAL, "raw_coal", 3);
    // printed, and not used: the statistical difference is recomputed from the table
    put(v, STATISTICAL_DIFFERENCE, "raw_coal", 99);
    return new EnergyBalance(
        REGION,
        2020,
        List.of(
            new EnergyBalance.Column(COAL, Unit.WAN_T),
            new EnergyBalance.Column(COKE, Unit.WAN_T),
            new EnergyBalance.Column(DIESEL, Unit.WAN_T),
            new EnergyBalance.Column(GAS, Unit.YI_M3),
            new EnergyBalance.Column(POWER, Unit.YI_KWH)),
        v);
  }

  static void put(Map<BalanceRow, Map<String, Double>> v, BalanceRow row, Object... fuelValues) {
    Map<String, Double> m = v.computeIfAbsent(row, k -> new HashMap<>());
    for (int i = 0; i < fuelValues.length; i += 2) {
      m.put((String) fuelValues[i], ((Number) fuelValues[i + 1]).doubleValue());
    }
  }

  static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * TOL));
  }

  @Test
  void referenceApproachByFuel() {
    BalanceResult r = BalanceAccounts.compute(table(), labels(), FACTORS);
    Map<String, Double> byFuel = new HashMap<>();
    r.reference().forEach(l -> byFuel.put(l.fuel(), l.co2T()));
    close(byFuel.get("raw_coal"), 2_337_367.584024);
    close(byFuel.get("coke"), 57_208.37649999999);
    close(byFuel.get("diesel"), 1_176_445.6621866666);
    close(byFuel.get("natural_gas"), 1_729_751.0472);
    close(r.referenceT(), 5_300_772.6699106665);
    BalanceResult.ReferenceLine coal =
        r.reference().stream().filter(l -> l.fuel().equals("raw_coal")).findFirst().orElseThrow();
    assertThat(coal.apparentConsumption()).isEqualTo(125);
    assertThat(coal.nonEnergyUse()).isEqualTo(2);
    // 125 × 1e4 × 20.908 × 0.02637 tC; 2 × …
    close(coal.carbonT(), 125 * 1e4 * 20.908 * 0.02637);
    close(coal.excludedCarbonT(), 2 * 1e4 * 20.908 * 0.02637);
    assertThat(byFuel).doesNotContainKey("electricity");
  }

  @Test
  void sectoralApproachBySectorAndFuel() {
    BalanceResult r = BalanceAccounts.compute(table(), labels(), FACTORS);
    close(r.sectoralT(), 5_157_572.498166);
    Map<BalanceRow, Double> byRow = new EnumMap<>(BalanceRow.class);
    r.sectoral().forEach(l -> byRow.merge(l.row(), l.co2T(), Double::sum));
    // 60 e(原煤) + 3 e(天然气)
    close(byRow.get(THERMAL_POWER), 1_788_835.95198);
    close(byRow.get(HEATING), 190_029.88488);
    // (20 − 2) e(原煤) + 23 e(焦炭) + (3 − 1) e(天然气)
    close(byRow.get(INDUSTRY), 1_432_387.8843339998);
    close(byRow.get(TRANSPORT), 773_977.4093333333);
    close(byRow.get(AGRICULTURE), 154_795.48186666664);
    close(byRow.get(CONSTRUCTION), 92_877.28911999999);
    close(byRow.get(COMMERCE) + byRow.get(OTHER), 324_328.32135);
    // 城镇 + 乡村 without a 居民生活 row: (1 + 3) e(原煤) + 1.5 e(天然气)
    close(byRow.get(RESIDENTIAL), 400_340.275302);
    assertThat(byRow).doesNotContainKey(COKING);
  }

  @Test
  void differenceIsExplainedLineByLine() {
    BalanceResult r = BalanceAccounts.compute(table(), labels(), FACTORS);
    close(r.differenceT(), 143_200.171744667);
    Map<Cause, Explanation> e = new EnumMap<>(Cause.class);
    r.explanations().forEach(x -> e.put(x.cause(), x));
    close(e.get(Cause.LOSSES).co2T(), 52_745.270424);
    close(e.get(Cause.TRANSFORMATION).co2T(), -59_202.486859999946);
    close(e.get(Cause.STATISTICAL_DIFFERENCE).co2T(), 165_136.93636733334);
    close(e.get(Cause.BUNKERS_ABROAD_AND_SECONDARY_PRODUCTION).co2T(), -15_479.548186666665);
    close(e.get(Cause.NON_ENERGY_USE).co2T(), 254_224.857876);
    assertThat(e.get(Cause.NON_ENERGY_USE).memo()).isTrue();
    double sum =
        r.explanations().stream().filter(x -> !x.memo()).mapToDouble(Explanation::co2T).sum();
    close(sum, r.differenceT());
  }

  @Test
  void aFuelWithoutFactorsIsAGapNotZero() {
    EnergyBalance t = table();
    Map<BalanceRow, Map<String, Double>> v = new EnumMap<>(t.values());
    Map<String, Double> industry = new HashMap<>(v.get(INDUSTRY));
    industry.put("naphtha", 4.0);
    v.put(INDUSTRY, industry);
    List<EnergyBalance.Column> cols = new ArrayList<>(t.columns());
    cols.add(new EnergyBalance.Column(NAPHTHA, Unit.WAN_T));
    Map<String, FuelFactors> noGas = new HashMap<>(FACTORS);
    noGas.remove("natural_gas");
    BalanceResult r =
        BalanceAccounts.compute(new EnergyBalance(REGION, 2020, cols, v), labels(), noGas);
    assertThat(r.gaps())
        .extracting(BalanceResult.Gap::fuel, BalanceResult.Gap::reason, BalanceResult.Gap::burned)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "natural_gas", BalanceResult.GapReason.NO_FACTORS, 8.0),
            org.assertj.core.groups.Tuple.tuple(
                "naphtha", BalanceResult.GapReason.NO_ACTIVITY, 4.0));
    // the totals cover the fuels with factors only
    close(r.referenceT(), 5_300_772.6699106665 - 1_729_751.0472);
  }

  static final GwpTable GWP =
      GwpTable.of(List.of(new GwpTable.Entry(Substance.CO2, GwpSet.AR5, 1, "", "", "V1")));

  @Test
  void besideTheLedgerAndTheTopDownLayer() {
    BalanceResult r = BalanceAccounts.compute(table(), labels(), FACTORS);
    CeadsClassification ceads =
        CeadsClassification.of(
            List.of(
                new CeadsClassification.Sector("Power", "电力、热力的生产和供应业", "POWER"),
                new CeadsClassification.Sector("Steel", "黑色金属冶炼及压延加工业", "STEEL")),
            List.of(new CeadsClassification.Fuel("Raw Coal", "原煤")));
    List<LedgerCell> ledger =
        List.of(
            new LedgerCell(
                Adcode.of(410202), 2020, "POWER", Substance.CO2, Scope.DIRECT, 1_500_000),
            new LedgerCell(Adcode.of(410202), 2020, "STEEL", Substance.CO2, Scope.DIRECT, 400_000),
            new LedgerCell(
                Adcode.of(410202), 2020, "IND_BOILER", Substance.CO2, Scope.DIRECT, 100_000),
            new LedgerCell(Adcode.of(410202), 2020, "CEMENT", Substance.CO2, Scope.DIRECT, 50_000),
            new LedgerCell(Adcode.of(410202), 2020, "STEEL", Substance.CO2, Scope.INDIRECT, 9_999));
    // bottom-up only: the ledger by source
    InventoryAnswer bottomUp =
        ReadModel.of(ledger, List.of(), List.of(), ceads, GWP)
            .inventory(REGION, 2020, "CO2", Grouping.SOURCE, GwpSet.AR5);
    BalanceComparison c = BalanceComparison.of(r, labels(), bottomUp);
    close(c.ledgerT(), 2_050_000);
    assertThat(c.topDownT()).isNull();
    BalanceComparison.Line power = line(c, THERMAL_POWER);
    close(power.sectoralT(), 1_788_835.95198);
    close(power.ledgerT(), 1_500_000);
    close(power.ledgerShare(), 1_500_000 / 1_788_835.95198);
    BalanceComparison.Line industry = line(c, INDUSTRY);
    // direct only: the 9,999 t indirect line is not a facility's own emission
    close(industry.ledgerT(), 500_000);
    assertThat(line(c, HEATING).ledgerT()).isNull();
    BalanceComparison.Line commerce = line(c, COMMERCE);
    assertThat(commerce.rows()).containsExactly(COMMERCE, OTHER);
    close(commerce.sectoralT(), 324_328.32135);
    BalanceComparison.Line rest = c.lines().get(c.lines().size() - 1);
    assertThat(rest.rows()).isEmpty();
    assertThat(rest.sources()).containsExactly("CEMENT");
    close(rest.ledgerT(), 50_000);

    // with the top-down layer: its sectors by source beside the ledger
    List<TopDownCell> td =
        List.of(
            new TopDownCell(REGION, 2020, "Power", "Scope 1 Total", 1_700_000),
            new TopDownCell(REGION, 2020, "Steel", "Scope 1 Total", 600_000),
            new TopDownCell(REGION, 2020, "Total", "Scope 1 Total", 2_300_000));
    InventoryAnswer both =
        ReadModel.of(ledger, td, List.of(), ceads, GWP)
            .inventory(REGION, 2020, "CO2", Grouping.SOURCE, GwpSet.AR5);
    BalanceComparison c2 = BalanceComparison.of(r, labels(), both);
    close(c2.topDownT(), 2_300_000);
    close(line(c2, THERMAL_POWER).topDownT(), 1_700_000);
    close(line(c2, THERMAL_POWER).topDownMinusSectoralT(), 1_700_000 - 1_788_835.95198);
    close(line(c2, INDUSTRY).topDownT(), 600_000);
    close(line(c2, INDUSTRY).ledgerT(), 500_000);
    assertThat(line(c2, TRANSPORT).topDownT()).isNull();

    // a city whose top-down layer has its total only: the total stays, no line has a top-down
    // amount
    InventoryAnswer totalOnly =
        ReadModel.of(
                List.of(),
                List.of(new TopDownCell(REGION, 2020, "Total", "Scope 1 Total", 2_300_000)),
                List.of(),
                ceads,
                GWP)
            .inventory(REGION, 2020, "CO2", Grouping.SOURCE, GwpSet.AR5);
    BalanceComparison c3 = BalanceComparison.of(r, labels(), totalOnly);
    close(c3.topDownT(), 2_300_000);
    assertThat(c3.ledgerT()).isNull();
    assertThat(c3.lines()).allSatisfy(l -> assertThat(l.topDownT()).isNull());
  }

  static BalanceComparison.Line line(BalanceComparison c, BalanceRow row) {
    return c.lines().stream().filter(l -> l.rows().contains(row)).findFirst().orElseThrow();
  }
}
