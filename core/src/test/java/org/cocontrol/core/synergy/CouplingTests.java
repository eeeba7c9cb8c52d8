package org.cocontrol.core.synergy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cocontrol.core.parameter.Verification;
import org.junit.jupiter.api.Test;

/** The coupling coordination degree, hand-computed, with the band edges. */
class CouplingTests {

  private final CouplingBands bands = SynergyFixtures.bands();

  @Test
  void theWorkedExample() {
    Coupling c = Coupling.of(0.8, 0.4, bands);
    // C = 2√(0.32)/1.2; T = 0.6; D = √(C·T)
    assertThat(c.c()).isCloseTo(0.942809, within(1e-6));
    assertThat(c.t()).isCloseTo(0.6, within(1e-15));
    assertThat(c.d()).isCloseTo(0.752121, within(1e-6));
    assertThat(c.band().nameZh()).isEqualTo("中级协调");
    assertThat(c.band().level()).isEqualTo(8);
  }

  @Test
  void alphaWeighsTheTwoSystems() {
    Coupling c = Coupling.of(0.8, 0.4, 0.75, CouplingModel.STANDARD, bands);
    assertThat(c.t()).isCloseTo(0.7, within(1e-15));
    assertThat(c.d()).isCloseTo(Math.sqrt(0.942809042 * 0.7), within(1e-8));
    assertThat(Coupling.of(0.8, 0.4, 1, CouplingModel.STANDARD, bands).t()).isEqualTo(0.8);
  }

  @Test
  void theWang2021ModifiedCoupling() {
    Coupling c = Coupling.of(0.8, 0.4, 0.5, CouplingModel.WANG_2021, bands);
    // C = √[(1 − 0.4) × 0.4/0.8] = √0.3
    assertThat(c.c()).isCloseTo(Math.sqrt(0.3), within(1e-15));
    assertThat(c.d()).isCloseTo(Math.sqrt(Math.sqrt(0.3) * 0.6), within(1e-15));
    assertThat(c.band().nameZh()).isEqualTo("勉强协调");
    assertThat(Coupling.of(0, 0, 0.5, CouplingModel.WANG_2021, bands).c()).isZero();
    assertThat(Coupling.of(0.5, 0.5, 0.5, CouplingModel.WANG_2021, bands).c()).isEqualTo(1.0);
  }

  @Test
  void bandEdgesBelongToTheBandAbove() {
    // U1 = U2 = 0.25: C = 1, T = 0.25, D = 0.5 exactly, the lower edge of 勉强协调
    assertThat(Coupling.of(0.25, 0.25, bands).d()).isEqualTo(0.5);
    assertThat(Coupling.of(0.25, 0.25, bands).band().nameZh()).isEqualTo("勉强协调");
    assertThat(Coupling.of(1, 1, bands).band().nameZh()).isEqualTo("优质协调");
    assertThat(Coupling.of(1, 1, bands).d()).isEqualTo(1.0);
    Coupling zero = Coupling.of(0, 0, bands);
    assertThat(zero.c()).isZero();
    assertThat(zero.d()).isZero();
    assertThat(zero.band().nameZh()).isEqualTo("极度失调");
    // one system at zero: C = 0 whatever the other
    assertThat(Coupling.of(0, 0.9, bands).d()).isZero();
  }

  @Test
  void scoresOutsideZeroToOneAreRefused() {
    assertThatThrownBy(() -> Coupling.of(1.2, 0.5, bands))
        .hasMessageContaining("U1 must be in [0, 1], got 1.2");
    assertThatThrownBy(() -> Coupling.of(0.5, -0.1, bands))
        .hasMessageContaining("U2 must be in [0, 1]");
    assertThatThrownBy(() -> Coupling.of(Double.NaN, 0.5, bands)).hasMessageContaining("U1");
    assertThatThrownBy(() -> Coupling.of(0.5, 0.5, 1.5, CouplingModel.STANDARD, bands))
        .hasMessageContaining("alpha");
  }

  @Test
  void bandsMustCoverZeroToOne() {
    CouplingBands.Band low = new CouplingBands.Band(0, 0.5, 1, "失调", "imbalance");
    CouplingBands.Band high = new CouplingBands.Band(0.6, 1, 2, "协调", "coordination");
    assertThatThrownBy(() -> CouplingBands.of(List.of(low, high), "x", Verification.U))
        .hasMessageContaining("without gaps");
    assertThatThrownBy(() -> CouplingBands.of(List.of(low), "x", Verification.U))
        .hasMessageContaining("must reach 1");
    assertThatThrownBy(() -> new CouplingBands.Band(0.5, 0.5, 1, "", ""))
        .hasMessageContaining("lower < upper");
    assertThat(CouplingModel.parse("wang2021")).contains(CouplingModel.WANG_2021);
    assertThat(CouplingModel.parse("x")).isEmpty();
  }
}
