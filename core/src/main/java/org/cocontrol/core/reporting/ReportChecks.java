package org.cocontrol.core.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RateValue;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.text.Message;
import org.cocontrol.core.unit.Unit;

/**
 * The cross-checks run on every computation of a report. Each has a stable code (below), a
 * severity, a bilingual message and the exact location: the facility, the month and the field — the
 * activity code for an amount ({@code bituminous_coal}, {@code electricity_supplied}) or {@code
 * activity.column} for a value of that row ({@code bituminous_coal.carbon_content}, {@code
 * bituminous_coal.test_date}). Thresholds come from {@link ReportRules}; a band missing for an
 * activity or fuel class leaves that case unchecked (no band is not a band of zero).
 */
final class ReportChecks {

  /** Fuel per facility, fuel and month differs from the enterprise's other report. */
  static final String FUEL_MATCH = "RPT-FUEL-MATCH";

  /** Measured carbon per GJ (C_ar / NCV) outside the band of the coal type. */
  static final String CC_BAND = "RPT-CC-BAND";

  /** Lab dates out of order: sampling ≤ test ≤ report. */
  static final String LAB_ORDER = "RPT-LAB-ORDER";

  /** Lab report dated after month end + the allowed days. */
  static final String LAB_LATE = "RPT-LAB-LATE";

  /** A lab's report numbers not increasing in month order. */
  static final String LAB_NUMBER = "RPT-LAB-NUMBER";

  /** One test date behind the reports of several months. */
  static final String LAB_SAME_DATE = "RPT-LAB-SAME-DATE";

  /** The same measured value, to the last digit, in several months. */
  static final String REPEATED_VALUE = "RPT-REPEATED-VALUE";

  /** Coal received − stock change differs from coal consumed. */
  static final String COAL_BALANCE = "RPT-COAL-BALANCE";

  /** Fuel energy per MWh generated outside the heat-rate band. */
  static final String HEAT_RATE = "RPT-HEAT-RATE";

  /** Electricity supplied above electricity generated. */
  static final String GEN_SUPPLY = "RPT-GEN-SUPPLY";

  /** A month without any entry for a facility that reports. */
  static final String MONTH_MISSING = "RPT-MONTH-MISSING";

  /** Supply intensity or product intensity outside the sector's range. */
  static final String INTENSITY = "RPT-INTENSITY";

  /** Too few measured months: the default carbon content applies to the whole year. */
  static final String DEFAULT_CC = "RPT-DEFAULT-CC";

  /** Measured SO2 above what the fuel's sulfur allows. */
  static final String SO2_ABOVE_SULFUR = "RPT-SO2-ABOVE-SULFUR";

  /** Measured SO2 far below the sulfur's, without any control to remove it. */
  static final String SO2_LOW = "RPT-SO2-LOW";

  /** Actual emissions above the permitted annual tonnes. */
  static final String PERMIT_EXCEEDED = "RPT-PERMIT-EXCEEDED";

  /** No permit, or a permit not valid for (all of) the report year. */
  static final String PERMIT_VALIDITY = "RPT-PERMIT-VALIDITY";

  private ReportChecks() {}

  static void run(
      Reporting.ReportData data,
      ReportRules rules,
      Guideline guideline,
      Map<Reporting.FuelKey, List<Integer>> defaulted,
      List<FacilitySummary> summaries,
      List<ProductIntensity> products,
      List<OutletEmission> outlets,
      List<Check> out) {
    ReportChecks.Run r = new Run(data, rules, out);
    r.fuelMatch();
    r.carbonBand();
    r.labReports();
    r.repeatedValues();
    r.coalBalance();
    r.heatRate();
    r.generationAboveSupply();
    r.missingMonths();
    r.sulfur();
    if (data.input.kind() == ReportKind.GHG) {
      r.defaultCarbon(defaulted);
      r.intensity(guideline, summaries, products);
    } else {
      r.permit(outlets);
    }
  }

  /** A number as people write it: no exponent, no trailing zeros. */
  static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** Rounded to 4 significant digits for a message. */
  static String round(double v) {
    return number(new BigDecimal(v).round(new java.math.MathContext(4)).doubleValue());
  }

