package org.cocontrol.core.accounting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.classification.Control;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.ParameterKind;
import org.cocontrol.core.parameter.ParameterQuery;
import org.cocontrol.core.parameter.ResolvedParameter;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.substance.Co2e;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Dimension;
import org.cocontrol.core.unit.Unit;

/**
 * The accounting of one activity record. Created per record, used once. All quantities are in base
 * units: t (mass), GJ (energy), m3 (volume), head, ha; emissions in t of the substance.
 */
final class Calculation {

  /** Mass ratio CO2/C used by the national guidelines and IPCC (44/12). */
  private static final double CO2_PER_C = 44.0 / 12.0;

  /** Mass ratio SO2/S as the 系数手册 writes it (2; the molar ratio is 64.06/32.06 = 1.998). */
  private static final double SO2_PER_S = 2.0;

  /**
   * First compliance year whose ETS power reports cover fuel combustion only: purchased electricity
   * left the scope with 环办气候函〔2023〕43号 and the 2023–2024 allocation plan (methods-china §1.2, V2).
   */
  static final int ETS_POWER_WITHOUT_PURCHASED_ELECTRICITY_FROM = 2023;

  /**
   * Air pollutants every record is accounted for, PM before PM10/PM2.5 (their shares use PM
   * generated).
   */
  static final List<Substance> AIR_POLLUTANTS =
      List.of(
          Substance.SO2,
          Substance.NOX,
          Substance.PM,
          Substance.PM10,
          Substance.PM25,
          Substance.VOCS,
          Substance.NH3,
          Substance.CO);

  final ReferenceData ref;
  final AccountingOptions options;
  final ActivityRecord r;
  final Activity activity;
  private final SourceCategory source;
  final List<Control> controls = new ArrayList<>();
  final ParameterQuery base;

  final List<EmissionLine> lines = new ArrayList<>();
  private final List<String> gaps = new ArrayList<>();

  /** Tonnes removed by each control (by its position in the record's list), per substance. */
  private final Map<Substance, double[]> removed = new EnumMap<>(Substance.class);

  private Generated pmGenerated;

  /** The lines a landfill site's batch accounting gave this record (null: account it alone). */
  private Landfills.Outcome landfillOutcome;

  Calculation(ReferenceData ref, AccountingOptions options, ActivityRecord r) {
    this.ref = ref;
    this.options = options;
    this.r = r;
    this.activity =
        ref.classification()
            .activity(r.activity())
            .orElseThrow(
                () ->
                    new AccountingException("activity", "unknown activity '" + r.activity() + "'"));
    this.source =
        ref.classification()
            .source(r.source())
            .orElseThrow(
                () ->
                    new AccountingException(
                        "source",
                        "unknown source '"
                            + r.source()
                            + "': neither a project source code nor an IPCC 2006 category"));
    if (!activity.kind().allowedDimensions().contains(r.unit().dimension())) {
      throw new AccountingException(
          "unit",
          "unit "
              + r.unit().symbol()
              + " does not fit activity "
              + activity.code()
              + " (allowed: "
              + activity.kind().allowedDimensions()
              + ")");
    }
    for (ControlSpec spec : r.controls()) {
      controls.add(
          ref.classification()
              .control(spec.code())
              .orElseThrow(
                  () ->
                      new AccountingException(
                          "controls", "unknown control '" + spec.code() + "'")));
    }
    this.base =
        new ParameterQuery(
            ParameterKind.NCV,
            null,
            activity.factorActivity(),
            source.code(),
            source.ipcc(),
            r.technology(),
            r.region().toString(),
            r.entityId(),
            r.year(),
            options.scheme());
  }

  RecordResult run() {
    ActivityKind kind = activity.kind();
    if (kind == ActivityKind.PRODUCTION_DATA) {
      // Generation, supply, heat supplied and coal stock are report data, not sources: no lines,
      // and no gaps either (nothing is missing when nothing is emitted).
      return new RecordResult(r, source, activity, lines, co2e(), gaps);
    }
    if (kind.isIndirect()) {
      indirect();
    } else if (kind == ActivityKind.RECOVERED_CH4) {
      recovery();
    } else if (ProductUse.accounts(kind)) {
      new ProductUse(this).run();
    } else {
      if (kind.isFuel()) {
        combustionCo2();
      }
      if (isLandfill()) {
        landfill();
      } else if (kind == ActivityKind.SOLID_WASTE) {
        incinerationCo2();
      }
      if (kind == ActivityKind.WASTEWATER) {
        wastewater();
      }
      otherGreenhouseGases();
      for (Substance p : AIR_POLLUTANTS) {
        pollutant(p);
      }
      keepParticleSizesNested();
      sideEffects();
    }
    applyMeasured();
    return new RecordResult(r, source, activity, lines, co2e(), gaps);
  }

