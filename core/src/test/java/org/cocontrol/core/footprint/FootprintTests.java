package org.cocontrol.core.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.parameter.Citation;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/**
 * Footprints and CBAM embedded emissions computed by hand. Relative tolerance 1e-9
 * (withinPercentage 1e-7).
 */
class FootprintTests {

  private static final double REL = 1e-7; // percent, i.e. 1e-9 relative
  private static final Citation TEST = Citation.of("test", "by hand");

  private static final GwpTable GWP =
      GwpTable.of(
          List.of(
              new GwpTable.Entry(Substance.CO2, GwpSet.AR5, 1, "AR5", "", "V1"),
              new GwpTable.Entry(Substance.CH4, GwpSet.AR5, 28, "AR5", "", "V1"),
              new GwpTable.Entry(Substance.N2O, GwpSet.AR5, 265, "AR5", "", "V1"),
              new GwpTable.Entry(Substance.CO2, GwpSet.AR6, 1, "AR6", "", "V1"),
              new GwpTable.Entry(Substance.CH4, GwpSet.AR6, 27.9, "AR6", "", "V1"),
              new GwpTable.Entry(Substance.N2O, GwpSet.AR6, 273, "AR6", "", "V1")));

  private static ProductDefinition product(String code, List<String> precursors) {
    return new ProductDefinition(
        code,
        code,
        code,
        code,
        Unit.T,
        "",
        "",
        precursors,
        Set.of(Substance.CO2),
        TEST,
        Verification.U,
        "");
  }

  private static ProcessBoundary boundary(String product, String source, String technology) {
    return new ProcessBoundary(product, source, technology, TEST, Verification.U, "");
  }

  private static final FootprintReference REF =
      FootprintReference.of(
          List.of(
              product("clinker", List.of()),
              product("cement", List.of("clinker")),
              product("sinter", List.of()),
              product("pig_iron", List.of("sinter")),
              product("dri", List.of()),
              product("crude_steel", List.of("pig_iron", "dri")),
              new ProductDefinition(
                  "electricity",
                  "电力",
                  "electricity",
                  "electricity_exported",
                  Unit.MWH,
                  "2716 00 00",
                  "electricity",
                  List.of(),
                  Set.of(Substance.CO2),
                  TEST,
                  Verification.U,
                  "")),
          List.of(
              boundary("clinker", "CEMENT_KILN", null),
              boundary("clinker", "CEMENT", null),
              boundary("cement", "*", "cement_mill"),
              boundary("sinter", "SINTERING", null),
              boundary("pig_iron", "*", "blast_furnace"),
              boundary("crude_steel", "IRON_STEEL", null),
              boundary("crude_steel", "STEEL", null),
              boundary("electricity", "POWER", null)),
          List.of(
              new UpstreamFactor(
                  "raw_coal", 0.2, Unit.T, null, null, null, TEST, Verification.U, ""),
              new UpstreamFactor(
                  "clinker_purchased",
                  0.9,
                  Unit.T,
                  "clinker",
                  0.85,
                  0.05,
                  TEST,
                  Verification.U,
                  ""),
              new UpstreamFactor(
                  "pig_iron_purchased",
                  2.0,
                  Unit.T,
                  "pig_iron",
                  1.8,
                  0.1,
                  TEST,
                  Verification.U,
                  "")));

  private static Activity activity(String code, ActivityKind kind) {
    return new Activity(code, code, code, List.of(), kind, "", Unit.T, null);
  }

  private static SourceCategory source(String code) {
    return new SourceCategory(code, code, code, "x", false, "", "", false);
  }

  private static FacilityRecord rec(
      String id,
      String activity,
      ActivityKind kind,
      String source,
      String technology,
      double amount,
      Unit unit,
      FacilityLine... lines) {
    return new FacilityRecord(
        id, activity(activity, kind), source(source), technology, amount, unit, List.of(lines));
  }

  private static FacilityLine direct(Substance s, double t) {
    return new FacilityLine(s, Scope.DIRECT, t);
  }

  private static FacilityLine indirect(double t) {
    return new FacilityLine(Substance.CO2, Scope.INDIRECT, t);
  }

