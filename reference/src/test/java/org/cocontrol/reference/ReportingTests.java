package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cocontrol.reference.ReportFixtures.ACCOUNTANT;
import static org.cocontrol.reference.ReportFixtures.RULES;
import static org.cocontrol.reference.ReportFixtures.UNIT;
import static org.cocontrol.reference.ReportFixtures.cleanPlant;
import static org.cocontrol.reference.ReportFixtures.input;
import static org.cocontrol.reference.ReportFixtures.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.Method;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.reporting.Check;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.FacilityKind;
import org.cocontrol.core.reporting.FacilitySummary;
import org.cocontrol.core.reporting.Location;
import org.cocontrol.core.reporting.OutletEmission;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportKind;
import org.cocontrol.core.reporting.ReportLine;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.reporting.Reporting;
import org.cocontrol.core.reporting.Severity;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * The GHG and permit reports computed from the shipped reference data, every total computed by hand
 * below (shipped values used: ETS coal oxidation 0.99 (cn.ets.of.bituminous_coal), ETS default
 * carbon content 0.03085 tC/GJ from 2021, ETS grid factor 0.5703 tCO2/MWh (2022), clinker 0.52
 * tCO2/t (IPCC), raw coal CC 0.02637 tC/GJ and OF 0.94 (general), Henan's 2022 grid factor 0.6058,
 * sulfur conversion 0.85).
 */
