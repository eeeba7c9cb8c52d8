package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.Method;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.synergy.Measure;
import org.cocontrol.core.synergy.MeasureAccounting;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * Solvents, lubricants, F-gas banks and vehicle fleets (issue 18) with the shipped parameters, each
 * figure computed by hand in its comment from the rows the trail names.
 */
class ProductUseAccountingTests {

  private static final ReferenceData REF = ReferenceLoader.load();
  private static final Accountant ACCOUNTANT = Accountant.of(REF, AccountingOptions.defaults());

  /** Relative tolerance of the hand computations. */
  private static final double REL = 1e-9;

  private static ActivityRecord.Builder record(
      String source, String activity, double amount, Unit u) {
    return ActivityRecord.builder("R1")
        .entity("E1")
        .region(210100)
        .year(2022)
        .source(source)
        .activity(activity, amount, u);
  }

  private static RecordResult account(ActivityRecord.Builder b) {
    return ACCOUNTANT.account(b.build());
  }

  private static EmissionLine only(RecordResult r, Substance s, Method m) {
    List<EmissionLine> l = r.lines(s).stream().filter(x -> x.method() == m).toList();
    assertThat(l).as(s + " by " + m + " in " + r.lines()).hasSize(1);
    return l.get(0);
  }

  private static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * REL + 1e-15));
  }

  // ---------------------------------------------------------------- solvents

  /** VOCs of 100 t of coating with the given content under the given controls. */
  private static double coatingVocs(double pct, List<ControlSpec> controls) {
    return account(
            record("SOLVENT_USE", "solvent_coating", 100, Unit.T)
                .vocContentPct(pct)
                .controls(controls))
        .total(Substance.VOCS);
  }

  private static double coatingVocs(double pct, String... controls) {
    return coatingVocs(pct, java.util.Arrays.stream(controls).map(ControlSpec::of).toList());
  }

  @Test
  void solventWithoutControlsEmitsItsWholeVocContent() {
    // 100 t coating × 60 % VOCs = 60 t
    RecordResult r =
        account(record("SOLVENT_USE", "solvent_coating", 100, Unit.T).vocContentPct(60.0));
    EmissionLine voc = only(r, Substance.VOCS, Method.SOLVENT_VOC);
    close(voc.tonnes(), 60);
    assertThat(voc.provenance()).contains("record:voc_content_pct");
    assertThat(r.gaps()).isEmpty();
    // No content given: the product default, 50 % for a solvent-borne coating → 50 t; water-borne
    // 10 % → 10 t.
    RecordResult d = account(record("2.D.3", "solvent_coating", 100, Unit.T));
    close(d.total(Substance.VOCS), 50);
    assertThat(d.lines(Substance.VOCS).get(0).provenance())
        .contains("voc.content.solvent_coating@1");
    close(
        account(record("SOLVENT_USE", "涂料", 100, Unit.T).technology("waterborne"))
            .total(Substance.VOCS),
        10);
  }

  @Test
  void captureTimesRemovalCutsSolventVocs() {
    // Enclosure (0.9) and RTO (0.94): 100 × 0.60 × (1 − 0.9 × 0.94) = 60 × 0.154 = 9.24 t
    RecordResult rto =
        account(
            record("SOLVENT_USE", "solvent_coating", 100, Unit.T)
                .vocContentPct(60.0)
                .controls("voc_capture_enclosure", "rto"));
    close(only(rto, Substance.VOCS, Method.SOLVENT_VOC).tonnes(), 60 * (1 - 0.9 * 0.94));
    close(rto.total(Substance.VOCS), 9.24);
    // RTO alone: the default capture 0.6 → 60 × (1 − 0.6 × 0.94) = 26.16 t
    close(coatingVocs(60, "rto"), 26.16);
    // Stated efficiencies: capture 0.95, RTO 0.98 → 60 × (1 − 0.931) = 4.14 t
    close(
        coatingVocs(
            60,
            List.of(
                new ControlSpec("voc_capture_enclosure", 0.95, null),
                new ControlSpec("rto", 0.98, null))),
        4.14);
    // Capture without treatment removes nothing: 60 t
    close(coatingVocs(60, "voc_capture_hood"), 60);
    // Low-VOC substitution: 10 % content under the same RTO → 100 × 0.10 × 0.154 = 1.54 t
    close(coatingVocs(10, "voc_capture_enclosure", "rto"), 1.54);
    // The RTO's electricity, memo: 100 t × 400 kWh/t = 40 MWh × 0.5626 t/MWh (Liaoning 2022)
    EmissionLine elec = only(rto, Substance.CO2, Method.CONTROL_ELECTRICITY);
    close(elec.tonnes(), 40 * 0.5626);
    assertThat(elec.scope()).isEqualTo(Scope.MEMO);
    assertThat(elec.provenance()).contains("ctrl.elec.rto@1", "cn.grid.ef.prov.210000.2022@1");
  }

  // ---------------------------------------------------------------- 2.D

  @Test
  void lubricantCo2IsAmountTimesNcvTimesCarbonTimesOdu() {
    // 1000 t × 40.2 GJ/t × 0.020 tC/GJ × 0.2 × 44/12 = 589.6 t CO2
    RecordResult r = account(record("2.D.1", "lubricant", 1000, Unit.T));
    EmissionLine co2 = only(r, Substance.CO2, Method.NON_ENERGY_USE);
    close(co2.tonnes(), 1000 * 40.2 * 0.02 * 0.2 * 44 / 12);
    close(co2.tonnes(), 589.6);
    assertThat(co2.provenance()).contains("ipcc.odu.lubricant@1", "ipcc.ncv.lubricant@1");
    assertThat(r.source().code()).isEqualTo("LUBRICANT_USE");
    close(account(record("PARAFFIN_USE", "paraffin_wax", 10, Unit.T)).total(Substance.CO2), 5.896);
  }

  // ---------------------------------------------------------------- F-gases

  @Test
  void aBlendBankLeaksEachComponentByItsMassShare() {
    // 1000 kg of HFC-410A in stationary AC: 1 t × 5 %/yr = 0.05 t, half HFC-32, half HFC-125
    RecordResult r =
        account(
            record("REFRIGERATION", "refrigerant_bank", 1000, Unit.KG)
                .technology("stationary_ac.HFC-410A"));
    close(only(r, Substance.HFC_32, Method.BANK_LEAKAGE).tonnes(), 0.025);
    close(only(r, Substance.HFC_125, Method.BANK_LEAKAGE).tonnes(), 0.025);
    assertThat(r.lines(Substance.HFC_32).get(0).provenance())
        .contains("ipcc.leak.stationary_ac@1", "blend.hfc-410a.hfc-32@1");
    // CO2e (AR5): 0.025 × 677 + 0.025 × 3170 = 96.175 t
    close(r.co2e().get(Scope.DIRECT).tonnes(), 96.175);
    // R-404A in a supermarket: 0.5 t × 20 % = 0.1 t → 0.044 HFC-125, 0.052 HFC-143a, 0.004
    // HFC-134a
    RecordResult s =
        account(
            record("2.F.1", "refrigerant_bank", 500, Unit.KG)
                .technology("commercial_refrigeration.R-404A"));
    close(s.total(Substance.HFC_125), 0.044);
    close(s.total(Substance.HFC_143A), 0.052);
    close(s.total(Substance.HFC_134A), 0.004);
    // A pure gas without an application: the default 10 %/yr → 2 t × 0.1 = 0.2 t HFC-134a
    close(
        account(record("REFRIGERATION", "制冷剂", 2, Unit.T).technology("HFC-134a"))
            .total(Substance.HFC_134A),
        0.2);
  }

  @Test
  void everyBlendsSharesSumToOne() {
    java.util.Map<String, Double> sums = new java.util.TreeMap<>();
    for (org.cocontrol.core.parameter.Parameter p :
        REF.parameters()
            .latest(p -> p.kind() == org.cocontrol.core.parameter.ParameterKind.BLEND_SHARE)) {
      sums.merge(
          p.technology() == null ? p.activity() : p.technology(), p.asFraction(), Double::sum);
    }
    assertThat(sums).containsKeys("HFC-404A", "HFC-407C", "HFC-410A", "HFC-507A", "sf6_bank");
    sums.forEach((blend, sum) -> assertThat(sum).as(blend).isCloseTo(1.0, within(1e-12)));
  }

  @Test
  void anUnnamedRefrigerantIsAGapNotZero() {
    RecordResult r = account(record("REFRIGERATION", "refrigerant_bank", 100, Unit.KG));
    assertThat(r.lines()).isEmpty();
    assertThat(r.gaps()).singleElement().asString().contains("name the gas in technology");
  }

  @Test
  void sf6BankLeaksAtTheSwitchgearRate() {
    // 2000 kg SF6 × 2 %/yr = 0.04 t SF6 = 0.04 × 23500 = 940 t CO2e (AR5)
    RecordResult r = account(record("ELECTRICAL_EQUIPMENT", "sf6_bank", 2000, Unit.KG));
    EmissionLine sf6 = only(r, Substance.SF6, Method.BANK_LEAKAGE);
    close(sf6.tonnes(), 0.04);
    close(r.co2e().get(Scope.DIRECT).tonnes(), 940);
    // Sealed-pressure equipment: 0.2 %/yr → 0.004 t
    close(
        account(record("2.G.1", "sf6_bank", 2000, Unit.KG).technology("sealed"))
            .total(Substance.SF6),
        0.004);
  }

  // ---------------------------------------------------------------- vehicle fleets

  private static RecordResult fleet(String technology) {
    return account(record("ROAD", "vehicle_km", 100, Unit.WAN_KM).technology(technology));
  }

  @Test
  void aGuo3DieselTruckFleetBurnsDieselAndEmitsItsStandardsFactors() {
    // 1e6 km × 32 L/100km = 320 m3 × 0.85 t/m3 = 272 t diesel
    // CO2 = 272 × 42.652 GJ/t × 0.0202 tC/GJ × 0.98 × 44/12 = 842.0874213546667 t
    RecordResult r = fleet("hdt_diesel_guo3");
    EmissionLine co2 = only(r, Substance.CO2, Method.VEHICLE_FUEL);
    close(co2.tonnes(), 272 * 42.652 * 0.0202 * 0.98 * 44 / 12);
    assertThat(co2.scope()).isEqualTo(Scope.DIRECT);
    assertThat(co2.provenance())
        .contains("veh.fuel.hdt_diesel_guo3@1", "cn.density.diesel@1", "cn.ncv.diesel@2");
    // per km: NOx 8.6 g, CO 2.2, HC 0.39, PM2.5 0.26, PM10 0.29, CH4 0.005, N2O 0.005 × 1e6 km
    close(r.total(Substance.NOX), 8.6);
    close(r.total(Substance.CO), 2.2);
    close(r.total(Substance.VOCS), 0.39);
    close(r.total(Substance.PM25), 0.26);
    close(r.total(Substance.PM10), 0.29);
    close(r.total(Substance.CH4), 0.005);
    close(r.total(Substance.N2O), 0.005);
    assertThat(r.gaps()).isEmpty();
  }

  @Test
  void aGuo6TruckCutsNoxAndParticlesButNotCo2() {
    RecordResult g3 = fleet("hdt_diesel_guo3");
    RecordResult g6 = fleet("hdt_diesel_guo6");
    // same fuel use, same CO2
    close(g6.total(Substance.CO2), g3.total(Substance.CO2));
    // NOx 0.8 g/km, PM2.5 0.005 g/km, N2O 0.03 g/km (SCR) × 1e6 km
    close(g6.total(Substance.NOX), 0.8);
    close(g6.total(Substance.PM25), 0.005);
    close(g6.total(Substance.N2O), 0.03);
  }

  @Test
  void anElectricTruckMovesItsCo2ToTheGridAndHasNoExhaust() {
    // 1e6 km × 1.6 kWh/km = 1600 MWh × 0.5626 t/MWh (Liaoning 2022) = 900.16 t, indirect
    RecordResult r = fleet("hdt_electric");
    EmissionLine co2 = only(r, Substance.CO2, Method.VEHICLE_ELECTRICITY);
    close(co2.tonnes(), 900.16);
    assertThat(co2.scope()).isEqualTo(Scope.INDIRECT);
    assertThat(r.total(Substance.CO2, Scope.DIRECT)).isZero();
    assertThat(r.total(Substance.NOX)).isZero();
    assertThat(r.lines(Substance.NOX)).hasSize(1);
    assertThat(r.gaps()).isEmpty();
  }

  @Test
  void aGasolineCarFleetBurnsGasoline() {
    // 1e6 km × 8 L/100km = 80 m3 × 0.72 t/m3 = 57.6 t; × 43.07 GJ/t × 0.0189 × 0.98 × 44/12
    RecordResult r = fleet("ldv_gasoline_guo6");
    close(r.total(Substance.CO2), 57.6 * 43.07 * 0.0189 * 0.98 * 44 / 12);
    close(r.total(Substance.NOX), 0.01);
  }

  @Test
  void aFleetWithoutKnownVehicleIsAGap() {
    RecordResult r = fleet("spaceship_guo9");
    assertThat(r.lines()).isEmpty();
    assertThat(r.gaps()).anyMatch(g -> g.startsWith("CO2:")).anyMatch(g -> g.startsWith("NOX:"));
    assertThat(account(record("ROAD", "vehicle_km", 1, Unit.KM)).gaps())
        .singleElement()
        .asString()
        .contains("technology");
  }

  // ---------------------------------------------------------------- measures

  @Test
  void rtoAndLowVocCoatingAreMeasuresWithBothSides() {
    ActivityRecord before =
        record("SOLVENT_USE", "solvent_coating", 100, Unit.T).vocContentPct(60.0).build();
    ActivityRecord rto =
        record("SOLVENT_USE", "solvent_coating", 100, Unit.T)
            .vocContentPct(60.0)
            .controls("voc_capture_enclosure", "rto")
            .build();
    Measure m =
        MeasureAccounting.account("rto", "RTO", null, ACCOUNTANT, List.of(before), List.of(rto))
            .measure();
    // VOCs 60 → 9.24 t; CO2 0 → 22.504 t (40 MWh × 0.5626, the RTO's electricity)
    close(m.change(Substance.VOCS).base(), 60);
    close(m.change(Substance.VOCS).after(), 9.24);
    close(m.change(Substance.CO2).after(), 22.504);
    ActivityRecord lowVoc =
        record("SOLVENT_USE", "solvent_coating", 100, Unit.T).vocContentPct(10.0).build();
    Measure sub =
        MeasureAccounting.account(
                "low_voc", "低VOCs涂料替代", null, ACCOUNTANT, List.of(before), List.of(lowVoc))
            .measure();
    // 60 → 10 t VOCs, no CO2 either side
    close(sub.change(Substance.VOCS).after(), 10);
    assertThat(sub.change(Substance.CO2).after()).isZero();
  }

  @Test
  void replacingGuo3DieselTrucksByElectricOnesShowsBothSides() {
    ActivityRecord guo3 =
        record("ROAD", "vehicle_km", 100, Unit.WAN_KM).technology("hdt_diesel_guo3").build();
    ActivityRecord electric =
        record("ROAD", "vehicle_km", 100, Unit.WAN_KM).technology("hdt_electric").build();
    Measure m =
        MeasureAccounting.account(
                "ev_trucks", "国三柴油货车替换为电动", null, ACCOUNTANT, List.of(guo3), List.of(electric))
            .measure();
    // CO2: 842.0874213546667 t of diesel → 900.16 t of grid electricity (a coal-heavy grid)
    close(m.change(Substance.CO2).base(), 272 * 42.652 * 0.0202 * 0.98 * 44 / 12);
    close(m.change(Substance.CO2).after(), 900.16);
    // NOx 8.6 → 0 t, PM2.5 0.26 → 0 t
    close(m.change(Substance.NOX).base(), 8.6);
    assertThat(m.change(Substance.NOX).after()).isZero();
    assertThat(m.change(Substance.PM25).after()).isZero();
  }
}
