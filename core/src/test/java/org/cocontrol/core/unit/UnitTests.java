package org.cocontrol.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class UnitTests {

  @Test
  void chineseAccountingUnitsConvert() {
    assertThat(Quantity.of(1, Unit.TCE).in(Unit.GJ)).isEqualTo(29.3076);
    assertThat(Quantity.of(1, Unit.WAN_TCE).in(Unit.TJ)).isCloseTo(293.076, within(1e-9));
    assertThat(Quantity.of(1, Unit.WAN_KWH).in(Unit.MWH)).isCloseTo(10, within(1e-12));
    assertThat(Quantity.of(1, Unit.MWH).in(Unit.GJ)).isCloseTo(3.6, within(1e-12));
    assertThat(Quantity.of(2.5, Unit.WAN_T).in(Unit.T)).isEqualTo(25_000);
    assertThat(Quantity.of(3, Unit.WAN_NM3).in(Unit.NM3)).isEqualTo(30_000);
    assertThat(Quantity.of(1500, Unit.L).in(Unit.M3)).isCloseTo(1.5, within(1e-12));
    assertThat(Quantity.of(1, Unit.TJ).in(Unit.MJ)).isCloseTo(1e6, within(1e-6));
  }

  @Test
  void massAndEnergyCannotBeMixed() {
    assertThatThrownBy(() -> Quantity.of(1, Unit.T).in(Unit.GJ))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessageContaining("cannot convert t (MASS) to GJ (ENERGY)");
  }

  @Test
  void symbolsAsUsersWriteThem() {
    assertThat(Unit.parse("万吨")).contains(Unit.WAN_T);
    assertThat(Unit.parse("Nm³")).contains(Unit.NM3);
    assertThat(Unit.parse("万Nm³")).contains(Unit.WAN_NM3);
    assertThat(Unit.parse(" 万kWh ")).contains(Unit.WAN_KWH);
    assertThat(Unit.parse("吨标准煤")).contains(Unit.TCE);
    assertThat(Unit.parse("tonnes2")).isEmpty();
  }

  @Test
  void parameterUnits() {
    assertThat(RateUnit.parse("kJ/kg").orElseThrow().factorTo(Unit.GJ, Unit.T))
        .isCloseTo(1e-3, within(1e-18));
    assertThat(RateUnit.parse("kg/TJ").orElseThrow().factorTo(Unit.T, Unit.GJ))
        .isCloseTo(1e-6, within(1e-20));
    assertThat(RateUnit.parse("tC/TJ").orElseThrow().numeratorSubstance()).isEqualTo("C");
    assertThat(RateUnit.parse("kgCO2/kWh").orElseThrow().factorTo(Unit.T, Unit.MWH))
        .isCloseTo(1, within(1e-12));
    assertThat(RateUnit.parse("GJ/万Nm3").orElseThrow().factorTo(Unit.GJ, Unit.M3))
        .isCloseTo(1e-4, within(1e-18));
    assertThat(RateUnit.parse("tCO2e/t")).isEmpty();
    assertThat(RateUnit.isCo2eUnit("tCO2e/t")).isTrue();
    assertThat(RateUnit.parse("%").orElseThrow().numerator()).isEqualTo(Unit.PERCENT);
  }

  @Provide
  Arbitrary<Unit[]> sameDimensionPairs() {
    return Arbitraries.of(Unit.values())
        .flatMap(
            a ->
                Arbitraries.of(Unit.values())
                    .filter(b -> b.dimension() == a.dimension())
                    .map(b -> new Unit[] {a, b}));
  }

  @Property(tries = 500)
  void aRoundTripReturnsTheSameAmount(
      @ForAll("sameDimensionPairs") Unit[] pair,
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double v) {
    double back = Quantity.of(v, pair[0]).to(pair[1]).in(pair[0]);
    assertThat(back).isCloseTo(v, within(Math.abs(v) * 1e-12 + 1e-12));
  }
}
