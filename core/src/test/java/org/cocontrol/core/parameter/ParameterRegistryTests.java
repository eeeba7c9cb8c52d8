package org.cocontrol.core.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocontrol.core.Fixtures.p;

import java.util.List;
import org.cocontrol.core.substance.Substance;
import org.junit.jupiter.api.Test;

class ParameterRegistryTests {

  private static ParameterQuery q(String region, int year, Scheme scheme) {
    return new ParameterQuery(
        ParameterKind.EMISSION_FACTOR,
        Substance.CO2,
        "electricity",
        "IND_BOILER",
        "1.A.2.m",
        null,
        region,
        "E1",
        year,
        scheme);
  }

  private static ParameterRegistry grid() {
    return ParameterRegistry.of(
        "t",
        List.of(
            p("ipcc", ParameterKind.EMISSION_FACTOR, 0.9, "tCO2/MWh")
                .substance(Substance.CO2)
                .activity("electricity")
                .level(ParameterLevel.IPCC_DEFAULT)
                .get(),
            p("national", ParameterKind.EMISSION_FACTOR, 0.5366, "tCO2/MWh")
                .substance(Substance.CO2)
                .activity("electricity")
                .years(2022, 2022)
                .get(),
            p("national.2021", ParameterKind.EMISSION_FACTOR, 0.5568, "tCO2/MWh")
                .substance(Substance.CO2)
                .activity("electricity")
                .years(2021, 2021)
                .get(),
            p("regional", ParameterKind.EMISSION_FACTOR, 0.5564, "tCO2/MWh")
                .substance(Substance.CO2)
                .activity("electricity")
                .region("210000")
                .level(ParameterLevel.REGIONAL)
                .years(2022, 2022)
                .get(),
            p("provincial", ParameterKind.EMISSION_FACTOR, 0.61, "tCO2/MWh")
                .substance(Substance.CO2)
                .activity("electricity")
                .region("210000")
                .level(ParameterLevel.PROVINCIAL)
                .years(2022, 2022)
                .get(),
            p("ets", ParameterKind.EMISSION_FACTOR, 0.5703, "tCO2/MWh")
                .substance(Substance.CO2)
                .activity("electricity")
                .scheme(Scheme.ETS)
                .years(2022, 2022)
                .get(),
            p("own", ParameterKind.EMISSION_FACTOR, 0.4, "tCO2/MWh")
                .substance(Substance.CO2)
                .activity("electricity")
                .entity("E9")
                .level(ParameterLevel.ENTERPRISE)
                .get()));
  }

  private static String winner(ParameterRegistry r, ParameterQuery q) {
    return r.resolve(q).orElseThrow().parameter().id();
  }

  @Test
  void provincialBeatsRegionalBeatsNationalBeatsIpcc() {
    assertThat(winner(grid(), q("210100", 2022, Scheme.GENERAL))).isEqualTo("provincial");
    assertThat(winner(grid(), q("410100", 2022, Scheme.GENERAL))).isEqualTo("national");
    assertThat(winner(grid(), q("410100", 2021, Scheme.GENERAL))).isEqualTo("national.2021");
  }

  @Test
  void anEnterprisesOwnValueBeatsEverythingPublished() {
    ParameterQuery mine =
        new ParameterQuery(
            ParameterKind.EMISSION_FACTOR,
            Substance.CO2,
            "electricity",
            "IND_BOILER",
            "1.A.2.m",
            null,
            "210100",
            "E9",
            2022,
            Scheme.ETS);
    assertThat(winner(grid(), mine)).isEqualTo("own");
  }

  @Test
  void etsRulesPreferTheEtsValueAndGeneralRulesNeverSeeIt() {
    assertThat(winner(grid(), q("210100", 2022, Scheme.ETS))).isEqualTo("ets");
    assertThat(grid().latest(p -> true)).extracting(Parameter::id).contains("ets");
  }

  @Test
  void aValueValidInTheYearBeatsAHigherLevelFromAnotherYear() {
    // 2023: nothing is valid except the open-ended IPCC default, which wins over extrapolated
    // national values.
    ResolvedParameter r = grid().resolve(q("410100", 2023, Scheme.GENERAL)).orElseThrow();
    assertThat(r.parameter().id()).isEqualTo("ipcc");
    assertThat(r.outsideValidity()).isFalse();
  }

