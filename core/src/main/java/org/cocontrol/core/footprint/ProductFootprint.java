package org.cocontrol.core.footprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;

/**
 * The cradle-to-gate carbon footprint of one product of a facility in a year (GB/T 24067-2024, ISO
 * 14067:2018), in t CO2e under a GWP set.
 *
 * <pre>
 * CFP_P [t CO2e]  = D_P + I_P + U_P + Σ_k q_k→P × cfp_k
 *   D_P  = Σ_r w_r,P × Σ_g E_r,g(direct) × GWP_g          direct emissions of the process
 *   I_P  = Σ_r w_r,P × E_r(indirect + exported)            purchased electricity and heat
 *   U_P  = Σ_r w_r,P × A_r × UF_r                          cradle of purchased fuels and inputs
 *   q_k→P [t] = Q_k × Q_P / Σ_{c consumes k} Q_c           own precursor k used by P
 * cfp_P [t CO2e/unit] = CFP_P / Q_P
 * </pre>
 *
 * w_r,P is the share of record r that belongs to P ({@link FacilityModel}); A_r the record's amount
 * in the factor's unit, UF_r its upstream factor (t CO2e per unit); Q production.
 *
 * @param production Q_P in {@code unit}
 * @param directT D_P, t CO2e
 * @param indirectT I_P, t CO2e
 * @param upstreamT U_P, t CO2e (purchased precursors included)
 * @param ownPrecursorsT Σ q_k→P × cfp_k, t CO2e
 * @param totalT CFP_P, t CO2e
 * @param perUnit cfp_P, t CO2e per unit
 * @param contributions each record's part, for the provenance
 */
public record ProductFootprint(
    String product,
    String nameZh,
    String nameEn,
    String unit,
    double production,
    GwpSet gwpSet,
    double directT,
    double indirectT,
    double upstreamT,
    double ownPrecursorsT,
    double totalT,
    double perUnit,
    List<Contribution> contributions) {

  public ProductFootprint {
    contributions = List.copyOf(contributions);
  }

  /**
   * One record's (or own precursor's) part of a footprint.
   *
   * @param component {@code direct}, {@code indirect}, {@code upstream} or {@code precursor}
   * @param share the record's share w_r,P (1 for an own precursor)
   */
  public record Contribution(
      String recordId,
      String activity,
      String component,
      double share,
      double tCo2e,
      String basis) {}

  /** The footprints of every product made in the facility's year, precursors first. */
  static List<ProductFootprint> of(FacilityModel m, GwpTable gwp, GwpSet set, List<String> notes) {
    Map<String, ProductFootprint> done = new LinkedHashMap<>();
    for (String p : m.precursorsFirst()) {
      done.put(p, compute(p, m, gwp, set, notes, done));
    }
    return List.copyOf(done.values());
  }

  private static ProductFootprint compute(
      String code,
      FacilityModel m,
      GwpTable gwp,
      GwpSet set,
      List<String> notes,
      Map<String, ProductFootprint> done) {
    ProductDefinition def = m.ref.product(code).orElseThrow();
    List<Contribution> parts = new ArrayList<>();
    double direct = 0;
    double indirect = 0;
    double upstream = 0;
    for (FacilityModel.Share s : m.shares.get(code)) {
      FacilityRecord r = s.record();
      double d = s.weight() * FacilityModel.co2e(r, gwp, set, notes, Scope.DIRECT);
      double i =
          s.weight() * FacilityModel.co2e(r, gwp, set, notes, Scope.INDIRECT, Scope.EXPORTED);
      double u = s.weight() * upstream(r, m, notes);
      direct += d;
      indirect += i;
      upstream += u;
      add(parts, r, "direct", s, d);
      add(parts, r, "indirect", s, i);
      add(parts, r, "upstream", s, u);
    }
    double own = 0;
    for (String k : def.precursors()) {
      if (m.produced(k)) {
        ProductFootprint pk = done.get(k);
        double q = m.ownPrecursorUse(k, code);
        double t = q * pk.perUnit();
        own += t;
        parts.add(
            new Contribution(
                "", k, "precursor", 1, t, "自产前体 / own precursor " + k + " " + q + " t"));
      }
    }
    double production = m.production(code);
    double total = direct + indirect + upstream + own;
    ProductFootprint f =
        new ProductFootprint(
            code,
            def.nameZh(),
            def.nameEn(),
            def.unit().symbol(),
            production,
            set,
            direct,
            indirect,
            upstream,
            own,
            total,
            total / production,
            parts);
    return f;
  }

  private static void add(
      List<Contribution> parts,
      FacilityRecord r,
      String component,
      FacilityModel.Share s,
      double t) {
    if (t != 0) {
      parts.add(
          new Contribution(r.recordId(), r.activity().code(), component, s.weight(), t, s.basis()));
    }
  }

  /**
   * A record's cradle emissions: A_r [unit] × UF [t CO2e/unit]; 0 for what has none (products,
   * electricity and heat, whose supply is in their indirect factor). A purchased fuel or input
   * without a factor is named in the notes: its upstream is not estimated, not zero.
   */
  static double upstream(FacilityRecord r, FacilityModel m, List<String> notes) {
    ActivityKind k = r.activity().kind();
    boolean bought =
        k == ActivityKind.FOSSIL_FUEL
            || k == ActivityKind.BIOMASS_FUEL
            || k == ActivityKind.PURCHASED_INPUT;
    if (!bought) {
      return 0;
    }
    UpstreamFactor u = m.ref.upstream(r.activity().code()).orElse(null);
    if (u == null) {
      note(notes, "上游未估算 / upstream not estimated: no upstream factor for " + r.activity().code());
      return 0;
    }
    Double a = r.amountIn(u.unit());
    if (a == null) {
      note(
          notes,
          "上游未估算 / upstream not estimated: record "
              + r.recordId()
              + " is in "
              + r.unit().symbol()
              + ", the upstream factor of "
              + u.activity()
              + " is per "
              + u.unit().symbol());
      return 0;
    }
    return a * u.tCo2ePerUnit();
  }

  static void note(List<String> notes, String text) {
    if (!notes.contains(text)) {
      notes.add(text);
    }
  }
}
