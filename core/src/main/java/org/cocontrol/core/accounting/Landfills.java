package org.cocontrol.core.accounting;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cocontrol.core.parameter.ParameterKind;
import org.cocontrol.core.parameter.ResolvedParameter;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.waste.FirstOrderDecay;

/**
 * Landfill CH4 of whole sites (IPCC 4.A): the records of one site (entity + region + technology,
 * the site type) are accounted together, because the CH4 of year T comes from every earlier
 * deposit. The record of year T gets the CH4 emitted in year T:
 *
 * <pre>
 *   DDOCmd_y   = W_y × DOC × DOCf × MCF                         (IPCC 2006 Vol.5 Eq. 3.2)
 *   decomposed = first-order decay of the DDOCmd series         ({@link FirstOrderDecay}, Eq. 3.4–3.5)
 *   CH4 generated_T = decomposed_T × F × 16/12                   (Eq. 3.6)
 *   CH4 emitted_T   = (generated_T − R_T) × (1 − OX)             (Eq. 3.1)
 * </pre>
 *
 * <b>Deposits not reported.</b> Before the site's first reported year, {@code HISTORY_YEARS} years
 * are estimated from the first year's deposit scaled by the driver's growth g ({@code
 * HISTORY_GROWTH}): W_y = W_first × (1 + g)^(y − first) (IPCC 2006 Vol.5 §3.2.2: back-extrapolation
 * with population or GDP, or a constant when g = 0); a year between two reported years is
 * interpolated linearly; after the last reported deposit the site is taken as closed (no deposit).
 * Each is named in the trail. The parameters of a year without a deposit record are those of the
 * nearest earlier reported year (the first year's before it).
 *
 * <p><b>Recovery.</b> CH4 recovered ({@code ch4_recovered} records of the site) is R_T of its year.
 * When the site has deposit records that year, their line deducts it and the recovery record gets a
 * zero line saying so; otherwise the recovery record carries the year's FOD line itself. A site
 * with recovery records and no deposit records at all deducts −R × (1 − OX) on each. Recovery above
 * generation leaves zero, and the line says so.
 */
final class Landfills {

  /** What the site's accounting gave one record. */
  record Outcome(List<EmissionLine> lines, List<String> gaps) {}

  private record SiteKey(String entity, String region, String technology) {}

  /** One reported deposit with its parameters. */
  private record Deposit(
      Calculation c,
      double w,
      ResolvedParameter doc,
      ResolvedParameter docf,
      ResolvedParameter mcf,
      ResolvedParameter k,
      ResolvedParameter f,
      ResolvedParameter ox) {
    double ddocm() {
      // DDOCm [t] = W [t] × DOC × DOCf × MCF
      return w
          * doc.parameter().asFraction()
          * docf.parameter().asFraction()
          * mcf.parameter().asFraction();
    }
  }

  private static final String ESTIMATED = "estimated";

  private Landfills() {}

  /**
   * Accounts landfill deposit and 4.A recovery records, site by site.
   *
   * @return each calculation's outcome (by identity)
   */
  static Map<Calculation, Outcome> account(List<Calculation> records) {
    Map<SiteKey, List<Calculation>> sites = new LinkedHashMap<>();
    for (Calculation c : records) {
      ActivityRecord r = c.record();
      sites
          .computeIfAbsent(
              new SiteKey(r.entityId(), r.region().toString(), r.technology()),
              k -> new ArrayList<>())
          .add(c);
    }
    Map<Calculation, Outcome> out = new IdentityHashMap<>();
    sites.forEach((key, site) -> site(key, site, out));
    return out;
  }

