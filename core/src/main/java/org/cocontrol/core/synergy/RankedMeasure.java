package org.cocontrol.core.synergy;

import java.util.Objects;

/** A measure's result with its rank among the measures evaluated together (1 = best). */
public record RankedMeasure(MeasureResult result, int rank) {

  public RankedMeasure {
    Objects.requireNonNull(result, "result");
    if (rank < 1) {
      throw new IllegalArgumentException("ranks start at 1, got " + rank);
    }
  }
}
