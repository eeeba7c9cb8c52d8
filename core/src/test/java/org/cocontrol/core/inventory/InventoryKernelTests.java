package org.cocontrol.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cocontrol.core.Fixtures;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

class InventoryKernelTests {

  private final Accountant accountant =
      Accountant.of(
          Fixtures.reference(Fixtures.accountingParameters()), AccountingOptions.defaults());

  @Test
  void theBatchKernelGivesTheSameInventoryAsAccountingRecordByRecord() {
    int[] regions = {210102, 210103, 210202, 410102, 410305, 500103, 350404};
    String[] sources = {"POWER", "IND_BOILER", "RESIDENTIAL"};
    String[] activities = {"raw_coal", "natural_gas", "electricity_purchased", "biomass"};
    Unit[] units = {Unit.T, Unit.WAN_NM3, Unit.MWH, Unit.T};
    List<List<ControlSpec>> controls =
        List.of(
            List.of(),
            List.of(ControlSpec.of("wet_fgd"), ControlSpec.of("scr"), ControlSpec.of("esp")));
    ActivityColumns.Dictionaries d = new ActivityColumns.Dictionaries();
    ActivityColumns batch = new ActivityColumns(d, 97);
    InventoryKernel kernel = new InventoryKernel(accountant, RegionLevel.CITY);
    Inventory reference = new Inventory();
    Random random = new Random(42);
    for (int i = 0; i < 5000; i++) {
      int region = regions[random.nextInt(regions.length)];
      String source = sources[random.nextInt(sources.length)];
      int a = random.nextInt(activities.length);
      List<ControlSpec> c = a == 0 ? controls.get(random.nextInt(2)) : List.of();
      int year = 2021 + random.nextInt(2);
      double amount = random.nextDouble() * 10_000;
      if (!batch.add(
          d.region(Adcode.of(region)),
          year,
          d.source(source),
          d.activity(activities[a]),
          d.unit(units[a]),
          d.technology(null),
          d.controls(c),
          amount)) {
        kernel.add(batch);
        batch.clear();
        batch.add(
            d.region(Adcode.of(region)),
            year,
            d.source(source),
            d.activity(activities[a]),
            d.unit(units[a]),
            d.technology(null),
            d.controls(c),
            amount);
      }
      reference.add(
          accountant.account(
              ActivityRecord.builder("r" + i)
                  .region(region)
                  .year(year)
                  .source(source)
                  .activity(activities[a], amount, units[a])
                  .controls(c)
                  .build()));
    }
    kernel.add(batch);
    assertThat(kernel.records()).isEqualTo(5000);
    assertThat(reference.size()).isPositive();
    assertThat(kernel.shapes()).isLessThan(200);
    List<InventoryRow> expected =
        reference.rollUp(RegionLevel.CITY, Set.of(Breakdown.SOURCE), GwpSet.AR5, Fixtures.gwp());
    List<InventoryRow> actual = kernel.rows(GwpSet.AR5, Fixtures.gwp());
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      InventoryRow e = expected.get(i);
      InventoryRow k = actual.get(i);
      assertThat(k).usingRecursiveComparison().ignoringFields("tonnes").isEqualTo(e);
      assertThat(k.tonnes()).isCloseTo(e.tonnes(), within(1e-9 * Math.abs(e.tonnes()) + 1e-12));
    }
    assertThat(kernel.total(Substance.CO2))
        .isCloseTo(
            reference.total(Adcode.NATION, 2021, Substance.CO2)
                + reference.total(Adcode.NATION, 2022, Substance.CO2),
            within(1e-6));
  }

  /**
   * Thousands of distinct shapes (one county each) make the kernel's shape table grow past its
   * initial size; every county must still get exactly its own records' amount (one coal record of k
   * + 1 tonnes in the k-th county), found again after the growth.
   */
  @Test
  void thousandsOfShapesEachKeepTheirOwnSum() {
    int counties = 6000;
    ActivityColumns.Dictionaries d = new ActivityColumns.Dictionaries();
    ActivityColumns batch = new ActivityColumns(d, 1000);
    InventoryKernel kernel = new InventoryKernel(accountant, RegionLevel.COUNTY);
    double perTonne =
        accountant
            .account(
                ActivityRecord.builder("one")
                    .region(410102)
                    .year(2022)
                    .source("IND_BOILER")
                    .activity("raw_coal", 1, Unit.T)
                    .build())
            .lines()
            .stream()
            .filter(e -> e.substance() == Substance.CO2)
            .mapToDouble(e -> e.tonnes())
            .sum();
    assertThat(perTonne).isPositive();
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k < counties; k++) {
        Adcode county = Adcode.of(410000 + (k / 99 + 1) * 100 + k % 99 + 1);
        if (!batch.add(
            d.region(county),
            2022,
            d.source("IND_BOILER"),
            d.activity("raw_coal"),
            d.unit(Unit.T),
            d.technology(null),
            d.controls(List.of()),
            k + 1)) {
          kernel.add(batch);
          batch.clear();
          batch.add(
              d.region(county),
              2022,
              d.source("IND_BOILER"),
              d.activity("raw_coal"),
              d.unit(Unit.T),
              d.technology(null),
              d.controls(List.of()),
              k + 1);
        }
      }
    }
    kernel.add(batch);
    assertThat(kernel.records()).isEqualTo(2L * counties);
    assertThat(kernel.shapes()).isEqualTo(counties);
    // one county's coal is accounted like another's in the same province: shapes are accounted at
    // the parameters' region level, not once per county
    assertThat(kernel.accountedShapes()).isEqualTo(1);
    assertThat(batch.capacity()).isEqualTo(1000);
    assertThat(batch.dictionaries()).isSameAs(d);
    double expectedTotal = perTonne * 2 * (counties * (counties + 1.0) / 2);
    assertThat(kernel.total(Substance.CO2)).isCloseTo(expectedTotal, within(1e-9 * expectedTotal));
    List<InventoryRow> co2 =
        kernel.rows(GwpSet.AR5, Fixtures.gwp()).stream()
            .filter(r -> r.substance().equals("CO2"))
            .toList();
    assertThat(co2).hasSize(counties);
    for (InventoryRow r : co2) {
      int code = Integer.parseInt(r.region().toString());
      int k = ((code / 100) % 100 - 1) * 99 + code % 100 - 1;
      double expected = perTonne * 2 * (k + 1);
      assertThat(r.tonnes()).as(r.region().toString()).isCloseTo(expected, within(1e-9 * expected));
    }
  }

  @Test
  void breakdownsAreNamedByTheirLowerCaseCode() {
    assertThat(Breakdown.parse(" Source ")).contains(Breakdown.SOURCE);
    assertThat(Breakdown.parse("ipcc")).contains(Breakdown.IPCC);
    assertThat(Breakdown.parse("sector")).isEmpty();
    assertThat(Breakdown.ENTITY.code()).isEqualTo("entity");
  }
}
