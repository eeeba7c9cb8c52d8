package org.cocontrol.core.synergy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cocontrol.core.Fixtures;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.comparison.ComparisonStatus;
import org.cocontrol.core.comparison.CoverageRule;
import org.cocontrol.core.comparison.ReportingUnit;
import org.cocontrol.core.inventory.Breakdown;
import org.cocontrol.core.inventory.Inventory;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * A region between two inventory years, as a whole and by source, on hand-made inventory rows (a
 * region's records by source).
 */
class RegionSynergyTests {

  private static final Adcode SHENYANG = Adcode.of(210100);
  private static final double PM_W = 0.95 / 2.18;
  private static final CoverageRule RULE = CoverageRule.of(0.95, "test", Verification.U, "");

  private static InventoryRow row(
      Adcode region, int year, String source, String substance, String scope, double t) {
    return new InventoryRow(region, year, source, null, null, null, substance, scope, null, t);
  }

  private static List<InventoryRow> rows() {
    List<InventoryRow> l = new ArrayList<>();
    // 2020
    l.add(row(SHENYANG, 2020, "POWER", "CO2", "direct", 1000));
    l.add(row(SHENYANG, 2020, "POWER", "SO2", "direct", 10));
    l.add(row(SHENYANG, 2020, "POWER", "NOX", "direct", 8));
    l.add(row(SHENYANG, 2020, "IND_BOILER", "CO2", "direct", 200));
    l.add(row(SHENYANG, 2020, "IND_BOILER", "SO2", "direct", 6));
    l.add(row(SHENYANG, 2020, "IND_BOILER", "NOX", "direct", 2));
    l.add(row(SHENYANG, 2020, "CEMENT", "CO2", "direct", 300));
    l.add(row(SHENYANG, 2020, "CEMENT", "PM", "direct", 5));
    // 2025, with an indirect row that counts and memo rows that do not
    l.add(row(SHENYANG, 2025, "POWER", "CO2", "direct", 800));
    l.add(row(SHENYANG, 2025, "POWER", "CO2", "memo", 55));
    l.add(row(SHENYANG, 2025, "POWER", "SO2", "direct", 4));
    l.add(row(SHENYANG, 2025, "POWER", "NOX", "direct", 5));
    l.add(row(SHENYANG, 2025, "IND_BOILER", "CO2", "direct", 120));
    l.add(row(SHENYANG, 2025, "IND_BOILER", "CO2", "indirect", 30));
    l.add(row(SHENYANG, 2025, "IND_BOILER", "CO2", "biogenic", 99));
    l.add(row(SHENYANG, 2025, "IND_BOILER", "SO2", "direct", 3));
    l.add(row(SHENYANG, 2025, "IND_BOILER", "NOX", "direct", 1.5));
    l.add(row(SHENYANG, 2025, "CEMENT", "CO2", "direct", 320));
    l.add(row(SHENYANG, 2025, "CEMENT", "PM", "direct", 3));
    l.add(
        new InventoryRow(
            SHENYANG, 2025, "CEMENT", null, null, null, InventoryRow.CO2E, "direct", "AR5", 320));
    // another region and another year: ignored
    l.add(row(Adcode.of(210200), 2025, "POWER", "CO2", "direct", 1e6));
    l.add(row(SHENYANG, 2022, "POWER", "CO2", "direct", 1e6));
    return l;
  }

  @Test
  void theRegionAndEachSourceWithTheirSharesOfTheReductions() {
    RegionResult r =
        RegionSynergy.evaluate(SHENYANG, 2020, 2025, rows(), SynergyFixtures.evaluator(), RULE);
    // region: CO2 1500 → 1270; SO2 16 → 7; NOx 10 → 6.5; PM 5 → 3
    MeasureResult total = r.total();
    assertThat(total.co2().base()).isEqualTo(1500.0);
    assertThat(total.co2().after()).isEqualTo(1270.0);
    assertThat(total.co2().relativeReduction().getAsDouble())
        .isCloseTo(230 / 1500.0, within(1e-12));
    // APeq 26 + 5 w_PM → 13.5 + 3 w_PM; ER = 12.5 + 2 w_PM = 13.371560
    assertThat(total.apeq().reduction()).isCloseTo(12.5 + 2 * PM_W, within(1e-12));
    assertThat(total.quadrant()).isEqualTo(Quadrant.SYNERGY);
    assertThat(total.elasticity(Substance.SO2).getAsDouble())
        .isCloseTo((9 / 16.0) / (230 / 1500.0), within(1e-12));

    assertThat(r.sources())
        .extracting(SourceResult::source)
        .containsExactly("CEMENT", "IND_BOILER", "POWER");
    SourceResult power = r.sources().get(2);
    assertThat(power.result().quadrant()).isEqualTo(Quadrant.SYNERGY);
    assertThat(power.shareOfCo2Reduction().getAsDouble()).isCloseTo(200 / 230.0, within(1e-12));
    assertThat(power.shareOfApeqReduction().getAsDouble())
        .isCloseTo(9 / (12.5 + 2 * PM_W), within(1e-12));
    SourceResult boiler = r.sources().get(1);
    assertThat(boiler.result().co2().after()).isEqualTo(150.0);
    assertThat(boiler.shareOfCo2Reduction().getAsDouble()).isCloseTo(50 / 230.0, within(1e-12));
    // cement: PM falls, CO2 rises — a trade-off working against the region's CO2 reduction
    SourceResult cement = r.sources().get(0);
    assertThat(cement.result().quadrant()).isEqualTo(Quadrant.POLLUTANT_ONLY);
    assertThat(cement.isTradeOff()).isTrue();
    assertThat(cement.shareOfCo2Reduction().getAsDouble()).isCloseTo(-20 / 230.0, within(1e-12));
    // shares add up to 1
    assertThat(r.sources().stream().mapToDouble(s -> s.shareOfCo2Reduction().getAsDouble()).sum())
        .isCloseTo(1, within(1e-12));
    assertThat(r.sources().stream().mapToDouble(s -> s.shareOfApeqReduction().getAsDouble()).sum())
        .isCloseTo(1, within(1e-12));

    assertThat(r.coReductionDrivers())
        .extracting(SourceResult::source)
        .containsExactly("POWER", "IND_BOILER");
    assertThat(r.tradeOffs()).extracting(SourceResult::source).containsExactly("CEMENT");
    assertThat(r.summary().zh()).endsWith("；协同减排来源：POWER、IND_BOILER；此消彼长：CEMENT（仅减污）");
    assertThat(r.summary().en())
        .endsWith("; co-reduction from: POWER, IND_BOILER; trade-offs: CEMENT (pollutant_only)");
  }

  @Test
  void aSourceThatAppearsIsSetApartNotARise() {
    // road traffic appears in 2025 with 0.1 t NOx: 2025's APeq is 13.5 + 3 w_PM of matched units
    // and 0.1 of ROAD, 99.3 % covered
    List<InventoryRow> l = new ArrayList<>(rows());
    l.add(row(SHENYANG, 2025, "ROAD", "NOX", "direct", 0.1));
    RegionResult r =
        RegionSynergy.evaluate(SHENYANG, 2020, 2025, l, SynergyFixtures.evaluator(), RULE);
    assertThat(r.status()).isEqualTo(ComparisonStatus.COMPARABLE);
    assertThat(r.comparison().coverage().get(1).laterShare().getAsDouble())
        .isCloseTo((13.5 + 3 * PM_W) / (13.6 + 3 * PM_W), within(1e-12));
    // the region's change is that of the three sources of both years: ROAD's NOx is not a rise
    assertThat(r.total().change(Substance.NOX).orElseThrow().after()).isEqualTo(6.5);
    assertThat(r.quadrant()).hasValue(Quadrant.SYNERGY);
    SourceResult road =
        r.sources().stream().filter(s -> s.source().equals("ROAD")).findFirst().orElseThrow();
    assertThat(road.status()).isEqualTo(ComparisonStatus.INSUFFICIENT_DATA);
    assertThat(road.quadrant()).isEmpty();
    assertThat(road.isTradeOff()).isFalse();
    assertThat(road.comparison().explanation().zh()).isEqualTo("数据不足：2020年没有报送数据，不作比较");
    assertThat(road.shareOfCo2Reduction()).hasValue(0.0);
    assertThat(r.sources().stream().mapToDouble(s -> s.shareOfApeqReduction().getAsDouble()).sum())
        .isCloseTo(1, within(1e-12));
    assertThat(r.summary().zh())
        .endsWith("；仅2025年报送的排放源1个（CO2 0 t、大气污染物当量 0.1 t）不计入比较")
        .doesNotContain("ROAD（");
  }

  /**
   * The review's case: a full base year and one record of the later year. Before, the region read
   * "CO2减少" by the share that was simply not reported yet; now it is insufficient data, with no
   * quadrant, driver, trade-off or share.
   */
  @Test
  void aRegionWhoseLaterYearIsIncompleteHasInsufficientData() {
    List<InventoryRow> l = new ArrayList<>(rows().stream().filter(x -> x.year() == 2020).toList());
    l.add(row(SHENYANG, 2025, "CEMENT", "CO2", "direct", 320));
    l.add(row(SHENYANG, 2025, "CEMENT", "PM", "direct", 3));
    RegionResult r =
        RegionSynergy.evaluate(SHENYANG, 2020, 2025, l, SynergyFixtures.evaluator(), RULE);
    assertThat(r.status()).isEqualTo(ComparisonStatus.INSUFFICIENT_DATA);
    assertThat(r.quadrant()).isEmpty();
    // cement carries 300 of 2020's 1500 t CO2 (20 %) and 5 w_PM of its 26 + 5 w_PM t APeq
    assertThat(r.comparison().coverage().get(0).baseShare().getAsDouble()).isEqualTo(0.2);
    assertThat(r.comparison().coverage().get(1).baseShare().getAsDouble())
        .isCloseTo(5 * PM_W / (26 + 5 * PM_W), within(1e-12));
    assertThat(r.coReductionDrivers()).isEmpty();
    assertThat(r.tradeOffs()).isEmpty();
    assertThat(r.sources()).allSatisfy(s -> assertThat(s.shareOfCo2Reduction()).isEmpty());
    assertThat(r.summary().zh())
        .startsWith("数据不足：2020年与2025年均有报送的排放源1个，占2020年CO2的20.0%、大气污染物当量的7.7%")
        .endsWith("；覆盖率低于95.0%（2020年CO2、2020年大气污染物当量），不作比较")
        .doesNotContain("减少");
    // the cement works itself was reported in both years and is judged: PM 5 → 3, CO2 300 → 320
    SourceResult cement = r.sources().get(0);
    assertThat(cement.status()).isEqualTo(ComparisonStatus.COMPARABLE);
    assertThat(cement.quadrant()).hasValue(Quadrant.POLLUTANT_ONLY);
    assertThat(r.sources().subList(1, 3))
        .allSatisfy(
            s -> {
              assertThat(s.status()).isEqualTo(ComparisonStatus.INSUFFICIENT_DATA);
              assertThat(s.quadrant()).isEmpty();
            });
  }

  @Test
  void rowsWithoutSourceGiveTheRegionOnly() {
    List<InventoryRow> l =
        List.of(
            row(SHENYANG, 2020, null, "CO2", "direct", 10),
            row(SHENYANG, 2025, null, "CO2", "direct", 12));
    RegionResult r =
        RegionSynergy.evaluate(SHENYANG, 2020, 2025, l, SynergyFixtures.evaluator(), RULE);
    assertThat(r.sources()).isEmpty();
    assertThat(r.total().quadrant()).isEqualTo(Quadrant.BOTH_INCREASE);
    assertThatThrownBy(
            () ->
                RegionSynergy.evaluate(SHENYANG, 2020, 2020, l, SynergyFixtures.evaluator(), RULE))
        .hasMessageContaining("must differ");
  }

  @Test
  void fromAnInventoryOfAccountedRecords() {
    Accountant accountant =
        Accountant.of(
            Fixtures.reference(Fixtures.accountingParameters()), AccountingOptions.defaults());
    Inventory inv = new Inventory();
    // 2020: 1000 t coal without controls; 2025: 800 t with wet FGD, at the same plant (one unit,
    // compared)
    inv.add(
        accountant.account(
            ActivityRecord.builder("a")
                .entity("E1")
                .region(210102)
                .year(2020)
                .source("POWER")
                .activity("raw_coal", 1000, Unit.T)
                .build()));
    inv.add(
        accountant.account(
            ActivityRecord.builder("b")
                .entity("E1")
                .region(210102)
                .year(2025)
                .source("POWER")
                .activity("raw_coal", 800, Unit.T)
                .controls("wet_fgd")
                .build()));
    List<InventoryRow> rows =
        inv.rollUp(
            RegionLevel.COUNTY,
            EnumSet.of(Breakdown.SOURCE, Breakdown.ENTITY),
            GwpSet.AR5,
            Fixtures.gwp());
    RegionResult r =
        RegionSynergy.evaluate(SHENYANG, 2020, 2025, rows, SynergyFixtures.evaluator(), RULE);
    // CO2: 1900.2988488 → 0.8 × 1900.2988488 + 0.8 × 11.75625 (FGD)
    assertThat(r.total().co2().after()).isCloseTo(0.8 * (1900.2988488 + 11.75625), within(1e-6));
    // SO2: 18 → 0.8 × 0.9
    assertThat(r.total().change(Substance.SO2).orElseThrow().after()).isCloseTo(0.72, within(1e-9));
    assertThat(r.quadrant()).hasValue(Quadrant.SYNERGY);
    assertThat(r.comparison().matched()).containsExactly(new ReportingUnit("E1", null, "POWER"));
    assertThat(r.sources())
        .singleElement()
        .satisfies(s -> assertThat(s.shareOfCo2Reduction()).hasValue(1.0));
  }
}
