package org.cocontrol.core.synergy;

import java.util.Locale;
import java.util.Optional;

/**
 * How the coupling degree C of two subsystems is computed (methods-china §5.2; both forms tagged U
 * there).
 */
public enum CouplingModel {
  /** C = 2√(U1·U2) / (U1 + U2); C = 0 when U1 + U2 = 0. */
  STANDARD {
    @Override
    double c(double u1, double u2) {
      double sum = u1 + u2;
      return sum == 0 ? 0 : 2 * Math.sqrt(u1 * u2) / sum;
    }
  },
  /**
   * The modified C of 王淑佳 et al. (自然资源学报 2021, 36(3): 793), for two subsystems: C = √[(1 − |U2 −
   * U1|) × min(U1, U2) / max(U1, U2)]; C = 0 when both are 0. Unlike the standard form it spreads
   * over [0, 1] instead of crowding near 1.
   */
  WANG_2021 {
    @Override
    double c(double u1, double u2) {
      double max = Math.max(u1, u2);
      return max == 0 ? 0 : Math.sqrt((1 - Math.abs(u2 - u1)) * Math.min(u1, u2) / max);
    }
  };

  abstract double c(double u1, double u2);

  public static Optional<CouplingModel> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    return switch (s.strip().toLowerCase(Locale.ROOT).replace("-", "_")) {
      case "standard" -> Optional.of(STANDARD);
      case "wang2021", "wang_2021", "wang" -> Optional.of(WANG_2021);
      default -> Optional.empty();
    };
  }

  public String code() {
    return this == STANDARD ? "standard" : "wang2021";
  }
}
