package org.cocontrol.core.waste;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The FOD against the IPCC Waste Model's worked logic for a simple deposit series, computed by
 * hand.
 */
class FirstOrderDecayTests {

  private static final double E = Math.exp(-0.09); // e^(−k), k = 0.09: 0.9139311852712282

  /**
   * 1000 t of MSW a year for 3 years (2020–2022), DOC 0.15, DOCf 0.5, MCF 1: DDOCmd = 1000 × 0.15 ×
   * 0.5 × 1 = 75 t a year; k = 0.09, delay 6 months (decay starts 1 January after deposit, so the
   * deposit year's own deposit does not decay that year). By hand:
   *
   * <pre>
   *   2020: DDOCma_2019 = 0; decomposed = 0;                         DDOCma_2020 = 75
   *   2021: decomposed = 75 × (1 − e^−0.09) = 75 × 0.0860688147 = 6.455161105;
   *         DDOCma_2021 = 75 + 75 × 0.9139311853 = 143.5448388953
   *   2022: decomposed = 143.5448388953 × 0.0860688147 = 12.3547341442;
   *         DDOCma_2022 = 75 + 143.5448388953 × 0.9139311853 = 206.1901047512
   * </pre>
   *
   * CH4 generated (× F 0.5 × 16/12): 2021 4.3034407364 t, 2022 8.2364894294 t.
   */
  @Test
  void threeYearsOfOneThousandTonnesAtK009() {
    double d = 1000 * 0.15 * 0.5 * 1.0;
    List<FirstOrderDecay.Year> y =
        FirstOrderDecay.run(
            List.of(
                new FirstOrderDecay.Input(2020, d, 0.09),
                new FirstOrderDecay.Input(2021, d, 0.09),
                new FirstOrderDecay.Input(2022, d, 0.09)),
            FirstOrderDecay.DEFAULT_DELAY_MONTHS);
    assertThat(y).hasSize(3);
    assertThat(y.get(0).decomposed()).isEqualTo(0.0);
    assertThat(y.get(0).ddocma()).isCloseTo(75, within(1e-12));
    assertThat(y.get(1).ddocmaBefore()).isCloseTo(75, within(1e-12));
    assertThat(y.get(1).decomposed()).isCloseTo(6.4551611047, within(1e-9));
    assertThat(y.get(1).decomposed()).isCloseTo(75 * (1 - E), within(1e-12));
    assertThat(y.get(1).ddocma()).isCloseTo(143.5448388953, within(1e-9));
    assertThat(y.get(2).decomposed()).isCloseTo(12.3547341442, within(1e-9));
    assertThat(y.get(2).decomposed()).isCloseTo((75 + 75 * E) * (1 - E), within(1e-12));
    assertThat(y.get(2).ddocma()).isCloseTo(206.1901047512, within(1e-9));
    assertThat(y.get(2).decomposed() * 0.5 * FirstOrderDecay.CH4_PER_C)
        .isCloseTo(8.2364894294, within(1e-9));
    // mass balance: what was deposited is either still there or decomposed
    double decomposed = y.stream().mapToDouble(FirstOrderDecay.Year::decomposed).sum();
    assertThat(decomposed + y.get(2).ddocma()).isCloseTo(3 * d, within(1e-9));
  }

  /**
   * Without a delay (D = 0, M = 7) the deposit decays for half its year: (13 − 7)/12 = 0.5. Year 1
   * of 75 t at k = 0.09: 75 × (1 − e^−0.045) = 3.3001888625 t decomposed, 75 × e^−0.045 left.
   */
  @Test
  void withoutDelayTheDepositDecaysForHalfItsYear() {
    List<FirstOrderDecay.Year> y =
        FirstOrderDecay.run(List.of(new FirstOrderDecay.Input(2020, 75, 0.09)), 0);
    assertThat(y.get(0).fromDeposit()).isCloseTo(75 * (1 - Math.exp(-0.045)), within(1e-12));
    assertThat(y.get(0).fromDeposit()).isCloseTo(3.3001888625, within(1e-9));
    assertThat(y.get(0).ddocma()).isCloseTo(75 * Math.exp(-0.045), within(1e-12));
  }

  @Test
  void yearsMustBeConsecutive() {
    assertThatThrownBy(
            () ->
                FirstOrderDecay.run(
                    List.of(
                        new FirstOrderDecay.Input(2020, 1, 0.09),
                        new FirstOrderDecay.Input(2022, 1, 0.09)),
                    6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consecutive");
  }
}
