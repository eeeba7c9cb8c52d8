package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.Method;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.accounting.ShapeAccountant;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * IPCC sector 4 with the shipped parameters (parameters/waste.csv), each case computed by hand from
 * the IPCC 2006 Vol.5 equations. Sanming (350400, Fujian) is in the temperate wet zone: k = 0.09.
 */
class WasteAccountingTests {

  private static final ReferenceData REF = ReferenceLoader.load();
  private static final Accountant ACCOUNTANT = Accountant.of(REF, AccountingOptions.defaults());

  private static ActivityRecord.Builder rec(String id, String source, String activity, double t) {
    return ActivityRecord.builder(id)
        .entity("SM-WASTE")
        .region(350400)
        .year(2022)
        .source(source)
        .activity(activity, t, Unit.T);
  }

  private static EmissionLine only(RecordResult r, Substance s, Scope scope) {
    List<EmissionLine> l = r.lines(s).stream().filter(x -> x.scope() == scope).toList();
    assertThat(l).as(s + " " + scope).hasSize(1);
    return l.get(0);
  }

  @Test
  void sourcesOfSectorFourHaveTheirIpccCodes() {
    assertThat(REF.classification().source("4.A").orElseThrow().code()).isEqualTo("LANDFILL");
    assertThat(REF.classification().source("4.B").orElseThrow().code()).isEqualTo("COMPOSTING");
    assertThat(REF.classification().source("4.C.1").orElseThrow().code()).isEqualTo("INCINERATION");
    assertThat(REF.classification().source("4.D.1").orElseThrow().code()).isEqualTo("WW_DOMESTIC");
    assertThat(REF.classification().source("4.D.2").orElseThrow().code())
        .isEqualTo("WW_INDUSTRIAL");
    assertThat(REF.classification().activity("生活垃圾填埋量").orElseThrow().code())
        .isEqualTo("msw_landfilled");
  }

  /**
   * Landfill sites are recognised by IPCC 4.A and its sub-categories only, in core and server
   * alike.
   */
  @Test
  void solidWasteDisposalIsIpccFourAAndItsSubcategories() {
    assertThat(REF.classification().source("LANDFILL").orElseThrow().isSolidWasteDisposal())
        .isTrue();
    assertThat(REF.classification().source("COMPOSTING").orElseThrow().isSolidWasteDisposal())
        .isFalse();
    assertThat(
            new SourceCategory("X", "x", "x", "4.A.1", false, "", "", false).isSolidWasteDisposal())
        .isTrue();
    assertThat(
            new SourceCategory("X", "x", "x", "4.AB", false, "", "", false).isSolidWasteDisposal())
        .isFalse();
  }

  /** IPCC Table 4.1, wet weight: CH4 4 g/kg, N2O 0.3 g/kg; NH3 1.275 kg/t (national NH3 guide). */
  @Test
  void compostingIsWasteTimesTable41Factors() {
    RecordResult r = ACCOUNTANT.account(rec("C1", "4.B", "msw_composted", 1000).build());
    assertThat(only(r, Substance.CH4, Scope.DIRECT).tonnes()).isCloseTo(4.0, within(1e-12));
    assertThat(only(r, Substance.N2O, Scope.DIRECT).tonnes()).isCloseTo(0.3, within(1e-12));
    assertThat(only(r, Substance.NH3, Scope.DIRECT).tonnes()).isCloseTo(1.275, within(1e-12));
    assertThat(r.lines(Substance.CO2)).isEmpty();
  }

