package org.cocontrol.core.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.classification.Control;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.ParameterKind;
import org.cocontrol.core.parameter.ResolvedParameter;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.substance.SubstanceGroup;
import org.cocontrol.core.unit.Dimension;
import org.cocontrol.core.unit.Unit;

/**
 * Product use and vehicle fleets, one record at a time, inside its {@link Calculation}: solvents
 * (VOCs by content, capture and removal), non-energy products (IPCC 2.D, CO2 by ODU), fluorinated
 * gas banks (2.F.1, 2.G.1, by leakage rate and blend composition) and fleets by vehicle-km
 * (1.A.3.b: fuel and electricity per km, CH4, N2O and pollutants per km). All amounts in base units
 * (t, km, GJ, m3); emissions in t of the substance.
 */
final class ProductUse {

  /** Mass ratio CO2/C (44/12). */
  private static final double CO2_PER_C = 44.0 / 12.0;

  /** Pollutants every fleet record should have a per-km factor for (a gap otherwise). */
  private static final List<Substance> FLEET_POLLUTANTS =
      List.of(Substance.NOX, Substance.CO, Substance.VOCS, Substance.PM25, Substance.PM10);

  private final Calculation c;
  private final ActivityRecord r;

  ProductUse(Calculation c) {
    this.c = c;
    this.r = c.r;
  }

  /** Whether records of this kind are accounted here rather than by the fuel and product path. */
  static boolean accounts(ActivityKind kind) {
    return kind == ActivityKind.SOLVENT
        || kind == ActivityKind.NON_ENERGY_PRODUCT
        || kind == ActivityKind.FGAS_BANK
        || kind == ActivityKind.VEHICLE_DISTANCE;
  }

  void run() {
    switch (c.activity.kind()) {
      case SOLVENT -> {
        solventVoc();
        c.sideEffects();
      }
      case NON_ENERGY_PRODUCT -> nonEnergyUse();
      case FGAS_BANK -> bankLeakage();
      case VEHICLE_DISTANCE -> fleet();
      default -> throw new IllegalStateException("not a product-use activity: " + c.activity);
    }
  }

  // ---------------------------------------------------------------- solvents