  private static final class Run {
    final Reporting.ReportData data;
    final ReportRules rules;
    final List<Check> out;
    final ReportInput input;

    Run(Reporting.ReportData data, ReportRules rules, List<Check> out) {
      this.data = data;
      this.rules = rules;
      this.out = out;
      this.input = data.input;
    }

    void add(
        String code,
        Severity s,
        String zh,
        String en,
        String facility,
        Integer month,
        String field) {
      out.add(new Check(code, s, new Message(zh, en), new Location(facility, month, field)));
    }

    boolean isFuel(Activity a) {
      return a != null && a.kind().isFuel();
    }

    // ------------------------------------------------------------ fuel in both reports

    void fuelMatch() {
      if (input.otherReportEntries() == null) {
        return;
      }
      Map<List<Object>, double[]> amounts = new LinkedHashMap<>();
      collectFuel(input.entries(), amounts, 0);
      collectFuel(input.otherReportEntries(), amounts, 1);
      double tol = rules.required("fuel_match.tolerance").value();
      amounts.forEach(
          (k, v) -> {
            double max = Math.max(Math.abs(v[0]), Math.abs(v[1]));
            if (max > 0 && Math.abs(v[0] - v[1]) / max > tol) {
              String unit = (String) k.get(3);
              add(
                  FUEL_MATCH,
                  Severity.ERROR,
                  "本报告的燃料消耗量（"
                      + round(v[0])
                      + " "
                      + unit
                      + "）与另一份报告（"
                      + round(v[1])
                      + " "
                      + unit
                      + "）不一致，相对差超过"
                      + number(tol * 100)
                      + "%",
                  "fuel consumed here ("
                      + round(v[0])
                      + " "
                      + unit
                      + ") differs from the other report ("
                      + round(v[1])
                      + " "
                      + unit
                      + ") by more than "
                      + number(tol * 100)
                      + "%",
                  (String) k.get(0),
                  (Integer) k.get(1),
                  (String) k.get(2));
            }
          });
    }

    private void collectFuel(
        List<MonthlyEntry> entries, Map<List<Object>, double[]> into, int side) {
      for (MonthlyEntry e : entries) {
        Activity a = data.activity(e);
        if (!isFuel(a)) {
          continue;
        }
        Unit u = a.defaultUnit();
        if (u.dimension() != e.record().unit().dimension()) {
          u = e.record().unit();
        }
        double v = e.record().amount() * e.record().unit().factorTo(u);
        into.computeIfAbsent(
                    List.of(e.facility(), e.month(), a.code(), u.symbol()), k -> new double[2])[
                side] +=
            v;
      }
    }

    // ------------------------------------------------------------ carbon per GJ

    /** tC/GJ of the entry's measured carbon content; null without one (or without an NCV). */
    Double carbonPerGj(ActivityRecord r) {
      RateValue cc = r.carbonContent();
      if (cc == null || cc.unit().denominator() == null) {
        return null;
      }
      Unit den = cc.unit().denominator();
      if (den.dimension() == Unit.GJ.dimension()) {
        return cc.value() * cc.unit().factorTo(Unit.T, Unit.GJ);
      }
      RateValue ncv = r.ncv();
      if (ncv == null
          || ncv.unit().denominator() == null
          || ncv.unit().denominator().dimension() != den.dimension()
          || ncv.value() <= 0) {
        return null;
      }
      double carbonPerDen = cc.value() * cc.unit().factorTo(Unit.T, den);
      double gjPerDen = ncv.value() * ncv.unit().factorTo(Unit.GJ, den);
      return carbonPerDen / gjPerDen;
    }

