package org.cocontrol.core.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cocontrol.core.Fixtures;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.RateUnit;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases for every accounting method, on a hand-made registry (values are test inputs,
 * not claims).
 */
class AccountantTests {

  private final Accountant accountant =
      Accountant.of(
          Fixtures.reference(Fixtures.accountingParameters()), AccountingOptions.defaults());

  private static ActivityRecord.Builder coal(double tonnes) {
    return ActivityRecord.builder("R1")
        .entity("E1")
        .region(210100)
        .year(2022)
        .source("POWER")
        .activity("raw_coal", tonnes, Unit.T);
  }

  private static EmissionLine only(RecordResult r, Substance s, Method m) {
    List<EmissionLine> l = r.lines(s).stream().filter(x -> x.method() == m).toList();
    assertThat(l).as(s + " by " + m).hasSize(1);
    return l.get(0);
  }

  @Test
  void coalTier2IsFuelTimesNcvTimesCarbonContentTimesOxidationTimes44Over12() {
    RecordResult r = accountant.account(coal(1000).build());
    EmissionLine co2 = only(r, Substance.CO2, Method.COMBUSTION_TIER2);
    // 1000 t × 20.908 GJ/t × 0.02637 tC/GJ × 0.94 × 44/12
    assertThat(co2.tonnes()).isCloseTo(1900.2988488, within(1e-6));
    assertThat(co2.scope()).isEqualTo(Scope.DIRECT);
    assertThat(co2.provenance())
        .contains("NCV=20.908 GJ/t [ncv.coal@1 NATIONAL U: test document ncv.coal, table 1]")
        .contains("CC=0.02637 tC/GJ")
        .contains("OF=0.94");
    // stores keep the compact form; the citation comes back from the registry by id@version
    assertThat(co2.compactProvenance())
        .isEqualTo(
            "NCV=20.908 GJ/t [ncv.coal@1]; CC=0.02637 tC/GJ [cc.coal@1]; OF=0.94 fraction [of.coal@1]");
  }

  @Test
  void etsRulesUseTheCoalDefaultCarbonContentOfTheRecordsYear() {
    Accountant ets =
        Accountant.of(
            Fixtures.reference(Fixtures.accountingParameters()),
            AccountingOptions.defaults().withScheme(Scheme.ETS));
    // 2022: 0.03085 tC/GJ and OF 99 %: 1000 × 20.908 × 0.03085 × 0.99 × 44/12
    assertThat(ets.account(coal(1000).build()).total(Substance.CO2))
        .isCloseTo(2341.392834, within(1e-6));
    // 2020: the earlier default 0.03356
    double y2020 = ets.account(coal(1000).year(2020).build()).lines(Substance.CO2).get(0).tonnes();
    assertThat(y2020).isCloseTo(1000 * 20.908 * 0.03356 * 0.99 * 44 / 12, within(1e-6));
    // Outside the ETS the general default applies even under ETS rules.
    assertThat(
            ets.account(coal(1000).source("IND_BOILER").build())
                .lines(Substance.CO2)
                .get(0)
                .tonnes())
        .isCloseTo(1900.2988488, within(1e-6));
  }

  @Test
  void measuredCalorificValueInKjPerKgOverridesTheDefault() {
    RecordResult r =
        accountant.account(
            coal(1000).ncv(RateValue.of(22000, RateUnit.parse("kJ/kg").orElseThrow())).build());
    assertThat(r.lines(Substance.CO2).get(0).tonnes())
        .isCloseTo(1000 * 22.0 * 0.02637 * 0.94 * 44 / 12, within(1e-6));
    assertThat(r.lines(Substance.CO2).get(0).provenance())
        .contains("NCV=22000 kJ/kg [record:ncv MEASURED");
  }

  @Test
  void asReceivedCarbonContentUsesTheCoalBranch() {
    RecordResult r =
        accountant.account(
            coal(1000)
                .carbonContent(RateValue.of(0.52, RateUnit.parse("tC/t").orElseThrow()))
                .oxidation(0.99)
                .build());
    // 1000 t × 0.52 tC/t × 0.99 × 44/12
    assertThat(only(r, Substance.CO2, Method.COMBUSTION_TIER2_CAR).tonnes())
        .isCloseTo(1887.6, within(1e-9));
  }

