package org.cocontrol.core.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cocontrol.core.accounting.Scope.BIOGENIC;
import static org.cocontrol.core.accounting.Scope.DIRECT;
import static org.cocontrol.core.accounting.Scope.EXPORTED;
import static org.cocontrol.core.accounting.Scope.INDIRECT;
import static org.cocontrol.core.accounting.Scope.MEMO;
import static org.cocontrol.core.substance.Substance.CH4;
import static org.cocontrol.core.substance.Substance.CO2;
import static org.cocontrol.core.substance.Substance.N2O;
import static org.cocontrol.core.substance.Substance.NOX;
import static org.cocontrol.core.substance.Substance.SO2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.comparison.Basis;
import org.cocontrol.core.comparison.CoverageRule;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;
import org.junit.jupiter.api.Test;

/**
 * The read side on a tiny hand-built ledger and top-down layer; every expected number is worked out
 * by hand in the comments. Henan (410000): Zhengzhou (410100, county 410105) and Luoyang (410300,
 * county 410302).
 */
class ReadModelTests {

  static final Adcode HENAN = Adcode.of(410000);
  static final Adcode ZHENGZHOU = Adcode.of(410100);
  static final Adcode KAIFENG = Adcode.of(410200);
  static final Adcode LUOYANG = Adcode.of(410300);
  static final Adcode JINSHUI = Adcode.of(410105);
  static final Adcode LAOCHENG = Adcode.of(410302);

  static final String POWER_SECTOR = "Production and Supply of Electric Power, Steam and Hot Water";
  static final String STEEL_SECTOR = "Smelting and Pressing of Ferrous Metals";
  static final String MINING_SECTOR = "Coal Mining and Dressing";

  static final CeadsClassification CEADS =
      CeadsClassification.of(
          List.of(
              new CeadsClassification.Sector(POWER_SECTOR, "电力、热力的生产和供应业", "POWER"),
              new CeadsClassification.Sector(STEEL_SECTOR, "黑色金属冶炼及压延加工业", "STEEL"),
              new CeadsClassification.Sector(MINING_SECTOR, "煤炭开采和洗选业", null)),
          List.of(
              new CeadsClassification.Fuel("Raw Coal", "原煤"),
              new CeadsClassification.Fuel("Natural Gas", "天然气")));

  /** AR5: CH4 28, N2O 265; SAR: CH4 21, N2O 310. */
  static final GwpTable GWP =
      GwpTable.of(
          List.of(
              new GwpTable.Entry(CO2, GwpSet.AR5, 1, "", "", "V1"),
                  new GwpTable.Entry(CH4, GwpSet.AR5, 28, "", "", "V1"),
              new GwpTable.Entry(N2O, GwpSet.AR5, 265, "", "", "V1"),
                  new GwpTable.Entry(CO2, GwpSet.SAR, 1, "", "", "V1"),
              new GwpTable.Entry(CH4, GwpSet.SAR, 21, "", "", "V1"),
                  new GwpTable.Entry(N2O, GwpSet.SAR, 310, "", "", "V1")));

  static final CoverageRule RULE = CoverageRule.of(0.95, "test", Verification.U, "");

  static LedgerCell cell(
      Adcode region, int year, String source, Substance s, Scope scope, double t) {
    return new LedgerCell(region, year, source, s, scope, t);
  }

  static TopDownCell td(Adcode region, int year, String sector, String fuel, double t) {
    return new TopDownCell(region, year, sector, fuel, t);
  }

  static final String TOTAL = CeadsClassification.TOTAL_SECTOR;
  static final String ALL_FUELS = CeadsClassification.TOTAL_FUEL;

