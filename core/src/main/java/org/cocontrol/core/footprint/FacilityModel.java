package org.cocontrol.core.footprint;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;

/**
 * A facility's year split into production processes: what it made, and which share of each record
 * belongs to which product. Shared by the footprint and the CBAM report so both divide the facility
 * the same way.
 *
 * <p>Each record goes, in this order, to:
 *
 * <ol>
 *   <li>the product it is the production record of (its process emissions are that product's);
 *   <li>a purchased precursor ({@link UpstreamFactor#precursor()}): the goods made here that list
 *       it as a precursor;
 *   <li>the best matching process boundary ({@link ProcessBoundary#match}) among the products made
 *       here;
 *   <li>otherwise it is shared: allocated by mass among the goods made here (GB/T 24067-2024 and
 *       ISO 14067 §6.4.6: physical relationship where subdivision is not possible).
 * </ol>
 *
 * Several products on one step share by mass (production in t).
 */
final class FacilityModel {

  /** The share of one record that belongs to a product, and why. */
  record Share(FacilityRecord record, double weight, String basis) {}

  final FootprintReference ref;
  final Map<String, Double> production = new LinkedHashMap<>();
  final Map<String, List<Share>> shares = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();

  FacilityModel(FootprintReference ref, List<FacilityRecord> records) {
    this.ref = ref;
    for (ProductDefinition p : ref.products()) {
      // One output may be reported under several sources (a cement plant's clinker under CEMENT
      // for the calcination CO2 and under CEMENT_KILN for the kiln's pollutants): the records of
      // one source are added, and the production is the largest source's sum, not their total.
      Map<String, CompensatedSum> bySource = new LinkedHashMap<>();
      for (FacilityRecord r : records) {
        if (r.activity().code().equals(p.activity())) {
          Double v = r.amountIn(p.unit());
          if (v == null) {
            notes.add(
                "产量单位不符 / production unit does not fit: record "
                    + r.recordId()
                    + " gives "
                    + r.unit().symbol()
                    + ", "
                    + p.code()
                    + " is declared per "
                    + p.unit().symbol());
          } else {
            bySource.computeIfAbsent(r.source().code(), k -> new CompensatedSum()).add(v);
          }
        }
      }
      double q = 0;
      for (CompensatedSum s : bySource.values()) {
        q = Math.max(q, s.value());
      }
      if (bySource.size() > 1) {
        notes.add(
            "同一产品在多个排放源下报告，按一次计 / "
                + p.code()
                + " is reported under "
                + bySource.keySet()
                + ": one output, counted once (the largest, "
                + q
                + " "
                + p.unit().symbol()
                + ")");
      }
      if (q > 0) {
        production.put(p.code(), q);
        shares.put(p.code(), new ArrayList<>());
      }
    }
    for (FacilityRecord r : records) {
      attribute(r);
    }
  }

  boolean produced(String product) {
    return production.containsKey(product);
  }

  double production(String product) {
    return production.getOrDefault(product, 0.0);
  }

  private void attribute(FacilityRecord r) {
    for (String p : production.keySet()) {
      if (ref.product(p).orElseThrow().activity().equals(r.activity().code())) {
        shares.get(p).add(new Share(r, 1, "生产记录 / production record"));
        return;
      }
    }
    UpstreamFactor u = ref.upstream(r.activity().code()).orElse(null);
    if (u != null && u.precursor() != null) {
      List<String> consumers = consumersOf(u.precursor());
      if (!consumers.isEmpty()) {
        byMass(r, consumers, "外购前体 / purchased precursor of");
        return;
      }
      notes.add(
          "外购前体无下游产品 / purchased precursor "
              + u.precursor()
              + " (record "
              + r.recordId()
              + ") is consumed by no good made here: allocated by mass");
    }
    int best = -1;
    List<String> matched = new ArrayList<>();
    for (ProcessBoundary b : ref.boundaries()) {
      if (!produced(b.product())) {
        continue;
      }
      int m = b.match(r.source().code(), r.technology());
      if (m > best) {
        best = m;
        matched.clear();
      }
      if (m == best && m >= 0 && !matched.contains(b.product())) {
        matched.add(b.product());
      }
    }
    if (best >= 0) {
      byMass(r, matched, "工序边界 / process boundary of");
      return;
    }
    if (production.isEmpty()) {
      return;
    }
    List<String> all = new ArrayList<>();
    for (String p : production.keySet()) {
      if (ref.product(p).orElseThrow().unit().dimension() == Unit.T.dimension()) {
        all.add(p);
      }
    }
    byMass(r, all.isEmpty() ? List.copyOf(production.keySet()) : all, "共用，按质量分配 / shared, by mass");
  }

