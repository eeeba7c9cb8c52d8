package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocontrol.reference.ReportFixtures.ACCOUNTANT;
import static org.cocontrol.reference.ReportFixtures.RULES;
import static org.cocontrol.reference.ReportFixtures.UNIT;
import static org.cocontrol.reference.ReportFixtures.YEAR;
import static org.cocontrol.reference.ReportFixtures.cleanPlant;
import static org.cocontrol.reference.ReportFixtures.fc;
import static org.cocontrol.reference.ReportFixtures.generation;
import static org.cocontrol.reference.ReportFixtures.input;
import static org.cocontrol.reference.ReportFixtures.ncv;
import static org.cocontrol.reference.ReportFixtures.row;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cocontrol.core.reporting.Check;
import org.cocontrol.core.reporting.LabReport;
import org.cocontrol.core.reporting.Location;
import org.cocontrol.core.reporting.MonthlyEntry;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportKind;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.reporting.Reporting;
import org.cocontrol.core.reporting.Severity;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * Each cross-check fires on a crafted case with its code, severity and exact location, and stays
 * quiet on the clean 12-month power plant ({@link #aCleanRealisticYearRaisesNoCheck}).
 */
class ReportChecksTests {

  private static ReportResult ghg(List<ReportFixtures.Row> rows) {
    return Reporting.compute(input(ReportKind.GHG, rows), ACCOUNTANT, RULES);
  }

  private static List<Check> fired(ReportResult r, String code) {
    return r.checks().stream().filter(c -> c.code().equals(code)).toList();
  }

  /** The only check of {@code code}, with its severity and location. */
  private static Check only(ReportResult r, String code, Severity s, Location at) {
    List<Check> c = fired(r, code);
    assertThat(c).as(code + " in " + r.checks()).hasSize(1);
    assertThat(c.get(0).severity()).isEqualTo(s);
    assertThat(c.get(0).location()).isEqualTo(at);
    assertThat(c.get(0).message().zh()).isNotBlank();
    assertThat(c.get(0).message().en()).isNotBlank();
    return c.get(0);
  }

  @Test
  void aCleanRealisticYearRaisesNoCheck() {
    assertThat(ghg(cleanPlant()).checks()).isEmpty();
    assertThat(
            Reporting.compute(input(ReportKind.PERMIT, cleanPlant()), ACCOUNTANT, RULES).checks())
        .isEmpty();
  }

  @Test
  void fuelDifferingFromThePermitReportIsAnError() {
    List<ReportFixtures.Row> other = cleanPlant();
    row(other, 3, "bituminous_coal").amount = fc(3) * 1.05;
    ReportInput clean = input(ReportKind.GHG, cleanPlant());
    ReportInput in = withOther(clean, ReportFixtures.entries(other));
    only(
        Reporting.compute(in, ACCOUNTANT, RULES),
        "RPT-FUEL-MATCH",
        Severity.ERROR,
        new Location(UNIT, 3, "bituminous_coal"));
    // the same fuel behind both reports: quiet
    ReportInput same = withOther(clean, ReportFixtures.entries(cleanPlant()));
    assertThat(Reporting.compute(same, ACCOUNTANT, RULES).checks()).isEmpty();
  }

  private static ReportInput withOther(ReportInput in, List<MonthlyEntry> other) {
    return new ReportInput(
        in.entityId(),
        in.region(),
        in.year(),
        in.kind(),
        in.industry(),
        in.facilities(),
        in.permit(),
        in.entries(),
        other);
  }

  /**
   * April at 0.018 tC/GJ is more than 15 % below 0.024 (0.0204): an error; June at 0.0235 only
   * slightly: a warning.
   */
  @Test
  void carbonPerGjOutsideTheBandWarnsAndFarOutsideBlocks() {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 4, "bituminous_coal").car = 0.018 * ncv(4);
    row(rows, 6, "bituminous_coal").car = 0.0235 * ncv(6);
    ReportResult r = ghg(rows);
    assertThat(fired(r, "RPT-CC-BAND"))
        .extracting(Check::severity, Check::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.ERROR, new Location(UNIT, 4, "bituminous_coal.carbon_content")),
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING, new Location(UNIT, 6, "bituminous_coal.carbon_content")));
    assertThat(r.blocked()).isTrue();
  }

  @Test
  void aTestBeforeItsSamplingIsAnError() {
    List<ReportFixtures.Row> rows = cleanPlant();
    LabReport l = row(rows, 2, "bituminous_coal").lab;
    row(rows, 2, "bituminous_coal").lab =
        new LabReport(
            l.lab(), l.reportNo(), l.sampleDate(), l.sampleDate().minusDays(1), l.reportDate());
    only(
        ghg(rows),
        "RPT-LAB-ORDER",
        Severity.ERROR,
        new Location(UNIT, 2, "bituminous_coal.test_date"));
  }

  @Test
  void aReportLaterThanFortyDaysAfterMonthEndWarns() {
    List<ReportFixtures.Row> rows = cleanPlant();
    LabReport l = row(rows, 7, "bituminous_coal").lab;
    row(rows, 7, "bituminous_coal").lab =
        new LabReport(
            l.lab(),
            l.reportNo(),
            l.sampleDate(),
            l.testDate(),
            YearMonth.of(YEAR, 7).atEndOfMonth().plusDays(41));
    only(
        ghg(rows),
        "RPT-LAB-LATE",
        Severity.WARNING,
        new Location(UNIT, 7, "bituminous_coal.report_date"));
    // exactly 40 days is on time
    row(rows, 7, "bituminous_coal").lab =
        new LabReport(
            l.lab(),
            l.reportNo(),
            l.sampleDate(),
            l.testDate(),
            YearMonth.of(YEAR, 7).atEndOfMonth().plusDays(40));
    assertThat(ghg(rows).checks()).isEmpty();
  }

  @Test
  void reportNumbersGoingBackWarn() {
    List<ReportFixtures.Row> rows = cleanPlant();
    LabReport l = row(rows, 9, "bituminous_coal").lab;
    // September's C2023-105 after August's C2023-108
    row(rows, 9, "bituminous_coal").lab =
        new LabReport(l.lab(), "C2023-105", l.sampleDate(), l.testDate(), l.reportDate());
    only(
        ghg(rows),
        "RPT-LAB-NUMBER",
        Severity.WARNING,
        new Location(UNIT, 9, "bituminous_coal.report_no"));
  }

  /** The demo's case: twelve monthly reports with one test date, each month an error. */
  @Test
  void twelveReportsWithOneTestDateAreErrors() {
    List<ReportFixtures.Row> rows = cleanPlant();
    for (int m = 1; m <= 12; m++) {
      LabReport l = row(rows, m, "bituminous_coal").lab;
      row(rows, m, "bituminous_coal").lab =
          new LabReport(
              l.lab(),
              l.reportNo(),
              LocalDate.of(YEAR, m, 1),
              LocalDate.of(YEAR, 12, 30),
              LocalDate.of(YEAR, 12, 31));
    }
    ReportResult r = ghg(rows);
    List<Check> same = fired(r, "RPT-LAB-SAME-DATE");
    assertThat(same).hasSize(12).allMatch(c -> c.severity() == Severity.ERROR);
    assertThat(same.get(0).location())
        .isEqualTo(new Location(UNIT, 1, "bituminous_coal.test_date"));
    assertThat(same.get(11).location())
        .isEqualTo(new Location(UNIT, 12, "bituminous_coal.test_date"));
    // two months sharing a test date are left alone
    List<ReportFixtures.Row> two = cleanPlant();
    LabReport jan = row(two, 1, "bituminous_coal").lab;
    LabReport feb = row(two, 2, "bituminous_coal").lab;
    row(two, 1, "bituminous_coal").lab =
        new LabReport(jan.lab(), jan.reportNo(), jan.sampleDate(), feb.testDate(), feb.testDate());
    assertThat(fired(ghg(two), "RPT-LAB-SAME-DATE")).isEmpty();
  }

  @Test
  void theSameNcvInThreeMonthsWarns() {
    List<ReportFixtures.Row> rows = cleanPlant();
    for (int m : new int[] {2, 5, 8}) {
      row(rows, m, "bituminous_coal").ncv = 21.55;
    }
    Check c =
        only(
            ghg(rows),
            "RPT-REPEATED-VALUE",
            Severity.WARNING,
            new Location(UNIT, 2, "bituminous_coal.ncv"));
    assertThat(c.message().zh()).contains("[2, 5, 8]");
  }

  @Test
  void coalReceivedMinusStockChangeFarFromCoalBurntWarns() {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 10, "coal_received").amount *= 0.8;
    only(ghg(rows), "RPT-COAL-BALANCE", Severity.WARNING, new Location(UNIT, 10, "coal_received"));
  }

  /** The stock kept for the whole plant is balanced against every unit's coal. */
  @Test
  void aPlantLevelStockIsBalancedAgainstTheWholePlant() {
    List<ReportFixtures.Row> rows = cleanPlant();
    rows.stream().filter(x -> x.activity.startsWith("coal_")).forEach(x -> x.facility = "全厂");
    ReportResult r = ghg(rows);
    // the plant's rows have every month: quiet, although it burns nothing itself
    assertThat(r.checks()).isEmpty();
    row(rows, 4, "coal_stock_closing").amount += 20_000;
    only(ghg(rows), "RPT-COAL-BALANCE", Severity.WARNING, new Location("全厂", 4, "coal_received"));
  }

  /** November: 2 165 610 GJ over 501 100 MWh = 4.3 GJ/MWh, below the coal band 7.5–12.5. */
  @Test
  void fuelEnergyFarFromGenerationTimesHeatRateWarns() {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 11, "electricity_generated").amount = 2 * generation(11);
    only(
        ghg(rows),
        "RPT-HEAT-RATE",
        Severity.WARNING,
        new Location(UNIT, 11, "electricity_generated"));
  }

  @Test
  void supplyAboveGenerationIsAnError() {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 12, "electricity_supplied").amount = generation(12) * 1.01;
    only(
        ghg(rows),
        "RPT-GEN-SUPPLY",
        Severity.ERROR,
        new Location(UNIT, 12, "electricity_supplied"));
  }

  @Test
  void aMissingMonthIsAnError() {
    List<ReportFixtures.Row> rows = cleanPlant();
    rows.removeIf(x -> x.month == 6);
    only(ghg(rows), "RPT-MONTH-MISSING", Severity.ERROR, new Location(UNIT, 6, null));
  }

  /** Supply halved: 2 674 983.3 / 1 413 666 = 1.89 tCO2/MWh, above the coal range 0.75–1.20. */
  @Test
  void supplyIntensityOutsideTheSectorsRangeWarns() {
    List<ReportFixtures.Row> rows = cleanPlant();
    rows.stream()
        .filter(x -> x.activity.equals("electricity_supplied"))
        .forEach(x -> x.amount /= 2);
    only(
        ghg(rows),
        "RPT-INTENSITY",
        Severity.WARNING,
        new Location(UNIT, null, "electricity_supplied"));
  }

  @Test
  void fewMeasuredMonthsWarnThatTheDefaultApplies() {
    List<ReportFixtures.Row> rows = cleanPlant();
    for (int m = 2; m <= 12; m++) {
      row(rows, m, "bituminous_coal").car = null;
    }
    only(
        ghg(rows),
        "RPT-DEFAULT-CC",
        Severity.WARNING,
        new Location(UNIT, null, "bituminous_coal.carbon_content"));
  }

  /** March: the sulfur allows 102 000 × 0.8 % × 2 = 1 632 t; 1 958.4 t measured is impossible. */
  @Test
  void measuredSo2AboveWhatTheSulfurAllowsIsAnError() {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 3, "bituminous_coal").measuredSo2 = fc(3) * 0.008 * 2 * 1.2;
    only(
        ghg(rows),
        "RPT-SO2-ABOVE-SULFUR",
        Severity.ERROR,
        new Location(UNIT, 3, "bituminous_coal.measured_SO2_t"));
  }

  @Test
  void measuredSo2FarBelowTheSulfurWithoutControlWarns() {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 4, "bituminous_coal").measuredSo2 = fc(4) * 0.008 * 2 * 0.1;
    ReportResult r = Reporting.compute(input(ReportKind.PERMIT, rows), ACCOUNTANT, RULES);
    only(
        r,
        "RPT-SO2-LOW",
        Severity.WARNING,
        new Location(UNIT, 4, "bituminous_coal.measured_SO2_t"));
    // with a scrubber stated, a low SO2 is what it should be
    row(rows, 4, "bituminous_coal").controls =
        List.of(org.cocontrol.core.accounting.ControlSpec.of("wet_fgd"));
    assertThat(
            fired(
                Reporting.compute(input(ReportKind.PERMIT, rows), ACCOUNTANT, RULES),
                "RPT-SO2-LOW"))
        .isEmpty();
  }

  @Test
  void aRowThatCannotBeAccountedIsAnErrorNotAnException() {
    List<ReportFixtures.Row> rows = cleanPlant();
    row(rows, 1, "electricity_purchased").unit = Unit.T;
    only(
        ghg(rows),
        "RPT-ACCOUNTING",
        Severity.ERROR,
        new Location(UNIT, 1, "electricity_purchased"));
  }
}