    void carbonBand() {
      double far = rules.required("cc_band.far").value();
      for (MonthlyEntry e : input.entries()) {
        Activity a = data.activity(e);
        if (!isFuel(a)) {
          continue;
        }
        Double c = carbonPerGj(e.record());
        Optional<Threshold> min = rules.exactly("cc_band.min", a.code());
        Optional<Threshold> max = rules.exactly("cc_band.max", a.code());
        if (c == null || min.isEmpty() || max.isEmpty()) {
          continue;
        }
        double lo = min.get().value();
        double hi = max.get().value();
        if (c >= lo && c <= hi) {
          continue;
        }
        boolean farOut = c < lo * (1 - far) || c > hi * (1 + far);
        add(
            CC_BAND,
            farOut ? Severity.ERROR : Severity.WARNING,
            "实测含碳量折合单位热值含碳量"
                + round(c)
                + " tC/GJ，"
                + (farOut ? "远" : "")
                + "超出该煤种合理范围 "
                + number(lo)
                + "–"
                + number(hi)
                + " tC/GJ",
            "measured carbon per GJ "
                + round(c)
                + " tC/GJ is "
                + (farOut ? "far " : "")
                + "outside the band of this fuel, "
                + number(lo)
                + "–"
                + number(hi)
                + " tC/GJ",
            e.facility(),
            e.month(),
            a.code() + ".carbon_content");
      }
    }

    // ------------------------------------------------------------ lab reports

    void labReports() {
      int days = (int) rules.required("lab.report_days_after_month").value();
      double sameMin = rules.required("lab.same_test_date.months").value();
      // test date → (facility, month) of the reports behind it
      Map<LocalDate, Set<List<Object>>> byTestDate = new TreeMap<>();
      Map<String, TreeMap<Integer, List<MonthlyEntry>>> byLab = new TreeMap<>();
      for (MonthlyEntry e : input.entries()) {
        LabReport lab = e.lab();
        if (lab == null || lab.isEmpty()) {
          continue;
        }
        String field = e.record().activity();
        Activity a = data.activity(e);
        if (a != null) {
          field = a.code();
        }
        if (lab.sampleDate() != null
            && lab.testDate() != null
            && lab.sampleDate().isAfter(lab.testDate())) {
          add(
              LAB_ORDER,
              Severity.ERROR,
              "检测日期" + lab.testDate() + "早于采样日期" + lab.sampleDate(),
              "test date " + lab.testDate() + " before the sampling date " + lab.sampleDate(),
              e.facility(),
              e.month(),
              field + ".test_date");
        }
        LocalDate before = lab.testDate() != null ? lab.testDate() : lab.sampleDate();
        if (before != null && lab.reportDate() != null && before.isAfter(lab.reportDate())) {
          add(
              LAB_ORDER,
              Severity.ERROR,
              "报告日期"
                  + lab.reportDate()
                  + "早于"
                  + (lab.testDate() != null ? "检测" : "采样")
                  + "日期"
                  + before,
              "report date "
                  + lab.reportDate()
                  + " before the "
                  + (lab.testDate() != null ? "test" : "sampling")
                  + " date "
                  + before,
              e.facility(),
              e.month(),
              field + ".report_date");
        }
        LocalDate limit = YearMonth.of(input.year(), e.month()).atEndOfMonth().plusDays(days);
        if (lab.reportDate() != null && lab.reportDate().isAfter(limit)) {
          add(
              LAB_LATE,
              Severity.WARNING,
              "检测报告日期" + lab.reportDate() + "晚于月末后" + days + "天（" + limit + "）",
              "lab report dated "
                  + lab.reportDate()
                  + ", later than "
                  + days
                  + " days after month end ("
                  + limit
                  + ")",
              e.facility(),
              e.month(),
              field + ".report_date");
        }
        if (lab.testDate() != null) {
          byTestDate
              .computeIfAbsent(lab.testDate(), k -> new java.util.LinkedHashSet<>())
              .add(List.of(e.facility(), e.month(), field));
        }
        if (lab.lab() != null
            && !lab.lab().isBlank()
            && lab.reportNo() != null
            && !lab.reportNo().isBlank()) {
          byLab
              .computeIfAbsent(lab.lab().strip(), k -> new TreeMap<>())
              .computeIfAbsent(e.month(), k -> new ArrayList<>())
              .add(e);
        }
      }
      byTestDate.forEach(
          (date, reports) -> {
            Set<Integer> months = new TreeSet<>();
            reports.forEach(k -> months.add((Integer) k.get(1)));
            if (months.size() < sameMin) {
              return;
            }
            Set<List<Object>> seen = new java.util.HashSet<>();
            for (List<Object> k : reports) {
              if (!seen.add(List.of(k.get(0), k.get(1)))) {
                continue;
              }
              add(
                  LAB_SAME_DATE,
                  Severity.ERROR,
                  months.size() + "个月份的检测报告检测日期相同（" + date + "，月份 " + months + "）：疑为一次检测拆分为多月报告",
                  "the lab reports of "
                      + months.size()
                      + " months share one test date ("
                      + date
                      + ", months "
                      + months
                      + "): one batch split into monthly reports?",
                  (String) k.get(0),
                  (Integer) k.get(1),
                  k.get(2) + ".test_date");
            }
          });
      byLab.forEach(
          (lab, months) -> {
            String highest = null;
            int highestMonth = 0;
            for (Map.Entry<Integer, List<MonthlyEntry>> m : months.entrySet()) {
              String lowestHere = null;
              MonthlyEntry at = null;
              for (MonthlyEntry e : m.getValue()) {
                String no = e.lab().reportNo().strip();
                if (lowestHere == null || compareNatural(no, lowestHere) < 0) {
                  lowestHere = no;
                  at = e;
                }
              }
              if (highest != null && compareNatural(lowestHere, highest) <= 0) {
                Activity a = data.activity(at);
                add(
                    LAB_NUMBER,
                    Severity.WARNING,
                    lab
                        + "的报告编号"
                        + lowestHere
                        + "（"
                        + m.getKey()
                        + "月）不大于"
                        + highestMonth
                        + "月的"
                        + highest,
                    lab
                        + " report number "
                        + lowestHere
                        + " (month "
                        + m.getKey()
                        + ") is not above "
                        + highest
                        + " of month "
                        + highestMonth,
                    at.facility(),
                    at.month(),
                    (a == null ? at.record().activity() : a.code()) + ".report_no");
              }
              for (MonthlyEntry e : m.getValue()) {
                String no = e.lab().reportNo().strip();
                if (highest == null || compareNatural(no, highest) > 0) {
                  highest = no;
                  highestMonth = m.getKey();
                }
              }
            }
          });
    }

