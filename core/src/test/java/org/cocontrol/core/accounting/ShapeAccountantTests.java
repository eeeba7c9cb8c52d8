package org.cocontrol.core.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cocontrol.core.Fixtures;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/** The shape cache: one accounting per record shape, every line scaled by the amount. */
class ShapeAccountantTests {

  private final Accountant accountant =
      Accountant.of(
          Fixtures.reference(Fixtures.accountingParameters()), AccountingOptions.defaults());

  private static ActivityRecord.Builder coal(String id, double tonnes) {
    return ActivityRecord.builder(id)
        .entity("E1")
        .region(210100)
        .year(2022)
        .source("POWER")
        .activity("raw_coal", tonnes, Unit.T);
  }

  @Test
  void twoRecordsOfOneShapeGiveLinesScaledByTheirAmounts() {
    ShapeAccountant shapes = new ShapeAccountant(accountant);
    RecordResult first = shapes.account(coal("R1", 1000).controls("wet_fgd").build());
    RecordResult second = shapes.account(coal("R2", 250).controls("wet_fgd").build());
    assertThat(shapes.accounted()).isEqualTo(1);
    assertThat(shapes.shared()).isEqualTo(1);
    assertThat(second.record().recordId()).isEqualTo("R2");
    assertThat(second.lines()).hasSameSizeAs(first.lines());
    for (int i = 0; i < first.lines().size(); i++) {
      EmissionLine a = first.lines().get(i);
      EmissionLine b = second.lines().get(i);
      assertThat(b.substance()).isEqualTo(a.substance());
      assertThat(b.method()).isEqualTo(a.method());
      // 250 / 1000 of the same unit result
      assertThat(b.tonnes()).isCloseTo(a.tonnes() * 0.25, within(Math.abs(a.tonnes()) * 1e-15));
    }
    // Hand computation, as AccountantTests: 250 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 =
    // 475.0747122 t CO2 from combustion; SO2 generated 250 × 1 % × 0.9 × 2 = 4.5 t, emitted × (1 −
    // 0.95) = 0.225 t; FGD CO2 = 4.275 t removed × 44/64 = 2.93906250 t.
    assertThat(line(second, Substance.CO2, Method.COMBUSTION_TIER2).tonnes())
        .isCloseTo(475.0747122, within(475.0747122 * 1e-9));
    assertThat(line(second, Substance.SO2, Method.SULFUR_BALANCE).tonnes())
        .isCloseTo(0.225, within(0.225 * 1e-9));
    EmissionLine fgd = line(second, Substance.CO2, Method.FGD_CO2);
    assertThat(fgd.tonnes()).isCloseTo(2.9390625, within(2.9390625 * 1e-9));
    // the quantity derived for the record alone is scaled too, so its provenance stays true
    assertThat(fgd.parameters().get(0).role()).isEqualTo("SO2 removed by wet_fgd");
    assertThat(fgd.parameters().get(0).value()).isCloseTo(4.275, within(4.275 * 1e-9));
    // CO2e scaled as well
    assertThat(second.co2e().get(Scope.DIRECT).tonnes())
        .isCloseTo(
            first.co2e().get(Scope.DIRECT).tonnes() * 0.25,
            within(first.co2e().get(Scope.DIRECT).tonnes() * 1e-15));
  }

  @Test
  void sharedResultsEqualRecordByRecordAccounting() {
    ShapeAccountant shapes = new ShapeAccountant(accountant);
    double[] amounts = {1000, 3.7, 123456.789, 0.001};
    for (int i = 0; i < amounts.length; i++) {
      for (List<ControlSpec> controls :
          List.of(
              List.<ControlSpec>of(),
              List.of(ControlSpec.of("wet_fgd"), ControlSpec.of("scr"), ControlSpec.of("esp")))) {
        ActivityRecord r = coal("R" + i, amounts[i]).controls(controls).build();
        RecordResult direct = accountant.account(r);
        RecordResult cached = shapes.account(r);
        assertThat(cached.lines()).hasSameSizeAs(direct.lines());
        for (int k = 0; k < direct.lines().size(); k++) {
          double want = direct.lines().get(k).tonnes();
          assertThat(cached.lines().get(k).tonnes()).isCloseTo(want, within(want * 1e-12));
          assertThat(cached.lines().get(k).scope()).isEqualTo(direct.lines().get(k).scope());
        }
        assertThat(cached.gaps()).isEqualTo(direct.gaps());
      }
    }
    // the ESP shape raises PM to PM2.5 (its trail names the tonnage before) and is not shared
    assertThat(shapes.shared()).isEqualTo(amounts.length - 1);
  }

  @Test
  void aLineWithoutDerivedQuantitiesKeepsItsShapesTrailItself() {
    ShapeAccountant shapes = new ShapeAccountant(accountant);
    RecordResult a = shapes.account(coal("R1", 10).build());
    RecordResult b = shapes.account(coal("R2", 20).build());
    EmissionLine la = line(a, Substance.CO2, Method.COMBUSTION_TIER2);
    EmissionLine lb = line(b, Substance.CO2, Method.COMBUSTION_TIER2);
    assertThat(lb.parameters()).isSameAs(la.parameters());
  }