  // ---------------------------------------------------------------- greenhouse gases

  private void combustionCo2() {
    Scope scope = activity.kind() == ActivityKind.BIOMASS_FUEL ? Scope.BIOGENIC : Scope.DIRECT;
    RateValue cc = r.carbonContent();
    if (cc != null
        && cc.unit().denominator() != null
        && cc.unit().denominator().dimension() == Dimension.MASS) {
      // Power-facility guideline coal branch: E = FC × C_ar × OF × 44/12, C_ar as received (tC/t).
      Converted fc = amountIn(Dimension.MASS);
      Factor of = oxidation();
      if (fc == null || of == null) {
        gap(
            Substance.CO2,
            fc == null ? "needs the fuel mass (give amount in t or an NCV)" : "no oxidation rate");
        return;
      }
      double car = cc.value() * cc.unit().factorTo(Unit.T, Unit.T);
      List<ParameterUse> trail = new ArrayList<>(fc.trail);
      trail.add(
          ParameterUse.fromRecord("C_ar", cc.value(), cc.unit().toString(), "carbon_content"));
      trail.add(of.use);
      add(
          Substance.CO2,
          fc.value * car * of.value * CO2_PER_C,
          scope,
          Method.COMBUSTION_TIER2_CAR,
          trail);
      return;
    }
    if (options.tier() != AccountingOptions.Tier.TIER1) {
      Factor c = carbonContentPerEnergy();
      if (c != null) {
        Converted energy = amountIn(Dimension.ENERGY);
        Factor of = oxidation();
        if (energy == null || of == null) {
          gap(
              Substance.CO2,
              energy == null
                  ? "no calorific value to turn the amount into energy"
                  : "no oxidation rate");
          return;
        }
        // E [t CO2] = energy [GJ] × CC [tC/GJ] × OF × 44/12
        List<ParameterUse> trail = new ArrayList<>(energy.trail);
        trail.add(c.use);
        trail.add(of.use);
        add(
            Substance.CO2,
            energy.value * c.value * of.value * CO2_PER_C,
            scope,
            Method.COMBUSTION_TIER2,
            trail);
        return;
      }
      if (options.tier() == AccountingOptions.Tier.TIER2) {
        gap(Substance.CO2, "tier 2 asked for but no carbon content is known");
        return;
      }
    }
    Optional<ResolvedParameter> ef =
        resolve(base.with(ParameterKind.EMISSION_FACTOR, Substance.CO2));
    if (ef.isEmpty()
        || !factorLine(Substance.CO2, ef.get(), "EF", scope, Method.COMBUSTION_TIER1)) {
      gap(Substance.CO2, "no carbon content and no CO2 emission factor");
    }
  }

  /**
   * CH4, N2O, F-gases and process CO2: every greenhouse gas with an emission factor for this
   * activity.
   */
  void otherGreenhouseGases() {
    Set<Substance> gases = EnumSet.noneOf(Substance.class);
    for (Parameter p :
        ref.parameters().forActivity(ParameterKind.EMISSION_FACTOR, activity.factorActivity())) {
      if (p.substance().isGreenhouseGas()) {
        gases.add(p.substance());
      }
    }
    if (activity.kind().isFuel()) {
      gases.remove(Substance.CO2);
    }
    Method method =
        switch (activity.kind()) {
          case FOSSIL_FUEL, BIOMASS_FUEL -> Method.COMBUSTION_NON_CO2;
          case PRODUCT -> Method.PROCESS;
          default -> Method.EMISSION_FACTOR;
        };
    for (Substance gas : gases) {
      resolve(base.with(ParameterKind.EMISSION_FACTOR, gas))
          .ifPresent(
              ef -> {
                if (!factorLine(gas, ef, "EF", Scope.DIRECT, method)) {
                  gap(
                      gas,
                      "the amount cannot be expressed per "
                          + ef.parameter().unit().denominator().symbol());
                }
              });
    }
  }