  private static void site(SiteKey key, List<Calculation> site, Map<Calculation, Outcome> out) {
    List<Deposit> deposits = new ArrayList<>();
    List<Calculation> recoveries = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Calculation c : site) {
      if (c.isLandfillRecovery()) {
        recoveries.add(c);
        continue;
      }
      Optional<ResolvedParameter> doc = c.resolve(ParameterKind.DOC);
      Optional<ResolvedParameter> docf = c.resolve(ParameterKind.DOC_F);
      Optional<ResolvedParameter> mcf = c.resolve(ParameterKind.MCF);
      Optional<ResolvedParameter> k = c.resolve(ParameterKind.DECAY_RATE);
      Optional<ResolvedParameter> f = c.resolve(ParameterKind.CH4_FRACTION);
      Optional<ResolvedParameter> ox = c.resolve(ParameterKind.OXIDATION);
      List<String> none = new ArrayList<>();
      addIfEmpty(none, doc, "DOC");
      addIfEmpty(none, docf, "DOCf");
      addIfEmpty(none, mcf, "MCF");
      addIfEmpty(none, k, "k");
      addIfEmpty(none, f, "F");
      addIfEmpty(none, ox, "OX");
      if (!none.isEmpty()) {
        missing.add(
            String.join(", ", none)
                + " for record "
                + c.record().recordId()
                + " ("
                + c.record().year()
                + ")");
        continue;
      }
      deposits.add(
          new Deposit(c, c.tonnes(), doc.get(), docf.get(), mcf.get(), k.get(), f.get(), ox.get()));
    }
    if (!missing.isEmpty()) {
      String gap =
          Substance.CH4.code()
              + ": landfill site "
              + describe(key)
              + " cannot be accounted: no "
              + String.join("; no ", missing);
      for (Calculation c : site) {
        out.put(c, new Outcome(List.of(), List.of(gap)));
      }
      return;
    }
    if (deposits.isEmpty()) {
      recoveryAlone(recoveries, out);
      return;
    }
    new Series(key, deposits, recoveries).account(out);
  }

  private static void addIfEmpty(List<String> none, Optional<?> p, String name) {
    if (p.isEmpty()) {
      none.add(name);
    }
  }

  private static String describe(SiteKey key) {
    return (key.entity().isEmpty() ? "" : key.entity() + " ")
        + key.region()
        + " "
        + (key.technology() == null ? "(no site type)" : key.technology());
  }

  /** A site with recovery records and no deposit: each deducts −R × (1 − OX). */
  private static void recoveryAlone(List<Calculation> recoveries, Map<Calculation, Outcome> out) {
    for (Calculation c : recoveries) {
      Optional<ResolvedParameter> ox = c.resolve(ParameterKind.OXIDATION);
      if (ox.isEmpty()) {
        out.put(
            c,
            new Outcome(
                List.of(),
                List.of(
                    Substance.CH4.code()
                        + ": no OX for recovered CH4 of "
                        + c.record().recordId())));
        continue;
      }
      List<ParameterUse> trail = new ArrayList<>();
      trail.add(ParameterUse.fromRecord("R", c.tonnes(), "t", "amount"));
      trail.add(ParameterUse.of("OX", ox.get()));
      trail.add(
          ParameterUse.rule(
              "no deposit of this site is reported: the recovered CH4 is deducted as −R × (1 − OX)"));
      out.put(
          c,
          new Outcome(
              List.of(
                  new EmissionLine(
                      Substance.CH4,
                      -c.tonnes() * (1 - ox.get().parameter().asFraction()),
                      Scope.DIRECT,
                      Method.CH4_RECOVERY,
                      trail)),
              List.of()));
    }
  }

  /** One site's deposit series, run through the FOD. */
  private static final class Series {
    private final SiteKey key;
    private final TreeMap<Integer, List<Deposit>> byYear = new TreeMap<>();
    private final TreeMap<Integer, List<Calculation>> recoveriesByYear = new TreeMap<>();

    /** DDOCm deposited by year, with how it was obtained. */
    private final TreeMap<Integer, Double> ddocm = new TreeMap<>();

    private final Map<Integer, String> how = new LinkedHashMap<>();
    private final List<ParameterUse> historyRule = new ArrayList<>();

    Series(SiteKey key, List<Deposit> deposits, List<Calculation> recoveries) {
      this.key = key;
      for (Deposit d : deposits) {
        byYear.computeIfAbsent(d.c().record().year(), y -> new ArrayList<>()).add(d);
      }
      for (Calculation c : recoveries) {
        recoveriesByYear.computeIfAbsent(c.record().year(), y -> new ArrayList<>()).add(c);
      }
    }

    /** The parameters that apply in a year: its own deposit's, else the nearest earlier's. */
    private Deposit params(int year) {
      Map.Entry<Integer, List<Deposit>> e = byYear.floorEntry(year);
      return (e == null ? byYear.firstEntry() : e).getValue().get(0);
    }

    void account(Map<Calculation, Outcome> out) {
      int first = byYear.firstKey();
      int last = byYear.lastKey();
      Deposit firstDeposit = byYear.firstEntry().getValue().get(0);
      int historyYears = 0;
      double growth = 0;
      Optional<ResolvedParameter> n = firstDeposit.c().resolve(ParameterKind.HISTORY_YEARS);
      Optional<ResolvedParameter> g = firstDeposit.c().resolve(ParameterKind.HISTORY_GROWTH);
      if (n.isPresent()) {
        historyYears = (int) Math.round(n.get().parameter().asFraction());
        historyRule.add(ParameterUse.of("history years", n.get()));
      }
      if (g.isPresent()) {
        growth = g.get().parameter().asFraction();
        historyRule.add(ParameterUse.of("history growth g", g.get()));
      }
      historyRule.add(
          ParameterUse.rule(
              "deposits before "
                  + first
                  + " estimated for "
                  + historyYears
                  + " years as W_y = W_"
                  + first
                  + " × (1 + g)^(y − "
                  + first
                  + ") (IPCC 2006 Vol.5 §3.2.2); a year between reported years"
                  + " interpolated; none after the last reported deposit (site closed)"));
      double firstDdocm = sum(byYear.get(first));
      int from = first - historyYears;
      int to = last;
      if (!recoveriesByYear.isEmpty()) {
        from = Math.min(from, recoveriesByYear.firstKey());
        to = Math.max(to, recoveriesByYear.lastKey());
      }
      List<FirstOrderDecay.Input> inputs = new ArrayList<>();
      for (int y = from; y <= to; y++) {
        double d;
        if (byYear.containsKey(y)) {
          d = sum(byYear.get(y));
          how.put(y, "records " + ids(byYear.get(y)));
        } else if (y < first - historyYears) {
          d = 0;
          how.put(y, "before the estimated history: none");
        } else if (y < first) {
          d = firstDdocm * Math.pow(1 + growth, y - first);
          how.put(y, ESTIMATED);
        } else if (y > last) {
          d = 0;
          how.put(y, "after the last reported deposit: none");
        } else {
          int below = byYear.lowerKey(y);
          int above = byYear.higherKey(y);
          double a = sum(byYear.get(below));
          double b = sum(byYear.get(above));
          d = a + (b - a) * (y - below) / (double) (above - below);
          how.put(y, "interpolated between " + below + " and " + above);
        }
        ddocm.put(y, d);
        inputs.add(new FirstOrderDecay.Input(y, d, params(y).k().parameter().asFraction()));
      }
      List<FirstOrderDecay.Year> decay =
          FirstOrderDecay.run(inputs, FirstOrderDecay.DEFAULT_DELAY_MONTHS);
      Map<Integer, FirstOrderDecay.Year> byDecayYear = new TreeMap<>();
      for (FirstOrderDecay.Year y : decay) {
        byDecayYear.put(y.year(), y);
      }
      for (int year : reportedYears()) {
        yearLines(year, byDecayYear.get(year), out);
      }
    }

    private java.util.SortedSet<Integer> reportedYears() {
      java.util.SortedSet<Integer> years = new java.util.TreeSet<>(byYear.keySet());
      years.addAll(recoveriesByYear.keySet());
      return years;
    }

    private void yearLines(int year, FirstOrderDecay.Year state, Map<Calculation, Outcome> out) {
      Deposit p = params(year);
      double f = p.f().parameter().asFraction();
      double ox = p.ox().parameter().asFraction();
      List<Calculation> recovered = recoveriesByYear.getOrDefault(year, List.of());
      double r = 0;
      for (Calculation c : recovered) {
        r += c.tonnes();
      }
      // CH4 generated [t] = DDOCm decomposed × F × 16/12; emitted = (generated − R) × (1 − OX)
      double generated = state.decomposed() * f * FirstOrderDecay.CH4_PER_C;
      double net = generated - r;
      double emitted = Math.max(net, 0) * (1 - ox);
      List<ParameterUse> trail = new ArrayList<>();
      trail.add(
          ParameterUse.rule(
              "FOD site "
                  + describe(key)
                  + ": IPCC 2006 Vol.5 Eq. 3.1–3.6, decay from 1 January after deposit (delay "
                  + (int) FirstOrderDecay.DEFAULT_DELAY_MONTHS
                  + " months, IPCC Waste Model)"));
      trail.addAll(historyRule);
      Integer estimatedFrom = null;
      double estimated = 0;
      for (Map.Entry<Integer, Double> d : ddocm.headMap(year, true).entrySet()) {
        int y = d.getKey();
        if (!how.get(y).equals(ESTIMATED)) {
          trail.add(
              ParameterUse.derived("DDOCmd " + y + " (" + how.get(y) + ")", d.getValue(), "t"));
          continue;
        }
        // the estimated years in one entry, their sum (each is DDOCmd_first × (1 + g)^(y − first))
        estimatedFrom = estimatedFrom == null ? y : estimatedFrom;
        estimated += d.getValue();
        if (y == year || !ESTIMATED.equals(how.get(y + 1))) {
          trail.add(
              ParameterUse.derived(
                  "DDOCmd " + estimatedFrom + "–" + y + " (estimated, sum)", estimated, "t"));
        }
      }
      trail.add(ParameterUse.of("DOC", p.doc()));
      trail.add(ParameterUse.of("DOCf", p.docf()));
      trail.add(ParameterUse.of("MCF", p.mcf()));
      trail.add(ParameterUse.of("k", p.k()));
      trail.add(ParameterUse.derived("DDOCma " + (year - 1), state.ddocmaBefore(), "t"));
      trail.add(ParameterUse.derived("DDOCm decomposed " + year, state.decomposed(), "t"));
      trail.add(ParameterUse.derived("DDOCma " + year, state.ddocma(), "t"));
      trail.add(ParameterUse.of("F", p.f()));
      trail.add(ParameterUse.derived("CH4 generated " + year, generated, "t"));
      for (Calculation c : recovered) {
        trail.add(
            ParameterUse.fromRecord(
                "R (record " + c.record().recordId() + ")", c.tonnes(), "t", "amount"));
      }
      trail.add(ParameterUse.of("OX", p.ox()));
      if (net < 0) {
        trail.add(
            ParameterUse.rule(
                "recovered CH4 (" + r + " t) exceeds CH4 generated: emitted set to 0 / 回收量超过产生量"));
      }
      List<Deposit> deposits = byYear.get(year);
      if (deposits != null) {
        double total = 0;
        for (Deposit d : deposits) {
          total += d.w();
        }
        for (Deposit d : deposits) {
          double share = total > 0 ? d.w() / total : 1.0 / deposits.size();
          out.put(
              d.c(), new Outcome(List.of(line(emitted, share, deposits.size(), trail)), List.of()));
        }
        for (Calculation c : recovered) {
          out.put(
              c,
              new Outcome(
                  List.of(
                      new EmissionLine(
                          Substance.CH4,
                          0,
                          Scope.DIRECT,
                          Method.CH4_RECOVERY,
                          List.of(
                              ParameterUse.fromRecord("R", c.tonnes(), "t", "amount"),
                              ParameterUse.rule(
                                  "deducted in the first_order_decay line of record(s) "
                                      + ids(deposits))))),
                  List.of()));
        }
        return;
      }
      double total = r;
      for (Calculation c : recovered) {
        double share = total > 0 ? c.tonnes() / total : 1.0 / recovered.size();
        out.put(c, new Outcome(List.of(line(emitted, share, recovered.size(), trail)), List.of()));
      }
    }

    private static EmissionLine line(
        double emitted, double share, int records, List<ParameterUse> trail) {
      List<ParameterUse> t = new ArrayList<>(trail);
      if (records > 1) {
        t.add(ParameterUse.derived("share of the year's records", share, "fraction"));
      }
      return new EmissionLine(
          Substance.CH4, emitted * share, Scope.DIRECT, Method.FIRST_ORDER_DECAY, t);
    }

    private static double sum(List<Deposit> deposits) {
      double s = 0;
      for (Deposit d : deposits) {
        s += d.ddocm();
      }
      return s;
    }

    private static String ids(List<Deposit> deposits) {
      List<String> ids = new ArrayList<>();
      for (Deposit d : deposits) {
        ids.add(d.c().record().recordId());
      }
      return String.join(",", ids);
    }
  }
}