  @Test
  void recordsWithMeasuredEmissionsOrAnotherShapeAreNotShared() {
    ShapeAccountant shapes = new ShapeAccountant(accountant);
    shapes.account(coal("R1", 1000).measured(Substance.SO2, 5).build());
    RecordResult measured = shapes.account(coal("R2", 2000).measured(Substance.SO2, 5).build());
    // the measured tonnage stays as measured, not doubled
    assertThat(measured.total(Substance.SO2)).isEqualTo(5.0);
    assertThat(shapes.shared()).isZero();
    // another sulfur content or year is another shape
    shapes.account(coal("R3", 1000).sulfurPct(2.0).build());
    shapes.account(coal("R4", 1000).sulfurPct(1.5).build());
    shapes.account(coal("R6", 1000).year(2021).build());
    assertThat(shapes.shared()).isZero();
    assertThat(shapes.accounted()).isEqualTo(5);
    // an amount of 0 is accounted as it is (no FGD line for nothing removed)
    RecordResult zero = shapes.account(coal("R7", 0).controls("wet_fgd").build());
    assertThat(zero.lines(Substance.CO2).stream().filter(l -> l.method() == Method.FGD_CO2))
        .isEmpty();
  }

  @Test
  void theEntityIsPartOfTheShapeOnlyWhenAParameterRowNamesIt() {
    List<org.cocontrol.core.parameter.Parameter> parameters =
        new java.util.ArrayList<>(Fixtures.accountingParameters());
    parameters.add(
        Fixtures.p("ncv.coal.e9", org.cocontrol.core.parameter.ParameterKind.NCV, 22.0, "GJ/t")
            .activity("raw_coal")
            .entity("E9")
            .level(org.cocontrol.core.parameter.ParameterLevel.ENTERPRISE)
            .get());
    ShapeAccountant shapes =
        new ShapeAccountant(
            Accountant.of(Fixtures.reference(parameters), AccountingOptions.defaults()));
    RecordResult e1 = shapes.account(coal("R1", 1000).build());
    RecordResult e2 = shapes.account(coal("R2", 1000).entity("E2").build());
    RecordResult e9 = shapes.account(coal("R3", 1000).entity("E9").build());
    assertThat(shapes.shared()).isEqualTo(1);
    // E1 and E2: the national NCV, 1000 t × 20.908 × 0.02637 × 0.94 × 44/12 = 1900.2988488 t
    assertThat(line(e2, Substance.CO2, Method.COMBUSTION_TIER2).tonnes())
        .isCloseTo(1900.2988488, within(1900.2988488 * 1e-9));
    assertThat(e2.record().entityId()).isEqualTo("E2");
    assertThat(e1.total(Substance.CO2)).isEqualTo(e2.total(Substance.CO2));
    // E9 its own NCV: 1000 t × 22.0 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12 = 1999.5492 t
    assertThat(line(e9, Substance.CO2, Method.COMBUSTION_TIER2).tonnes())
        .isCloseTo(1999.5492, within(1999.5492 * 1e-9));
  }

  @Test
  void recordsOfTwoCountiesShareAShapeWhereNoParameterTellsThemApart() {
    ShapeAccountant shapes = new ShapeAccountant(accountant);
    ActivityRecord a = coal("R1", 100).region(210102).build();
    ActivityRecord b = coal("R2", 300).region(210103).build();
    shapes.account(a);
    RecordResult shared = shapes.account(b);
    assertThat(shapes.shared()).isEqualTo(1);
    assertThat(shared.record().region()).isEqualTo(b.region());
    // 300 t × 20.908 × 0.02637 × 0.94 × 44/12 = 570.08965464 t
    assertThat(line(shared, Substance.CO2, Method.COMBUSTION_TIER2).tonnes())
        .isCloseTo(570.08965464, within(570.08965464 * 1e-9));
    assertThat(shared.total(Substance.CO2))
        .isCloseTo(
            accountant.account(b).total(Substance.CO2),
            within(accountant.account(b).total(Substance.CO2) * 1e-12));
  }

  @Test
  void pastItsLimitTheCacheStartsAfreshAndResultsStayRight() {
    ShapeAccountant shapes = new ShapeAccountant(accountant);
    // MAX_SHAPES + 1 shapes: sulfur contents 0.0001 %, 0.0002 %, …
    for (int i = 1; i <= ShapeAccountant.MAX_SHAPES + 1; i++) {
      shapes.account(coal("S" + i, 10).sulfurPct(i * 1e-4).build());
    }
    assertThat(shapes.accounted()).isEqualTo(ShapeAccountant.MAX_SHAPES + 1);
    // the first shape was let go with the rest: accounted again, and right
    RecordResult again = shapes.account(coal("T", 500).sulfurPct(1e-4).build());
    assertThat(shapes.accounted()).isEqualTo(ShapeAccountant.MAX_SHAPES + 2);
    // 500 t × 1e-4 % × 0.9 × 2 = 0.0009 t SO2
    assertThat(again.total(Substance.SO2)).isCloseTo(0.0009, within(0.0009 * 1e-9));
    // the last one is still kept
    shapes.account(coal("U", 500).sulfurPct((ShapeAccountant.MAX_SHAPES + 1) * 1e-4).build());
    assertThat(shapes.shared()).isEqualTo(1);
  }

  private static EmissionLine line(RecordResult r, Substance s, Method m) {
    List<EmissionLine> l = r.lines(s).stream().filter(x -> x.method() == m).toList();
    assertThat(l).as(s + " by " + m).hasSize(1);
    return l.get(0);
  }
}