  /** 2023: the ledger only, every scope. 2019: both layers. 2018: the top-down total only. */
  static final List<LedgerCell> LEDGER =
      List.of(
          cell(JINSHUI, 2023, "POWER", CO2, DIRECT, 1000),
          cell(JINSHUI, 2023, "POWER", CH4, DIRECT, 2),
          cell(JINSHUI, 2023, "POWER", N2O, DIRECT, 0.5),
          cell(JINSHUI, 2023, "IND_BOILER", CO2, INDIRECT, 300),
          cell(LAOCHENG, 2023, "IND_BOILER", CO2, DIRECT, 200),
          cell(LAOCHENG, 2023, "IND_BOILER", SO2, DIRECT, 5),
          cell(LAOCHENG, 2023, "IND_BOILER", CO2, BIOGENIC, 40),
          cell(LAOCHENG, 2023, "IND_BOILER", CO2, EXPORTED, -20),
          cell(LAOCHENG, 2023, "IND_BOILER", CO2, MEMO, 7),
          cell(JINSHUI, 2019, "POWER", CO2, DIRECT, 1200),
          cell(JINSHUI, 2019, "POWER", CO2, INDIRECT, 100),
          cell(JINSHUI, 2019, "POWER", NOX, DIRECT, 3),
          cell(JINSHUI, 2019, "CEMENT", CO2, DIRECT, 50),
          cell(LAOCHENG, 2019, "STEEL", CO2, DIRECT, 300),
          cell(LAOCHENG, 2021, "IND_BOILER", SO2, DIRECT, 4),
          cell(LAOCHENG, 2022, "IND_BOILER", SO2, DIRECT, 4.5));

  static final List<TopDownCell> TOP_DOWN =
      List.of(
          td(HENAN, 2019, TOTAL, ALL_FUELS, 5000),
          td(HENAN, 2019, POWER_SECTOR, ALL_FUELS, 3000),
          td(HENAN, 2019, STEEL_SECTOR, ALL_FUELS, 1500),
          td(HENAN, 2019, MINING_SECTOR, ALL_FUELS, 500),
          td(HENAN, 2019, TOTAL, "Raw Coal", 4000),
          td(HENAN, 2019, TOTAL, "Natural Gas", 1000),
          td(HENAN, 2019, POWER_SECTOR, "Raw Coal", 2800),
          td(HENAN, 2018, TOTAL, ALL_FUELS, 4900),
          td(LUOYANG, 2023, TOTAL, ALL_FUELS, 900));

  /** SO2 by reporting unit: E1 every year from 2021, E2 (as large) only in 2023. */
  static final List<InventoryRow> UNITS =
      List.of(
          new InventoryRow(
              LAOCHENG, 2021, "IND_BOILER", null, null, "E1", "SO2", "direct", null, 4),
          new InventoryRow(
              LAOCHENG, 2022, "IND_BOILER", null, null, "E1", "SO2", "direct", null, 4.5),
          new InventoryRow(
              LAOCHENG, 2023, "IND_BOILER", null, null, "E1", "SO2", "direct", null, 2.5),
          new InventoryRow(
              LAOCHENG, 2023, "IND_BOILER", null, null, "E2", "SO2", "direct", null, 2.5));

  final ReadModel model = ReadModel.of(LEDGER, TOP_DOWN, UNITS, CEADS, GWP);

  private static List<Object> line(InventoryLine l) {
    return List.of(l.source() == null ? "-" : l.source(), l.substance(), l.scope(), l.tonnes());
  }

  @Test
  void co2ComesFromTheTopDownLayerWhereItHasTheRegionsTotalElseFromTheLedger() {
    assertThat(model.co2Layer(HENAN, 2019)).contains(Layer.TOP_DOWN);
    assertThat(model.co2Layer(HENAN, 2018)).contains(Layer.TOP_DOWN);
    assertThat(model.co2Layer(HENAN, 2023)).contains(Layer.BOTTOM_UP);
    assertThat(model.co2Layer(ZHENGZHOU, 2019)).contains(Layer.BOTTOM_UP);
    assertThat(model.co2Layer(HENAN, 2010)).isEmpty();
    // pollutants always from the ledger
    assertThat(model.value(HENAN, 2019, NOX)).contains(new RegionValue(2019, 3, Layer.BOTTOM_UP));
  }

