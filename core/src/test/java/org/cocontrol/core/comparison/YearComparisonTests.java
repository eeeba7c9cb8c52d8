package org.cocontrol.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.junit.jupiter.api.Test;

/**
 * Pairing two years on tiny hand-made ledgers; every share below is worked out by hand in the
 * comments.
 */
class YearComparisonTests {

  static final CoverageRule RULE = CoverageRule.of(0.95, "test", Verification.U, "");
  static final Basis CO2 = Basis.of(Substance.CO2);

  /** A simple APeq for hand arithmetic: SO2 1, NOX 1, PM 0.5. */
  static final Basis APEQ =
      new Basis(
          "APEQ", "当量", "APeq", Map.of(Substance.SO2, 1.0, Substance.NOX, 1.0, Substance.PM, 0.5));

  static final List<Basis> BASES = List.of(CO2, APEQ);
  static final Adcode JINSHUI = Adcode.of(410105);

  static InventoryRow row(
      String entity,
      Adcode region,
      int year,
      String source,
      String substance,
      String scope,
      double t) {
    return new InventoryRow(region, year, source, null, null, entity, substance, scope, null, t);
  }

  static InventoryRow direct(String entity, int year, String source, String substance, double t) {
    return row(entity, JINSHUI, year, source, substance, "direct", t);
  }

  /**
   * 2022: E1 POWER (CO2 900, SO2 10), E1 IND_BOILER (CO2 50, SO2 4, NOX 2), E2 CEMENT (CO2 40, PM
   * 2), and the district's road traffic without an entity (CO2 10, NOX 3). 2023: E1 POWER (CO2 880,
   * SO2 9) and a new E3 POWER (CO2 20).
   */
  static List<InventoryRow> ledger() {
    List<InventoryRow> l = new ArrayList<>();
    l.add(direct("E1", 2022, "POWER", "CO2", 900));
    l.add(direct("E1", 2022, "POWER", "SO2", 10));
    l.add(direct("E1", 2022, "IND_BOILER", "CO2", 50));
    l.add(direct("E1", 2022, "IND_BOILER", "SO2", 4));
    l.add(direct("E1", 2022, "IND_BOILER", "NOX", 2));
    l.add(direct("E2", 2022, "CEMENT", "CO2", 40));
    l.add(direct("E2", 2022, "CEMENT", "PM", 2));
    l.add(direct("", 2022, "ROAD", "CO2", 10));
    l.add(direct("", 2022, "ROAD", "NOX", 3));
    // E1's 2023 records are placed in another district: an entity is the same unit wherever its
    // records are
    l.add(row("E1", Adcode.of(410102), 2023, "POWER", "CO2", "direct", 880));
    l.add(row("E1", Adcode.of(410102), 2023, "POWER", "SO2", "direct", 9));
    l.add(direct("E3", 2023, "POWER", "CO2", 20));
    // not in totals, not a substance, another year: no amount anywhere
    l.add(row("E1", JINSHUI, 2023, "POWER", "CO2", "memo", 70));
    l.add(row("E1", JINSHUI, 2023, "POWER", "CO2", "biogenic", 70));
    l.add(row("E1", JINSHUI, 2023, "POWER", InventoryRow.CO2E, "direct", 999));
    l.add(direct("E1", 2021, "POWER", "CO2", 1e6));
    return l;
  }

  @Test
  void onlyUnitsOfBothYearsAreComparedAndTheRestIsCounted() {
    YearComparison c = YearComparison.of(2022, 2023, ledger(), BASES, RULE);
    assertThat(c.matched()).containsExactly(new ReportingUnit("E1", null, "POWER"));
    assertThat(c.baseUnits()).isEqualTo(4);
    assertThat(c.laterUnits()).isEqualTo(2);
    assertThat(c.matchedBase()).isEqualTo(Map.of(Substance.CO2, 900.0, Substance.SO2, 10.0));
    assertThat(c.matchedLater()).isEqualTo(Map.of(Substance.CO2, 880.0, Substance.SO2, 9.0));

    Unmatched gone = c.baseOnly();
    assertThat(gone.year()).isEqualTo(2022);
    assertThat(gone.units().keySet())
        .containsExactly(
            new ReportingUnit("E1", null, "IND_BOILER"),
            new ReportingUnit("E2", null, "CEMENT"),
            new ReportingUnit("", JINSHUI, "ROAD"));
    // CO2 50 + 40 + 10; APeq (4 + 2) + 2 × 0.5 + 3
    assertThat(gone.tonnes())
        .isEqualTo(
            Map.of(
                Substance.CO2, 100.0, Substance.SO2, 4.0, Substance.NOX, 5.0, Substance.PM, 2.0));
    assertThat(gone.amount(CO2)).isEqualTo(100.0);
    assertThat(gone.amount(APEQ)).isEqualTo(10.0);
    assertThat(gone.largest(List.of(APEQ), 2))
        .containsExactly(
            new ReportingUnit("E1", null, "IND_BOILER"), new ReportingUnit("", JINSHUI, "ROAD"));
    // by CO2 (50, 40, 10), then APeq among equals
    assertThat(gone.largest(BASES, 5))
        .extracting(ReportingUnit::source)
        .containsExactly("IND_BOILER", "CEMENT", "ROAD");
    Unmatched added = c.laterOnly();
    assertThat(added.units().keySet()).containsExactly(new ReportingUnit("E3", null, "POWER"));
    assertThat(added.amount(CO2)).isEqualTo(20.0);
    assertThat(added.amount(APEQ)).isZero();
  }

