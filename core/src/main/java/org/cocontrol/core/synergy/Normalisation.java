package org.cocontrol.core.synergy;

import java.util.Locale;
import java.util.Optional;

/** How an indicator's raw values become scores x' in [0, 1] (1 = best). */
public enum Normalisation {
  /**
   * Against the entities evaluated together: benefit (x − min)/(max − min), cost (max − x)/(max −
   * min). When every entity has the same value (max = min) all get 1: none falls short of the best.
   */
  MIN_MAX,
  /**
   * Against the indicator's reference value (a target or benchmark, &gt; 0): benefit min(1, x/ref),
   * and 0 for x ≤ 0; cost min(1, ref/x), and 1 for x ≤ 0. Meeting the reference scores 1;
   * independent of the other entities.
   */
  TARGET;

  public static Optional<Normalisation> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    return switch (s.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
      case "minmax", "range", "极差" -> Optional.of(MIN_MAX);
      case "target", "reference", "benchmark", "目标", "目标值" -> Optional.of(TARGET);
      default -> Optional.empty();
    };
  }

  public String code() {
    return this == MIN_MAX ? "minmax" : "target";
  }

  /** One value against a reference (TARGET only). */
  static double target(double x, double reference, Direction direction) {
    if (direction == Direction.BENEFIT) {
      return x <= 0 ? 0 : Math.min(1, x / reference);
    }
    return x <= 0 ? 1 : Math.min(1, reference / x);
  }

  /** One value within a column's range (MIN_MAX only). */
  static double minMax(double x, double min, double max, Direction direction) {
    if (max == min) {
      return 1;
    }
    return direction == Direction.BENEFIT ? (x - min) / (max - min) : (max - x) / (max - min);
  }
}