  /** Shares a record among products in proportion to their production (w_P = Q_P / Σ Q). */
  private void byMass(FacilityRecord r, List<String> products, String basis) {
    double total = 0;
    for (String p : products) {
      total += production(p);
    }
    for (String p : products) {
      double w = production(p) / total;
      shares
          .get(p)
          .add(new Share(r, w, products.size() == 1 ? basis + " " + p : basis + " " + products));
    }
  }

  /**
   * The products made here, each after the precursors it uses (the reference has no cycles), so a
   * precursor's per-unit value is known when its consumer needs it.
   */
  List<String> precursorsFirst() {
    List<String> out = new ArrayList<>();
    for (String p : production.keySet()) {
      visit(p, out);
    }
    return out;
  }

  private void visit(String p, List<String> out) {
    if (out.contains(p)) {
      return;
    }
    for (String k : ref.product(p).orElseThrow().precursors()) {
      if (produced(k)) {
        visit(k, out);
      }
    }
    out.add(p);
  }

  /** The goods made here that list {@code precursor} among their precursors. */
  List<String> consumersOf(String precursor) {
    List<String> out = new ArrayList<>();
    for (String p : production.keySet()) {
      if (ref.product(p).orElseThrow().precursors().contains(precursor)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The quantity of an own-made precursor that {@code consumer} uses: all of the precursor's
   * production, shared by mass among the goods here that consume it (t).
   */
  double ownPrecursorUse(String precursor, String consumer) {
    List<String> consumers = consumersOf(precursor);
    double total = 0;
    for (String c : consumers) {
      total += production(c);
    }
    return consumers.contains(consumer) ? production(precursor) * production(consumer) / total : 0;
  }

  // ---------------------------------------------------------------- per-record quantities

  /** t CO2e of the record's lines in the given scopes under a GWP set; air pollutants add 0. */
  static double co2e(
      FacilityRecord r, GwpTable gwp, GwpSet set, List<String> notes, Scope... scopes) {
    double t = 0;
    for (FacilityLine l : r.lines()) {
      if (!l.substance().isGreenhouseGas() || !in(l.scope(), scopes)) {
        continue;
      }
      var g = gwp.gwp(l.substance(), set);
      if (g.isEmpty()) {
        ProductFootprint.note(
            notes, "缺少GWP / no " + set + " GWP for " + l.substance().code() + ": left out of CO2e");
        continue;
      }
      t += l.tonnes() * g.getAsDouble();
    }
    return t;
  }

  /** Tonnes of each greenhouse gas of the record's direct lines. */
  static Map<Substance, Double> directGases(FacilityRecord r) {
    Map<Substance, Double> out = new EnumMap<>(Substance.class);
    for (FacilityLine l : r.lines()) {
      if (l.scope() == Scope.DIRECT && l.substance().isGreenhouseGas()) {
        out.merge(l.substance(), l.tonnes(), Double::sum);
      }
    }
    return out;
  }

  static boolean isHeat(FacilityRecord r) {
    ActivityKind k = r.activity().kind();
    return k == ActivityKind.HEAT_PURCHASED || k == ActivityKind.HEAT_EXPORTED;
  }

  static boolean isPurchasedElectricity(FacilityRecord r) {
    return r.activity().kind() == ActivityKind.ELECTRICITY_PURCHASED;
  }

  private static boolean in(Scope s, Scope... scopes) {
    for (Scope x : scopes) {
      if (x == s) {
        return true;
      }
    }
    return false;
  }
}
