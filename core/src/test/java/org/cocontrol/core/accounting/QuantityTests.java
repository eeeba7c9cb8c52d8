package org.cocontrol.core.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cocontrol.core.Fixtures.p;

import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.Fixtures;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.ParameterKind;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.RateUnit;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * A fuel's amount given in any unit: mass, volume and energy linked by the NCV (per mass or per
 * volume) and the density, each path computed by hand; what cannot be converted is a gap, never a
 * zero. Values are test inputs, not claims.
 */
class QuantityTests {

  private static final double C_TO_CO2 = 44.0 / 12;

  /** The fixtures' parameters, with these added and the ids in {@code without} left out. */
  private static Accountant accountant(List<Parameter> extra, String... without) {
    List<Parameter> all = new ArrayList<>(Fixtures.accountingParameters());
    all.removeIf(x -> List.of(without).contains(x.id()));
    all.addAll(extra);
    return Accountant.of(Fixtures.reference(all), AccountingOptions.defaults());
  }

  private static final Accountant PLAIN = accountant(List.of());

  private static ActivityRecord.Builder record(String activity, double amount, Unit unit) {
    return ActivityRecord.builder("Q")
        .entity("E")
        .region(210100)
        .year(2022)
        .source("IND_BOILER")
        .activity(activity, amount, unit);
  }

  @Test
  void aFuelGivenInEnergyNeedsNoCalorificValue() {
    RecordResult r = PLAIN.account(record("raw_coal", 20_908, Unit.GJ).build());
    EmissionLine co2 = r.lines(Substance.CO2).get(0);
    // 20,908 GJ × 0.02637 tC/GJ × 0.94 × 44/12, the same as 1000 t at 20.908 GJ/t
    assertThat(co2.tonnes()).isCloseTo(1900.2988488, within(1e-6));
    assertThat(co2.provenance()).doesNotContain("NCV");
  }

  @Test
  void sulfurOfAFuelGivenInEnergyGoesBackToMassThroughTheNcv() {
    RecordResult r = PLAIN.account(record("raw_coal", 20_908, Unit.GJ).source("POWER").build());
    // 20,908 GJ / 20.908 GJ/t = 1000 t × 1 % S × 0.9 conversion × 64/32
    assertThat(r.total(Substance.SO2)).isCloseTo(18.0, within(1e-9));
  }

  @Test
  void asReceivedCarbonOfAFuelGivenInEnergyNeedsItsMass() {
    RateValue car = RateValue.of(0.52, RateUnit.parse("tC/t").orElseThrow());
    // 20,908 GJ → 1000 t × 0.52 tC/t × 0.99 × 44/12
    RecordResult coal =
        PLAIN.account(
            record("raw_coal", 20_908, Unit.GJ).carbonContent(car).oxidation(0.99).build());
    assertThat(coal.lines(Substance.CO2).get(0).tonnes()).isCloseTo(1887.6, within(1e-9));
    // diesel has no NCV here: no mass, so a gap and no CO2 line
    RecordResult diesel =
        PLAIN.account(record("diesel", 1000, Unit.GJ).carbonContent(car).oxidation(0.99).build());
    assertThat(diesel.lines(Substance.CO2)).isEmpty();
    assertThat(diesel.gaps())
        .anySatisfy(g -> assertThat(g).startsWith("CO2:").contains("needs the fuel mass"));
  }

  @Test
  void aGasGivenByMassWithOnlyAVolumeNcvUsesItsDensity() {
    Accountant a =
        accountant(
            List.of(
                p("rho.gas", ParameterKind.DENSITY, 0.0007174, "t/m3")
                    .activity("natural_gas")
                    .get()),
            "ipcc.ncv.gas");
    RecordResult r = a.account(record("natural_gas", 7.174, Unit.T).build());
    // 7.174 t / 0.0007174 t/m3 = 10,000 m3 = 1 万Nm3 × 389.31 GJ/万Nm3 × 15.3 tC/TJ × 0.99 × 44/12
    assertThat(r.lines(Substance.CO2).get(0).tonnes())
        .isCloseTo(389.31 * 0.0153 * 0.99 * C_TO_CO2, within(1e-9));
    assertThat(r.lines(Substance.CO2).get(0).provenance())
        .contains("density=")
        .contains("NCV=389.31");
  }

  @Test
  void aGasGivenByVolumeReachesAPerMassFactorByDensityElseByItsTwoCalorificValues() {
    Parameter nox =
        p("nox.gas", ParameterKind.GENERATION_COEFFICIENT, 1, "kg/t")
            .substance(Substance.NOX)
            .activity("natural_gas")
            .get();
    Parameter rho =
        p("rho.gas", ParameterKind.DENSITY, 0.0007174, "t/m3").activity("natural_gas").get();
    // 1 万Nm3 = 10,000 m3 × 0.0007174 t/m3 = 7.174 t × 1 kg/t
    assertThat(
            accountant(List.of(nox, rho))
                .account(record("natural_gas", 1, Unit.WAN_NM3).build())
                .total(Substance.NOX))
        .isCloseTo(0.007174, within(1e-12));
    // without a density: 389.31 GJ / 48.0 GJ/t = 8.110625 t × 1 kg/t
    assertThat(
            accountant(List.of(nox))
                .account(record("natural_gas", 1, Unit.WAN_NM3).build())
                .total(Substance.NOX))
        .isCloseTo(0.008110625, within(1e-12));
  }