  /**
   * A cement plant: 100,000 t clinker and 150,000 t cement, 20,000 t clinker bought in, electricity
   * bought for the kiln and for the cement mill, a diesel boiler shared by both.
   */
  private static List<FacilityRecord> cementPlant() {
    return List.of(
        rec(
            "r1",
            "raw_coal",
            ActivityKind.FOSSIL_FUEL,
            "CEMENT_KILN",
            null,
            10000,
            Unit.T,
            direct(Substance.CO2, 19000),
            direct(Substance.CH4, 0.2),
            direct(Substance.N2O, 0.3),
            direct(Substance.SO2, 50)),
        rec(
            "r2",
            "clinker",
            ActivityKind.PRODUCT,
            "CEMENT",
            null,
            10,
            Unit.WAN_T,
            direct(Substance.CO2, 52000)),
        rec(
            "r3",
            "electricity_purchased",
            ActivityKind.ELECTRICITY_PURCHASED,
            "CEMENT_KILN",
            null,
            6000,
            Unit.MWH,
            indirect(3421.8)),
        rec(
            "r4",
            "electricity_purchased",
            ActivityKind.ELECTRICITY_PURCHASED,
            "NONMETAL",
            "cement_mill",
            4000,
            Unit.MWH,
            indirect(2281.2)),
        rec(
            "r5",
            "clinker_purchased",
            ActivityKind.PURCHASED_INPUT,
            "NONMETAL",
            null,
            20000,
            Unit.T),
        rec("r6", "cement", ActivityKind.PRODUCT, "NONMETAL", "cement_mill", 150000, Unit.T),
        rec(
            "r7",
            "diesel",
            ActivityKind.FOSSIL_FUEL,
            "IND_BOILER",
            null,
            100,
            Unit.T,
            direct(Substance.CO2, 310),
            new FacilityLine(Substance.CO2, Scope.MEMO, 99),
            new FacilityLine(Substance.CO2, Scope.BIOGENIC, 77)));
  }

  private static ProductFootprint footprint(FootprintResult r, String product) {
    return r.footprints().stream()
        .filter(f -> f.product().equals(product))
        .findFirst()
        .orElseThrow();
  }

