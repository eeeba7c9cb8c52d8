package org.cocontrol.core.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingException;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.Method;
import org.cocontrol.core.accounting.ParameterUse;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.text.Message;
import org.cocontrol.core.unit.Unit;

/**
 * Computes a report from its input: the guideline, each monthly entry accounted, the totals the
 * report states, the facility summaries (GHG) or the outlet emissions (permit), and every
 * cross-check ({@link ReportChecks}).
 */
public final class Reporting {

  /** Code of the check raised when an entry cannot be accounted at all. */
  public static final String ACCOUNTING = "RPT-ACCOUNTING";

  /** The methods of fuel combustion CO2 (and a measured value that replaces it). */
  private static final Set<Method> COMBUSTION =
      EnumSet.of(
          Method.COMBUSTION_TIER2,
          Method.COMBUSTION_TIER2_CAR,
          Method.COMBUSTION_TIER1,
          Method.MEASURED);

  private Reporting() {}

  /**
   * The report of {@code input}. The guideline is chosen from {@code rules} by the enterprise's
   * industry, facilities and year; {@code accountant} supplies the reference data and the GWP set,
   * its scheme is replaced by the guideline's ({@code ETS} for the power-facility guideline).
   */
  public static ReportResult compute(ReportInput input, Accountant accountant, ReportRules rules) {
    Guideline guideline = rules.guideline(input.industry(), input.facilities(), input.year());
    Accountant acc =
        accountant.options().scheme() == guideline.scheme()
            ? accountant
            : Accountant.of(
                accountant.reference(), accountant.options().withScheme(guideline.scheme()));
    ReportData data = new ReportData(input, acc);
    Map<FuelKey, List<Integer>> defaulted =
        input.kind() == ReportKind.GHG && guideline.measuredMonthsRule()
            ? defaultedCoals(data, rules)
            : Map.of();
    double minMonths = rules.required("measured_months.min").value();

    List<Check> checks = new ArrayList<>();
    List<ReportLine> lines = new ArrayList<>();
    for (int i = 0; i < input.entries().size(); i++) {
      MonthlyEntry e = input.entries().get(i);
      Activity activity = data.activity(e);
      List<Integer> measured =
          activity == null ? null : defaulted.get(new FuelKey(e.facility(), activity.code()));
      ActivityRecord record = measured == null ? e.record() : e.record().withCarbonContent(null);
      RecordResult r;
      try {
        r = acc.account(record);
      } catch (AccountingException ex) {
        checks.add(
            new Check(
                ACCOUNTING,
                Severity.ERROR,
                new Message(
                    "该行无法核算：活动、排放源或计量单位不匹配，请核对该行",
                    "this row cannot be accounted: " + ex.getMessage()),
                new Location(e.facility(), e.month(), e.record().activity())));
        continue;
      }
      if (measured != null) {
        r = withRule(r, defaultRule(measured, minMonths));
      }
      data.results.put(i, r);
      lines.add(new ReportLine(e.facility(), e.month(), r));
    }

    // Compensated sums, as every total of the project: a year of many rows adds up to the
    // same figure whatever their order.
    Map<Substance, CompensatedSum> sums = new EnumMap<>(Substance.class);
    for (ReportLine l : lines) {
      for (EmissionLine el : l.result().lines()) {
        if (counts(input.kind(), guideline, el)) {
          sums.computeIfAbsent(el.substance(), k -> new CompensatedSum()).add(el.tonnes());
        }
      }
    }
    Map<Substance, Double> totals = new EnumMap<>(Substance.class);
    sums.forEach((s, sum) -> totals.put(s, sum.value()));

    List<FacilitySummary> summaries = new ArrayList<>();
    FacilitySummary whole = null;
    List<ProductIntensity> products = List.of();
    List<OutletEmission> outlets = List.of();
    if (input.kind() == ReportKind.GHG) {
      for (String f : data.facilityCodes()) {
        summaries.add(summary(data, guideline, f));
      }
      whole = summary(data, guideline, null);
      products = products(data, totals.getOrDefault(Substance.CO2, 0.0));
    } else {
      outlets = PermitEmissions.outlets(input, data, checks);
    }
    ReportChecks.run(data, rules, guideline, defaulted, summaries, products, outlets, checks);
    return new ReportResult(totals, lines, checks, guideline, summaries, whole, products, outlets);
  }

  /**
   * Whether a line is in what the report states: the GHG report its guideline's gases, direct lines
   * and, where the guideline counts them, purchased (+) and exported (−) energy; the permit report
   * the air pollutants emitted on site.
   */
  static boolean counts(ReportKind kind, Guideline g, EmissionLine l) {
    if (kind == ReportKind.PERMIT) {
      return !l.substance().isGreenhouseGas() && l.scope() == Scope.DIRECT;
    }
    if (!g.states(l.substance())) {
      return false;
    }
    if (l.scope() == Scope.DIRECT && g.combustionOnly()) {
      return COMBUSTION.contains(l.method());
    }
    return l.scope() == Scope.DIRECT
        || (g.indirectCounted() && (l.scope() == Scope.INDIRECT || l.scope() == Scope.EXPORTED));
  }