  private void indirect() {
    boolean electricity =
        activity.kind() == ActivityKind.ELECTRICITY_PURCHASED
            || activity.kind() == ActivityKind.ELECTRICITY_EXPORTED;
    boolean export = activity.kind().isExport();
    Method method =
        electricity
            ? (export ? Method.EXPORTED_ELECTRICITY : Method.INDIRECT_ELECTRICITY)
            : (export ? Method.EXPORTED_HEAT : Method.INDIRECT_HEAT);
    Optional<ResolvedParameter> ef =
        resolve(base.with(ParameterKind.EMISSION_FACTOR, Substance.CO2));
    if (ef.isEmpty()) {
      gap(
          Substance.CO2,
          "no "
              + activity.factorActivity()
              + " emission factor for region "
              + r.region()
              + " in "
              + r.year());
      return;
    }
    Parameter p = ef.get().parameter();
    Converted q = amountIn(p.perDimension());
    double t = q.value * p.valueIn(Unit.T, baseUnit(p.perDimension()));
    List<ParameterUse> trail = new ArrayList<>(q.trail);
    trail.add(ParameterUse.of("EF", ef.get()));
    String memo = memoOnly(electricity, export);
    if (memo != null) {
      trail.add(ParameterUse.rule(memo));
      add(
          Substance.CO2,
          t,
          Scope.MEMO,
          method,
          trail); // the CO2 the electricity or heat stands for, shown positive
      return;
    }
    // An enterprise deducts the electricity and heat it exports (GB/T 32150-2015): a negative line
    // in its own scope.
    add(Substance.CO2, export ? -t : t, export ? Scope.EXPORTED : Scope.INDIRECT, method, trail);
  }

  /**
   * Why an electricity or heat line is shown but not counted, or null when it counts: a power or
   * heat plant never deducts what it supplies (its emissions are where it burns the fuel;
   * power-facility guideline, territorial inventories), and from the 2023 compliance year an ETS
   * power report has no purchased electricity (环办气候函〔2023〕43号 and the 2023–2024 allocation plan).
   */
  private String memoOnly(boolean electricity, boolean export) {
    if (export && source.suppliesEnergy()) {
      return "不抵扣：发电或供热企业供出的电力热力 / not deducted: supplied by a power or heat plant (memo)";
    }
    if (!export
        && electricity
        && options.scheme() == Scheme.ETS
        && source.generatesElectricity()
        && r.year() >= ETS_POWER_WITHOUT_PURCHASED_ELECTRICITY_FROM) {
      return "不计入："
          + ETS_POWER_WITHOUT_PURCHASED_ELECTRICITY_FROM
          + "年起碳市场发电报告不含购入电力 / not counted: ETS power reports exclude purchased "
          + "electricity from "
          + ETS_POWER_WITHOUT_PURCHASED_ELECTRICITY_FROM
          + " (memo)";
    }
    return null;
  }

  // ---------------------------------------------------------------- waste (IPCC sector 4)

  /** Mass ratio N2O/N2O-N (44/28), IPCC 2006 Vol.5 Eq. 6.7. */
  private static final double N2O_PER_N = 44.0 / 28.0;

  /** Whether this record is a landfill deposit (solid waste in IPCC 4.A), accounted by the FOD. */
  boolean isLandfill() {
    return activity.kind() == ActivityKind.SOLID_WASTE && source.isSolidWasteDisposal();
  }

  /** Whether this record is methane recovered at a landfill (4.A). */
  boolean isLandfillRecovery() {
    return activity.kind() == ActivityKind.RECOVERED_CH4 && source.isSolidWasteDisposal();
  }

  /** Gives this record the lines its landfill site's batch accounting computed for it. */
  Calculation withLandfill(Landfills.Outcome outcome) {
    this.landfillOutcome = outcome;
    return this;
  }

  ActivityRecord record() {
    return r;
  }

  /** A parameter of this record's scope (activity, source, technology, region, entity, year). */
  Optional<ResolvedParameter> resolve(ParameterKind kind) {
    return resolve(base.withKind(kind));
  }

  /** The amount in t (solid waste, recovered CH4 and wastewater loads are masses). */
  double tonnes() {
    return r.amount() * r.unit().toBase();
  }

  private void landfill() {
    Landfills.Outcome o =
        landfillOutcome != null ? landfillOutcome : Landfills.account(List.of(this)).get(this);
    lines.addAll(o.lines());
    gaps.addAll(o.gaps());
  }

  /**
   * Methane recovered (flared or used): at a wastewater plant deducted as −R (IPCC 2006 Vol.5 Eq.
   * 6.1); at a landfill inside the FOD line of the site's deposit of that year, or alone as −R × (1
   * − OX) when the site has no deposit record that year.
   */
  private void recovery() {
    if (source.ipcc().startsWith("4.D")) {
      List<ParameterUse> trail = new ArrayList<>();
      trail.add(ParameterUse.fromRecord("R", tonnes(), "t", "amount"));
      add(Substance.CH4, -tonnes(), Scope.DIRECT, Method.CH4_RECOVERY, trail);
      return;
    }
    if (!source.isSolidWasteDisposal()) {
      throw new AccountingException(
          "source",
          "recovered CH4 is deducted at a landfill (4.A) or a wastewater plant (4.D), not in "
              + source.code());
    }
    Landfills.Outcome o =
        landfillOutcome != null ? landfillOutcome : Landfills.account(List.of(this)).get(this);
    lines.addAll(o.lines());
    gaps.addAll(o.gaps());
  }