  /**
   * 2023, ledger only: the territorial CO2 is the direct 1000 + 200 = 1200 t; the purchased
   * electricity (300 t, the power plant's emissions), the exported −20 t, biogenic 40 t and memo 7
   * t are shown as rows but never added in.
   */
  @Test
  void territorialTotalsAddDirectEmissionsOnly() {
    InventoryAnswer a = model.inventory(HENAN, 2023, null, Grouping.SUBSTANCE, GwpSet.AR5);
    assertThat(a.layer()).isEqualTo("bottom-up");
    assertThat(a.total()).isEqualTo(1200.0);
    // CO2E direct = 1200 + 2 × 28 + 0.5 × 265 = 1200 + 56 + 132.5 = 1388.5
    assertThat(a.totals())
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(
                Map.of("CO2", 1200.0, "CH4", 2.0, "N2O", 0.5, "SO2", 5.0, "CO2E", 1388.5)));
    assertThat(a.rows())
        .extracting(ReadModelTests::line)
        .containsExactly(
            List.of("-", "CO2", DIRECT, 1200.0),
            List.of("-", "CO2", INDIRECT, 300.0),
            List.of("-", "CO2", EXPORTED, -20.0),
            List.of("-", "CO2", BIOGENIC, 40.0),
            List.of("-", "CO2", MEMO, 7.0),
            List.of("-", "CH4", DIRECT, 2.0),
            List.of("-", "N2O", DIRECT, 0.5),
            List.of("-", "SO2", DIRECT, 5.0),
            // CO2E per scope; biogenic CO2 has none
            List.of("-", "CO2E", DIRECT, 1388.5),
            List.of("-", "CO2E", INDIRECT, 300.0),
            List.of("-", "CO2E", EXPORTED, -20.0),
            List.of("-", "CO2E", MEMO, 7.0));
    assertThat(a.rows()).allSatisfy(r -> assertThat(r.layer()).isEqualTo(Layer.BOTTOM_UP));
    assertThat(a.rows())
        .filteredOn(r -> r.substance().equals("CO2E"))
        .allSatisfy(r -> assertThat(r.gwpSet()).isEqualTo(GwpSet.AR5));
    assertThat(a.rows())
        .filteredOn(r -> !r.substance().equals("CO2E"))
        .allSatisfy(r -> assertThat(r.gwpSet()).isNull());
    assertThat(a.reconciliation()).isEmpty();
    assertThat(a.region()).isEqualTo(HENAN);
    assertThat(a.year()).isEqualTo(2023);
    assertThat(a.grouping()).isEqualTo(Grouping.SUBSTANCE);
  }

  /** SAR: CO2E direct = 1200 + 2 × 21 + 0.5 × 310 = 1200 + 42 + 155 = 1397. */
  @Test
  void co2eFollowsTheGwpSetAsked() {
    InventoryAnswer a = model.inventory(HENAN, 2023, "CO2E", Grouping.SUBSTANCE, GwpSet.SAR);
    assertThat(a.total()).isEqualTo(1397.0);
    assertThat(a.totals()).containsExactlyEntriesOf(Map.of("CO2E", 1397.0));
    assertThat(a.rows())
        .extracting(ReadModelTests::line)
        .containsExactly(
            List.of("-", "CO2E", DIRECT, 1397.0),
            List.of("-", "CO2E", INDIRECT, 300.0),
            List.of("-", "CO2E", EXPORTED, -20.0),
            List.of("-", "CO2E", MEMO, 7.0));
    assertThat(a.rows()).allSatisfy(r -> assertThat(r.gwpSet()).isEqualTo(GwpSet.SAR));
  }

  /** By source: POWER 1000 + 56 + 132.5 = 1188.5 t CO2E; IND_BOILER 200 t. */
  @Test
  void rowsGroupedBySource() {
    InventoryAnswer a = model.inventory(ZHENGZHOU, 2023, null, Grouping.SOURCE, GwpSet.AR5);
    assertThat(a.rows())
        .extracting(ReadModelTests::line)
        .containsExactly(
            List.of("IND_BOILER", "CO2", INDIRECT, 300.0),
            List.of("IND_BOILER", "CO2E", INDIRECT, 300.0),
            List.of("POWER", "CO2", DIRECT, 1000.0),
            List.of("POWER", "CH4", DIRECT, 2.0),
            List.of("POWER", "N2O", DIRECT, 0.5),
            List.of("POWER", "CO2E", DIRECT, 1188.5));
    assertThat(a.rows())
        .extracting(InventoryLine::name)
        .containsExactly("IND_BOILER", "IND_BOILER", "POWER", "POWER", "POWER", "POWER");
    assertThat(a.total()).isEqualTo(1000.0);
    assertThat(a.totals()).containsEntry("CO2E", 1188.5);
  }

  /**
   * 2019: CO2 is the published 5000 t; the facilities' 1550 t of direct CO2 are not added to it but
   * reconciled per source: POWER 1200 / 3000 = 0.4, STEEL 300 / 1500 = 0.2, OTHER (coal mining, no
   * project code) 0 / 500 = 0, CEMENT (no published sector) 50 t with no share. The purchased
   * electricity (100 t) explains nothing.
   */
  @Test
  void theTopDownTotalIsReconciledWithTheLedgerNeverAddedToIt() {
    InventoryAnswer a = model.inventory(HENAN, 2019, null, Grouping.SOURCE, GwpSet.AR5);
    assertThat(a.layer()).isEqualTo("top-down+bottom-up");
    assertThat(a.total()).isEqualTo(5000.0);
    assertThat(a.totals())
        .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("CO2", 5000.0, "NOX", 3.0)));
    assertThat(a.reconciliation())
        .extracting(
            Reconciliation::source,
            Reconciliation::topDownT,
            Reconciliation::bottomUpT,
            Reconciliation::explainedShare)
        .containsExactly(
            tuple("CEMENT", 0.0, 50.0, null),
            tuple("OTHER", 500.0, 0.0, 0.0),
            tuple("POWER", 3000.0, 1200.0, 0.4),
            tuple("STEEL", 1500.0, 300.0, 0.2));
    // the published sectors mapped to sources, then the ledger's other substances; no ledger CO2,
    // no CO2E
    assertThat(a.rows())
        .extracting(ReadModelTests::line)
        .containsExactly(
            List.of("POWER", "CO2", DIRECT, 3000.0),
            List.of("STEEL", "CO2", DIRECT, 1500.0),
            List.of("OTHER", "CO2", DIRECT, 500.0),
            List.of("POWER", "NOX", DIRECT, 3.0));
    assertThat(a.rows())
        .extracting(InventoryLine::layer)
        .containsExactly(Layer.TOP_DOWN, Layer.TOP_DOWN, Layer.TOP_DOWN, Layer.BOTTOM_UP);
  }

  /**
   * The sectors add up to 5000 t: the power sector's raw-coal part (2800 t) is not added to its
   * total.
   */
  @Test
  void topDownTotalsAreNeverAddedToTheirParts() {
    InventoryAnswer bySector = model.inventory(HENAN, 2019, null, Grouping.SECTOR, GwpSet.AR5);
    assertThat(bySector.rows())
        .extracting(
            InventoryLine::sector,
            InventoryLine::source,
            InventoryLine::name,
            InventoryLine::tonnes)
        .containsExactly(
            tuple(POWER_SECTOR, "POWER", "电力、热力的生产和供应业", 3000.0),
            tuple(STEEL_SECTOR, "STEEL", "黑色金属冶炼及压延加工业", 1500.0),
            tuple(MINING_SECTOR, "OTHER", "煤炭开采和洗选业", 500.0));
    InventoryAnswer byFuel = model.inventory(HENAN, 2019, "CO2", Grouping.FUEL, GwpSet.AR5);
    assertThat(byFuel.rows())
        .extracting(InventoryLine::fuel, InventoryLine::name, InventoryLine::tonnes)
        .containsExactly(tuple("Raw Coal", "原煤", 4000.0), tuple("Natural Gas", "天然气", 1000.0));
    assertThat(byFuel.totals()).containsExactlyEntriesOf(Map.of("CO2", 5000.0));
    InventoryAnswer bySubstance =
        model.inventory(HENAN, 2019, "CO2", Grouping.SUBSTANCE, GwpSet.AR5);
    assertThat(bySubstance.rows())
        .extracting(ReadModelTests::line)
        .containsExactly(List.of("-", "CO2", DIRECT, 5000.0));
    assertThat(bySubstance.rows().get(0).name()).isEmpty();
  }

  @Test
  void aPollutantOrCo2eAskedInATopDownYearComesFromTheLedgerOrIsNotStated() {
    InventoryAnswer nox = model.inventory(HENAN, 2019, "NOX", Grouping.SOURCE, GwpSet.AR5);
    assertThat(nox.layer()).isEqualTo("bottom-up");
    assertThat(nox.total()).isEqualTo(3.0);
    assertThat(nox.reconciliation()).isEmpty();
    // the top-down layer has CO2 only: no CO2E beside a published territorial CO2
    InventoryAnswer co2e = model.inventory(HENAN, 2019, "CO2E", Grouping.SUBSTANCE, GwpSet.AR5);
    assertThat(co2e.rows()).isEmpty();
    assertThat(co2e.total()).isNull();
    InventoryAnswer onlyPublished =
        model.inventory(HENAN, 2018, null, Grouping.SUBSTANCE, GwpSet.AR5);
    assertThat(onlyPublished.layer()).isEqualTo("top-down");
    assertThat(onlyPublished.total()).isEqualTo(4900.0);
    // a year without data: no total, not zero
    InventoryAnswer none = model.inventory(HENAN, 2010, null, Grouping.SOURCE, GwpSet.AR5);
    assertThat(none.total()).isNull();
    assertThat(none.rows()).isEmpty();
    assertThat(none.layer()).isEqualTo("bottom-up");
  }

  /**
   * Zhengzhou's CO2 is its direct 1000 t (not 1300 with the purchased electricity); Luoyang has a
   * published 900 t.
   */
  @Test
  void mapValuesComeFromTheLayerThatCountsForEachChild() {
    Map<Adcode, RegionValue> co2 = model.values(List.of(ZHENGZHOU, KAIFENG, LUOYANG), 2023, CO2);
    assertThat(co2)
        .containsExactly(
            Map.entry(ZHENGZHOU, new RegionValue(2023, 1000, Layer.BOTTOM_UP)),
            Map.entry(LUOYANG, new RegionValue(2023, 900, Layer.TOP_DOWN)));
    assertThat(model.values(List.of(ZHENGZHOU, LUOYANG), 2023, SO2))
        .containsExactly(Map.entry(LUOYANG, new RegionValue(2023, 5, Layer.BOTTOM_UP)));
    // counties, and a province asked beside its own city
    assertThat(model.values(List.of(JINSHUI, LAOCHENG), 2019, CO2))
        .containsExactly(
            Map.entry(JINSHUI, new RegionValue(2019, 1250, Layer.BOTTOM_UP)),
            Map.entry(LAOCHENG, new RegionValue(2019, 300, Layer.BOTTOM_UP)));
    assertThat(model.values(List.of(HENAN, ZHENGZHOU), 2023, CO2))
        .containsExactly(
            Map.entry(HENAN, new RegionValue(2023, 1200, Layer.BOTTOM_UP)),
            Map.entry(ZHENGZHOU, new RegionValue(2023, 1000, Layer.BOTTOM_UP)));
  }

  /**
   * Plan series: CO2 from the published layer (2018, 2019), never continued with the ledger's 2023.
   */
  @Test
  void aSeriesIsDrawnFromOneLayer() {
    Series co2 = model.series(HENAN, CO2, null, RULE);
    assertThat(co2.values())
        .containsExactly(
            Map.entry(2018, new RegionValue(2018, 4900, Layer.TOP_DOWN)),
            Map.entry(2019, new RegionValue(2019, 5000, Layer.TOP_DOWN)));
    assertThat(co2.refused()).isEmpty();
    // Zhengzhou has no published total: its ledger, 2019 = 1200 + 50 (cement) t; 2023 has no
    // reporting unit in common with
    // 2019 (none were gathered for CO2), so it is refused rather than read as a fall to 1000 t
    Series zhengzhou = model.series(ZHENGZHOU, CO2, null, RULE);
    assertThat(zhengzhou.values())
        .containsExactly(Map.entry(2019, new RegionValue(2019, 1250, Layer.BOTTOM_UP)));
    assertThat(zhengzhou.refused()).containsOnlyKeys(2023);
  }

  /**
   * SO2: 2021 4 t and 2022 4.5 t from E1; 2023's 5 t is half E2's, a unit not reported in 2021, so
   * 2023 covers 2.5 / 5 = 50 % of itself with units of both years: below 95 %, refused with the
   * reason.
   */
  @Test
  void aLedgerYearThatCannotBeComparedWithTheReferenceYearIsLeftOutWithTheReason() {
    Series so2 = model.series(HENAN, SO2, 2021, RULE);
    assertThat(so2.values())
        .containsExactly(
            Map.entry(2021, new RegionValue(2021, 4, Layer.BOTTOM_UP)),
            Map.entry(2022, new RegionValue(2022, 4.5, Layer.BOTTOM_UP)));
    assertThat(so2.refused()).containsOnlyKeys(2023);
    assertThat(so2.refused().get(2023).zh()).startsWith("数据不足");
    // the reference year is the first when the base year has no value; 2022 is then the reference
    // for 2023 alike
    assertThat(model.series(HENAN, SO2, 2015, RULE).refused()).containsOnlyKeys(2023);
    Series one = model.series(HENAN, NOX, null, RULE);
    assertThat(one.values()).containsOnlyKeys(2019);
    assertThat(one.refused()).isEmpty();
  }

  @Test
  void comparisonsBetweenYearsAreTheCoresWithCoverage() {
    YearComparison c = model.compare(LUOYANG, 2021, 2022, List.of(Basis.of(SO2)), RULE);
    assertThat(c.isComparable()).isTrue();
    assertThat(c.matchedBase()).containsEntry(SO2, 4.0);
    assertThat(c.matchedLater()).containsEntry(SO2, 4.5);
    assertThat(model.compare(ZHENGZHOU, 2021, 2022, List.of(Basis.of(SO2)), RULE).baseUnits())
        .isZero();
    assertThat(model.compare(LUOYANG, 2021, 2023, List.of(Basis.of(SO2)), RULE).isComparable())
        .isFalse();
  }

  @Test
  void theTopDownTrendByTotalOrFuel() {
    assertThat(model.topDownTrend(HENAN, Grouping.SUBSTANCE))
        .containsExactly(
            Map.entry("", new java.util.TreeMap<>(Map.of(2018, 4900.0, 2019, 5000.0))));
    assertThat(model.topDownTrend(HENAN, Grouping.FUEL))
        .containsExactly(
            Map.entry("Raw Coal", new java.util.TreeMap<>(Map.of(2019, 4000.0))),
            Map.entry("Natural Gas", new java.util.TreeMap<>(Map.of(2019, 1000.0))));
    assertThat(model.topDownTrend(HENAN, Grouping.SOURCE))
        .containsOnlyKeys("POWER", "STEEL", "OTHER");
    assertThat(model.topDownTrend(KAIFENG, Grouping.SUBSTANCE)).isEmpty();
  }

  /** 1e16 + 1 − 1e16 is 1 with compensated summation; plain addition gives 0. */
  @Test
  void sumsAreCompensated() {
    List<LedgerCell> cells = new ArrayList<>();
    cells.add(cell(JINSHUI, 2020, "POWER", CO2, DIRECT, 1e16));
    cells.add(cell(LAOCHENG, 2020, "POWER", CO2, DIRECT, 1));
    cells.add(cell(Adcode.of(410303), 2020, "POWER", CO2, DIRECT, -1e16));
    ReadModel m = ReadModel.of(cells, List.of(), List.of(), CEADS, GWP);
    assertThat(m.inventory(HENAN, 2020, null, Grouping.SUBSTANCE, GwpSet.AR5).total())
        .isEqualTo(1.0);
    assertThat(m.inventory(HENAN, 2020, null, Grouping.SUBSTANCE, GwpSet.AR5).totals())
        .containsEntry("CO2E", 1.0);
    assertThat(m.value(HENAN, 2020, CO2)).contains(new RegionValue(2020, 1, Layer.BOTTOM_UP));
    assertThat(m.series(HENAN, CO2, null, RULE).values().get(2020).tonnes()).isEqualTo(1.0);
  }

  @Test
  void theClassificationNamesAndMapsSectors() {
    assertThat(CEADS.source(POWER_SECTOR)).isEqualTo("POWER");
    assertThat(CEADS.source(MINING_SECTOR)).isEqualTo("OTHER");
    assertThat(CEADS.source("unknown")).isEqualTo("OTHER");
    assertThat(CEADS.sectorName("unknown")).isEqualTo("unknown");
    assertThat(CEADS.fuelName("Raw Coal")).isEqualTo("原煤");
    assertThat(Grouping.parse(" Sector ")).contains(Grouping.SECTOR);
    assertThat(Grouping.parse("x")).isEmpty();
    assertThat(Grouping.parse(null)).isEmpty();
    assertThat(Grouping.FUEL.code()).isEqualTo("fuel");
    assertThat(Layer.TOP_DOWN.code()).isEqualTo("top-down");
    assertThat(cell(JINSHUI, 2020, "POWER", CO2, INDIRECT, 1).isTerritorial()).isFalse();
    assertThat(td(HENAN, 2019, TOTAL, ALL_FUELS, 1).isSectorTotal()).isFalse();
    assertThat(td(HENAN, 2019, POWER_SECTOR, "Raw Coal", 1).isTotal()).isFalse();
    assertThat(td(HENAN, 2019, POWER_SECTOR, "Raw Coal", 1).isFuelTotal()).isFalse();
  }
}