  @Test
  void coverageIsTheShareOfEachYearTheMatchedUnitsCarry() {
    YearComparison c = YearComparison.of(2022, 2023, ledger(), BASES, RULE);
    Coverage co2 = c.coverage().get(0);
    Coverage apeq = c.coverage().get(1);
    // 2022: 900 of 1000 t CO2, 10 of 20 t APeq; 2023: 880 of 900 t CO2, 9 of 9 t APeq
    assertThat(co2.baseShare().getAsDouble()).isEqualTo(0.9);
    assertThat(apeq.baseShare().getAsDouble()).isEqualTo(0.5);
    assertThat(co2.laterShare().getAsDouble()).isCloseTo(880 / 900.0, within(1e-15));
    assertThat(apeq.laterShare().getAsDouble()).isEqualTo(1.0);
    assertThat(c.status()).isEqualTo(ComparisonStatus.INSUFFICIENT_DATA);
    assertThat(c.explanation().zh())
        .isEqualTo(
            "数据不足：2022年与2023年均有报送的排放源1个，占2022年CO2的90.0%、当量的50.0%，占2023年CO2的97.7%、当量的100.0%"
                + "；仅2022年报送的排放源3个（CO2 100 t、当量 10.0 t）不计入比较；仅2023年报送的排放源1个（CO2 20.0 t、当量 0 t）不计入比较"
                + "；覆盖率低于95.0%（2022年CO2、2022年当量），不作比较");
    assertThat(c.explanation().en())
        .isEqualTo(
            "insufficient data: 1 source reported in both 2022 and 2023 carries 90.0% of 2022's CO2 and 50.0% of "
                + "2022's APeq, and 97.7% of 2023's CO2 and 100.0% of 2023's APeq; 3 sources reported in 2022 only (CO2 100 t, APeq 10.0 t) are left out"
                + "; 1 source reported in 2023 only (CO2 20.0 t, APeq 0 t) is left out; coverage below the 95.0% needed (2022 CO2, 2022 APeq), so no "
                + "comparison is made");
  }

  @Test
  void eachSourceHasItsOwnCoverage() {
    YearComparison c = YearComparison.of(2022, 2023, ledger(), BASES, RULE);
    // POWER: 2022 all of E1's 900 t; 2023 E1's 880 of 900 t = 97.8 % ≥ 95 %; APeq 10 of 10 and 9 of
    // 9
    YearComparison power = c.restrictedTo(u -> u.source().equals("POWER"));
    assertThat(power.status()).isEqualTo(ComparisonStatus.COMPARABLE);
    assertThat(power.coverage().get(0).baseShare().getAsDouble()).isEqualTo(1.0);
    assertThat(power.coverage().get(0).laterShare().getAsDouble())
        .isCloseTo(0.977778, within(1e-6));
    assertThat(power.explanation().zh())
        .isEqualTo(
            "2022年与2023年均有报送的排放源1个，占2022年CO2的100.0%、当量的100.0%，占2023年CO2的97.7%、当量的100.0%"
                + "；仅2023年报送的排放源1个（CO2 20.0 t、当量 0 t）不计入比较");
    // the boiler reported in 2022 only: not a fall of 100 %, no comparison at all
    YearComparison boiler = c.restrictedTo(u -> u.source().equals("IND_BOILER"));
    assertThat(boiler.status()).isEqualTo(ComparisonStatus.INSUFFICIENT_DATA);
    assertThat(boiler.matched()).isEmpty();
    assertThat(boiler.matchedBase()).isEmpty();
    assertThat(boiler.matchedLater()).isEmpty();
    assertThat(boiler.explanation().zh()).isEqualTo("数据不足：2023年没有报送数据，不作比较");
    assertThat(boiler.explanation().en())
        .isEqualTo("insufficient data: nothing was reported for 2023, so no comparison is made");
  }