  private static CbamReport.Good good(FootprintResult r, String product) {
    return r.cbam().goods().stream()
        .filter(g -> g.product().equals(product))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void cementPlantFootprintByHand() {
    FootprintResult r = FootprintResult.compute(REF, GWP, GwpSet.AR5, "C1", 2023, cementPlant());
    // Clinker (production 10 万t = 100,000 t):
    //   D = r1 19000 + 0.2×28 + 0.3×265 = 19085.1; r2 52000; r7 310 × 100000/250000 = 124
    //     = 71209.1 (SO2, memo and biogenic lines add nothing)
    //   I = r3 3421.8;  U = r1 10000 t × 0.2 = 2000 (diesel: no factor, named in the notes)
    //   total 76630.9, per t 0.766309
    ProductFootprint clinker = footprint(r, "clinker");
    assertThat(clinker.production()).isCloseTo(100000, withinPercentage(REL));
    assertThat(clinker.directT()).isCloseTo(71209.1, withinPercentage(REL));
    assertThat(clinker.indirectT()).isCloseTo(3421.8, withinPercentage(REL));
    assertThat(clinker.upstreamT()).isCloseTo(2000, withinPercentage(REL));
    assertThat(clinker.ownPrecursorsT()).isZero();
    assertThat(clinker.totalT()).isCloseTo(76630.9, withinPercentage(REL));
    assertThat(clinker.perUnit()).isCloseTo(0.766309, withinPercentage(REL));
    // Cement (150,000 t): D = r7 310 × 0.6 = 186; I = r4 2281.2; U = r5 20000 × 0.9 = 18000;
    //   own clinker: all 100,000 t × 0.766309 = 76630.9; total 97098.1; per t 0.64732066…
    ProductFootprint cement = footprint(r, "cement");
    assertThat(cement.directT()).isCloseTo(186, withinPercentage(REL));
    assertThat(cement.indirectT()).isCloseTo(2281.2, withinPercentage(REL));
    assertThat(cement.upstreamT()).isCloseTo(18000, withinPercentage(REL));
    assertThat(cement.ownPrecursorsT()).isCloseTo(76630.9, withinPercentage(REL));
    assertThat(cement.totalT()).isCloseTo(97098.1, withinPercentage(REL));
    assertThat(cement.perUnit()).isCloseTo(97098.1 / 150000, withinPercentage(REL));
    assertThat(r.notes()).anyMatch(n -> n.contains("no upstream factor for diesel"));
    // The clinker is listed before the cement that uses it.
    assertThat(r.footprints())
        .extracting(ProductFootprint::product)
        .containsExactly("clinker", "cement");
  }

  @Test
  void cementPlantCbamByHand() {
    FootprintResult r = FootprintResult.compute(REF, GWP, GwpSet.AR6, "C1", 2023, cementPlant());
    // CBAM covers CO2 only for cement goods (CH4, N2O of r1 left out), AR5 whatever the footprint
    // set.
    // Clinker: AttrEm_dir = 19000 + 52000 + 310 × 0.4 = 71124; AttrEm_ind = 3421.8
    CbamReport.Good clinker = good(r, "clinker");
    assertThat(clinker.attributedDirectT()).isCloseTo(71124, withinPercentage(REL));
    assertThat(clinker.attributedIndirectT()).isCloseTo(3421.8, withinPercentage(REL));
    assertThat(clinker.seeDirect()).isCloseTo(0.71124, withinPercentage(REL));
    assertThat(clinker.seeIndirect()).isCloseTo(0.034218, withinPercentage(REL));
    // Cement: AttrEm_dir = 186, AttrEm_ind = 2281.2; purchased clinker 20000 × (0.85, 0.05) =
    //   (17000, 1000); own clinker 100000 × (0.71124, 0.034218) = (71124, 3421.8)
    //   EE_dir = 88310, EE_ind = 6703; SEE = 0.58873…, 0.044686…
    CbamReport.Good cement = good(r, "cement");
    assertThat(cement.attributedDirectT()).isCloseTo(186, withinPercentage(REL));
    assertThat(cement.attributedIndirectT()).isCloseTo(2281.2, withinPercentage(REL));
    assertThat(cement.precursorDirectT()).isCloseTo(17000 + 71124, withinPercentage(REL));
    assertThat(cement.precursorIndirectT()).isCloseTo(1000 + 3421.8, withinPercentage(REL));
    assertThat(cement.embeddedDirectT()).isCloseTo(88310, withinPercentage(REL));
    assertThat(cement.embeddedIndirectT()).isCloseTo(6703, withinPercentage(REL));
    assertThat(cement.seeDirect()).isCloseTo(88310.0 / 150000, withinPercentage(REL));
    assertThat(cement.seeIndirect()).isCloseTo(6703.0 / 150000, withinPercentage(REL));
    assertThat(cement.seeTotal()).isCloseTo(95013.0 / 150000, withinPercentage(REL));
    assertThat(r.cbam().gwpSet()).isEqualTo(GwpSet.AR5);
    assertThat(r.cbam().purchased())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.precursor()).isEqualTo("clinker");
              assertThat(p.consumedBy()).isEqualTo("cement");
              assertThat(p.massT()).isCloseTo(20000, withinPercentage(REL));
            });
    // The footprint follows the set asked: AR6 CH4 27.9, N2O 273 → D_clinker = 19000 + 5.58 + 81.9
    //   + 52000 + 124 = 71211.48
    assertThat(footprint(r, "clinker").directT()).isCloseTo(71211.48, withinPercentage(REL));
  }

  /**
   * A steel plant: sinter → pig iron (blast furnace) → BOF crude steel, 10,000 t pig iron bought
   * in, electricity for the steel shop, a shared coal boiler.
   */
  private static List<FacilityRecord> steelPlant() {
    return List.of(
        rec(
            "s1",
            "sinter",
            ActivityKind.PRODUCT,
            "SINTERING",
            null,
            50000,
            Unit.T,
            direct(Substance.CO2, 10000)),
        rec(
            "s2",
            "coke",
            ActivityKind.FOSSIL_FUEL,
            "STEEL",
            "blast_furnace",
            30000,
            Unit.T,
            direct(Substance.CO2, 90000)),
        rec("s3", "pig_iron", ActivityKind.PRODUCT, "IRON_STEEL", "blast_furnace", 80000, Unit.T),
        rec(
            "s4",
            "crude_steel",
            ActivityKind.PRODUCT,
            "IRON_STEEL",
            "bof",
            100000,
            Unit.T,
            direct(Substance.CO2, 5000)),
        rec(
            "s5",
            "pig_iron_purchased",
            ActivityKind.PURCHASED_INPUT,
            "IRON_STEEL",
            null,
            10000,
            Unit.T),
        rec(
            "s6",
            "electricity_purchased",
            ActivityKind.ELECTRICITY_PURCHASED,
            "STEEL",
            null,
            20000,
            Unit.MWH,
            indirect(11406)),
        rec(
            "s7",
            "raw_coal",
            ActivityKind.FOSSIL_FUEL,
            "IND_BOILER",
            null,
            1000,
            Unit.T,
            direct(Substance.CO2, 1800)));
  }

  @Test
  void steelPlantWithPigIronPrecursorByHand() {
    FootprintResult r = FootprintResult.compute(REF, GWP, GwpSet.AR5, "S1", 2023, steelPlant());
    // Shared boiler s7: 1800 t CO2 + upstream 1000 × 0.2 = 200, by mass over 50000 + 80000 + 100000
    // Sinter: 10000 + (1800 + 200) × 50/230 = 10434.7826087…; per t ÷ 50000
    double sinter = 10000 + 2000.0 * 50 / 230;
    assertThat(footprint(r, "sinter").totalT()).isCloseTo(sinter, withinPercentage(REL));
    // Pig iron: coke s2 (STEEL + blast_furnace: the technology boundary beats STEEL's) 90000
    //   + 2000 × 80/230 + all own sinter (pig iron is its only consumer) → per t ÷ 80000
    double pig = 90000 + 2000.0 * 80 / 230 + sinter;
    ProductFootprint pigIron = footprint(r, "pig_iron");
    assertThat(pigIron.ownPrecursorsT()).isCloseTo(sinter, withinPercentage(REL));
    assertThat(pigIron.perUnit()).isCloseTo(pig / 80000, withinPercentage(REL));
    // Crude steel: D 5000 + 1800 × 100/230; I 11406 (s6 under STEEL); U 200 × 100/230 + 10000 ×
    // 2.0;
    //   own pig iron 80000 × pig/80000. Everything made here ends in the steel: total = all
    //   emissions and upstream of the plant = 10000 + 90000 + 5000 + 1800 + 200 + 11406 + 20000
    //   = 138406; per t 1.38406
    ProductFootprint steel = footprint(r, "crude_steel");
    assertThat(steel.directT()).isCloseTo(5000 + 1800.0 * 100 / 230, withinPercentage(REL));
    assertThat(steel.indirectT()).isCloseTo(11406, withinPercentage(REL));
    assertThat(steel.upstreamT()).isCloseTo(20000 + 200.0 * 100 / 230, withinPercentage(REL));
    assertThat(steel.totalT()).isCloseTo(138406, withinPercentage(REL));
    assertThat(steel.perUnit()).isCloseTo(1.38406, withinPercentage(REL));
    assertThat(r.notes()).anyMatch(n -> n.contains("no upstream factor for coke"));

    // CBAM: sinter 10000 + 1800×50/230; pig iron 90000 + 1800×80/230 + sinter's; steel
    //   EE_dir = 5000 + 1800×100/230 + 10000 × 1.8 + pig iron's = 5000 + 1800 + 18000 + 90000
    //   + 10000 = 124800 → SEE_dir 1.248; EE_ind = 11406 + 10000 × 0.1 = 12406 → 0.12406
    CbamReport.Good crude = good(r, "crude_steel");
    assertThat(crude.embeddedDirectT()).isCloseTo(124800, withinPercentage(REL));
    assertThat(crude.seeDirect()).isCloseTo(1.248, withinPercentage(REL));
    assertThat(crude.seeIndirect()).isCloseTo(0.12406, withinPercentage(REL));
    assertThat(good(r, "pig_iron").seeDirect())
        .isCloseTo(
            (90000 + 1800.0 * 80 / 230 + 10000 + 1800.0 * 50 / 230) / 80000, withinPercentage(REL));
  }

  @Test
  void aPrecursorMadeButNotConsumedIsAFinalGood() {
    List<FacilityRecord> only = new ArrayList<>(cementPlant());
    only.removeIf(x -> x.recordId().equals("r6") || x.recordId().equals("r5"));
    FootprintResult r = FootprintResult.compute(REF, GWP, GwpSet.AR5, "C1", 2023, only);
    // No cement made: the mill's electricity (r4, boundary cement) and the boiler are shared by
    // mass, all to clinker: D = 19085.1 + 52000 + 310; I = 3421.8 + 2281.2; U = 2000
    ProductFootprint clinker = footprint(r, "clinker");
    assertThat(clinker.totalT())
        .isCloseTo(19085.1 + 52000 + 310 + 3421.8 + 2281.2 + 2000, withinPercentage(REL));
    assertThat(r.footprints()).hasSize(1);
  }

  @Test
  void oneOutputReportedUnderTwoSourcesIsCountedOnce() {
    List<FacilityRecord> twice = new ArrayList<>(cementPlant());
    // The kiln's own clinker record (pollutants only), 99,000 t: the CEMENT record's 100,000 t
    // stands; its lines belong to clinker as production-record lines.
    twice.add(
        rec(
            "r8",
            "clinker",
            ActivityKind.PRODUCT,
            "CEMENT_KILN",
            "dry_kiln",
            99000,
            Unit.T,
            direct(Substance.NOX, 80)));
    FootprintResult r = FootprintResult.compute(REF, GWP, GwpSet.AR5, "C1", 2023, twice);
    assertThat(footprint(r, "clinker").production()).isCloseTo(100000, withinPercentage(REL));
    assertThat(footprint(r, "cement").perUnit()).isCloseTo(97098.1 / 150000, withinPercentage(REL));
    assertThat(r.notes()).anyMatch(n -> n.contains("counted once"));
  }

  @Test
  void aPowerPlantsElectricityPerMwhSentOut() {
    List<FacilityRecord> plant =
        List.of(
            rec(
                "p1",
                "raw_coal",
                ActivityKind.FOSSIL_FUEL,
                "POWER",
                "pc_boiler",
                1000,
                Unit.T,
                direct(Substance.CO2, 1800),
                direct(Substance.N2O, 0.01)),
            // what it sends out: the production (its CO2 is a memo line, never counted)
            rec(
                "p2",
                "electricity_exported",
                ActivityKind.ELECTRICITY_EXPORTED,
                "POWER",
                null,
                2000,
                Unit.MWH,
                new FacilityLine(Substance.CO2, Scope.MEMO, 1140)));
    FootprintResult r = FootprintResult.compute(REF, GWP, GwpSet.AR5, "P1", 2023, plant);
    // footprint: (1800 + 0.01 × 265 + upstream 1000 × 0.2) / 2000 MWh = 2002.65 / 2000
    ProductFootprint e = footprint(r, "electricity");
    assertThat(e.unit()).isEqualTo("MWh");
    assertThat(e.perUnit()).isCloseTo(2002.65 / 2000, withinPercentage(REL));
    // CBAM: CO2 only, 1800 / 2000 = 0.9 t/MWh, no indirect; the production record is no export
    assertThat(good(r, "electricity").seeDirect()).isCloseTo(0.9, withinPercentage(REL));
    assertThat(good(r, "electricity").seeIndirect()).isZero();
    assertThat(r.notes()).noneMatch(n -> n.contains("not deducted"));
  }

  @Test
  void noProductionGivesNoFootprintAndSaysSo() {
    FootprintResult r =
        FootprintResult.compute(REF, GWP, GwpSet.AR5, "C1", 2023, List.of(cementPlant().get(0)));
    assertThat(r.footprints()).isEmpty();
    assertThat(r.cbam().goods()).isEmpty();
    assertThat(r.notes()).anyMatch(n -> n.contains("no production record"));
  }

  @Test
  void referenceRefusesCyclesAndUnknownPrecursors() {
    assertThatThrownBy(
            () ->
                FootprintReference.of(
                    List.of(product("a", List.of("b")), product("b", List.of("a"))),
                    List.of(),
                    List.of()))
        .hasMessageContaining("cycle");
    assertThatThrownBy(
            () -> FootprintReference.of(List.of(product("a", List.of("x"))), List.of(), List.of()))
        .hasMessageContaining("unknown precursor");
  }
}