  /**
   * VOCs = consumption [t] × VOC content [%]/100 × (1 − C × R): C the capture efficiency of the
   * capture controls (1 − Π(1 − c_j × k_j)), R the removal of the treatment controls (1 − Π(1 − η_i
   * × k_i)). A treatment without a stated capture uses the default capture row.
   */
  private void solventVoc() {
    Calculation.Converted t = c.amountIn(Dimension.MASS);
    List<ParameterUse> trail = new ArrayList<>(t.trail());
    double pct;
    if (r.vocContentPct() != null) {
      pct = r.vocContentPct();
      trail.add(ParameterUse.fromRecord("VOC", pct, "%", "voc_content_pct"));
    } else {
      Optional<ResolvedParameter> d = c.resolve(c.base.withKind(ParameterKind.VOC_CONTENT));
      if (d.isEmpty()) {
        c.gap(
            Substance.VOCS,
            "no VOC content for " + c.activity.code() + ": give voc_content_pct (mass %)");
        return;
      }
      pct = d.get().parameter().asFraction() * 100;
      trail.add(ParameterUse.of("VOC", d.get()));
    }
    double generated = t.value() * pct / 100;
    double uncaptured = 1;
    double unremoved = 1;
    boolean captureStated = false;
    boolean treated = false;
    for (int i = 0; i < c.controls.size(); i++) {
      Control ctl = c.controls.get(i);
      ControlSpec spec = r.controls().get(i);
      double k = spec.operatingRate() == null ? 1.0 : spec.operatingRate();
      Optional<ResolvedParameter> capture =
          c.ref
              .parameters()
              .resolve(
                  c.base.withKind(ParameterKind.CAPTURE_EFFICIENCY).withTechnology(ctl.code()),
                  p -> p.technology() != null);
      if (capture.isPresent()) {
        captureStated = true;
        double eff;
        if (spec.efficiency() != null) {
          eff = spec.efficiency();
          trail.add(ParameterUse.fromRecord("C(" + ctl.code() + ")", eff, "fraction", "controls"));
        } else {
          eff = capture.get().parameter().asFraction();
          trail.add(ParameterUse.of("C(" + ctl.code() + ")", capture.get()));
        }
        uncaptured *= 1 - eff * k;
      } else {
        double eta;
        if (spec.efficiency() != null && ctl.primarySubstance() == Substance.VOCS) {
          eta = spec.efficiency();
          trail.add(ParameterUse.fromRecord("η(" + ctl.code() + ")", eta, "fraction", "controls"));
        } else {
          Optional<ResolvedParameter> e =
              c.resolve(
                  c.base
                      .with(ParameterKind.REMOVAL_EFFICIENCY, Substance.VOCS)
                      .withTechnology(ctl.code()));
          if (e.isEmpty()) {
            continue;
          }
          eta = e.get().parameter().asFraction();
          trail.add(ParameterUse.of("η(" + ctl.code() + ")", e.get()));
        }
        treated = true;
        unremoved *= 1 - eta * k;
      }
      if (spec.operatingRate() != null) {
        trail.add(ParameterUse.fromRecord("k(" + ctl.code() + ")", k, "fraction", "controls"));
      }
    }
    double capture = 1 - uncaptured;
    if (treated && !captureStated) {
      Optional<ResolvedParameter> d =
          c.ref
              .parameters()
              .resolve(
                  c.base.withKind(ParameterKind.CAPTURE_EFFICIENCY).withTechnology(null),
                  p -> p.technology() == null);
      if (d.isEmpty()) {
        c.gap(Substance.VOCS, "a VOC treatment without a capture control and no default capture");
        return;
      }
      capture = d.get().parameter().asFraction();
      trail.add(ParameterUse.of("C(default)", d.get()));
    }
    double removal = 1 - unremoved;
    if (treated) {
      trail.add(ParameterUse.derived("C×R", capture * removal, "fraction"));
    }
    // E = G × (1 − C × R)
    c.add(
        Substance.VOCS,
        generated * (1 - capture * removal),
        Scope.DIRECT,
        Method.SOLVENT_VOC,
        trail);
  }

  // ---------------------------------------------------------------- lubricants and paraffin (2.D)

  /** CO2 = amount [t] × NCV [GJ/t] × CC [tC/GJ] × ODU × 44/12 (IPCC 2006 Vol.3 Eq. 5.2). */
  private void nonEnergyUse() {
    Calculation.Converted t = c.amountIn(Dimension.MASS);
    Calculation.Factor ncv = c.ncv(Dimension.MASS);
    Calculation.Factor cc = c.carbonContentPerEnergy();
    Optional<ResolvedParameter> odu = c.resolve(c.base.withKind(ParameterKind.OXIDISED_DURING_USE));
    if (ncv == null || cc == null || odu.isEmpty()) {
      c.gap(
          Substance.CO2,
          "needs an NCV, a carbon content and an ODU for " + c.activity.code() + " (IPCC Eq. 5.2)");
      return;
    }
    List<ParameterUse> trail = new ArrayList<>(t.trail());
    trail.add(ncv.use());
    trail.add(cc.use());
    trail.add(ParameterUse.of("ODU", odu.get()));
    c.add(
        Substance.CO2,
        t.value() * ncv.value() * cc.value() * odu.get().parameter().asFraction() * CO2_PER_C,
        Scope.DIRECT,
        Method.NON_ENERGY_USE,
        trail);
  }

  // ---------------------------------------------------------------- F-gas banks (2.F.1, 2.G.1)

