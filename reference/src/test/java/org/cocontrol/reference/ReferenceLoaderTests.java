package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.ParameterLevel;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.PollutionEquivalent;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.junit.jupiter.api.Test;

/** The shipped reference data loads cleanly and gives hand-computed results with its own values. */
class ReferenceLoaderTests {

  private static final ReferenceData REF = ReferenceLoader.load();

  private static RecordResult account(AccountingOptions o, ActivityRecord r) {
    return Accountant.of(REF, o).account(r);
  }

  @Test
  void everythingShippedLoads() {
    assertThat(REF.parameters().all()).hasSizeGreaterThan(500);
    assertThat(REF.parameters().all())
        .allSatisfy(p -> assertThat(p.citation().document()).isNotBlank());
    assertThat(REF.regions().all()).hasSizeGreaterThan(3000);
    assertThat(REF.regions().nameZh(Adcode.of(350400))).isEqualTo("三明市");
    assertThat(REF.regions().nameZh(Adcode.of(500000))).isEqualTo("重庆市");
    assertThat(REF.classification().source("1.A.2.f").orElseThrow().code()).isEqualTo("NONMETAL");
    assertThat(REF.gwp().gwp(Substance.CH4, GwpSet.AR5).getAsDouble()).isEqualTo(28);
    assertThat(REF.gwp().gwp(Substance.N2O, GwpSet.SAR).getAsDouble()).isEqualTo(310);
    assertThat(REF.gwp().gwp(Substance.SF6, GwpSet.AR6).getAsDouble()).isEqualTo(25200);
  }

  @Test
  void everyFossilFuelHasCo2AndTheMainPollutantsInAnIndustrialBoiler() {
    Accountant a = Accountant.of(REF, AccountingOptions.defaults());
    for (Activity fuel : REF.classification().activities()) {
      if (fuel.kind() != ActivityKind.FOSSIL_FUEL) {
        continue;
      }
      RecordResult r =
          a.account(
              ActivityRecord.builder(fuel.code())
                  .region(410105)
                  .year(2022)
                  .source("IND_BOILER")
                  .activity(fuel.code(), 100, fuel.defaultUnit())
                  .build());
      assertThat(r.total(Substance.CO2)).as(fuel.code()).isPositive();
      assertThat(r.gaps()).as(fuel.code()).noneMatch(g -> g.startsWith("CO2:"));
    }
  }

  @Test
  void coalInAnIndustrialBoilerWithTheNationalDefaults() {
    RecordResult r =
        account(
            AccountingOptions.defaults(),
            ActivityRecord.builder("c")
                .region(410105)
                .year(2022)
                .source("IND_BOILER")
                .activity("原煤", 1000, Unit.T)
                .build());
    // cn.ncv.raw_coal 20.908 GJ/t × cn.cc.raw_coal 0.02637 tC/GJ × cn.of.raw_coal 0.94 × 44/12
    assertThat(r.total(Substance.CO2)).isCloseTo(1900.2988488, within(1e-6));
  }

  @Test
  void carbonMarketRulesForACoalPowerUnitAndItsElectricity() {
    AccountingOptions ets = AccountingOptions.defaults().withScheme(Scheme.ETS);
    RecordResult coal =
        account(
            ets,
            ActivityRecord.builder("p")
                .region(210106)
                .year(2022)
                .source("POWER")
                .activity("raw_coal", 1000, Unit.T)
                .build());
    // 20.908 GJ/t × 0.03085 tC/GJ (MEE 2022 default, 2021 onwards) × 0.99 × 44/12
    assertThat(coal.lines(Substance.CO2).get(0).tonnes()).isCloseTo(2341.392834, within(1e-6));
    RecordResult before =
        account(
            ets,
            ActivityRecord.builder("p")
                .region(210106)
                .year(2020)
                .source("POWER")
                .activity("raw_coal", 1000, Unit.T)
                .build());
    assertThat(before.lines(Substance.CO2).get(0).tonnes())
        .isCloseTo(1000 * 20.908 * 0.03356 * 0.99 * 44 / 12, within(1e-6));
    ActivityRecord power =
        ActivityRecord.builder("e")
            .region(210106)
            .year(2022)
            .source("IND_BOILER")
            .activity("electricity_purchased", 1000, Unit.MWH)
            .build();
    // ETS: 0.5703 tCO2/MWh (2022 national grid factor for the carbon market)
    assertThat(account(ets, power).total(Substance.CO2)).isCloseTo(570.3, within(1e-9));
    // General accounting in Liaoning: the provincial 2022 value wins over the regional (Northeast)
    // one
    RecordResult general = account(AccountingOptions.defaults(), power);
    Parameter used =
        REF.parameters()
            .find(general.lines().get(0).parameters().get(0).key().split("@")[0], 1)
            .orElseThrow();
    assertThat(used.level()).isEqualTo(ParameterLevel.PROVINCIAL);
    assertThat(general.total(Substance.CO2)).isCloseTo(1000 * used.value(), within(1e-9));
  }