  @Test
  void withoutAnyValidValueTheNearestYearIsUsedAndFlagged() {
    ParameterRegistry r =
        ParameterRegistry.of(
            "t",
            List.of(
                p("y2021", ParameterKind.EMISSION_FACTOR, 0.5568, "tCO2/MWh")
                    .substance(Substance.CO2)
                    .activity("electricity")
                    .years(2021, 2021)
                    .get(),
                p("y2022", ParameterKind.EMISSION_FACTOR, 0.5366, "tCO2/MWh")
                    .substance(Substance.CO2)
                    .activity("electricity")
                    .years(2022, 2022)
                    .get()));
    ResolvedParameter late = r.resolve(q("410100", 2025, Scheme.GENERAL)).orElseThrow();
    assertThat(late.parameter().id()).isEqualTo("y2022");
    assertThat(late.outsideValidity()).isTrue();
    assertThat(r.resolve(q("410100", 2010, Scheme.GENERAL)).orElseThrow().parameter().id())
        .isEqualTo("y2021");
  }

  @Test
  void aLongerIpccPrefixAndAnExactSourceAreMoreSpecific() {
    ParameterRegistry r =
        ParameterRegistry.of(
            "t",
            List.of(
                p("energy", ParameterKind.EMISSION_FACTOR, 1, "kg/TJ")
                    .substance(Substance.CH4)
                    .activity("raw_coal")
                    .source("1.A")
                    .get(),
                p("manufacturing", ParameterKind.EMISSION_FACTOR, 10, "kg/TJ")
                    .substance(Substance.CH4)
                    .activity("raw_coal")
                    .source("1.A.2")
                    .get(),
                p("boilers", ParameterKind.EMISSION_FACTOR, 12, "kg/TJ")
                    .substance(Substance.CH4)
                    .activity("raw_coal")
                    .source("IND_BOILER")
                    .get()));
    ParameterQuery boiler =
        new ParameterQuery(
            ParameterKind.EMISSION_FACTOR,
            Substance.CH4,
            "raw_coal",
            "IND_BOILER",
            "1.A.2.m",
            null,
            null,
            "",
            2022,
            Scheme.GENERAL);
    assertThat(winner(r, boiler)).isEqualTo("boilers");
    ParameterQuery cement =
        new ParameterQuery(
            ParameterKind.EMISSION_FACTOR,
            Substance.CH4,
            "raw_coal",
            "CEMENT_KILN",
            "1.A.2.f",
            null,
            null,
            "",
            2022,
            Scheme.GENERAL);
    assertThat(winner(r, cement)).isEqualTo("manufacturing");
    ParameterQuery power =
        new ParameterQuery(
            ParameterKind.EMISSION_FACTOR,
            Substance.CH4,
            "raw_coal",
            "POWER",
            "1.A.1.a",
            null,
            null,
            "",
            2022,
            Scheme.GENERAL);
    assertThat(winner(r, power)).isEqualTo("energy");
    // "1.A.2" must not match "1.A.20": prefixes end at a dot.
    ParameterQuery other =
        new ParameterQuery(
            ParameterKind.EMISSION_FACTOR,
            Substance.CH4,
            "raw_coal",
            "X",
            "1.A.20",
            null,
            null,
            "",
            2022,
            Scheme.GENERAL);
    assertThat(winner(r, other)).isEqualTo("energy");
  }

  @Test
  void onlyTheLatestVersionOfAnIdIsUsedButEveryVersionCanBeFound() {
    ParameterRegistry r =
        ParameterRegistry.of(
            "t",
            List.of(
                p("ncv", ParameterKind.NCV, 20.908, "GJ/t").activity("raw_coal").get(),
                p("ncv", ParameterKind.NCV, 20.934, "GJ/t").activity("raw_coal").version(2).get()));
    ParameterQuery q =
        new ParameterQuery(
            ParameterKind.NCV,
            null,
            "raw_coal",
            "POWER",
            "1.A.1.a",
            null,
            null,
            "",
            2022,
            Scheme.GENERAL);
    assertThat(r.resolve(q).orElseThrow().parameter().value()).isEqualTo(20.934);
    assertThat(r.find("ncv", 1).orElseThrow().value()).isEqualTo(20.908);
    assertThatThrownBy(
            () ->
                ParameterRegistry.of(
                    "t",
                    List.of(
                        p("a", ParameterKind.NCV, 1, "GJ/t").get(),
                        p("a", ParameterKind.NCV, 2, "GJ/t").get())))
        .hasMessageContaining("a@1 is defined twice");
  }