  /**
   * Incineration CO2 (IPCC 2006 Vol.5 Eq. 5.1): carbon burnt = W × dm × CF × OF; fossil CO2 = × FCF
   * × 44/12 (direct), the rest biogenic (reported, never in totals). Nothing when no fossil carbon
   * fraction is known for the activity (not an incineration record).
   */
  private void incinerationCo2() {
    Optional<ResolvedParameter> fcf = resolve(ParameterKind.FOSSIL_CARBON_FRACTION);
    if (fcf.isEmpty()) {
      return;
    }
    Optional<ResolvedParameter> dm = resolve(ParameterKind.DRY_MATTER);
    Optional<ResolvedParameter> cf = resolve(ParameterKind.CARBON_FRACTION);
    Factor of = oxidation();
    if (dm.isEmpty() || cf.isEmpty() || of == null) {
      gap(
          Substance.CO2,
          "incineration needs dry matter, carbon fraction and oxidation for " + activity.code());
      return;
    }
    double w = tonnes();
    double fossil = fcf.get().parameter().asFraction();
    // carbon burnt [t C] = W [t] × dm × CF × OF
    double carbon =
        w * dm.get().parameter().asFraction() * cf.get().parameter().asFraction() * of.value;
    List<ParameterUse> trail = new ArrayList<>();
    trail.add(ParameterUse.fromRecord("W", w, "t", "amount"));
    trail.add(ParameterUse.of("dm", dm.get()));
    trail.add(ParameterUse.of("CF", cf.get()));
    trail.add(of.use);
    List<ParameterUse> biogenic = new ArrayList<>(trail);
    trail.add(ParameterUse.of("FCF", fcf.get()));
    add(Substance.CO2, carbon * fossil * CO2_PER_C, Scope.DIRECT, Method.INCINERATION_CO2, trail);
    biogenic.add(ParameterUse.of("FCF", fcf.get()));
    biogenic.add(ParameterUse.derived("1 − FCF (non-fossil carbon)", 1 - fossil, "fraction"));
    add(
        Substance.CO2,
        carbon * (1 - fossil) * CO2_PER_C,
        Scope.BIOGENIC,
        Method.INCINERATION_CO2,
        biogenic);
  }

  /**
   * Wastewater (IPCC 2006 Vol.5 Ch.6): CH4 = TOW [t BOD or COD] × B0 × MCF of the treatment pathway
   * (the record's technology); N2O = N in effluent [t N] × EF [N2O-N/N] × 44/28. Recovered CH4 is
   * its own record ({@code ch4_recovered}, −R); sludge removed is left in TOW (report TOW net of
   * sludge to deduct it).
   */
  private void wastewater() {
    Optional<ResolvedParameter> b0 = resolve(ParameterKind.CH4_CAPACITY);
    if (b0.isPresent()) {
      Optional<ResolvedParameter> mcf = resolve(ParameterKind.MCF);
      if (mcf.isEmpty()) {
        gap(
            Substance.CH4,
            "no MCF for treatment pathway '"
                + (r.technology() == null ? "" : r.technology())
                + "' (give it in technology)");
      } else {
        List<ParameterUse> trail = new ArrayList<>();
        trail.add(ParameterUse.fromRecord("TOW", tonnes(), "t", "amount"));
        trail.add(ParameterUse.of("B0", b0.get()));
        trail.add(ParameterUse.of("MCF", mcf.get()));
        add(
            Substance.CH4,
            tonnes()
                * b0.get().parameter().valueIn(Unit.T, Unit.T)
                * mcf.get().parameter().asFraction(),
            Scope.DIRECT,
            Method.WASTEWATER_CH4,
            trail);
      }
    }
    resolve(ParameterKind.EFFLUENT_N2O_N)
        .ifPresent(
            ef -> {
              List<ParameterUse> trail = new ArrayList<>();
              trail.add(ParameterUse.fromRecord("N effluent", tonnes(), "t", "amount"));
              trail.add(ParameterUse.of("EF", ef));
              trail.add(ParameterUse.derived("N2O/N2O-N", N2O_PER_N, "44/28"));
              add(
                  Substance.N2O,
                  tonnes() * ef.parameter().valueIn(Unit.T, Unit.T) * N2O_PER_N,
                  Scope.DIRECT,
                  Method.WASTEWATER_N2O,
                  trail);
            });
  }

  // ---------------------------------------------------------------- air pollutants