  @Test
  void naturalGasTier2AndTier1() {
    ActivityRecord gas =
        ActivityRecord.builder("G")
            .region(210100)
            .year(2022)
            .source("IND_BOILER")
            .activity("natural_gas", 10, Unit.WAN_NM3)
            .build();
    // 10 万Nm3 × 389.31 GJ/万Nm3 (national, per volume: the IPCC per-mass NCV is not used) × 15.3
    // tC/TJ × 0.99 × 44/12
    assertThat(accountant.account(gas).total(Substance.CO2)).isCloseTo(216.2188809, within(1e-6));
    Accountant tier1 =
        Accountant.of(
            Fixtures.reference(Fixtures.accountingParameters()),
            AccountingOptions.defaults().withTier(AccountingOptions.Tier.TIER1));
    // 3893.1 GJ × 56,100 kg/TJ
    EmissionLine t1 = only(tier1.account(gas), Substance.CO2, Method.COMBUSTION_TIER1);
    assertThat(t1.tonnes()).isCloseTo(218.40291, within(1e-9));
    // The same gas given in Nm3 and in GJ gives the same CO2.
    ActivityRecord inM3 =
        ActivityRecord.builder("G2")
            .region(210100)
            .year(2022)
            .source("IND_BOILER")
            .activity("天然气", 100_000, Unit.NM3)
            .build();
    ActivityRecord inGj =
        ActivityRecord.builder("G3")
            .region(210100)
            .year(2022)
            .source("IND_BOILER")
            .activity("natural_gas", 3893.1, Unit.GJ)
            .build();
    assertThat(accountant.account(inM3).total(Substance.CO2)).isCloseTo(216.2188809, within(1e-6));
    assertThat(accountant.account(inGj).total(Substance.CO2)).isCloseTo(216.2188809, within(1e-6));
  }

  @Test
  void methaneAndNitrousOxideFollowTheCombustionSector() {
    RecordResult power = accountant.account(coal(1000).build());
    // 20,908 GJ × 1 kg/TJ and × 1.5 kg/TJ
    assertThat(only(power, Substance.CH4, Method.COMBUSTION_NON_CO2).tonnes())
        .isCloseTo(0.020908, within(1e-12));
    assertThat(only(power, Substance.N2O, Method.COMBUSTION_NON_CO2).tonnes())
        .isCloseTo(0.031362, within(1e-12));
    RecordResult home = accountant.account(coal(1000).source("RESIDENTIAL").build());
    assertThat(home.total(Substance.CH4)).isCloseTo(20908 * 300 / 1e6, within(1e-12));
    // An IPCC code given directly resolves to its default category and the same factors.
    assertThat(accountant.account(coal(1000).source("1.A.4.b").build()).total(Substance.CH4))
        .isCloseTo(6.2724, within(1e-9));
  }

  @Test
  void co2eUsesTheChosenGwpSet() {
    RecordResult r = accountant.account(coal(1000).build());
    double expected = 1900.2988488 + 0.020908 * 28 + 0.031362 * 265;
    assertThat(r.co2e().get(Scope.DIRECT).tonnes()).isCloseTo(expected, within(1e-6));
    assertThat(r.co2e().get(Scope.DIRECT).gwpSet()).isEqualTo(GwpSet.AR5);
    Accountant sar =
        Accountant.of(
            Fixtures.reference(Fixtures.accountingParameters()),
            AccountingOptions.defaults().withGwp(GwpSet.SAR));
    assertThat(sar.account(coal(1000).build()).co2e().get(Scope.DIRECT).tonnes())
        .isCloseTo(1900.2988488 + 0.020908 * 21 + 0.031362 * 310, within(1e-6));
  }

  @Test
  void sulfurBalanceWithWetFgdShowsTheLimestoneCo2AndTheElectricity() {
    RecordResult r = accountant.account(coal(1000).controls("wet_fgd").build());
    // generated: 1000 t × 1 % × 0.9 × 2 = 18 t; emitted 18 × (1 − 0.95)
    assertThat(only(r, Substance.SO2, Method.SULFUR_BALANCE).tonnes()).isCloseTo(0.9, within(1e-9));
    // CaCO3 + SO2 + ½O2 → CaSO4 + CO2: 17.1 t SO2 removed × 44/64
    EmissionLine fgd = only(r, Substance.CO2, Method.FGD_CO2);
    assertThat(fgd.tonnes()).isCloseTo(11.75625, within(1e-9));
    assertThat(fgd.scope()).isEqualTo(Scope.DIRECT);
    // 20,908 GJ × 1.2 kWh/GJ = 25.0896 MWh × 0.5564 (Liaoning regional grid beats national); a
    // memo, never in totals
    EmissionLine kwh = only(r, Substance.CO2, Method.CONTROL_ELECTRICITY);
    assertThat(kwh.tonnes()).isCloseTo(25.0896 * 0.5564, within(1e-9));
    assertThat(kwh.scope()).isEqualTo(Scope.MEMO);
    // total CO2 counts combustion and FGD, not the control-electricity memo
    assertThat(r.total(Substance.CO2)).isCloseTo(1900.2988488 + 11.75625, within(1e-6));
  }