  @Test
  void aShareEqualToTheLeastShareIsEnough() {
    // 2022: A 950 t, B 50 t; 2023: A 940 t. 950 / 1000 = 0.95 exactly
    List<InventoryRow> l =
        List.of(
            direct("A", 2022, "POWER", "CO2", 950),
            direct("B", 2022, "POWER", "CO2", 50),
            direct("A", 2023, "POWER", "CO2", 940));
    YearComparison c = YearComparison.of(2022, 2023, l, List.of(CO2), RULE);
    assertThat(c.coverage().get(0).baseShare().getAsDouble()).isEqualTo(0.95);
    assertThat(c.status()).isEqualTo(ComparisonStatus.COMPARABLE);
    // one tonne more in B: 950 / 1001 = 94.905 %, shown rounded down so that it never reads as 95.0
    // %
    List<InventoryRow> m = new ArrayList<>(l);
    m.add(direct("B", 2022, "POWER", "CO2", 1));
    YearComparison d = YearComparison.of(2022, 2023, m, List.of(CO2), RULE);
    assertThat(d.status()).isEqualTo(ComparisonStatus.INSUFFICIENT_DATA);
    assertThat(d.explanation().zh())
        .contains("占2022年CO2的94.9%")
        .endsWith("覆盖率低于95.0%（2022年CO2），不作比较");
  }

  @Test
  void aUnitWeighsByTheMagnitudeOfItsNetAmount() {
    // A emits 100 t and exports electricity worth 300 t: net −200 t, weighing 200; B 200 t. A alone
    // in 2023 carries 200 / 400 of 2022
    List<InventoryRow> l =
        List.of(
            direct("A", 2022, "POWER", "CO2", 100),
            row("A", JINSHUI, 2022, "POWER", "CO2", "exported", -300),
            direct("B", 2022, "IND_BOILER", "CO2", 200),
            direct("A", 2023, "POWER", "CO2", 90),
            row("A", JINSHUI, 2023, "POWER", "CO2", "exported", -300));
    YearComparison c = YearComparison.of(2022, 2023, l, List.of(CO2), RULE);
    assertThat(c.coverage().get(0).baseShare().getAsDouble()).isEqualTo(0.5);
    assertThat(c.coverage().get(0).laterShare().getAsDouble()).isEqualTo(1.0);
    assertThat(c.matchedBase()).isEqualTo(Map.of(Substance.CO2, -200.0));
    assertThat(c.matchedLater()).isEqualTo(Map.of(Substance.CO2, -210.0));
  }

  @Test
  void whenNoBasisHasAnAmountTheShareOfUnitsDecides() {
    // PM10 weighs in neither basis: 2022 has two units, 2023 one of them
    List<InventoryRow> l =
        List.of(
            direct("A", 2022, "ROAD", "PM10", 1),
            direct("B", 2022, "ROAD", "PM10", 1),
            direct("A", 2023, "ROAD", "PM10", 1));
    YearComparison c = YearComparison.of(2022, 2023, l, BASES, RULE);
    assertThat(c.coverage()).allSatisfy(x -> assertThat(x.baseShare()).isEmpty());
    assertThat(c.status()).isEqualTo(ComparisonStatus.INSUFFICIENT_DATA);
    assertThat(c.explanation().zh())
        .isEqualTo(
            "数据不足：2022年与2023年均有报送的排放源1个，占2022年排放源数的50.0%，占2023年排放源数的100.0%"
                + "；仅2022年报送的排放源1个（CO2 0 t、当量 0 t）不计入比较；覆盖率低于95.0%（2022年排放源数），不作比较");
    // a unit that reported zero is present
    YearComparison z =
        YearComparison.of(
            2022,
            2023,
            List.of(direct("A", 2022, "POWER", "CO2", 5), direct("A", 2023, "POWER", "CO2", 0)),
            BASES,
            RULE);
    assertThat(z.matched()).hasSize(1);
    assertThat(z.status()).isEqualTo(ComparisonStatus.COMPARABLE);
  }

  @Test
  void aYearWithNothingIsInsufficient() {
    YearComparison c = YearComparison.of(2020, 2023, ledger(), BASES, RULE);
    assertThat(c.status()).isEqualTo(ComparisonStatus.INSUFFICIENT_DATA);
    assertThat(c.explanation().zh()).isEqualTo("数据不足：2020年没有报送数据，不作比较");
    assertThat(YearComparison.of(2020, 2024, ledger(), BASES, RULE).explanation().en())
        .isEqualTo(
            "insufficient data: nothing was reported for 2020 or 2024, so no comparison is made");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> YearComparison.of(2022, 2022, ledger(), BASES, RULE))
        .hasMessageContaining("must differ");
    assertThatThrownBy(() -> YearComparison.of(2022, 2023, ledger(), List.of(), RULE))
        .hasMessageContaining("at least one basis");
    assertThatThrownBy(() -> CoverageRule.of(0, "x", Verification.U, ""))
        .hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> CoverageRule.of(1.01, "x", Verification.U, ""))
        .hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> new ReportingUnit("", null, "POWER"))
        .hasMessageContaining("needs the region");
    assertThatThrownBy(() -> new ReportingUnit("E1", JINSHUI, "POWER"))
        .hasMessageContaining("without a region");
    assertThat(ReportingUnit.of(" E1 ", JINSHUI, "POWER"))
        .isEqualTo(new ReportingUnit("E1", null, "POWER"));
  }
}