class ReportingTests {

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9);
  }

  static List<Check> checks(ReportResult r, String code) {
    return r.checks().stream().filter(c -> c.code().equals(code)).toList();
  }

  private static ReportResult ghg(List<ReportFixtures.Row> rows) {
    return Reporting.compute(input(ReportKind.GHG, rows), ACCOUNTANT, RULES);
  }

  /**
   * Σ_m FC_m × C_ar_m = Σ (100 000 + 1 000m)(0.570 + 0.001m) = 736 910 tC (before oxidation); E =
   * 736 910 × 0.99 × 44/12 = 2 674 983.3 tCO2. Purchased electricity 12 × 500 MWh × 0.5703 = 3
   * 421.8 t is a memo in 2023. Supply 0.94 × 3 007 800 = 2 827 332 MWh.
   */
  @Test
  void powerReportIsFcTimesCarTimesOxidationTimes44Over12PerMonth() {
    ReportResult r = ghg(cleanPlant());
    assertThat(r.guideline().id()).isEqualTo("power");
    assertThat(r.totalsT()).containsOnlyKeys(Substance.CO2);
    assertThat(r.totalsT().get(Substance.CO2)).isCloseTo(2_674_983.3, rel(2_674_983.3));
    assertThat(r.checks()).isEmpty();
    ReportLine january =
        r.lines().stream()
            .filter(l -> l.month() == 1 && l.result().activity().code().equals("bituminous_coal"))
            .findFirst()
            .orElseThrow();
    EmissionLine co2 = january.result().lines(Substance.CO2).get(0);
    assertThat(co2.method()).isEqualTo(Method.COMBUSTION_TIER2_CAR);
    // 101 000 t × 0.571 tC/t = 57 671 tC; × 0.99 × 44/12 = 209 345.73 t
    assertThat(co2.tonnes()).isCloseTo(209_345.73, rel(209_345.73));

    FacilitySummary unit = r.facilities().get(0);
    assertThat(unit.facility()).isEqualTo(UNIT);
    assertThat(unit.capacityMw()).isEqualTo(600.0);
    assertThat(unit.fuelClass()).isEqualTo("coal");
    assertThat(unit.generationMwh()).isCloseTo(3_007_800, rel(3_007_800));
    assertThat(unit.supplyMwh()).isCloseTo(2_827_332, rel(2_827_332));
    assertThat(unit.heatSuppliedGj()).isNull();
    // Σ FC × NCV = Σ (100 000 + 1 000m)(21.50 + 0.01m) = 27 561 500 GJ
    assertThat(unit.fuelEnergyGj()).isCloseTo(27_561_500, rel(27_561_500));
    assertThat(unit.fuelCo2T()).isCloseTo(2_674_983.3, rel(2_674_983.3));
    assertThat(unit.purchasedElectricityCo2T()).isCloseTo(3_421.8, rel(3_421.8));
    assertThat(unit.reportedCo2T()).isCloseTo(2_674_983.3, rel(2_674_983.3));
    // 2 674 983.3 / 2 827 332 = 0.946115737… tCO2/MWh
    assertThat(unit.supplyIntensity()).isCloseTo(2_674_983.3 / 2_827_332, rel(0.946));
    assertThat(unit.heatIntensity()).isNull();
    assertThat(r.whole().reportedCo2T()).isCloseTo(2_674_983.3, rel(2_674_983.3));
    assertThat(r.blocked()).isFalse();
  }

  /**
   * May without C_ar: its NCV × the default carbon content, 105 000 × 21.55 × 0.03085 × 0.99 ×
   * 44/12 = 253 395.190125 t; the other eleven months as measured: (736 910 − 105 000 × 0.575) ×
   * 0.99 × 44/12 = 2 455 822.05. Total 2 709 217.240125 t. Eleven measured months: no warning.
   */
  @Test
  void aMonthWithoutCarbonContentUsesItsNcvTimesTheDefault() {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 5, "bituminous_coal").car = null;
    ReportResult r = ghg(rows);
    assertThat(r.totalsT().get(Substance.CO2)).isCloseTo(2_709_217.240125, rel(2_709_217.24));
    EmissionLine may =
        r.lines().stream()
            .filter(l -> l.month() == 5 && l.result().activity().code().equals("bituminous_coal"))
            .findFirst()
            .orElseThrow()
            .result()
            .lines(Substance.CO2)
            .get(0);
    assertThat(may.method()).isEqualTo(Method.COMBUSTION_TIER2);
    assertThat(may.tonnes()).isCloseTo(253_395.190125, rel(253_395.19));
    assertThat(may.provenance()).contains("CC=0.03085 tC/GJ");
    assertThat(checks(r, "RPT-DEFAULT-CC")).isEmpty();
  }

  /**
   * Measured only in January and February (2 < 3): every month takes the default, Σ FC × NCV = 27
   * 561 500 GJ × 0.03085 × 0.99 × 44/12 = 3 086 488.35825 t, and a warning names the months.
   */
  @Test
  void fewerThanThreeMeasuredMonthsPutTheWholeYearOnTheDefault() {
    List<ReportFixtures.Row> rows = cleanPlant();
    for (int m = 3; m <= 12; m++) {
      row(rows, m, "bituminous_coal").car = null;
    }
    ReportResult r = ghg(rows);
    assertThat(r.totalsT().get(Substance.CO2)).isCloseTo(3_086_488.35825, rel(3_086_488.36));
    List<Check> warning = checks(r, "RPT-DEFAULT-CC");
    assertThat(warning).hasSize(1);
    assertThat(warning.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.get(0).location())
        .isEqualTo(new Location(UNIT, null, "bituminous_coal.carbon_content"));
    assertThat(warning.get(0).message().zh()).contains("[1, 2]");
    EmissionLine january =
        r.lines().stream()
            .filter(l -> l.month() == 1 && l.result().activity().code().equals("bituminous_coal"))
            .findFirst()
            .orElseThrow()
            .result()
            .lines(Substance.CO2)
            .get(0);
    assertThat(january.method()).isEqualTo(Method.COMBUSTION_TIER2);
    assertThat(january.provenance()).contains("少于3个月").contains("fewer than 3");
    assertThat(r.checks()).allMatch(c -> c.code().equals("RPT-DEFAULT-CC"));

    // three measured months are enough: those months keep their C_ar
    row(rows, 3, "bituminous_coal").car = ReportFixtures.car(3);
    ReportResult three = ghg(rows);
    assertThat(checks(three, "RPT-DEFAULT-CC")).isEmpty();
    assertThat(
            three.lines().stream()
                .filter(
                    l -> l.month() <= 3 && l.result().activity().code().equals("bituminous_coal"))
                .map(l -> l.result().lines(Substance.CO2).get(0).method()))
        .containsOnly(Method.COMBUSTION_TIER2_CAR);
  }

  /**
   * The power report states fuel combustion only: a wet scrubber's CO2 (SO2 removed × 44/64) is a
   * line of the record, not of the report.
   */
  @Test
  void desulfurisationCo2IsOutsideThePowerReport() {
    List<ReportFixtures.Row> rows = cleanPlant();
    rows.stream()
        .filter(x -> x.activity.equals("bituminous_coal"))
        .forEach(x -> x.controls = List.of(new ControlSpec("wet_fgd", 0.98, null)));
    ReportResult r = ghg(rows);
    double fgd =
        r.lines().stream()
            .flatMap(l -> l.result().lines(Substance.CO2).stream())
            .filter(l -> l.method() == Method.FGD_CO2)
            .mapToDouble(EmissionLine::tonnes)
            .sum();
    assertThat(fgd).isPositive();
    assertThat(r.totalsT().get(Substance.CO2)).isCloseTo(2_674_983.3, rel(2_674_983.3));
  }

  /**
   * In 2022 the ETS power report still covers purchased electricity: 2 674 983.3 + 12 × 500 ×
   * 0.5703 = 2 678 405.1 t.
   */
  @Test
  void purchasedElectricityCountsThrough2022AndIsAMemoFrom2023() {
    List<ReportFixtures.Row> rows = cleanPlant();
    for (ReportFixtures.Row row : rows) {
      row.year = 2022;
      row.lab = null;
    }
    ReportResult r = ghg(rows);
    assertThat(r.totalsT().get(Substance.CO2)).isCloseTo(2_678_405.1, rel(2_678_405.1));
    ReportResult memo = ghg(cleanPlant());
    EmissionLine purchased =
        memo.lines().stream()
            .filter(l -> l.result().activity().code().equals("electricity_purchased"))
            .findFirst()
            .orElseThrow()
            .result()
            .lines(Substance.CO2)
            .get(0);
    assertThat(purchased.scope()).isEqualTo(Scope.MEMO);
    assertThat(purchased.tonnes()).isCloseTo(285.15, rel(285.15));
  }

  /**
   * A CHP unit supplying 100 000 GJ of heat a month: heat share = 1 200 000 / 27 561 500 =
   * 0.0435389…; supply intensity = 2 674 983.3 × (1 − share) / 2 827 332 = 0.904922…; heat
   * intensity = 2 674 983.3 × share / 1 200 000 = 0.0970551… tCO2/GJ. The heat rate deducts heat /
   * 0.85 from the fuel energy (January: (2 172 510 − 117 647.06) / 250 100 = 8.216 GJ/MWh, inside).
   */
  @Test
  void heatSuppliedTakesItsShareOfTheFuelCo2() {
    List<ReportFixtures.Row> rows = cleanPlant();
    for (int m = 1; m <= 12; m++) {
      rows.add(new ReportFixtures.Row(UNIT, m, "heat_supplied", 100_000, Unit.GJ));
    }
    ReportResult r = ghg(rows);
    FacilitySummary unit = r.facilities().get(0);
    double share = 1_200_000.0 / 27_561_500;
    assertThat(unit.heatSuppliedGj()).isCloseTo(1_200_000, rel(1_200_000));
    assertThat(unit.heatShare()).isCloseTo(share, rel(share));
    assertThat(unit.supplyIntensity())
        .isCloseTo(2_674_983.3 * (1 - share) / 2_827_332, rel(0.9049));
    assertThat(unit.heatIntensity()).isCloseTo(2_674_983.3 * share / 1_200_000, rel(0.097));
    assertThat(r.checks()).isEmpty();
  }

  /**
   * A gas unit: 1 000 万Nm3 a month at 389.31 GJ/万Nm3 is 389 310 GJ (4 671 720 GJ a year); over 60
   * 000 MWh that is 6.4885 GJ/MWh, inside the gas band, and the unit's fuel class is gas.
   */
  @Test
  void aGasUnitsFuelEnergyComesFromItsVolumeAndNcv() {
    List<ReportFixtures.Row> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      ReportFixtures.Row gas =
          new ReportFixtures.Row("G1", m, "natural_gas", 1_000, Unit.parse("万Nm3").orElseThrow());
      gas.ncv = 389.31;
      gas.ncvUnit = "GJ/万Nm3";
      rows.add(gas);
      rows.add(new ReportFixtures.Row("G1", m, "electricity_generated", 60_000, Unit.MWH));
      rows.add(new ReportFixtures.Row("G1", m, "electricity_supplied", 58_000, Unit.MWH));
    }
    ReportInput in =
        new ReportInput(
            "E-GAS",
            Adcode.of(410100),
            2023,
            ReportKind.GHG,
            "D4411",
            List.of(new Facility("G1", null, FacilityKind.POWER_UNIT, 400.0, Map.of(), List.of())),
            null,
            ReportFixtures.entries(rows),
            null);
    ReportResult r = Reporting.compute(in, ACCOUNTANT, RULES);
    FacilitySummary g1 = r.facilities().get(0);
    assertThat(g1.fuelEnergyGj()).isCloseTo(4_671_720, rel(4_671_720));
    assertThat(g1.fuelClass()).isEqualTo("gas");
    assertThat(checks(r, "RPT-HEAT-RATE")).isEmpty();
    assertThat(checks(r, "RPT-MONTH-MISSING")).isEmpty();
  }

  /** Production rows are data, not sources: no lines and no gaps. */
  @Test
  void productionRowsHaveNoLinesAndNoGaps() {
    ReportResult r = ghg(cleanPlant());
    for (ReportLine l : r.lines()) {
      if (l.result().activity().code().startsWith("coal_")
          || l.result().activity().code().startsWith("electricity_gen")
          || l.result().activity().code().startsWith("electricity_sup")) {
        assertThat(l.result().lines()).isEmpty();
        assertThat(l.result().gaps()).isEmpty();
      }
    }
  }

  private static List<ReportFixtures.Row> cement(int year) {
    List<ReportFixtures.Row> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      ReportFixtures.Row clinker = new ReportFixtures.Row("窑1", m, "clinker", 10_000, Unit.T);
      clinker.source = "CEMENT";
      ReportFixtures.Row coal = new ReportFixtures.Row("窑1", m, "raw_coal", 1_500, Unit.T);
      coal.source = "CEMENT_KILN";
      coal.ncv = 22.0 + 0.01 * m;
      ReportFixtures.Row power =
          new ReportFixtures.Row("窑1", m, "electricity_purchased", 800, Unit.MWH);
      power.source = "CEMENT_KILN";
      for (ReportFixtures.Row row : List.of(clinker, coal, power)) {
        row.year = year;
        rows.add(row);
      }
    }
    return rows;
  }

  private static ReportInput cementInput(int year) {
    return new ReportInput(
        "E-CEMENT",
        Adcode.of(410100),
        year,
        ReportKind.GHG,
        "C3011",
        List.of(new Facility("窑1", "1号熟料线", FacilityKind.KILN, null, Map.of(), List.of())),
        null,
        ReportFixtures.entries(cement(year)),
        null);
  }

  /**
   * Cement, 2022, GB/T 32150-2015 structure (general guideline): process 120 000 t clinker × 0.52 =
   * 62 400; coal Σ 1 500 × (22.00 + 0.01m) = 397 170 GJ × 0.02637 × 0.94 × 44/12 = 36 097.877 9…
   * (397 170 × 0.02637 = 10 473.37290; × 0.94 = 9 844.970526; × 44/12 = 36 098.225262); purchased 9
   * 600 MWh × 0.6058 = 5 815.68. Total 104 313.905262 t CO2; per t clinker 0.869282544.
   */
  @Test
  void cementIsProcessPlusCombustionPlusPurchasedElectricity() {
    ReportResult r = Reporting.compute(cementInput(2022), ACCOUNTANT, RULES);
    assertThat(r.guideline().id()).isEqualTo("general");
    assertThat(r.totalsT().get(Substance.CO2)).isCloseTo(104_313.905262, rel(104_313.905262));
    // CH4 and N2O of the coal are stated too (every greenhouse gas), as their lines say
    double ch4 =
        r.lines().stream().mapToDouble(l -> l.result().total(Substance.CH4, Scope.DIRECT)).sum();
    assertThat(r.totalsT().get(Substance.CH4)).isCloseTo(ch4, rel(ch4));
    assertThat(r.totalsT()).doesNotContainKey(Substance.SO2);
    assertThat(r.products()).hasSize(1);
    assertThat(r.products().get(0).activity()).isEqualTo("clinker");
    assertThat(r.products().get(0).intensity())
        .isCloseTo(104_313.905262 / 120_000, rel(0.869282544));
  }

  /**
   * From 2024 cement reports under CETS—AG—02.01—V01—2024: direct CO2 only, 62 400 + 36 098.225262
   * = 98 498.225262 t (purchased electricity left out).
   */
  @Test
  void cementUnderTheCarbonMarketGuidelineFrom2024IsDirectOnly() {
    ReportResult r = Reporting.compute(cementInput(2024), ACCOUNTANT, RULES);
    assertThat(r.guideline().id()).isEqualTo("cement_cets");
    assertThat(r.totalsT().get(Substance.CO2)).isCloseTo(98_498.225262, rel(98_498.225262));
    assertThat(r.totalsT()).containsOnlyKeys(Substance.CO2);
  }

  /**
   * Permit report: #1机组's coal through DA001 with a wet FGD of 98 %: SO2 = Σ FC × 0.8 % × 0.85 × 2
   * × (1 − 0.98) = 1 278 000 × 0.000272 = 347.616 t, over the permitted 300 t (share 1.15872); a
   * boiler without an outlet (1 000 t/month, S 1 %, no control: 17 t/month, 204 t) is listed apart.
   */
  @Test
  void permitReportGivesEachOutletsPollutantsAgainstThePermittedTonnes() {
    List<ReportFixtures.Row> rows = cleanPlant();
    rows.stream()
        .filter(x -> x.activity.equals("bituminous_coal"))
        .forEach(x -> x.controls = List.of(new ControlSpec("wet_fgd", 0.98, null)));
    for (int m = 1; m <= 12; m++) {
      ReportFixtures.Row boiler = new ReportFixtures.Row("#2锅炉", m, "raw_coal", 1_000, Unit.T);
      boiler.source = "IND_BOILER";
      boiler.sulfur = 1.0;
      rows.add(boiler);
    }
    List<Facility> facilities = new ArrayList<>(ReportFixtures.plantFacilities());
    facilities.add(new Facility("#2锅炉", null, FacilityKind.BOILER, null, Map.of(), List.of()));
    ReportInput in =
        new ReportInput(
            "E-PLANT",
            Adcode.of(410100),
            2023,
            ReportKind.PERMIT,
            "D4411",
            facilities,
            ReportFixtures.permit(300),
            ReportFixtures.entries(rows),
            null);
    ReportResult r = Reporting.compute(in, ACCOUNTANT, RULES);
    OutletEmission so2 =
        r.outlets().stream()
            .filter(o -> "DA001".equals(o.outlet()) && o.substance() == Substance.SO2)
            .findFirst()
            .orElseThrow();
    assertThat(so2.annualT()).isCloseTo(347.616, rel(347.616));
    // January: 101 000 × 0.000272 = 27.472 t
    assertThat(so2.monthlyT()[0]).isCloseTo(27.472, rel(27.472));
    assertThat(so2.permittedT()).isEqualTo(300.0);
    assertThat(so2.share()).isCloseTo(347.616 / 300, rel(1.15872));
    assertThat(so2.exceeded()).isTrue();
    assertThat(so2.facilities()).containsExactly(UNIT);
    OutletEmission apart =
        r.outlets().stream()
            .filter(o -> o.outlet() == null && o.substance() == Substance.SO2)
            .findFirst()
            .orElseThrow();
    // 1 000 × 1 % × 0.85 × 2 = 17 t a month
    assertThat(apart.annualT()).isCloseTo(204, rel(204));
    assertThat(apart.facilities()).containsExactly("#2锅炉");
    assertThat(r.totalsT().get(Substance.SO2)).isCloseTo(551.616, rel(551.616));
    assertThat(r.totalsT()).doesNotContainKey(Substance.CO2);

    List<Check> exceeded = checks(r, "RPT-PERMIT-EXCEEDED");
    assertThat(exceeded).hasSize(1);
    assertThat(exceeded.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(exceeded.get(0).location()).isEqualTo(new Location(null, null, "DA001.SO2"));
    assertThat(checks(r, "RPT-PERMIT-NO-OUTLET"))
        .singleElement()
        .satisfies(c -> assertThat(c.location()).isEqualTo(new Location("#2锅炉", null, "outlets")));
  }

  @Test
  void aCleanPermitReportHasNoChecks() {
    ReportResult r = Reporting.compute(input(ReportKind.PERMIT, cleanPlant()), ACCOUNTANT, RULES);
    assertThat(r.checks()).isEmpty();
    assertThat(r.totalsT()).containsKey(Substance.SO2).doesNotContainKey(Substance.CO2);
    // no control: Σ FC × 0.8 % × 0.85 × 2 = 1 278 000 × 0.0136 = 17 380.8 t
    assertThat(r.totalsT().get(Substance.SO2)).isCloseTo(17_380.8, rel(17_380.8));
  }

  @Test
  void aPermitNotValidInTheYearIsAWarning() {
    ReportInput clean = input(ReportKind.PERMIT, cleanPlant());
    ReportInput in =
        new ReportInput(
            clean.entityId(),
            clean.region(),
            clean.year(),
            clean.kind(),
            clean.industry(),
            clean.facilities(),
            new org.cocontrol.core.reporting.Permit(
                "91410100000000000X001P",
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2022, 12, 31),
                ReportFixtures.permit(1e5).outlets()),
            clean.entries(),
            null);
    ReportResult r = Reporting.compute(in, ACCOUNTANT, RULES);
    assertThat(r.checks())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.code()).isEqualTo("RPT-PERMIT-VALIDITY");
              assertThat(c.severity()).isEqualTo(Severity.WARNING);
              assertThat(c.location()).isEqualTo(new Location(null, null, "permit"));
            });
  }
}