    /** Compares report numbers by their digit runs as numbers: {@code R-9 < R-10}. */
    static int compareNatural(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        char ca = a.charAt(i);
        char cb = b.charAt(j);
        if (Character.isDigit(ca) && Character.isDigit(cb)) {
          int si = i;
          int sj = j;
          while (i < a.length() && Character.isDigit(a.charAt(i))) {
            i++;
          }
          while (j < b.length() && Character.isDigit(b.charAt(j))) {
            j++;
          }
          int c = new BigDecimal(a.substring(si, i)).compareTo(new BigDecimal(b.substring(sj, j)));
          if (c != 0) {
            return c;
          }
        } else {
          if (ca != cb) {
            return Character.compare(ca, cb);
          }
          i++;
          j++;
        }
      }
      return Integer.compare(a.length() - i, b.length() - j);
    }

    // ------------------------------------------------------------ repeated values

    void repeatedValues() {
      double min = rules.required("repeat.identical_months").value();
      // (facility, activity, column) → value → months
      Map<List<String>, Map<Double, Set<Integer>>> seen = new LinkedHashMap<>();
      for (MonthlyEntry e : input.entries()) {
        Activity a = data.activity(e);
        if (!isFuel(a)) {
          continue;
        }
        if (e.record().ncv() != null) {
          seen.computeIfAbsent(List.of(e.facility(), a.code(), "ncv"), k -> new LinkedHashMap<>())
              .computeIfAbsent(e.record().ncv().value(), k -> new TreeSet<>())
              .add(e.month());
        }
        if (e.record().carbonContent() != null) {
          seen.computeIfAbsent(
                  List.of(e.facility(), a.code(), "carbon_content"), k -> new LinkedHashMap<>())
              .computeIfAbsent(e.record().carbonContent().value(), k -> new TreeSet<>())
              .add(e.month());
        }
      }
      seen.forEach(
          (k, values) ->
              values.forEach(
                  (v, months) -> {
                    if (months.size() >= min) {
                      String param = k.get(2).equals("ncv") ? "低位发热量" : "元素碳含量";
                      add(
                          REPEATED_VALUE,
                          Severity.WARNING,
                          param
                              + "在"
                              + months.size()
                              + "个月份完全相同（"
                              + number(v)
                              + "，月份 "
                              + months
                              + "）",
                          (k.get(2).equals("ncv") ? "NCV" : "carbon content")
                              + " identical to the last digit in "
                              + months.size()
                              + " months ("
                              + number(v)
                              + ", months "
                              + months
                              + ")",
                          k.get(0),
                          months.iterator().next(),
                          k.get(1) + "." + k.get(2));
                    }
                  }));
    }

