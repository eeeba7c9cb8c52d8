package org.cocontrol.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Neumaier summation keeps what plain double addition loses: each case fails with a naive sum. */
class CompensatedSumTests {

  private static double sum(double... xs) {
    CompensatedSum s = new CompensatedSum();
    for (double x : xs) {
      s.add(x);
    }
    return s.value();
  }

  @Test
  void aSmallAmountBesideALargeOneIsNotLost() {
    // 1e16 + 1 rounds to 1e16 in a double; the compensation keeps the 1
    assertThat(1e16 + 1 - 1e16).isZero();
    assertThat(sum(1e16, 1, -1e16)).isEqualTo(1.0);
  }

  @Test
  void theCompensationAlsoWorksWhenTheNewTermIsTheLarger() {
    // here each large term is larger than the running sum (the other branch of Neumaier's step)
    assertThat(sum(1, 1e100, 1, -1e100)).isEqualTo(2.0);
    assertThat(sum(3, 1e16, -1e16)).isEqualTo(3.0);
  }

  @Test
  void manySmallAmountsAddUpExactly() {
    CompensatedSum s = new CompensatedSum();
    double naive = 0;
    for (int i = 0; i < 1_000_000; i++) {
      s.add(0.1);
      naive += 0.1;
    }
    assertThat(naive).isNotEqualTo(100_000.0);
    assertThat(s.value()).isEqualTo(100_000.0);
  }

  @Test
  void aSumOfNegativeZerosIsZero() {
    assertThat(1 / sum(-0.0, -0.0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(sum()).isZero();
  }
}