  /**
   * 1000 t incinerated: carbon burnt = 1000 × dm 1 × CF 0.20 × OF 0.95 = 190 t C; fossil CO2 = 190
   * × FCF 0.39 × 44/12 = 271.7 t (direct); biogenic = 190 × 0.61 × 44/12 = 424.96667 t (reported,
   * not in CO2e). CH4 0.2 g/t → 0.0002 t; N2O 50 g/t → 0.05 t; SO2 0.4, NOx 1.25, PM 0.1, CO 0.4
   * kg/t.
   */
  @Test
  void incinerationSplitsFossilAndBiogenicCo2() {
    RecordResult r = ACCOUNTANT.account(rec("I1", "4.C", "msw_incinerated", 1000).build());
    EmissionLine fossil = only(r, Substance.CO2, Scope.DIRECT);
    assertThat(fossil.method()).isEqualTo(Method.INCINERATION_CO2);
    assertThat(fossil.tonnes()).isCloseTo(190 * 0.39 * 44 / 12, within(1e-9));
    assertThat(fossil.tonnes()).isCloseTo(271.7, within(1e-9));
    assertThat(only(r, Substance.CO2, Scope.BIOGENIC).tonnes())
        .isCloseTo(424.9666666667, within(1e-9));
    assertThat(only(r, Substance.CH4, Scope.DIRECT).tonnes()).isCloseTo(0.0002, within(1e-15));
    assertThat(only(r, Substance.N2O, Scope.DIRECT).tonnes()).isCloseTo(0.05, within(1e-12));
    assertThat(only(r, Substance.SO2, Scope.DIRECT).tonnes()).isCloseTo(0.4, within(1e-12));
    assertThat(only(r, Substance.NOX, Scope.DIRECT).tonnes()).isCloseTo(1.25, within(1e-12));
    assertThat(only(r, Substance.PM, Scope.DIRECT).tonnes()).isCloseTo(0.1, within(1e-12));
    assertThat(only(r, Substance.CO, Scope.DIRECT).tonnes()).isCloseTo(0.4, within(1e-12));
    // CO2e (AR5: CH4 28, N2O 265) leaves the biogenic CO2 out: 271.7 + 0.0002 × 28 + 0.05 × 265
    assertThat(AccountingOptions.defaults().gwpSet()).isEqualTo(GwpSet.AR5);
    assertThat(r.co2e().get(Scope.DIRECT).tonnes())
        .isCloseTo(271.7 + 0.0002 * 28 + 0.05 * 265, within(1e-9));
  }

  /**
   * Domestic BOD 100 t in an anaerobic reactor: 100 × B0 0.6 × MCF 0.8 = 48 t CH4; industrial COD
   * 100 t in an overloaded aerobic plant: 100 × 0.25 × 0.3 = 7.5 t; 10 t N in effluent: 10 × 0.005
   * × 44/28 = 0.0785714286 t N2O; 5 t CH4 recovered at the plant: −5 t.
   */
  @Test
  void wastewaterIsLoadTimesB0TimesMcfAndEffluentN2o() {
    RecordResult bod =
        ACCOUNTANT.account(
            rec("W1", "4.D.1", "wastewater_bod", 100).technology("anaerobic_reactor").build());
    assertThat(only(bod, Substance.CH4, Scope.DIRECT).tonnes()).isCloseTo(48, within(1e-12));
    assertThat(only(bod, Substance.CH4, Scope.DIRECT).method()).isEqualTo(Method.WASTEWATER_CH4);
    RecordResult cod =
        ACCOUNTANT.account(
            rec("W2", "4.D.2", "wastewater_cod", 100).technology("aerobic_overloaded").build());
    assertThat(only(cod, Substance.CH4, Scope.DIRECT).tonnes()).isCloseTo(7.5, within(1e-12));
    RecordResult n = ACCOUNTANT.account(rec("W3", "4.D.1", "wastewater_n_effluent", 10).build());
    assertThat(only(n, Substance.N2O, Scope.DIRECT).tonnes())
        .isCloseTo(0.0785714285714, within(1e-12));
    RecordResult recovered = ACCOUNTANT.account(rec("W4", "4.D", "ch4_recovered", 5).build());
    assertThat(only(recovered, Substance.CH4, Scope.DIRECT).tonnes()).isEqualTo(-5.0);
    // without a pathway there is no MCF: a gap, not zero
    RecordResult none = ACCOUNTANT.account(rec("W5", "4.D.1", "wastewater_bod", 100).build());
    assertThat(none.lines(Substance.CH4)).isEmpty();
    assertThat(none.gaps()).anyMatch(g -> g.startsWith("CH4: no MCF"));
  }