  @Test
  void rowsThatDoNotFitTheirKindAreRefusedAtLoad() {
    assertThatThrownBy(() -> p("x", ParameterKind.OXIDATION, 0.98, "GJ/t").get())
        .hasMessageContaining("does not fit");
    assertThatThrownBy(() -> p("x", ParameterKind.OXIDATION, 1.2, "fraction").get())
        .hasMessageContaining("cannot exceed 1");
    assertThatThrownBy(() -> p("x", ParameterKind.CARBON_CONTENT, 0.02, "tCO2/GJ").get())
        .hasMessageContaining("tC");
    assertThatThrownBy(
            () ->
                p("x", ParameterKind.EMISSION_FACTOR, 1, "kgCH4/TJ").substance(Substance.N2O).get())
        .hasMessageContaining("weighs CH4");
    assertThatThrownBy(() -> p("x", ParameterKind.EMISSION_FACTOR, 1, "kg/TJ").get())
        .hasMessageContaining("must name its substance");
    assertThatThrownBy(() -> p("x", ParameterKind.NCV, 1, "GJ/t").years(2022, 2021).get())
        .hasMessageContaining("after");
  }

  @Test
  void aDottedTechnologyMatchesItsPrefixAndTheLongerCodeWins() {
    ParameterRegistry r =
        ParameterRegistry.of(
            "t",
            List.of(
                p("any", ParameterKind.GENERATION_COEFFICIENT, 5.47, "kg/t")
                    .substance(Substance.NOX)
                    .activity("raw_coal")
                    .technology("pc_boiler")
                    .get(),
                p("power", ParameterKind.GENERATION_COEFFICIENT, 7.21, "kg/t")
                    .substance(Substance.NOX)
                    .activity("raw_coal")
                    .source("POWER")
                    .technology("pc_boiler")
                    .get(),
                p("small", ParameterKind.GENERATION_COEFFICIENT, 8.96, "kg/t")
                    .substance(Substance.NOX)
                    .activity("raw_coal")
                    .source("POWER")
                    .technology("pc_boiler.le100mw")
                    .get()));
    java.util.function.Function<String, ParameterQuery> nox =
        t ->
            new ParameterQuery(
                ParameterKind.GENERATION_COEFFICIENT,
                Substance.NOX,
                "raw_coal",
                "POWER",
                "1.A.1.a",
                t,
                null,
                "",
                2022,
                Scheme.GENERAL);
    assertThat(winner(r, nox.apply("pc_boiler.le100mw"))).isEqualTo("small");
    assertThat(winner(r, nox.apply("pc_boiler.ge300mw"))).isEqualTo("power");
    assertThat(winner(r, nox.apply("pc_boiler"))).isEqualTo("power");
    // a prefix ends at a dot: pc_boiler must not match pc_boiler2, nor the class row a plain
    // pc_boiler
    assertThat(r.resolve(nox.apply("pc_boiler2"))).isEmpty();
    assertThat(ParameterRegistry.technologySpecificity("pc_boiler.le100mw", "pc_boiler"))
        .isNegative();
  }

  @Test
  void aWithdrawnVersionTakesItsIdOutOfUseButTheEarlierVersionCanStillBeFound() {
    ParameterRegistry r =
        ParameterRegistry.of(
            "t",
            List.of(
                p("ipcc", ParameterKind.EMISSION_FACTOR, 0.52, "t/t")
                    .substance(Substance.CO2)
                    .activity("clinker")
                    .level(ParameterLevel.IPCC_DEFAULT)
                    .get(),
                p("cn", ParameterKind.EMISSION_FACTOR, 0.538, "t/t")
                    .substance(Substance.CO2)
                    .activity("clinker")
                    .get(),
                p("cn", ParameterKind.EMISSION_FACTOR, Parameter.WITHDRAWN, "t/t")
                    .substance(Substance.CO2)
                    .activity("clinker")
                    .version(2)
                    .get()));
    ParameterQuery q =
        new ParameterQuery(
            ParameterKind.EMISSION_FACTOR,
            Substance.CO2,
            "clinker",
            "CEMENT",
            "2.A.1",
            null,
            null,
            "",
            2022,
            Scheme.GENERAL);
    assertThat(winner(r, q)).isEqualTo("ipcc");
    assertThat(r.find("cn", 1).orElseThrow().value()).isEqualTo(0.538);
    assertThat(r.find("cn", 2).orElseThrow().withdrawn()).isTrue();
    assertThat(r.latest(x -> true)).extracting(Parameter::id).containsExactly("ipcc");
  }
}