  @Test
  void recordSulfurAndEfficiencyAndOperatingRateOverrideDefaults() {
    RecordResult r =
        accountant.account(
            coal(1000)
                .sulfurPct(2.0)
                .controls(List.of(new ControlSpec("wet_fgd", 0.9, 0.5)))
                .build());
    // 1000 × 2 % × 0.9 × 2 = 36 t; × (1 − 0.9 × 0.5)
    assertThat(r.total(Substance.SO2)).isCloseTo(36 * 0.55, within(1e-9));
    assertThat(r.lines(Substance.SO2).get(0).provenance())
        .contains("S=2 % [record:sulfur_pct")
        .contains("η(wet_fgd)=0.9 fraction [record:controls")
        .contains("k(wet_fgd)=0.5");
  }

  @Test
  void scrCutsNoxAndSlipsAmmonia() {
    RecordResult r = accountant.account(coal(1000).controls("scr").build());
    // 1000 t × 8 kg/t = 8 t; × (1 − 0.8)
    assertThat(only(r, Substance.NOX, Method.GENERATION_COEFFICIENT).tonnes())
        .isCloseTo(1.6, within(1e-9));
    // 6.4 t NOx removed × 0.01 t NH3/t
    assertThat(only(r, Substance.NH3, Method.AMMONIA_SLIP).tonnes())
        .isCloseTo(0.064, within(1e-12));
  }

  @Test
  void ashBalanceAndSizeSharesWithEsp() {
    RecordResult r = accountant.account(coal(1000).controls("esp").build());
    // PM2.5: 1000 t × 20 % × 0.9 = 180 t PM generated, × 0.3 = 54 t PM2.5; the ESP removes 95 % of
    // PM2.5
    assertThat(only(r, Substance.PM25, Method.PM_SIZE_SHARE).tonnes()).isCloseTo(2.7, within(1e-9));
    // PM: 180 t × (1 − 0.995) = 0.9 t would be less than its own PM2.5, so it is raised to 2.7 t
    // and says why
    EmissionLine pm = only(r, Substance.PM, Method.ASH_BALANCE);
    assertThat(pm.tonnes()).isCloseTo(2.7, within(1e-9));
    assertThat(pm.provenance()).contains("raised to PM25 emitted (was 0.90");
    // Without a control the classes nest by themselves and nothing is raised.
    RecordResult raw = accountant.account(coal(1000).build());
    assertThat(only(raw, Substance.PM, Method.ASH_BALANCE).tonnes()).isCloseTo(180, within(1e-9));
    assertThat(only(raw, Substance.PM, Method.ASH_BALANCE).provenance()).doesNotContain("raised");
  }

