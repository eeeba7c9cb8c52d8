package org.cocontrol.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cocontrol.core.Fixtures;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

class InventoryTests {

  private final Accountant accountant =
      Accountant.of(
          Fixtures.reference(Fixtures.accountingParameters()), AccountingOptions.defaults());

  private ActivityRecord coal(String id, int region, double t, String source) {
    return ActivityRecord.builder(id)
        .entity("E" + id)
        .region(region)
        .year(2022)
        .source(source)
        .activity("raw_coal", t, Unit.T)
        .build();
  }

  private Inventory inventory(ActivityRecord... records) {
    Inventory inv = new Inventory();
    for (ActivityRecord r : records) {
      inv.add(accountant.account(r));
    }
    return inv;
  }

  private static double sum(
      List<InventoryRow> rows, String region, String substance, String scope) {
    return rows.stream()
        .filter(
            r ->
                r.region().toString().equals(region)
                    && r.substance().equals(substance)
                    && r.scope().equals(scope))
        .mapToDouble(InventoryRow::tonnes)
        .sum();
  }

  @Test
  void countiesRollUpToTheirCityAndProvince() {
    Inventory inv =
        inventory(
            coal("1", 210102, 1000, "POWER"),
            coal("2", 210103, 2000, "IND_BOILER"),
            coal("3", 210202, 500, "POWER"),
            coal("4", 410105, 100, "POWER"));
    List<InventoryRow> city =
        inv.rollUp(RegionLevel.CITY, Set.of(Breakdown.SOURCE), GwpSet.AR5, Fixtures.gwp());
    double perT = 1900.2988488 / 1000;
    assertThat(sum(city, "210100", "CO2", "direct")).isCloseTo(3000 * perT, within(1e-6));
    assertThat(
            city.stream()
                .filter(r -> r.region().toString().equals("210100") && r.substance().equals("CO2")))
        .extracting(InventoryRow::source)
        .containsExactly("IND_BOILER", "POWER");
    List<InventoryRow> province =
        inv.rollUp(RegionLevel.PROVINCE, Set.of(), GwpSet.AR5, Fixtures.gwp());
    assertThat(sum(province, "210000", "CO2", "direct")).isCloseTo(3500 * perT, within(1e-6));
    assertThat(sum(province, "410000", "CO2", "direct")).isCloseTo(100 * perT, within(1e-9));
    List<InventoryRow> nation =
        inv.rollUp(RegionLevel.NATION, Set.of(), GwpSet.AR5, Fixtures.gwp());
    assertThat(nation.stream().map(InventoryRow::region).distinct()).containsExactly(Adcode.NATION);
    assertThat(sum(nation, "000000", "CO2", "direct")).isCloseTo(3600 * perT, within(1e-6));
    assertThat(inv.total(Adcode.of(210000), 2022, Substance.CO2))
        .isCloseTo(3500 * perT, within(1e-6));
  }

  @Test
  void co2eRowsWeighTheGreenhouseGasesAndLeaveOutBiogenicCo2() {
    ActivityRecord wood =
        ActivityRecord.builder("w")
            .region(210102)
            .year(2022)
            .source("RESIDENTIAL")
            .activity("biomass", 100, Unit.T)
            .build();
    List<InventoryRow> rows =
        inventory(coal("1", 210102, 1000, "POWER"), wood)
            .rollUp(RegionLevel.PROVINCE, Set.of(), GwpSet.AR5, Fixtures.gwp());
    double coal = 1900.2988488 + 0.020908 * 28 + 0.031362 * 265;
    double woodCh4 = 1560 * 300 / 1e6 * 28;
    assertThat(sum(rows, "210000", "CO2E", "direct")).isCloseTo(coal + woodCh4, within(1e-6));
    assertThat(sum(rows, "210000", "CO2", "biogenic")).isCloseTo(174.72, within(1e-9));
    assertThat(rows.stream().filter(r -> r.substance().equals("CO2E")))
        .allMatch(r -> "AR5".equals(r.gwpSet()));
  }

  @Test
  void scopesStayApart() {
    ActivityRecord bought =
        ActivityRecord.builder("e")
            .region(210102)
            .year(2022)
            .source("IND_BOILER")
            .activity("electricity_purchased", 1000, Unit.MWH)
            .build();
    List<InventoryRow> rows =
        inventory(bought, coal("1", 210102, 1000, "POWER"))
            .rollUp(RegionLevel.CITY, EnumSet.noneOf(Breakdown.class), GwpSet.AR5, Fixtures.gwp());
    assertThat(sum(rows, "210100", "CO2", Scope.INDIRECT.code())).isCloseTo(556.4, within(1e-9));
    assertThat(sum(rows, "210100", "CO2", Scope.DIRECT.code()))
        .isCloseTo(1900.2988488, within(1e-6));
  }

  @Test
  void intensitiesAreUndefinedForAZeroDenominator() {
    assertThat(new Intensity("gdp", 0, "万元").of(10)).isEmpty();
    assertThat(new Intensity("gdp", 4, "万元").of(10).getAsDouble()).isEqualTo(2.5);
  }

  @Property(tries = 100)
  void rollUpsConserveTotals(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1e7) Double> amounts,
      @ForAll @IntRange(min = 1, max = 9) int countyDigit) {
    int[] counties = {210102, 210103, 210202, 210281, 410102, 410305, 500103, 500229, 350404};
    Inventory inv = new Inventory();
    for (int i = 0; i < amounts.size(); i++) {
      inv.add(
          accountant.account(
              coal(
                  "r" + i,
                  counties[(i * countyDigit) % counties.length],
                  amounts.get(i),
                  i % 2 == 0 ? "POWER" : "IND_BOILER")));
    }
    for (String substance : List.of("CO2", "SO2", "NOX", "CO2E")) {
      double counties1 =
          sum(
              inv.rollUp(RegionLevel.COUNTY, Set.of(Breakdown.SOURCE), GwpSet.AR5, Fixtures.gwp()),
              substance);
      double cities =
          sum(inv.rollUp(RegionLevel.CITY, Set.of(), GwpSet.AR5, Fixtures.gwp()), substance);
      double provinces =
          sum(
              inv.rollUp(
                  RegionLevel.PROVINCE, Set.of(Breakdown.ENTITY), GwpSet.AR5, Fixtures.gwp()),
              substance);
      double nation =
          sum(inv.rollUp(RegionLevel.NATION, Set.of(), GwpSet.AR5, Fixtures.gwp()), substance);
      assertThat(cities).isCloseTo(counties1, within(1e-9 * Math.max(1, nation)));
      assertThat(provinces).isCloseTo(cities, within(1e-9 * Math.max(1, nation)));
      assertThat(nation).isCloseTo(provinces, within(1e-9 * Math.max(1, nation)));
    }
  }

  private static double sum(List<InventoryRow> rows, String substance) {
    return rows.stream()
        .filter(r -> r.substance().equals(substance))
        .mapToDouble(InventoryRow::tonnes)
        .sum();
  }
}
