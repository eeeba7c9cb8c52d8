package org.cocontrol.reference;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.accounting.RateValue;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.FacilityKind;
import org.cocontrol.core.reporting.LabReport;
import org.cocontrol.core.reporting.MonthlyEntry;
import org.cocontrol.core.reporting.Permit;
import org.cocontrol.core.reporting.PermitLimit;
import org.cocontrol.core.reporting.PermitOutlet;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportKind;
import org.cocontrol.core.reporting.ReportRules;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.RateUnit;
import org.cocontrol.core.unit.Unit;

/**
 * A realistic, clean year of a 600 MW coal unit (#1机组, Zhengzhou, 2023), one row per activity and
 * month, which the checks must leave alone; tests change a row or two to make one check fire.
 *
 * <p>Month m: bituminous coal FC = 100 000 + 1 000·m t, NCV = 21.50 + 0.01·m GJ/t, C_ar = 0.570 +
 * 0.001·m tC/t (≈ 0.0265 tC/GJ), sulfur 0.8 %; lab 河南煤质检测中心, report C2023-(100+m), sampled on the
 * 28th, tested 3 and reported 10 days after month end; generation 250 000 + 100·m MWh, supply 94 %
 * of it; 500 MWh purchased; coal stock 50 000 + 100·m t at month end, received = FC + stock change.
 */
final class ReportFixtures {

  static final ReferenceData REF = ReferenceLoader.load();
  static final Accountant ACCOUNTANT = Accountant.of(REF, AccountingOptions.defaults());
  static final ReportRules RULES = ReportingReference.rules();
  static final String UNIT = "#1机组";
  static final int YEAR = 2023;

  private ReportFixtures() {}

  /** One row of the monthly file, mutable so a test can spoil it. */
  static final class Row {
    String facility;
    int month;
    String source = "POWER";
    String activity;
    double amount;
    Unit unit;
    Double ncv;
    String ncvUnit = "GJ/t";
    Double car;
    Double sulfur;
    List<ControlSpec> controls = List.of();
    Double measuredSo2;
    LabReport lab;
    int year = YEAR;

    Row(String facility, int month, String activity, double amount, Unit unit) {
      this.facility = facility;
      this.month = month;
      this.activity = activity;
      this.amount = amount;
      this.unit = unit;
    }

    MonthlyEntry entry(int row) {
      ActivityRecord.Builder b =
          ActivityRecord.builder(facility + "-" + month + "-" + activity + "-" + row)
              .entity("E-PLANT")
              .region(410100)
              .year(year)
              .source(source)
              .activity(activity, amount, unit)
              .controls(controls);
      if (ncv != null) {
        b.ncv(RateValue.of(ncv, RateUnit.parse(ncvUnit).orElseThrow()));
      }
      if (car != null) {
        b.carbonContent(RateValue.of(car, RateUnit.parse("tC/t").orElseThrow()));
      }
      if (sulfur != null) {
        b.sulfurPct(sulfur);
      }
      if (measuredSo2 != null) {
        b.measured(Substance.SO2, measuredSo2);
      }
      return new MonthlyEntry(row, facility, month, b.build(), lab);
    }
  }

  static double fc(int m) {
    return 100_000 + 1_000 * m;
  }

  static double ncv(int m) {
    return 21.50 + 0.01 * m;
  }

  static double car(int m) {
    return 0.570 + 0.001 * m;
  }

  static double generation(int m) {
    return 250_000 + 100 * m;
  }

  static List<Row> cleanPlant() {
    List<Row> rows = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth ym = YearMonth.of(YEAR, m);
      Row coal = new Row(UNIT, m, "bituminous_coal", fc(m), Unit.T);
      coal.ncv = ncv(m);
      coal.car = car(m);
      coal.sulfur = 0.8;
      coal.lab =
          new LabReport(
              "河南煤质检测中心",
              "C2023-" + (100 + m),
              LocalDate.of(YEAR, m, 28),
              ym.atEndOfMonth().plusDays(3),
              ym.atEndOfMonth().plusDays(10));
      rows.add(coal);
      rows.add(new Row(UNIT, m, "electricity_generated", generation(m), Unit.MWH));
      rows.add(new Row(UNIT, m, "electricity_supplied", 0.94 * generation(m), Unit.MWH));
      rows.add(new Row(UNIT, m, "electricity_purchased", 500, Unit.MWH));
      double opening = 50_000 + 100 * (m - 1);
      double closing = 50_000 + 100 * m;
      rows.add(new Row(UNIT, m, "coal_stock_opening", opening, Unit.T));
      rows.add(new Row(UNIT, m, "coal_stock_closing", closing, Unit.T));
      rows.add(new Row(UNIT, m, "coal_received", fc(m) + closing - opening, Unit.T));
    }
    return rows;
  }

  static Row row(List<Row> rows, int month, String activity) {
    return rows.stream()
        .filter(r -> r.month == month && r.activity.equals(activity))
        .findFirst()
        .orElseThrow();
  }

  static List<MonthlyEntry> entries(List<Row> rows) {
    List<MonthlyEntry> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.get(i).entry(i + 2));
    }
    return out;
  }

  static List<Facility> plantFacilities() {
    return List.of(
        new Facility(UNIT, "1号机组", FacilityKind.POWER_UNIT, 600.0, Map.of(), List.of("DA001")));
  }

  static Permit permit(double so2T) {
    return new Permit(
        "91410100000000000X001P",
        LocalDate.of(2020, 1, 1),
        LocalDate.of(2024, 12, 31),
        List.of(
            new PermitOutlet(
                "DA001",
                "1号机组烟囱",
                List.of(UNIT),
                List.of(
                    new PermitLimit(Substance.SO2, 35.0, so2T),
                    new PermitLimit(Substance.NOX, 50.0, 100_000.0),
                    new PermitLimit(Substance.PM, 10.0, 100_000.0)))));
  }

  static ReportInput input(ReportKind kind, List<Row> rows) {
    return new ReportInput(
        "E-PLANT",
        Adcode.of(410100),
        rows.isEmpty() ? YEAR : rows.get(0).year,
        kind,
        "D4411",
        plantFacilities(),
        permit(100_000),
        entries(rows),
        null);
  }
}