  /**
   * Emissions of each gas = bank [t] × leakage rate × mass share. The gas is the last dotted
   * segment of the technology ({@code mobile_ac.HFC-134a}, {@code HFC-410A}; {@code R-} is read as
   * {@code HFC-}): a substance, or a blend whose composition the registry gives ({@link
   * ParameterKind#BLEND_SHARE} rows with the blend as technology); without one, the activity's own
   * composition rows (sf6_bank: SF6). The leading segments name the application, which selects the
   * leakage rate.
   */
  private void bankLeakage() {
    Calculation.Converted bank = c.amountIn(Dimension.MASS);
    String species = species(r.technology());
    List<Share> shares = new ArrayList<>();
    Optional<Substance> single = species == null ? Optional.empty() : Substance.parse(species);
    if (single.isPresent() && single.get().group() == SubstanceGroup.FLUORINATED_GAS) {
      shares.add(new Share(single.get(), 1.0, null));
    } else {
      if (species != null) {
        shares.addAll(composition(species));
      }
      if (shares.isEmpty()) {
        shares.addAll(composition(null));
      }
    }
    if (shares.isEmpty()) {
      c.gap(
          Substance.HFC_134A,
          "name the gas in technology (e.g. HFC-134a, mobile_ac.HFC-410A): '"
              + r.technology()
              + "' is neither a fluorinated gas nor a known blend"
              + " (HCFCs such as R-22 are Montreal Protocol gases, outside the GHG inventory)");
      return;
    }
    Optional<ResolvedParameter> leak = c.resolve(c.base.withKind(ParameterKind.LEAKAGE_RATE));
    if (leak.isEmpty()) {
      for (Share s : shares) {
        c.gap(s.gas, "no leakage rate for " + c.activity.code() + " / " + r.technology());
      }
      return;
    }
    double rate = leak.get().parameter().asFraction();
    for (Share s : shares) {
      List<ParameterUse> trail = new ArrayList<>(bank.trail());
      trail.add(ParameterUse.of("leakage", leak.get()));
      if (s.use != null) {
        trail.add(s.use);
      }
      c.add(s.gas, bank.value() * rate * s.fraction, Scope.DIRECT, Method.BANK_LEAKAGE, trail);
    }
  }

  /** The gas or blend named by the technology's last dotted segment, or null. */
  static String species(String technology) {
    if (technology == null) {
      return null;
    }
    String last = technology.substring(technology.lastIndexOf('.') + 1).strip();
    if (last.toUpperCase(Locale.ROOT).matches("R-?\\d.*")) {
      last = "HFC-" + last.replaceFirst("^[Rr]-?", "");
    }
    return last.isEmpty() ? null : last;
  }

  /**
   * The components of a blend (rows with the blend as technology), or of the activity's bank when
   * {@code blend} is null (rows without technology).
   */
  private List<Share> composition(String blend) {
    List<Share> out = new ArrayList<>();
    for (Substance gas : Substance.values()) {
      if (gas.group() != SubstanceGroup.FLUORINATED_GAS) {
        continue;
      }
      c.ref
          .parameters()
          .resolve(
              c.base.with(ParameterKind.BLEND_SHARE, gas).withTechnology(blend),
              p -> Objects.equals(p.technology(), blend))
          .ifPresent(
              p ->
                  out.add(
                      new Share(
                          gas,
                          p.parameter().asFraction(),
                          ParameterUse.of("share(" + gas.code() + ")", p))));
    }
    return out;
  }

  private record Share(Substance gas, double fraction, ParameterUse use) {}

  // ---------------------------------------------------------------- vehicle fleets (1.A.3.b)