    // ------------------------------------------------------------ coal mass balance

    double coalConsumed(String facility, int month) {
      double t = 0;
      for (MonthlyEntry e : input.entries()) {
        Activity a = data.activity(e);
        if (a != null
            && a.isCoal()
            && e.month() == month
            && (facility == null || facility.equals(e.facility()))) {
          t += data.tonnes(e);
        }
      }
      return t;
    }

    boolean burnsCoal(String facility) {
      return input.entries().stream()
          .anyMatch(
              e ->
                  e.facility().equals(facility)
                      && data.activity(e) != null
                      && data.activity(e).isCoal());
    }

    void coalBalance() {
      double tol = rules.required("coal_balance.tolerance").value();
      for (String f : data.facilityCodes()) {
        boolean own = burnsCoal(f);
        for (int m = 1; m <= 12; m++) {
          Double received = data.production(f, "coal_received", Unit.T, m);
          Double opening = data.production(f, "coal_stock_opening", Unit.T, m);
          Double closing = data.production(f, "coal_stock_closing", Unit.T, m);
          if (received == null || opening == null || closing == null) {
            continue;
          }
          double expected = received - (closing - opening);
          double consumed = coalConsumed(own ? f : null, m);
          double max = Math.max(Math.abs(expected), Math.abs(consumed));
          if (max > 0 && Math.abs(expected - consumed) / max > tol) {
            add(
                COAL_BALANCE,
                Severity.WARNING,
                "入厂煤量−库存变化 = "
                    + round(expected)
                    + " t，与耗煤量 "
                    + round(consumed)
                    + " t 相差超过"
                    + number(tol * 100)
                    + "%"
                    + (own ? "" : "（全厂）"),
                "coal received − stock change = "
                    + round(expected)
                    + " t differs from coal consumed "
                    + round(consumed)
                    + " t by more than "
                    + number(tol * 100)
                    + "%"
                    + (own ? "" : " (whole plant)"),
                f,
                m,
                "coal_received");
          }
        }
      }
    }

    // ------------------------------------------------------------ heat rate, generation, supply

    void heatRate() {
      double efficiency = rules.required("heat_rate.boiler_efficiency").value();
      for (String f : data.facilityCodes()) {
        String fuel = data.mainFuelClass(f);
        Optional<Threshold> min =
            fuel == null ? Optional.empty() : rules.exactly("heat_rate.min", fuel);
        Optional<Threshold> max =
            fuel == null ? Optional.empty() : rules.exactly("heat_rate.max", fuel);
        if (min.isEmpty() || max.isEmpty()) {
          continue;
        }
        for (int m = 1; m <= 12; m++) {
          Double gen = data.production(f, "electricity_generated", Unit.MWH, m);
          if (gen == null || gen <= 0) {
            continue;
          }
          Double energy = 0.0;
          for (MonthlyEntry e : input.entries()) {
            if (e.facility().equals(f) && e.month() == m && isFuel(data.activity(e))) {
              Double gj = data.fuelEnergyGj(e);
              energy = energy == null || gj == null ? null : energy + gj;
            }
          }
          if (energy == null || energy <= 0) {
            continue;
          }
          Double heat = data.production(f, "heat_supplied", Unit.GJ, m);
          double rate = (energy - (heat == null ? 0 : heat / efficiency)) / gen;
          double lo = min.get().value();
          double hi = max.get().value();
          if (rate < lo || rate > hi) {
            add(
                HEAT_RATE,
                Severity.WARNING,
                "燃料热量折合发电热耗 "
                    + round(rate)
                    + " GJ/MWh，超出"
                    + fuelZh(fuel)
                    + "机组合理范围 "
                    + number(lo)
                    + "–"
                    + number(hi)
                    + " GJ/MWh",
                "fuel energy per MWh generated "
                    + round(rate)
                    + " GJ/MWh is outside the "
                    + fuel
                    + " unit band "
                    + number(lo)
                    + "–"
                    + number(hi)
                    + " GJ/MWh",
                f,
                m,
                "electricity_generated");
          }
        }
      }
    }