  /**
   * An upload accounts each record shape once (ShapeAccountant): the second wastewater plant of the
   * same shape gets 250 × 0.6 × 0.8 = 120 t CH4, and its trail shows its own load TOW = 250 t, not
   * the first plant's 100 t or the shape's unit amount.
   */
  @Test
  void aSharedShapeShowsEachRecordsOwnLoadInTheTrail() {
    ShapeAccountant shapes = new ShapeAccountant(ACCOUNTANT);
    shapes.account(
        rec("W1", "4.D.1", "wastewater_bod", 100).technology("anaerobic_reactor").build());
    RecordResult second =
        shapes.account(
            rec("W2", "4.D.1", "wastewater_bod", 250).technology("anaerobic_reactor").build());
    assertThat(shapes.shared()).isEqualTo(1);
    EmissionLine ch4 = only(second, Substance.CH4, Scope.DIRECT);
    assertThat(ch4.tonnes()).isCloseTo(120, within(1e-12));
    assertThat(ch4.parameters())
        .filteredOn(u -> u.role().equals("TOW"))
        .singleElement()
        .satisfies(u -> assertThat(u.value()).isCloseTo(250, within(1e-12)));
  }

  private static ActivityRecord landfill(String id, int year, double t) {
    return rec(id, "4.A", "msw_landfilled", t).year(year).technology("managed_anaerobic").build();
  }

  /**
   * DDOCm decomposed in year T, by hand from each deposit rather than by the recursion: a deposit
   * d_y starts decaying on 1 January of y + 1, so in year T it loses d_y × e^(−k(T−1−y)) × (1 −
   * e^(−k)).
   */
  static double decomposed(Map<Integer, Double> deposits, int year, double k) {
    double s = 0;
    for (Map.Entry<Integer, Double> d : deposits.entrySet()) {
      s +=
          d.getKey() < year
              ? d.getValue() * Math.exp(-k * (year - 1 - d.getKey())) * (1 - Math.exp(-k))
              : 0;
    }
    return s;
  }

  /** The shipped history rule: 50 years before the first, DDOCmd_first × 1.05^(y − first). */
  static Map<Integer, Double> history(int first, double ddocm) {
    Map<Integer, Double> m = new TreeMap<>();
    for (int y = first - 50; y < first; y++) {
      m.put(y, ddocm * Math.pow(1.05, y - first));
    }
    return m;
  }