  /**
   * A fleet's vehicle-km: the fuel it burns (km × fuel use per km, accounted as that fuel for CO2),
   * the electricity it uses (km × kWh/km × grid factor, scope indirect), CH4, N2O and pollutants by
   * per-km factors of its type, fuel and emission standard (the technology, e.g. {@code
   * hdt_diesel_guo3}).
   */
  private void fleet() {
    if (r.technology() == null) {
      c.gap(
          Substance.CO2,
          "vehicle_km needs the vehicle type, fuel and emission standard in technology"
              + " (e.g. hdt_diesel_guo3, bus_electric)");
      return;
    }
    Calculation.Converted km = c.amountIn(Dimension.DISTANCE);
    boolean energy = false;
    for (Activity fuel : c.ref.classification().activities()) {
      if (!fuel.kind().isFuel()) {
        continue;
      }
      Optional<ResolvedParameter> use =
          c.ref
              .parameters()
              .resolve(
                  c.base.withKind(ParameterKind.FUEL_USE).withActivity(fuel.code()),
                  p -> p.technology() != null && p.activity() != null);
      if (use.isPresent()) {
        energy = true;
        fuelCo2(km, fuel, use.get());
      }
    }
    Optional<ResolvedParameter> kwh =
        c.ref
            .parameters()
            .resolve(c.base.withKind(ParameterKind.ELECTRICITY_USE), p -> p.technology() != null);
    if (kwh.isPresent()) {
      energy = true;
      electricity(km, kwh.get());
    }
    if (!energy) {
      c.gap(Substance.CO2, "no fuel or electricity use per km for vehicle " + r.technology());
    }
    c.otherGreenhouseGases();
    for (Substance p : Calculation.AIR_POLLUTANTS) {
      c.pollutant(p);
    }
    c.keepParticleSizesNested();
    for (Substance p : FLEET_POLLUTANTS) {
      if (c.directLine(p) < 0) {
        c.gap(p, "no per-km factor for vehicle " + r.technology());
      }
    }
  }

  /** Fuel = km × use per km; its CO2 as the combustion of that fuel in the record's source. */
  private void fuelCo2(Calculation.Converted km, Activity fuel, ResolvedParameter use) {
    Parameter p = use.parameter();
    Dimension per = p.unit().numerator().dimension();
    Unit amountUnit = Calculation.baseUnit(per);
    double amount = km.value() * p.valueIn(amountUnit, Unit.KM);
    ActivityRecord burnt =
        ActivityRecord.builder(r.recordId())
            .entity(r.entityId())
            .region(r.region())
            .year(r.year())
            .source(r.source())
            .activity(fuel.code(), amount, amountUnit)
            .build();
    RecordResult result = new Calculation(c.ref, c.options, burnt).run();
    boolean found = false;
    for (EmissionLine l : result.lines(Substance.CO2)) {
      if (l.scope() != Scope.DIRECT && l.scope() != Scope.BIOGENIC) {
        continue;
      }
      found = true;
      List<ParameterUse> trail = new ArrayList<>(km.trail());
      trail.add(ParameterUse.of("fuel use(" + fuel.code() + ")", use));
      trail.add(ParameterUse.derived(fuel.code(), amount, amountUnit.symbol()));
      trail.add(ParameterUse.rule("combustion: " + l.method().code()));
      trail.addAll(l.parameters());
      c.add(Substance.CO2, l.tonnes(), l.scope(), Method.VEHICLE_FUEL, trail);
    }
    if (!found) {
      c.gap(Substance.CO2, "the " + fuel.code() + " a fleet burns has no CO2 factors");
    }
  }

  /** CO2 = km × kWh/km × grid factor of the region and year; scope indirect (purchased). */
  private void electricity(Calculation.Converted km, ResolvedParameter use) {
    double mwh = km.value() * use.parameter().valueIn(Unit.MWH, Unit.KM);
    Optional<ResolvedParameter> ef =
        c.resolve(
            c.base
                .with(ParameterKind.EMISSION_FACTOR, Substance.CO2)
                .withActivity("electricity")
                .withTechnology(null));
    if (ef.isEmpty()) {
      c.gap(Substance.CO2, "no grid factor for region " + r.region() + " in " + r.year());
      return;
    }
    List<ParameterUse> trail = new ArrayList<>(km.trail());
    trail.add(ParameterUse.of("kWh/km", use));
    trail.add(ParameterUse.derived("electricity", mwh, "MWh"));
    trail.add(ParameterUse.of("EF(grid)", ef.get()));
    c.add(
        Substance.CO2,
        mwh * ef.get().parameter().valueIn(Unit.T, Unit.MWH),
        Scope.INDIRECT,
        Method.VEHICLE_ELECTRICITY,
        trail);
  }
}