    static String fuelZh(String fuelClass) {
      return switch (fuelClass) {
        case "coal" -> "燃煤";
        case "gas" -> "燃气";
        case "oil" -> "燃油";
        default -> fuelClass;
      };
    }

    void generationAboveSupply() {
      for (String f : data.facilityCodes()) {
        for (int m = 1; m <= 12; m++) {
          Double gen = data.production(f, "electricity_generated", Unit.MWH, m);
          Double supply = data.production(f, "electricity_supplied", Unit.MWH, m);
          if (gen != null && supply != null && supply > gen) {
            add(
                GEN_SUPPLY,
                Severity.ERROR,
                "供电量 " + round(supply) + " MWh 大于发电量 " + round(gen) + " MWh",
                "electricity supplied "
                    + round(supply)
                    + " MWh exceeds electricity generated "
                    + round(gen)
                    + " MWh",
                f,
                m,
                "electricity_supplied");
          }
        }
      }
    }

    void missingMonths() {
      for (String f : data.facilityCodes()) {
        Set<Integer> months = new TreeSet<>();
        input.entries().stream()
            .filter(e -> e.facility().equals(f))
            .forEach(e -> months.add(e.month()));
        for (int m = 1; m <= 12; m++) {
          if (!months.contains(m)) {
            add(
                MONTH_MISSING,
                Severity.ERROR,
                "设施" + f + "缺少" + m + "月的数据（停产月份请填报0）",
                "facility "
                    + f
                    + " has no data for month "
                    + m
                    + " (report a shut-down month with 0)",
                f,
                m,
                null);
          }
        }
      }
    }

    // ------------------------------------------------------------ intensity, default carbon

    void intensity(Guideline g, List<FacilitySummary> summaries, List<ProductIntensity> products) {
      for (FacilitySummary s : summaries) {
        String fuel = s.fuelClass();
        if (s.supplyIntensity() == null || fuel == null) {
          continue;
        }
        band(
            "intensity.supply",
            fuel,
            s.supplyIntensity(),
            "tCO2/MWh",
            "供电碳排放强度",
            "supply intensity",
            s.facility(),
            "electricity_supplied");
      }
      for (ProductIntensity p : products) {
        if (p.intensity() != null) {
          band(
              "intensity.product",
              p.activity(),
              p.intensity(),
              "tCO2/t",
              "单位产品碳排放强度",
              "emissions per t of product",
              null,
              p.activity());
        }
      }
    }

    private void band(
        String id,
        String appliesTo,
        double v,
        String unit,
        String zh,
        String en,
        String facility,
        String field) {
      Optional<Threshold> min = rules.exactly(id + ".min", appliesTo);
      Optional<Threshold> max = rules.exactly(id + ".max", appliesTo);
      if (min.isEmpty() || max.isEmpty()) {
        return;
      }
      double lo = min.get().value();
      double hi = max.get().value();
      if (v < lo || v > hi) {
        add(
            INTENSITY,
            Severity.WARNING,
            zh
                + " "
                + round(v)
                + " "
                + unit
                + "，超出行业合理范围 "
                + number(lo)
                + "–"
                + number(hi)
                + " "
                + unit,
            en
                + " "
                + round(v)
                + " "
                + unit
                + " is outside the sector's range "
                + number(lo)
                + "–"
                + number(hi)
                + " "
                + unit,
            facility,
            null,
            field);
      }
    }