  @Test
  void measuredEmissionsReplaceCalculatedOnes() {
    RecordResult r =
        accountant.account(
            coal(1000)
                .controls("wet_fgd")
                .measured(Substance.SO2, 0.42)
                .measured(Substance.CO2, 1950)
                .build());
    assertThat(r.lines(Substance.SO2))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.method()).isEqualTo(Method.MEASURED);
              assertThat(l.tonnes()).isEqualTo(0.42);
            });
    // a stack monitor measures combustion and FGD CO2 together; the control-electricity memo stays
    assertThat(r.total(Substance.CO2)).isEqualTo(1950);
    assertThat(r.lines(Substance.CO2))
        .extracting(EmissionLine::method)
        .containsExactlyInAnyOrder(Method.MEASURED, Method.CONTROL_ELECTRICITY);
  }

  @Test
  void purchasedElectricityUsesTheMostSpecificFactorAndExportsAreDeducted() {
    ActivityRecord bought =
        ActivityRecord.builder("E")
            .region(210100)
            .year(2022)
            .source("IND_BOILER")
            .activity("electricity_purchased", 1000, Unit.MWH)
            .build();
    EmissionLine l = only(accountant.account(bought), Substance.CO2, Method.INDIRECT_ELECTRICITY);
    assertThat(l.tonnes()).isCloseTo(556.4, within(1e-9));
    assertThat(l.scope()).isEqualTo(Scope.INDIRECT);
    // elsewhere the national factor; 10 万kWh = 100 MWh
    ActivityRecord henan =
        ActivityRecord.builder("E2")
            .region(410100)
            .year(2022)
            .source("IND_BOILER")
            .activity("外购电力", 10, Unit.WAN_KWH)
            .build();
    assertThat(accountant.account(henan).total(Substance.CO2)).isCloseTo(53.66, within(1e-9));
    // ETS: the carbon-market factor, which has no regional value
    Accountant ets =
        Accountant.of(
            Fixtures.reference(Fixtures.accountingParameters()),
            AccountingOptions.defaults().withScheme(Scheme.ETS));
    assertThat(ets.account(bought).total(Substance.CO2)).isCloseTo(570.3, within(1e-9));
    ActivityRecord sold =
        ActivityRecord.builder("X")
            .region(210100)
            .year(2022)
            .source("IND_BOILER")
            .activity("electricity_exported", 200, Unit.MWH)
            .build();
    EmissionLine ex = only(accountant.account(sold), Substance.CO2, Method.EXPORTED_ELECTRICITY);
    assertThat(ex.tonnes()).isCloseTo(-111.28, within(1e-9));
    assertThat(ex.scope()).isEqualTo(Scope.EXPORTED);
  }

  @Test
  void aPowerPlantsSupplyIsNeverDeductedOnlyAnotherEnterprisesExportsAre() {
    // 200 MWh × 0.5564 tCO2/MWh (regional factor, Liaoning 2022) = 111.28 t
    for (String plant : List.of("POWER", "1.A.1.a")) {
      ActivityRecord supplied =
          ActivityRecord.builder("S")
              .region(210100)
              .year(2022)
              .source(plant)
              .activity("electricity_exported", 200, Unit.MWH)
              .build();
      RecordResult r = accountant.account(supplied);
      EmissionLine memo = only(r, Substance.CO2, Method.EXPORTED_ELECTRICITY);
      assertThat(memo.scope()).isEqualTo(Scope.MEMO);
      assertThat(memo.tonnes()).isCloseTo(111.28, within(1e-9));
      assertThat(memo.provenance()).contains("not deducted");
      assertThat(r.total(Substance.CO2)).isZero();
      assertThat(r.co2e()).doesNotContainKey(Scope.EXPORTED);
    }
    ActivityRecord sold =
        ActivityRecord.builder("X")
            .region(210100)
            .year(2022)
            .source("IND_BOILER")
            .activity("electricity_exported", 200, Unit.MWH)
            .build();
    assertThat(accountant.account(sold).total(Substance.CO2, Scope.EXPORTED))
        .isCloseTo(-111.28, within(1e-9));
  }

  @Test
  void fromThe2023ComplianceYearAnEtsPowerReportLeavesPurchasedElectricityOut() {
    Accountant ets =
        Accountant.of(
            Fixtures.reference(Fixtures.accountingParameters()),
            AccountingOptions.defaults().withScheme(Scheme.ETS));
    java.util.function.BiFunction<String, Integer, ActivityRecord> bought =
        (src, year) ->
            ActivityRecord.builder("P")
                .region(210100)
                .year(year)
                .source(src)
                .activity("electricity_purchased", 1000, Unit.MWH)
                .build();
    // 2023, ETS, power plant: 1000 MWh × 0.5703 = 570.3 t shown as a memo, not counted
    RecordResult power2023 = ets.account(bought.apply("POWER", 2023));
    EmissionLine memo = only(power2023, Substance.CO2, Method.INDIRECT_ELECTRICITY);
    assertThat(memo.scope()).isEqualTo(Scope.MEMO);
    assertThat(memo.tonnes()).isCloseTo(570.3, within(1e-9));
    assertThat(memo.provenance()).contains("2023");
    assertThat(power2023.total(Substance.CO2)).isZero();
    assertThat(power2023.co2e()).doesNotContainKey(Scope.INDIRECT);
    // 2022 compliance year: still counted; other enterprises and general rules: counted
    assertThat(ets.account(bought.apply("POWER", 2022)).total(Substance.CO2, Scope.INDIRECT))
        .isCloseTo(570.3, within(1e-9));
    assertThat(ets.account(bought.apply("IND_BOILER", 2023)).total(Substance.CO2, Scope.INDIRECT))
        .isCloseTo(570.3, within(1e-9));
    assertThat(accountant.account(bought.apply("POWER", 2023)).total(Substance.CO2, Scope.INDIRECT))
        .isCloseTo(556.4, within(1e-9));
  }

  @Test
  void aFactorOutsideItsYearsIsUsedAndFlagged() {
    ActivityRecord later =
        ActivityRecord.builder("E")
            .region(410100)
            .year(2024)
            .source("IND_BOILER")
            .activity("electricity_purchased", 1000, Unit.MWH)
            .build();
    EmissionLine l = accountant.account(later).lines().get(0);
    assertThat(l.tonnes()).isCloseTo(536.6, within(1e-9));
    assertThat(l.parameters().get(0).outsideValidity()).isTrue();
    assertThat(l.provenance()).contains("outside-validity");
  }

  @Test
  void biomassCo2IsReportedSeparatelyAndLeftOutOfTotals() {
    ActivityRecord wood =
        ActivityRecord.builder("B")
            .region(210100)
            .year(2022)
            .source("RESIDENTIAL")
            .activity("biomass", 100, Unit.T)
            .build();
    RecordResult r = accountant.account(wood);
    EmissionLine co2 = only(r, Substance.CO2, Method.COMBUSTION_TIER1);
    // 100 t × 15.6 GJ/t × 112,000 kg/TJ
    assertThat(co2.tonnes()).isCloseTo(174.72, within(1e-9));
    assertThat(co2.scope()).isEqualTo(Scope.BIOGENIC);
    assertThat(r.total(Substance.CO2)).isZero();
    // CO2e holds only the CH4: 1560 GJ × 300 kg/TJ × 28
    assertThat(r.co2e().get(Scope.DIRECT).tonnes()).isCloseTo(0.468 * 28, within(1e-9));
  }

  @Test
  void processEmissionsUseTheNationalFactorOverTheIpccDefaultAndIncludeFgases() {
    ActivityRecord clinker =
        ActivityRecord.builder("C")
            .region(210100)
            .year(2022)
            .source("2.A.1")
            .activity("熟料", 1000, Unit.WAN_T)
            .build();
    RecordResult r = accountant.account(clinker);
    // 1000 万t × 0.538
    assertThat(only(r, Substance.CO2, Method.PROCESS).tonnes()).isCloseTo(5_380_000, within(1e-6));
    assertThat(only(r, Substance.PM, Method.GENERATION_COEFFICIENT).tonnes())
        .isCloseTo(1e7 * 0.1, within(1e-6));
    ActivityRecord al =
        ActivityRecord.builder("A")
            .region(210100)
            .year(2022)
            .source("ALUMINIUM")
            .activity("aluminium", 100_000, Unit.T)
            .build();
    // 100,000 t × 0.034 kg/t = 3.4 t CF4 = 22,542 t CO2e (AR5 6630)
    RecordResult a = accountant.account(al);
    assertThat(a.total(Substance.CF4)).isCloseTo(3.4, within(1e-9));
    assertThat(a.co2e().get(Scope.DIRECT).tonnes()).isCloseTo(22_542, within(1e-6));
  }

  @Test
  void missingFactorsAreReportedAsGapsNotZeros() {
    ActivityRecord diesel =
        ActivityRecord.builder("D")
            .region(210100)
            .year(2022)
            .source("IND_BOILER")
            .activity("diesel", 10, Unit.T)
            .build();
    RecordResult r = accountant.account(diesel);
    assertThat(r.lines()).isEmpty();
    assertThat(r.gaps()).anyMatch(g -> g.startsWith("CO2:")).anyMatch(g -> g.startsWith("SO2:"));
  }

  @Test
  void badRecordsAreRejectedWithTheFieldAtFault() {
    assertThatThrownBy(() -> accountant.account(coal(1).activity("unobtainium", 1, Unit.T).build()))
        .isInstanceOfSatisfying(
            AccountingException.class, e -> assertThat(e.field()).isEqualTo("activity"));
    assertThatThrownBy(() -> accountant.account(coal(1).source("9.Z").build()))
        .isInstanceOfSatisfying(
            AccountingException.class, e -> assertThat(e.field()).isEqualTo("source"));
    assertThatThrownBy(() -> accountant.account(coal(1).activity("raw_coal", 1, Unit.HEAD).build()))
        .isInstanceOfSatisfying(
            AccountingException.class, e -> assertThat(e.field()).isEqualTo("unit"));
    assertThatThrownBy(() -> accountant.account(coal(1).controls("magic").build()))
        .isInstanceOfSatisfying(
            AccountingException.class, e -> assertThat(e.field()).isEqualTo("controls"));
    assertThatThrownBy(() -> coal(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> new ControlSpec("scr", 1.2, null))
        .hasMessageContaining("between 0 and 1");
  }

  @Test
  void emissionsScaleLinearlyWithTheAmount() {
    RecordResult one = accountant.account(coal(1).controls("wet_fgd", "scr", "esp").build());
    RecordResult many = accountant.account(coal(12345.6).controls("wet_fgd", "scr", "esp").build());
    for (int i = 0; i < one.lines().size(); i++) {
      assertThat(many.lines().get(i).tonnes())
          .isCloseTo(
              one.lines().get(i).tonnes() * 12345.6, within(1e-9 * many.lines().get(i).tonnes()));
    }
  }
}