  void pollutant(Substance p) {
    Generated g = generated(p);
    if (p == Substance.PM) {
      pmGenerated = g;
    }
    if (g != null) {
      List<ParameterUse> trail = new ArrayList<>(g.trail);
      double emitted = applyControls(p, g.tonnes, trail);
      add(p, emitted, Scope.DIRECT, g.method, trail);
      return;
    }
    Optional<ResolvedParameter> ef = resolve(base.with(ParameterKind.EMISSION_FACTOR, p));
    if (ef.isPresent() && factorLine(p, ef.get(), "EF", Scope.DIRECT, Method.EMISSION_FACTOR)) {
      return;
    }
    if (activity.kind().isFuel() && !r.measuredTonnes().containsKey(p)) {
      gap(
          p,
          "no generation coefficient or emission factor for "
              + activity.code()
              + " in "
              + source.code());
    }
  }

  /**
   * Pollutant generated before end-of-pipe controls, or null when nothing in the registry covers
   * it.
   */
  private Generated generated(Substance p) {
    if (activity.kind().isFuel()) {
      if (p == Substance.SO2) {
        Generated g =
            balance(
                p,
                r.sulfurPct(),
                "S",
                "sulfur_pct",
                ParameterKind.SULFUR_CONTENT,
                ParameterKind.SULFUR_CONVERSION,
                SO2_PER_S,
                Method.SULFUR_BALANCE);
        if (g != null) {
          return g;
        }
      } else if (p == Substance.PM) {
        Generated g =
            balance(
                p,
                r.ashPct(),
                "A",
                "ash_pct",
                ParameterKind.ASH_CONTENT,
                ParameterKind.FLY_ASH_FRACTION,
                1.0,
                Method.ASH_BALANCE);
        if (g != null) {
          return g;
        }
      }
    }
    Optional<ResolvedParameter> coefficient =
        resolve(base.with(ParameterKind.GENERATION_COEFFICIENT, p));
    if (coefficient.isPresent()) {
      Parameter c = coefficient.get().parameter();
      Converted q = amountIn(c.perDimension());
      if (q != null) {
        List<ParameterUse> trail = new ArrayList<>(q.trail);
        trail.add(ParameterUse.of("产污系数", coefficient.get()));
        return new Generated(
            q.value * c.valueIn(Unit.T, baseUnit(c.perDimension())),
            Method.GENERATION_COEFFICIENT,
            trail);
      }
    }
    if ((p == Substance.PM10 || p == Substance.PM25) && pmGenerated != null) {
      ParameterKind shareKind =
          p == Substance.PM10 ? ParameterKind.PM10_SHARE : ParameterKind.PM25_SHARE;
      Optional<ResolvedParameter> share = resolve(base.withKind(shareKind));
      if (share.isPresent()) {
        List<ParameterUse> trail = new ArrayList<>();
        trail.add(ParameterUse.derived("PM generated", pmGenerated.tonnes, "t"));
        trail.add(ParameterUse.of(p.code() + " share", share.get()));
        return new Generated(
            pmGenerated.tonnes * share.get().parameter().asFraction(), Method.PM_SIZE_SHARE, trail);
      }
    }
    return null;
  }

  /**
   * Generated = FC [t] × content [%]/100 × conversion × ratio: the sulfur balance (SO2 = FC × S% ×
   * conversion × 2) and the ash balance (PM = FC × A% × fly-ash fraction).
   */
  private Generated balance(
      Substance p,
      Double recordPct,
      String symbol,
      String column,
      ParameterKind contentKind,
      ParameterKind conversionKind,
      double ratio,
      Method method) {
    ParameterUse contentUse;
    double pct;
    if (recordPct != null) {
      pct = recordPct;
      contentUse = ParameterUse.fromRecord(symbol, pct, "%", column);
    } else {
      Optional<ResolvedParameter> d = resolve(base.withKind(contentKind));
      if (d.isEmpty()) {
        return null;
      }
      pct = d.get().parameter().asFraction() * 100;
      contentUse = ParameterUse.of(symbol, d.get());
    }
    Optional<ResolvedParameter> conversion = resolve(base.withKind(conversionKind));
    Converted fc = amountIn(Dimension.MASS);
    if (conversion.isEmpty() || fc == null) {
      return null;
    }
    List<ParameterUse> trail = new ArrayList<>(fc.trail);
    trail.add(contentUse);
    trail.add(
        ParameterUse.of(
            conversionKind == ParameterKind.SULFUR_CONVERSION ? "conversion" : "dfh",
            conversion.get()));
    double tonnes = fc.value * pct / 100 * conversion.get().parameter().asFraction() * ratio;
    return new Generated(tonnes, method, trail);
  }

