package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.footprint.FacilityRecord;
import org.cocontrol.core.footprint.FootprintReference;
import org.cocontrol.core.footprint.FootprintResult;
import org.cocontrol.core.footprint.ProductFootprint;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/** The shipped footprint tables load, and a cement plant accounted with them adds up. */
class FootprintDataTests {

  private static final ReferenceData REF = ReferenceLoader.load();
  private static final FootprintReference FP = FootprintData.load(REF.classification());

  @Test
  void shippedTablesLoadWithTheirSources() {
    assertThat(FP.productCodes())
        .contains(
            "clinker",
            "cement",
            "pig_iron",
            "dri",
            "crude_steel",
            "sinter",
            "aluminium",
            "ammonia",
            "nitric_acid",
            "urea",
            "hydrogen",
            "electricity");
    assertThat(FP.product("cement").orElseThrow().precursors()).containsExactly("clinker");
    assertThat(FP.product("cement").orElseThrow().cnCode()).isEqualTo("2523 29 00");
    assertThat(FP.product("nitric_acid").orElseThrow().cbamGases())
        .containsExactlyInAnyOrder(Substance.CO2, Substance.N2O);
    assertThat(FP.upstream("clinker_purchased").orElseThrow().precursor()).isEqualTo("clinker");
    assertThat(FP.upstreamFactors())
        .allSatisfy(u -> assertThat(u.citation().document()).isNotBlank());
  }

  @Test
  void aCementPlantAccountedWithTheShippedDataAddsUp() {
    Accountant a = Accountant.of(REF, AccountingOptions.defaults());
    List<ActivityRecord> records =
        List.of(
            rec("k1", "CEMENT_KILN", "raw_coal", 10000, Unit.T, null),
            rec("k2", "CEMENT", "clinker", 100000, Unit.T, null),
            rec("k3", "CEMENT_KILN", "electricity_purchased", 6000, Unit.MWH, null),
            rec("m1", "NONMETAL", "electricity_purchased", 4000, Unit.MWH, "cement_mill"),
            rec("m2", "NONMETAL", "clinker_purchased", 20000, Unit.T, null),
            rec("m3", "NONMETAL", "cement", 150000, Unit.T, "cement_mill"));
    List<FacilityRecord> accounted = new ArrayList<>();
    double direct = 0;
    double indirect = 0;
    for (ActivityRecord r : records) {
      RecordResult res = a.account(r);
      accounted.add(FacilityRecord.of(res));
      direct += res.co2e().containsKey(Scope.DIRECT) ? res.co2e().get(Scope.DIRECT).tonnes() : 0;
      indirect +=
          res.co2e().containsKey(Scope.INDIRECT) ? res.co2e().get(Scope.INDIRECT).tonnes() : 0;
    }
    // The purchased clinker and the cement have no emissions of their own.
    assertThat(a.account(records.get(4)).lines()).isEmpty();
    FootprintResult fp = FootprintResult.compute(FP, REF.gwp(), GwpSet.AR5, "C1", 2023, accounted);
    ProductFootprint clinker = fp.footprints().get(0);
    ProductFootprint cement = fp.footprints().get(1);
    assertThat(clinker.product()).isEqualTo("clinker");
    // Calcination: 100,000 t × 0.52 tCO2/t (ipcc.ef.co2.clinker) = 52,000 t inside the clinker's D
    assertThat(clinker.directT()).isGreaterThan(52000);
    // Upstream: coal 10,000 t × 0.14; purchased clinker 20,000 t × 0.92 = 18,400
    assertThat(clinker.upstreamT()).isCloseTo(1400, withinPercentage(1e-7));
    assertThat(cement.upstreamT()).isCloseTo(18400, withinPercentage(1e-7));
    // All the clinker made goes into the cement: the cement carries every emission of the plant.
    assertThat(cement.totalT()).isCloseTo(direct + indirect + 1400 + 18400, withinPercentage(1e-7));
    assertThat(fp.cbam().goods()).extracting(g -> g.cnCode()).contains("2523 29 00");
  }

  private static ActivityRecord rec(
      String id, String source, String activity, double amount, Unit unit, String technology) {
    return ActivityRecord.builder(id)
        .entity("C1")
        .region(340100)
        .year(2023)
        .source(source)
        .activity(activity, amount, unit)
        .technology(technology)
        .build();
  }
}