  @Test
  void aGasGivenInEnergyReachesAPerVolumeFactorThroughItsVolumeNcv() {
    Parameter pm =
        p("pm.gas", ParameterKind.GENERATION_COEFFICIENT, 2.4, "kg/万Nm3")
            .substance(Substance.PM)
            .activity("natural_gas")
            .get();
    // 389.31 GJ / 389.31 GJ/万Nm3 = 1 万Nm3 × 2.4 kg
    assertThat(
            accountant(List.of(pm))
                .account(record("natural_gas", 389.31, Unit.GJ).build())
                .total(Substance.PM))
        .isCloseTo(0.0024, within(1e-12));
  }

  @Test
  void aCarbonContentTheRecordGivesPerTerajouleIsConverted() {
    RecordResult r =
        PLAIN.account(
            record("natural_gas", 10, Unit.WAN_NM3)
                .carbonContent(RateValue.of(17.0, RateUnit.parse("tC/TJ").orElseThrow()))
                .build());
    // 10 万Nm3 × 389.31 GJ/万Nm3 × 0.017 tC/GJ × 0.99 × 44/12
    assertThat(r.lines(Substance.CO2).get(0).tonnes())
        .isCloseTo(3893.1 * 0.017 * 0.99 * C_TO_CO2, within(1e-9));
    assertThat(r.lines(Substance.CO2).get(0).provenance()).contains("record:carbon_content");
  }

  @Test
  void withoutCarbonContentOrFactorCo2IsAGapAndTier2AskedForSaysSo() {
    RecordResult diesel = PLAIN.account(record("diesel", 10, Unit.T).build());
    assertThat(diesel.lines(Substance.CO2)).isEmpty();
    assertThat(diesel.gaps())
        .anySatisfy(g -> assertThat(g).contains("no carbon content and no CO2 emission factor"));
    Accountant tier2 =
        Accountant.of(
            Fixtures.reference(Fixtures.accountingParameters()),
            AccountingOptions.defaults().withTier(AccountingOptions.Tier.TIER2));
    RecordResult biomass = tier2.account(record("biomass", 10, Unit.T).build());
    assertThat(biomass.lines(Substance.CO2)).isEmpty();
    assertThat(biomass.gaps()).anySatisfy(g -> assertThat(g).contains("tier 2 asked for"));
  }

  @Test
  void aGasFactorPerEnergyForAFuelWithoutNcvIsAGap() {
    Parameter ch4 =
        p("ch4.diesel", ParameterKind.EMISSION_FACTOR, 3, "kg/TJ")
            .substance(Substance.CH4)
            .activity("diesel")
            .get();
    RecordResult r = accountant(List.of(ch4)).account(record("diesel", 10, Unit.T).build());
    assertThat(r.lines(Substance.CH4)).isEmpty();
    assertThat(r.gaps())
        .anySatisfy(g -> assertThat(g).startsWith("CH4:").contains("cannot be expressed per"));
    // in energy it needs no NCV: 10 TJ × 3 kg/TJ
    assertThat(
            accountant(List.of(ch4))
                .account(record("diesel", 10, Unit.TJ).build())
                .total(Substance.CH4))
        .isCloseTo(0.03, within(1e-12));
  }

  @Test
  void aMeasuredBiomassCo2ReplacesTheCalculatedOneAndStaysBiogenic() {
    RecordResult r =
        PLAIN.account(record("biomass", 100, Unit.T).measured(Substance.CO2, 123.0).build());
    assertThat(r.lines(Substance.CO2))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.tonnes()).isEqualTo(123.0);
              assertThat(l.scope()).isEqualTo(Scope.BIOGENIC);
              assertThat(l.method()).isEqualTo(Method.MEASURED);
            });
    assertThat(r.total(Substance.CO2)).isZero();
    // a measured SO2 replaces only SO2: the coal's CO2 is still calculated
    RecordResult coal =
        PLAIN.account(
            record("raw_coal", 1000, Unit.T).source("POWER").measured(Substance.SO2, 5.0).build());
    assertThat(coal.lines(Substance.SO2))
        .singleElement()
        .satisfies(l -> assertThat(l.method()).isEqualTo(Method.MEASURED));
    assertThat(coal.lines(Substance.CO2).get(0).method()).isEqualTo(Method.COMBUSTION_TIER2);
  }

  @Test
  void totalParticlesAreNeverBelowTheFineOnes() {
    RecordResult r =
        PLAIN.account(record("raw_coal", 1000, Unit.T).source("POWER").controls("esp").build());
    // PM: 1000 t × 20 % ash × 0.9 fly ash = 180 t × (1 − 0.995) = 0.9 t; PM2.5: 180 t × 0.3 × (1 −
    // 0.95) = 2.7 t,
    // so total PM is raised to 2.7 t and says why
    double pm25 = r.total(Substance.PM25);
    assertThat(pm25).isCloseTo(2.7, within(1e-9));
    assertThat(r.lines(Substance.PM))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.tonnes()).isEqualTo(pm25);
              assertThat(l.provenance()).contains("raised to PM25 emitted (was 0.9");
            });
  }
}