  /**
   * Emitted = generated × Π (1 − η_i × k_i), controls in the record's order; records what each
   * removed.
   */
  private double applyControls(Substance p, double generated, List<ParameterUse> trail) {
    double remaining = generated;
    double[] removedBy = new double[controls.size()];
    for (int i = 0; i < controls.size(); i++) {
      Control c = controls.get(i);
      ControlSpec spec = r.controls().get(i);
      double eta;
      if (spec.efficiency() != null && c.primarySubstance() == p) {
        eta = spec.efficiency();
        trail.add(ParameterUse.fromRecord("η(" + c.code() + ")", eta, "fraction", "controls"));
      } else {
        Optional<ResolvedParameter> e =
            resolve(base.with(ParameterKind.REMOVAL_EFFICIENCY, p).withTechnology(c.code()));
        if (e.isEmpty()) {
          continue;
        }
        eta = e.get().parameter().asFraction();
        trail.add(ParameterUse.of("η(" + c.code() + ")", e.get()));
      }
      double k = spec.operatingRate() == null ? 1.0 : spec.operatingRate();
      if (spec.operatingRate() != null) {
        trail.add(ParameterUse.fromRecord("k(" + c.code() + ")", k, "fraction", "controls"));
      }
      double cut = remaining * eta * k;
      removedBy[i] = cut;
      remaining -= cut;
    }
    removed.put(p, removedBy);
    return remaining;
  }

  /**
   * PM2.5 ⊂ PM10 ⊂ PM. Each control applies one efficiency per size class to what reaches it, which
   * ignores that a stage removes coarse dust better than fine; so the total-PM line can come out
   * below the PM10 or PM2.5 line. The size-specific efficiencies are the better grounded, so until
   * size bins are modelled the coarser class is raised to the finer one (erring high, never hiding
   * fine particles), and the line says so.
   */
  void keepParticleSizesNested() {
    raise(Substance.PM10, Substance.PM25);
    raise(Substance.PM, Substance.PM10);
    raise(Substance.PM, Substance.PM25);
  }

  private void raise(Substance coarse, Substance fine) {
    int ci = directLine(coarse);
    int fi = directLine(fine);
    if (fi < 0 || ci < 0) {
      return;
    }
    EmissionLine c = lines.get(ci);
    double floor = lines.get(fi).tonnes();
    if (c.tonnes() < floor) {
      List<ParameterUse> trail = new ArrayList<>(c.parameters());
      trail.add(
          ParameterUse.derived(
              "raised to " + fine.code() + " emitted (was " + c.tonnes() + " t)", floor, "t"));
      lines.set(ci, new EmissionLine(coarse, floor, c.scope(), c.method(), trail));
    }
  }

