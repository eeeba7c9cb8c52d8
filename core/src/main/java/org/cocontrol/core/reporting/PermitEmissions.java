package org.cocontrol.core.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.text.Message;

/**
 * The pollutant part of the permit execution report: the actual emissions of each outlet are the
 * pollutant lines of the entries of the facilities discharging through it (the permit's outlet
 * list, else the facility's own), by month and year, against the permitted annual tonnes. A
 * facility with no outlet is listed apart (outlet null). A facility named by several outlets is
 * counted once, at the first (no data says how its flue gas divides): a warning says so.
 */
final class PermitEmissions {

  static final String NO_OUTLET = "RPT-PERMIT-NO-OUTLET";
  static final String SHARED_OUTLET = "RPT-PERMIT-SHARED-OUTLET";

  private PermitEmissions() {}

  static List<OutletEmission> outlets(
      ReportInput input, Reporting.ReportData data, List<Check> checks) {
    List<PermitOutlet> permitOutlets =
        input.permit() == null ? List.of() : input.permit().outlets();
    Map<String, List<String>> outletsOf = new LinkedHashMap<>();
    for (PermitOutlet o : permitOutlets) {
      for (String f : o.facilities()) {
        outletsOf.computeIfAbsent(f, k -> new ArrayList<>()).add(o.code());
      }
    }
    for (Facility f : input.facilities()) {
      for (String o : f.outlets()) {
        List<String> list = outletsOf.computeIfAbsent(f.code(), k -> new ArrayList<>());
        if (!list.contains(o)) {
          list.add(o);
        }
      }
    }
    // outlet code (null: none) → substance → 12 months
    Map<String, Map<Substance, Double[]>> byOutlet = new LinkedHashMap<>();
    Map<String, Set<String>> facilitiesOf = new LinkedHashMap<>();
    for (PermitOutlet o : permitOutlets) {
      byOutlet.put(o.code(), new EnumMap<>(Substance.class));
      facilitiesOf.put(o.code(), new LinkedHashSet<>());
    }
    Set<String> warned = new LinkedHashSet<>();
    for (Map.Entry<Integer, RecordResult> en : data.results.entrySet()) {
      MonthlyEntry e = input.entries().get(en.getKey());
      List<String> outlets = outletsOf.getOrDefault(e.facility(), List.of());
      String outlet = outlets.isEmpty() ? null : outlets.get(0);
      if (outlets.size() > 1 && warned.add(e.facility())) {
        checks.add(
            new Check(
                SHARED_OUTLET,
                Severity.WARNING,
                new Message(
                    "设施" + e.facility() + "对应多个排放口" + outlets + "，其排放量全部计入" + outlet,
                    "facility "
                        + e.facility()
                        + " discharges through several outlets "
                        + outlets
                        + "; its emissions are all listed under "
                        + outlet),
                new Location(e.facility(), null, "outlets")));
      }
      Map<Substance, Double[]> months =
          byOutlet.computeIfAbsent(outlet, k -> new EnumMap<>(Substance.class));
      for (EmissionLine l : en.getValue().lines()) {
        if (Reporting.counts(ReportKind.PERMIT, null, l)) {
          facilitiesOf.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(e.facility());
          Double[] m = months.computeIfAbsent(l.substance(), k -> new Double[12]);
          int i = e.month() - 1;
          m[i] = (m[i] == null ? 0 : m[i]) + l.tonnes();
        }
      }
    }
    List<OutletEmission> out = new ArrayList<>();
    for (Map.Entry<String, Map<Substance, Double[]>> o : byOutlet.entrySet()) {
      PermitOutlet permitOutlet =
          permitOutlets.stream().filter(p -> p.code().equals(o.getKey())).findFirst().orElse(null);
      Map<Substance, Double[]> substances = new EnumMap<>(o.getValue());
      if (permitOutlet != null) {
        for (PermitLimit limit : permitOutlet.limits()) {
          substances.computeIfAbsent(limit.substance(), k -> new Double[12]);
        }
      }
      for (Map.Entry<Substance, Double[]> s : substances.entrySet()) {
        double annual = 0;
        for (Double v : s.getValue()) {
          annual += v == null ? 0 : v;
        }
        Double permitted = null;
        if (permitOutlet != null) {
          for (PermitLimit limit : permitOutlet.limits()) {
            if (limit.substance() == s.getKey() && limit.annualT() != null) {
              permitted = limit.annualT();
            }
          }
        }
        Double share = permitted != null && permitted > 0 ? annual / permitted : null;
        out.add(
            new OutletEmission(
                o.getKey(),
                permitOutlet == null ? null : permitOutlet.name(),
                List.copyOf(facilitiesOf.getOrDefault(o.getKey(), Set.of())),
                s.getKey(),
                s.getValue(),
                annual,
                permitted,
                share));
      }
      if (o.getKey() == null) {
        for (String f : facilitiesOf.getOrDefault(null, Set.of())) {
          checks.add(
              new Check(
                  NO_OUTLET,
                  Severity.WARNING,
                  new Message(
                      "设施" + f + "未对应许可证中的排放口，其排放量单独列出",
                      "facility " + f + " has no permit outlet; its emissions are listed apart"),
                  new Location(f, null, "outlets")));
        }
      }
    }
    return out;
  }
}