    void defaultCarbon(Map<Reporting.FuelKey, List<Integer>> defaulted) {
      double min = rules.required("measured_months.min").value();
      defaulted.forEach(
          (k, months) ->
              add(
                  DEFAULT_CC,
                  Severity.WARNING,
                  "该煤种仅"
                      + months.size()
                      + "个月份实测元素碳含量（月份 "
                      + months
                      + "），少于"
                      + number(min)
                      + "个月：全年采用缺省单位热值含碳量",
                  "carbon content measured in "
                      + months.size()
                      + " months only ("
                      + months
                      + "), fewer than "
                      + number(min)
                      + ": the default carbon content applies to every month",
                  k.facility(),
                  null,
                  k.activity() + ".carbon_content"));
    }

    // ------------------------------------------------------------ SO2 against sulfur

    void sulfur() {
      double tol = rules.required("so2.sulfur_tolerance").value();
      double low = rules.required("so2.low_share").value();
      for (MonthlyEntry e : input.entries()) {
        ActivityRecord r = e.record();
        Activity a = data.activity(e);
        Double so2 = r.measuredTonnes().get(Substance.SO2);
        if (!isFuel(a)
            || so2 == null
            || r.sulfurPct() == null
            || r.unit().dimension() != Unit.T.dimension()) {
          continue;
        }
        // All the sulfur burnt to SO2: FC [t] × S% / 100 × 64/32 (the 系数手册's 2).
        double most = data.tonnes(e) * r.sulfurPct() / 100 * 2;
        String field = a.code() + ".measured_SO2_t";
        if (so2 > most * (1 + tol)) {
          add(
              SO2_ABOVE_SULFUR,
              Severity.ERROR,
              "实测SO2 " + round(so2) + " t 超过燃料含硫量所能产生的最大量 " + round(most) + " t",
              "measured SO2 "
                  + round(so2)
                  + " t exceeds the most the fuel's sulfur can give, "
                  + round(most)
                  + " t",
              e.facility(),
              e.month(),
              field);
        } else if (r.controls().isEmpty() && so2 < most * low) {
          add(
              SO2_LOW,
              Severity.WARNING,
              "未填报脱硫设施，但实测SO2 " + round(so2) + " t 远低于含硫量对应的 " + round(most) + " t",
              "no control stated, yet measured SO2 "
                  + round(so2)
                  + " t is far below the "
                  + round(most)
                  + " t the sulfur gives",
              e.facility(),
              e.month(),
              field);
        }
      }
    }

    // ------------------------------------------------------------ permit

    void permit(List<OutletEmission> outlets) {
      Permit p = input.permit();
      LocalDate start = LocalDate.of(input.year(), 1, 1);
      LocalDate end = LocalDate.of(input.year(), 12, 31);
      if (p == null) {
        add(
            PERMIT_VALIDITY,
            Severity.WARNING,
            "未登记排污许可证：实际排放量无法与许可排放量比较",
            "no discharge permit on record: actual emissions cannot be compared with permitted tonnes",
            null,
            null,
            "permit");
      } else if ((p.validFrom() != null && p.validFrom().isAfter(start))
          || (p.validTo() != null && p.validTo().isBefore(end))) {
        add(
            PERMIT_VALIDITY,
            Severity.WARNING,
            "排污许可证"
                + p.number()
                + "有效期（"
                + p.validFrom()
                + "至"
                + p.validTo()
                + "）未覆盖"
                + input.year()
                + "年全年",
            "permit "
                + p.number()
                + " (valid "
                + p.validFrom()
                + " to "
                + p.validTo()
                + ") does not cover all of "
                + input.year(),
            null,
            null,
            "permit");
      }
      for (OutletEmission o : outlets) {
        if (o.exceeded()) {
          add(
              PERMIT_EXCEEDED,
              Severity.WARNING,
              "排放口"
                  + o.outlet()
                  + "的"
                  + o.substance().nameZh()
                  + "实际排放量 "
                  + round(o.annualT())
                  + " t 超过许可排放量 "
                  + round(o.permittedT())
                  + " t，请说明",
              "outlet "
                  + o.outlet()
                  + ": actual "
                  + o.substance().code()
                  + " "
                  + round(o.annualT())
                  + " t exceeds the permitted "
                  + round(o.permittedT())
                  + " t; explain",
              null,
              null,
              o.outlet() + "." + o.substance().code());
        }
      }
    }
  }
}