  @Test
  void aUsersParameterFileIsCheckedCellByCell() {
    String csv =
        String.join(
            "\n",
            String.join(",", ReferenceLoader.PARAMETER_COLUMNS),
            "my.ncv,1,NCV,,raw_coal,,,general,410000,,PROVINCIAL,2022,2022,21.5,GJ/t,豫统计 2023,表1,V2,",
            "my.bad,1,NCVV,,coal_tar,,,general,4100,,PROVINCIAL,x,,abc,GJ/t,,,V9,",
            "my.co2e,1,EMISSION_FACTOR,CO2,clinker,,,general,000000,,NATIONAL,,,0.5,tCO2e/t,doc,,U,");
    assertThatThrownBy(
            () ->
                ReferenceLoader.parameters("mine.csv", new StringReader(csv), REF.classification()))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        "mine.csv:3 column kind: unknown value 'NCVV'",
                        "mine.csv:3 column activity: unknown activity 'coal_tar'",
                        "mine.csv:3 column region: not a 6-digit adcode: '4100'",
                        "mine.csv:3 column year_from: not a whole number: 'x'",
                        "mine.csv:3 column value: not a number: 'abc'",
                        "mine.csv:3 column tag: unknown value 'V9'",
                        "mine.csv:3 column document: every value needs its source document")
                    .anyMatch(
                        p ->
                            p.startsWith(
                                "mine.csv:4 column unit: CO2-equivalent units are not allowed")));
    // numbers by the one rule for numbers: Java's 5d or NaN are not numbers here; a value under no
    // header is refused
    String javaish =
        String.join("\n", csv.lines().limit(2).toList()).replace(",21.5,", ",21.5d,")
            + "\n"
            + csv.lines().skip(1).findFirst().orElseThrow().replace("my.ncv,", "my.ncv2,")
            + ",extra";
    assertThatThrownBy(
            () ->
                ReferenceLoader.parameters(
                    "mine.csv", new StringReader(javaish), REF.classification()))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "mine.csv:3: 该列没有表头，其中的值无法读取 / a value in a column without a header",
                        "mine.csv:2 column value: not a number: '21.5d'"));
    List<Parameter> ok =
        ReferenceLoader.parameters(
            "mine.csv",
            new StringReader(String.join("\n", csv.lines().limit(2).toList())),
            REF.classification());
    ReferenceData withMine =
        new ReferenceData(
            REF.parameters().plus(ok), REF.classification(), REF.gwp(), REF.regions());
    RecordResult r =
        Accountant.of(withMine, AccountingOptions.defaults())
            .account(
                ActivityRecord.builder("c")
                    .region(410105)
                    .year(2022)
                    .source("IND_BOILER")
                    .activity("raw_coal", 1000, Unit.T)
                    .build());
    assertThat(r.total(Substance.CO2))
        .isCloseTo(1000 * 21.5 * 0.02637 * 0.94 * 44 / 12, within(1e-6));
  }

  @Test
  void livestockRiceAndFertiliserByTheirEmissionFactors() {
    AccountingOptions o = AccountingOptions.defaults();
    // 12,000 head × 68 kg CH4/head/yr (IPCC 2006 Vol.4 Table 10.11, Asia dairy cattle)
    RecordResult cows =
        account(
            o,
            ActivityRecord.builder("a")
                .region(350481)
                .year(2022)
                .source("ENTERIC")
                .activity("奶牛", 12000, Unit.HEAD)
                .build());
    assertThat(cows.total(Substance.CH4)).isCloseTo(816, within(1e-9));
    // 1,000 ha × 156 kg CH4/ha per season
    assertThat(
            account(
                    o,
                    ActivityRecord.builder("r")
                        .region(350481)
                        .year(2022)
                        .source("RICE")
                        .activity("rice_paddy", 1000, Unit.HA)
                        .build())
                .total(Substance.CH4))
        .isCloseTo(156, within(1e-9));
    // 100 t N × 0.01 kg N2O-N/kg N × 44/28
    RecordResult n =
        account(
            o,
            ActivityRecord.builder("n")
                .region(350481)
                .year(2022)
                .source("SOILS")
                .activity("nitrogen_fertilizer", 100, Unit.T)
                .build());
    assertThat(n.total(Substance.N2O)).isCloseTo(100 * 0.01 * 44 / 28, within(1e-6));
    assertThat(n.co2e().values().iterator().next().tonnes())
        .isCloseTo(100 * 0.01 * 44 / 28 * 265, within(1e-3));
  }

  @Test
  void aZeroAmountGivesZeroEverywhere() {
    RecordResult r =
        account(
            AccountingOptions.defaults(),
            ActivityRecord.builder("z")
                .region(210106)
                .year(2022)
                .source("POWER")
                .activity("raw_coal", 0, Unit.T)
                .controls("wet_fgd", "scr", "esp")
                .build());
    assertThat(r.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.tonnes()).isZero());
  }

  @Test
  void pollutionEquivalentsOfTheTaxLaw() {
    List<PollutionEquivalent> pe = ReferenceLoader.pollutionEquivalents();
    PollutionEquivalent so2 =
        pe.stream().filter(p -> p.substance() == Substance.SO2).findFirst().orElseThrow();
    assertThat(so2.valueKg()).isEqualTo(0.95);
    // 1 t SO2 = 1000 kg / 0.95 kg per equivalent
    assertThat(so2.equivalents(1)).isCloseTo(1052.6315789, within(1e-6));
    assertThat(
            pe.stream()
                .filter(p -> p.substance() == Substance.PM)
                .findFirst()
                .orElseThrow()
                .valueKg())
        .isEqualTo(2.18);
  }
}