  /**
   * One managed anaerobic site, 1000 t a year reported for 2020–2022: DDOCmd = 1000 × DOC 0.138 ×
   * DOCf 0.5 × MCF 1 = 69 t; 1970–2019 estimated as 69 × 1.05^(y − 2020) (sum 1259.6588567781 t).
   * CH4 = decomposed × F 0.5 × 16/12 × (1 − OX 0.1) = decomposed × 0.6; by hand: 2020 26.1617406903
   * t, 2021 27.4732796077 t, 2022 (decomposed × 2/3 − 5 t recovered) × 0.9 = 24.1719359249 t.
   */
  @Test
  void landfillRecordsOfOneSiteAreOneDepositSeries() {
    Map<Integer, Double> d = history(2020, 69);
    d.put(2020, 69.0);
    d.put(2021, 69.0);
    d.put(2022, 69.0);
    List<RecordResult> r =
        ACCOUNTANT.accountAll(
            List.of(
                landfill("L2020", 2020, 1000),
                landfill("L2021", 2021, 1000),
                rec("R2022", "4.A", "ch4_recovered", 5).technology("managed_anaerobic").build(),
                landfill("L2022", 2022, 1000)));
    EmissionLine y2020 = only(r.get(0), Substance.CH4, Scope.DIRECT);
    assertThat(y2020.method()).isEqualTo(Method.FIRST_ORDER_DECAY);
    assertThat(y2020.tonnes()).isCloseTo(decomposed(d, 2020, 0.09) * 0.6, within(1e-9));
    assertThat(y2020.tonnes()).isCloseTo(26.1617406903, within(1e-9));
    assertThat(only(r.get(1), Substance.CH4, Scope.DIRECT).tonnes())
        .isCloseTo(27.4732796077, within(1e-9));
    assertThat(only(r.get(3), Substance.CH4, Scope.DIRECT).tonnes())
        .isCloseTo((decomposed(d, 2022, 0.09) * 0.5 * 16 / 12 - 5) * 0.9, within(1e-9));
    assertThat(only(r.get(3), Substance.CH4, Scope.DIRECT).tonnes())
        .isCloseTo(24.1719359249, within(1e-9));
    // the recovery record says where it was deducted, and adds nothing
    EmissionLine recovery = only(r.get(2), Substance.CH4, Scope.DIRECT);
    assertThat(recovery.tonnes()).isZero();
    assertThat(recovery.provenance()).contains("L2022");
    // the trail names the deposits used, estimated or reported, and each parameter
    assertThat(y2020.provenance())
        .contains("DDOCmd 1970–2019 (estimated, sum)=1259.65885677")
        .contains("DDOCmd 2020 (records L2020)=69 t")
        .contains("DOC=0.138 fraction [ipcc.waste.doc.msw_bulk@1")
        .contains("MCF=1 fraction [ipcc.waste.mcf.managed_anaerobic@1")
        .contains("k=0.09 fraction [ipcc.waste.k.temperate_wet@1")
        .contains("OX=0.1 fraction [cn.waste.ox.managed_anaerobic@1")
        .contains("history years=50 fraction [project.waste.history_years@1")
        .contains("history growth g=0.05 fraction [project.waste.history_growth@1");
    // accounted alone, the 2022 record is a site of one reported year with 50 estimated before it
    Map<Integer, Double> alone = history(2022, 69);
    alone.put(2022, 69.0);
    assertThat(ACCOUNTANT.account(landfill("L2022", 2022, 1000)).total(Substance.CH4))
        .isCloseTo(decomposed(alone, 2022, 0.09) * 0.6, within(1e-9));
  }

  /**
   * 2020 and 2022 reported (1000 t, 3000 t): 2021's deposit is interpolated, (69 + 207)/2 = 138 t.
   */
  @Test
  void aYearBetweenReportedYearsIsInterpolated() {
    List<RecordResult> r =
        ACCOUNTANT.accountAll(List.of(landfill("A", 2020, 1000), landfill("B", 2022, 3000)));
    Map<Integer, Double> d = history(2020, 69);
    d.put(2020, 69.0);
    d.put(2021, 138.0);
    assertThat(only(r.get(1), Substance.CH4, Scope.DIRECT).tonnes())
        .isCloseTo(decomposed(d, 2022, 0.09) * 0.6, within(1e-9));
    assertThat(only(r.get(1), Substance.CH4, Scope.DIRECT).provenance())
        .contains("DDOCmd 2021 (interpolated between 2020 and 2022)=138 t");
  }

  /** Two site types of one entity are two sites; their series never mix. */
  @Test
  void siteTypesAreSeparateSites() {
    List<RecordResult> r =
        ACCOUNTANT.accountAll(
            List.of(
                landfill("M", 2022, 1000),
                rec("U", "4.A", "msw_landfilled", 1000).technology("unmanaged_deep").build()));
    Map<Integer, Double> m = history(2022, 69);
    m.put(2022, 69.0);
    assertThat(r.get(0).total(Substance.CH4))
        .isCloseTo(decomposed(m, 2022, 0.09) * 0.5 * 16 / 12 * 0.9, within(1e-9));
    // unmanaged deep: MCF 0.8 (DDOCmd 55.2 t), OX 0 (IPCC)
    Map<Integer, Double> u = history(2022, 55.2);
    u.put(2022, 55.2);
    assertThat(r.get(1).total(Substance.CH4))
        .isCloseTo(decomposed(u, 2022, 0.09) * 0.5 * 16 / 12, within(1e-9));
  }
}