  /** A coal of one facility. */
  record FuelKey(String facility, String activity) {}

  /**
   * The coals whose measured months at a facility are fewer than {@code measured_months.min} (but
   * not none: with none, every month takes the default anyway), with the measured months.
   */
  private static Map<FuelKey, List<Integer>> defaultedCoals(ReportData data, ReportRules rules) {
    double min = rules.required("measured_months.min").value();
    Map<FuelKey, Set<Integer>> measured = new LinkedHashMap<>();
    for (MonthlyEntry e : data.input.entries()) {
      Activity a = data.activity(e);
      if (a == null || !a.isCoal() || e.record().amount() <= 0) {
        continue;
      }
      Set<Integer> months =
          measured.computeIfAbsent(new FuelKey(e.facility(), a.code()), k -> new TreeSet<>());
      if (e.record().carbonContent() != null) {
        months.add(e.month());
      }
    }
    Map<FuelKey, List<Integer>> out = new LinkedHashMap<>();
    measured.forEach(
        (k, months) -> {
          if (!months.isEmpty() && months.size() < min) {
            out.put(k, List.copyOf(months));
          }
        });
    return out;
  }

  private static String defaultRule(List<Integer> measured, double min) {
    return "缺省单位热值含碳量：该煤种全年实测元素碳含量的月份为"
        + measured
        + "，少于"
        + ReportChecks.number(min)
        + "个月，各月均采用缺省值（生态环境部2022年6月8日发电行业报告调整通知）"
        + " / default carbon content: this coal's measured months are "
        + measured
        + ", fewer than "
        + ReportChecks.number(min)
        + ", so every month uses the default (MEE notice of 2022-06-08 on power-sector reporting)";
  }

  /** The result with {@code rule} added to the trail of its CO2 lines. */
  private static RecordResult withRule(RecordResult r, String rule) {
    List<EmissionLine> lines = new ArrayList<>();
    for (EmissionLine l : r.lines()) {
      if (l.substance() == Substance.CO2) {
        List<ParameterUse> trail = new ArrayList<>(l.parameters());
        trail.add(ParameterUse.rule(rule));
        l = new EmissionLine(l.substance(), l.tonnes(), l.scope(), l.method(), trail);
      }
      lines.add(l);
    }
    return new RecordResult(r.record(), r.source(), r.activity(), lines, r.co2e(), r.gaps());
  }

  private static FacilitySummary summary(ReportData data, Guideline g, String facility) {
    Double generation = data.production(facility, "electricity_generated", Unit.MWH, null);
    Double supply = data.production(facility, "electricity_supplied", Unit.MWH, null);
    Double heat = data.production(facility, "heat_supplied", Unit.GJ, null);
    Double fuelEnergy = null;
    double fuelCo2 = 0;
    double purchased = 0;
    double reported = 0;
    for (Map.Entry<Integer, RecordResult> en : data.results.entrySet()) {
      MonthlyEntry e = data.input.entries().get(en.getKey());
      if (facility != null && !facility.equals(e.facility())) {
        continue;
      }
      RecordResult r = en.getValue();
      ActivityKind kind = r.activity().kind();
      if (kind == ActivityKind.FOSSIL_FUEL) {
        for (EmissionLine l : r.lines(Substance.CO2)) {
          if (l.scope() == Scope.DIRECT && COMBUSTION.contains(l.method())) {
            fuelCo2 += l.tonnes();
          }
        }
        Double gj = data.fuelEnergyGj(e);
        if (gj != null) {
          fuelEnergy = (fuelEnergy == null ? 0 : fuelEnergy) + gj;
        }
      }
      if (kind == ActivityKind.ELECTRICITY_PURCHASED) {
        for (EmissionLine l : r.lines(Substance.CO2)) {
          purchased += l.tonnes();
        }
      }
      for (EmissionLine l : r.lines(Substance.CO2)) {
        if (counts(ReportKind.GHG, g, l)) {
          reported += l.tonnes();
        }
      }
    }
    Double heatShare =
        heat == null ? 0.0 : fuelEnergy != null && fuelEnergy > 0 ? heat / fuelEnergy : null;
    Double supplyIntensity =
        supply != null && supply > 0 && heatShare != null
            ? fuelCo2 * (1 - heatShare) / supply
            : null;
    Double heatIntensity =
        heat != null && heat > 0 && heatShare != null ? fuelCo2 * heatShare / heat : null;
    Double capacity = null;
    if (facility == null) {
      for (Facility f : data.input.facilities()) {
        if (f.capacityMw() != null && data.facilityCodes().contains(f.code())) {
          capacity = (capacity == null ? 0 : capacity) + f.capacityMw();
        }
      }
    } else {
      capacity =
          data.input.facilities().stream()
              .filter(f -> f.code().equals(facility))
              .map(Facility::capacityMw)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
    }
    return new FacilitySummary(
        facility,
        capacity,
        data.mainFuelClass(facility),
        generation,
        supply,
        heat,
        fuelEnergy,
        fuelCo2,
        purchased,
        reported,
        heatShare,
        supplyIntensity,
        heatIntensity);
  }

