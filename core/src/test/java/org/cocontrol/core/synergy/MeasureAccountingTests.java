package org.cocontrol.core.synergy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cocontrol.core.Fixtures;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingException;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * Measures given as activity records: both sides accounted, side effects included (test parameters
 * from Fixtures).
 */
class MeasureAccountingTests {

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
  void addingFgdAndScrBringsTheirCo2AndAmmoniaOntoTheLedger() {
    AccountedMeasure am =
        MeasureAccounting.account(
            "FGD+SCR",
            "加装脱硫脱硝",
            1_000_000.0,
            accountant,
            List.of(coal("B1", 1000).build()),
            List.of(coal("A1", 1000).controls("wet_fgd", "scr").build()));
    Measure m = am.measure();
    // SO2: 1000 t × 1 % × 0.9 × 2 = 18 t → × (1 − 0.95) = 0.9 t
    assertThat(m.base().get(Substance.SO2)).isCloseTo(18, within(1e-9));
    assertThat(m.after().get(Substance.SO2)).isCloseTo(0.9, within(1e-9));
    // NOx: 8 t → 1.6 t; NH3: none before, 6.4 t removed × 0.01 after
    assertThat(m.after().get(Substance.NOX)).isCloseTo(1.6, within(1e-9));
    assertThat(m.base().get(Substance.NH3)).isZero();
    assertThat(m.after().get(Substance.NH3)).isCloseTo(0.064, within(1e-12));
    // CO2: combustion 1900.2988488 t; the FGD adds 17.1 t SO2 removed × 44/64 = 11.75625 t; the
    // FGD's
    // electricity, 20,908 GJ × 1.2 kWh/GJ = 25.0896 MWh × 0.5564 t/MWh = 13.95985344 t (a memo in
    // the ledger,
    // counted for the measure because adding the control adds it)
    assertThat(m.base().get(Substance.CO2)).isCloseTo(1900.2988488, within(1e-6));
    assertThat(m.after().get(Substance.CO2))
        .isCloseTo(1900.2988488 + 11.75625 + 13.95985344, within(1e-6));

    MeasureResult r = SynergyFixtures.evaluator().evaluate(m);
    assertThat(r.quadrant()).isEqualTo(Quadrant.POLLUTANT_ONLY);
    double rCo2 = -(11.75625 + 13.95985344) / 1900.2988488;
    assertThat(r.co2().relativeReduction().getAsDouble()).isCloseTo(rCo2, within(1e-9));
    assertThat(r.elasticity(Substance.SO2).getAsDouble()).isCloseTo(0.95 / rCo2, within(1e-6));
    assertThat(r.elasticity(Substance.NOX).getAsDouble()).isCloseTo(0.8 / rCo2, within(1e-6));
    // APeq falls by 17.1 + 6.4 (PM unchanged, NH3 has no weight)
    assertThat(r.apeq().reduction()).isCloseTo(23.5, within(1e-9));
    assertThat(r.costPerTonneApeq().getAsDouble()).isCloseTo(1_000_000 / 23.5, within(1e-6));
    assertThat(r.verdict().en())
        .startsWith("pollutant_only (trade-off): CO2 +1.4%, APeq −")
        .contains("rising: NH3 +0.064 t");
    assertThat(am.before()).hasSize(1);
    assertThat(am.after()).hasSize(1);
  }

  @Test
  void switchingCoalToGasIsJudgedOnTheAccountedTotals() {
    ActivityRecord gas =
        ActivityRecord.builder("A1")
            .region(210100)
            .year(2022)
            .source("POWER")
            .activity("natural_gas", 100, Unit.WAN_NM3)
            .build();
    AccountedMeasure am =
        MeasureAccounting.account(
            "C2G", "", null, accountant, List.of(coal("B1", 1000).build()), List.of(gas));
    // gas: 100 万Nm3 × 389.31 GJ/万Nm3 × 15.3 tC/TJ × 0.99 × 44/12 = 2162.1254… t, more than the 1900
    // t of 1000 t coal
    double gasCo2 = 100 * 389.31 * 15.3e-3 * 0.99 * 44 / 12;
    assertThat(am.measure().after().get(Substance.CO2)).isCloseTo(gasCo2, within(1e-6));
    // the gas record has no SO2 method in the test parameters: a gap, listed so the "fall" is not
    // taken on trust
    assertThat(am.measure().after().get(Substance.SO2)).isZero();
    assertThat(am.gaps())
        .isNotEmpty()
        .allMatch(g -> g.startsWith("after A1: ") || g.startsWith("before B1: "));
  }

  @Test
  void aRecordTheAccountantRefusesStopsTheMeasure() {
    ActivityRecord bad =
        ActivityRecord.builder("X")
            .region(210100)
            .year(2022)
            .source("NO_SUCH_SOURCE")
            .activity("raw_coal", 1, Unit.T)
            .build();
    assertThatThrownBy(
            () -> MeasureAccounting.account("m", "", null, accountant, List.of(bad), List.of()))
        .isInstanceOf(AccountingException.class);
  }

  @Test
  void theSameRecordsBeforeAndAfterHaveNoEffect() {
    List<ActivityRecord> same =
        List.of(coal("R1", 500).controls("wet_fgd").build(), coal("R2", 700).build());
    AccountedMeasure am =
        MeasureAccounting.account(
            "m", "", null, accountant, same, List.of(same.get(1), same.get(0)));
    assertThat(SynergyFixtures.evaluator().evaluate(am.measure()).quadrant())
        .isEqualTo(Quadrant.NO_EFFECT);
  }
}