  int directLine(Substance s) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).substance() == s && lines.get(i).scope() == Scope.DIRECT) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- side effects of controls

  /**
   * What the controls cost in other substances: FGD CO2, SCR/SNCR ammonia slip, the electricity
   * they use.
   */
  void sideEffects() {
    for (int i = 0; i < controls.size(); i++) {
      Control c = controls.get(i);
      ParameterQuery q = base.withTechnology(c.code());
      double so2Removed = removedBy(Substance.SO2, i);
      if (so2Removed > 0) {
        resolve(q.withKind(ParameterKind.FGD_CO2))
            .ifPresent(
                f -> {
                  List<ParameterUse> trail = new ArrayList<>();
                  trail.add(ParameterUse.derived("SO2 removed by " + c.code(), so2Removed, "t"));
                  trail.add(ParameterUse.of("CO2/SO2", f));
                  add(
                      Substance.CO2,
                      so2Removed * f.parameter().valueIn(Unit.T, Unit.T),
                      Scope.DIRECT,
                      Method.FGD_CO2,
                      trail);
                });
      }
      double noxRemoved = removedBy(Substance.NOX, i);
      if (noxRemoved > 0) {
        resolve(q.withKind(ParameterKind.NH3_SLIP))
            .ifPresent(
                f -> {
                  List<ParameterUse> trail = new ArrayList<>();
                  trail.add(ParameterUse.derived("NOX removed by " + c.code(), noxRemoved, "t"));
                  trail.add(ParameterUse.of("NH3/NOX", f));
                  add(
                      Substance.NH3,
                      noxRemoved * f.parameter().valueIn(Unit.T, Unit.T),
                      Scope.DIRECT,
                      Method.AMMONIA_SLIP,
                      trail);
                });
      }
      resolve(q.withKind(ParameterKind.CONTROL_ELECTRICITY)).ifPresent(this::controlElectricity);
    }
  }

  private void controlElectricity(ResolvedParameter use) {
    Parameter p = use.parameter();
    Converted q = amountIn(p.perDimension());
    if (q == null) {
      return;
    }
    double mwh = q.value * p.valueIn(Unit.MWH, baseUnit(p.perDimension()));
    ParameterQuery grid =
        base.with(ParameterKind.EMISSION_FACTOR, Substance.CO2)
            .withActivity("electricity")
            .withTechnology(null);
    Optional<ResolvedParameter> ef = resolve(grid);
    if (ef.isEmpty()) {
      gap(Substance.CO2, "no grid factor for the electricity of " + p.technology());
      return;
    }
    List<ParameterUse> trail = new ArrayList<>(q.trail);
    trail.add(ParameterUse.of("kWh(" + p.technology() + ")", use));
    trail.add(ParameterUse.derived("electricity", mwh, "MWh"));
    trail.add(ParameterUse.of("EF(grid)", ef.get()));
    // Memo only: a generator runs its controls on its own output (inside the fuel it burns), an
    // enterprise
    // on electricity it already reports as purchased.
    add(
        Substance.CO2,
        mwh * ef.get().parameter().valueIn(Unit.T, Unit.MWH),
        Scope.MEMO,
        Method.CONTROL_ELECTRICITY,
        trail);
  }

  private double removedBy(Substance s, int controlIndex) {
    double[] r = removed.get(s);
    return r == null ? 0 : r[controlIndex];
  }

  // ---------------------------------------------------------------- measured values, CO2e

  /**
   * Measured emissions replace the calculated direct lines of their substance (a stack monitor sees
   * all of them).
   */
  private void applyMeasured() {
    for (Map.Entry<Substance, Double> m : r.measuredTonnes().entrySet()) {
      Substance s = m.getKey();
      Scope scope =
          s == Substance.CO2 && activity.kind() == ActivityKind.BIOMASS_FUEL
              ? Scope.BIOGENIC
              : Scope.DIRECT;
      lines.removeIf(l -> l.substance() == s && l.scope() == scope);
      gaps.removeIf(g -> g.startsWith(s.code() + ":"));
      lines.add(
          new EmissionLine(
              s,
              m.getValue(),
              scope,
              Method.MEASURED,
              List.of(
                  ParameterUse.fromRecord(
                      "measured", m.getValue(), "t", "measured_" + s.code() + "_t"))));
    }
  }

  private Map<Scope, Co2e> co2e() {
    GwpSet set = options.gwpSet();
    Map<Scope, Co2e> out = new EnumMap<>(Scope.class);
    for (EmissionLine l : lines) {
      if (!l.substance().isGreenhouseGas() || l.scope() == Scope.BIOGENIC) {
        continue;
      }
      if (ref.gwp().gwp(l.substance(), set).isEmpty()) {
        gap(l.substance(), "no " + set + " GWP; left out of CO2e");
        continue;
      }
      out.merge(l.scope(), ref.gwp().toCo2e(l.substance(), l.tonnes(), set), Co2e::plus);
    }
    return out;
  }

  // ---------------------------------------------------------------- parameters and quantities

  Optional<ResolvedParameter> resolve(ParameterQuery q) {
    return ref.parameters().resolve(q);
  }

  /**
   * Adds activity × factor as a line; false when the amount cannot be put in the factor's
   * denominator.
   */
  private boolean factorLine(
      Substance s, ResolvedParameter f, String role, Scope scope, Method method) {
    Parameter p = f.parameter();
    Converted q = amountIn(p.perDimension());
    if (q == null) {
      return false;
    }
    List<ParameterUse> trail = new ArrayList<>(q.trail);
    trail.add(ParameterUse.of(role, f));
    add(s, q.value * p.valueIn(Unit.T, baseUnit(p.perDimension())), scope, method, trail);
    return true;
  }

  Factor carbonContentPerEnergy() {
    RateValue cc = r.carbonContent();
    if (cc != null) {
      double v = cc.value() * cc.unit().factorTo(Unit.T, Unit.GJ);
      return new Factor(
          v, ParameterUse.fromRecord("CC", cc.value(), cc.unit().toString(), "carbon_content"));
    }
    return resolve(base.withKind(ParameterKind.CARBON_CONTENT))
        .map(p -> new Factor(p.parameter().valueIn(Unit.T, Unit.GJ), ParameterUse.of("CC", p)))
        .orElse(null);
  }

  private Factor oxidation() {
    if (r.oxidation() != null) {
      return new Factor(
          r.oxidation(), ParameterUse.fromRecord("OF", r.oxidation(), "fraction", "oxidation"));
    }
    return resolve(base.withKind(ParameterKind.OXIDATION))
        .map(p -> new Factor(p.parameter().asFraction(), ParameterUse.of("OF", p)))
        .orElse(null);
  }

  private final Map<Dimension, Optional<Factor>> ncvCache = new EnumMap<>(Dimension.class);

  /**
   * The NCV per mass or per volume of fuel, in GJ/t or GJ/m3: the record's own, else the
   * registry's.
   */
  Factor ncv(Dimension per) {
    return ncvCache
        .computeIfAbsent(
            per,
            d -> {
              RateValue v = r.ncv();
              if (v != null
                  && v.unit().denominator() != null
                  && v.unit().denominator().dimension() == d) {
                double gj = v.value() * v.unit().factorTo(Unit.GJ, baseUnit(d));
                return Optional.of(
                    new Factor(
                        gj, ParameterUse.fromRecord("NCV", v.value(), v.unit().toString(), "ncv")));
              }
              return ref.parameters()
                  .resolve(base.withKind(ParameterKind.NCV), p -> p.perDimension() == d)
                  .map(
                      p ->
                          new Factor(
                              p.parameter().valueIn(Unit.GJ, baseUnit(d)),
                              ParameterUse.of("NCV", p)));
            })
        .orElse(null);
  }

  private Factor density() {
    return resolve(base.withKind(ParameterKind.DENSITY))
        .map(p -> new Factor(p.parameter().valueIn(Unit.T, Unit.M3), ParameterUse.of("density", p)))
        .orElse(null);
  }

  /**
   * The amount in the base unit of {@code want} (t, GJ, m3, head, ha) with the parameters used;
   * null if impossible.
   */
  Converted amountIn(Dimension want) {
    Dimension own = r.unit().dimension();
    double v = r.amount() * r.unit().toBase();
    if (own == want) {
      return new Converted(v, List.of());
    }
    if (!activity.kind().isFuel()) {
      return null;
    }
    // Fuels: mass, volume and energy are linked by the NCV (per mass or per volume) and the
    // density.
    Factor ncvMass = ncv(Dimension.MASS);
    Factor ncvVolume = ncv(Dimension.VOLUME);
    // The density only where a path goes through it (looked up only then, so it never shows in a
    // trail it took no part in).
    boolean throughDensity =
        switch (own) {
          case MASS ->
              want == Dimension.VOLUME
                  || want == Dimension.ENERGY && ncvMass == null && ncvVolume != null;
          case VOLUME ->
              want == Dimension.MASS
                  || want == Dimension.ENERGY && ncvVolume == null && ncvMass != null;
          default -> false;
        };
    Factor rho = throughDensity ? density() : null;
    return switch (own) {
      case MASS ->
          switch (want) {
            case ENERGY ->
                ncvMass != null
                    ? conv(v * ncvMass.value, ncvMass)
                    : ncvVolume != null && rho != null
                        ? conv(v / rho.value * ncvVolume.value, rho, ncvVolume)
                        : null;
            case VOLUME -> rho != null ? conv(v / rho.value, rho) : null;
            default -> null;
          };
      case VOLUME ->
          switch (want) {
            case ENERGY ->
                ncvVolume != null
                    ? conv(v * ncvVolume.value, ncvVolume)
                    : ncvMass != null && rho != null
                        ? conv(v * rho.value * ncvMass.value, rho, ncvMass)
                        : null;
            case MASS ->
                rho != null
                    ? conv(v * rho.value, rho)
                    : ncvVolume != null && ncvMass != null
                        ? conv(v * ncvVolume.value / ncvMass.value, ncvVolume, ncvMass)
                        : null;
            default -> null;
          };
      case ENERGY ->
          switch (want) {
            case MASS -> ncvMass != null ? conv(v / ncvMass.value, ncvMass) : null;
            case VOLUME -> ncvVolume != null ? conv(v / ncvVolume.value, ncvVolume) : null;
            default -> null;
          };
      default -> null;
    };
  }

  private static Converted conv(double value, Factor... used) {
    List<ParameterUse> trail = new ArrayList<>();
    for (Factor f : used) {
      trail.add(f.use);
    }
    return new Converted(value, trail);
  }

  static Unit baseUnit(Dimension d) {
    return switch (d) {
      case MASS -> Unit.T;
      case ENERGY -> Unit.GJ;
      case VOLUME -> Unit.M3;
      case COUNT -> Unit.HEAD;
      case AREA -> Unit.HA;
      case NONE -> Unit.FRACTION;
      case DISTANCE -> Unit.KM;
    };
  }

  void add(Substance s, double tonnes, Scope scope, Method method, List<ParameterUse> trail) {
    lines.add(new EmissionLine(s, tonnes, scope, method, trail));
  }

  void gap(Substance s, String why) {
    gaps.add(s.code() + ": " + why);
  }

  record Converted(double value, List<ParameterUse> trail) {}

  record Factor(double value, ParameterUse use) {}

  private record Generated(double tonnes, Method method, List<ParameterUse> trail) {}
}