  private static List<ProductIntensity> products(ReportData data, double co2) {
    Map<String, Double> tonnes = new LinkedHashMap<>();
    for (MonthlyEntry e : data.input.entries()) {
      Activity a = data.activity(e);
      if (a != null && a.kind() == ActivityKind.PRODUCT) {
        tonnes.merge(a.code(), data.tonnes(e), Double::sum);
      }
    }
    List<ProductIntensity> out = new ArrayList<>();
    tonnes.forEach(
        (code, t) -> out.add(new ProductIntensity(code, t, co2, t > 0 ? co2 / t : null)));
    return out;
  }

  /** The input with each entry's activity resolved and, once accounted, its result. */
  static final class ReportData {
    final ReportInput input;
    final Accountant accountant;
    final Map<Integer, RecordResult> results = new LinkedHashMap<>();

    ReportData(ReportInput input, Accountant accountant) {
      this.input = input;
      this.accountant = accountant;
    }

    Activity activity(MonthlyEntry e) {
      return activity(e.record().activity());
    }

    Activity activity(String code) {
      Optional<Activity> a = accountant.reference().classification().activity(code);
      return a.orElse(null);
    }

    /** Facilities with entries, in the order of the facility list, then of the entries. */
    Set<String> facilityCodes() {
      Set<String> withEntries = new LinkedHashSet<>();
      input.entries().forEach(e -> withEntries.add(e.facility()));
      Set<String> out = new LinkedHashSet<>();
      for (Facility f : input.facilities()) {
        if (withEntries.contains(f.code())) {
          out.add(f.code());
        }
      }
      out.addAll(withEntries);
      return out;
    }

    /**
     * The sum of a production quantity in {@code unit} over a facility (null: every facility) and
     * month (null: the year); null when no entry gives it.
     */
    Double production(String facility, String activity, Unit unit, Integer month) {
      Double sum = null;
      for (MonthlyEntry e : input.entries()) {
        Activity a = activity(e);
        if (a == null
            || !a.code().equals(activity)
            || (facility != null && !facility.equals(e.facility()))
            || (month != null && month != e.month())
            || e.record().unit().dimension() != unit.dimension()) {
          continue;
        }
        double v = e.record().amount() * e.record().unit().factorTo(unit);
        sum = sum == null ? v : sum + v;
      }
      return sum;
    }

    /** coal, gas or oil for a fossil fuel by its state; null for anything else. */
    static String fuelClass(Activity a) {
      if (a == null || a.kind() != ActivityKind.FOSSIL_FUEL) {
        return null;
      }
      return switch (a.state()) {
        case "SOLID" -> "coal";
        case "GAS" -> "gas";
        case "LIQUID" -> "oil";
        default -> null;
      };
    }

    /**
     * The fuel class (coal, gas, oil) with the most fuel CO2 at a facility (null: the whole
     * enterprise), which picks the bands of its heat rate and intensity; null without fossil fuel.
     */
    String mainFuelClass(String facility) {
      Map<String, Double> co2 = new LinkedHashMap<>();
      for (Map.Entry<Integer, RecordResult> en : results.entrySet()) {
        MonthlyEntry e = input.entries().get(en.getKey());
        String c = fuelClass(activity(e));
        if (c != null && (facility == null || facility.equals(e.facility()))) {
          co2.merge(c, en.getValue().total(Substance.CO2), Double::sum);
        }
      }
      return co2.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(null);
    }

    /** The entry's amount in tonnes (0 for an amount that is not a mass). */
    double tonnes(MonthlyEntry e) {
      Unit u = e.record().unit();
      return u.dimension() == Unit.T.dimension() ? e.record().amount() * u.factorTo(Unit.T) : 0;
    }

    /** FC × NCV in GJ from the entry's own NCV (or an amount given in energy); null otherwise. */
    Double fuelEnergyGj(MonthlyEntry e) {
      ActivityRecord r = e.record();
      if (r.unit().dimension() == Unit.GJ.dimension()) {
        return r.amount() * r.unit().factorTo(Unit.GJ);
      }
      if (r.ncv() == null || r.ncv().unit().denominator() == null) {
        return null;
      }
      Unit den = r.ncv().unit().denominator();
      if (den.dimension() != r.unit().dimension()) {
        return null;
      }
      return r.amount()
          * r.unit().factorTo(den)
          * r.ncv().value()
          * r.ncv().unit().factorTo(Unit.GJ, den);
    }
  }
}
