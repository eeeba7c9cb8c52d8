package org.cocontrol.core.synergy;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cocontrol.core.parameter.Verification;

/**
 * The bands the coupling coordination degree D is read in (极度失调 … 优质协调). They must cover [0, 1]
 * without gaps or overlaps; each band holds lower ≤ D &lt; upper, the last one also D = upper.
 *
 * @param document where the banding comes from
 */
public record CouplingBands(List<Band> bands, String document, Verification tag) {

  /**
   * One band.
   *
   * @param level 1 for the lowest band upwards
   */
  public record Band(double lower, double upper, int level, String nameZh, String nameEn) {
    public Band {
      Objects.requireNonNull(nameZh, "nameZh");
      Objects.requireNonNull(nameEn, "nameEn");
      if (!(lower >= 0 && upper <= 1 && lower < upper)) {
        throw new IllegalArgumentException(
            "a coupling band needs 0 ≤ lower < upper ≤ 1, got [" + lower + ", " + upper + ")");
      }
    }
  }

  public CouplingBands {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(tag, "tag");
    bands = bands.stream().sorted(Comparator.comparingDouble(Band::lower)).toList();
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("no coupling bands");
    }
    double expected = 0;
    for (Band b : bands) {
      if (Math.abs(b.lower() - expected) > 1e-12) {
        throw new IllegalArgumentException(
            "coupling bands must cover [0, 1] without gaps or overlaps: a band starts at "
                + b.lower()
                + ", expected "
                + expected);
      }
      expected = b.upper();
    }
    if (Math.abs(expected - 1) > 1e-12) {
      throw new IllegalArgumentException(
          "coupling bands must reach 1, the last ends at " + expected);
    }
  }

  public static CouplingBands of(List<Band> bands, String document, Verification tag) {
    return new CouplingBands(bands, document, tag);
  }

  /** The band D falls in. */
  public Band band(double d) {
    if (!(d >= 0 && d <= 1)) {
      throw new IllegalArgumentException("D must be in [0, 1], got " + d);
    }
    for (Band b : bands) {
      if (d < b.upper()) {
        return b;
      }
    }
    return bands.get(bands.size() - 1);
  }
}
