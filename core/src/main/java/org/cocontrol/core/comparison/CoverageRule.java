package org.cocontrol.core.comparison;

import java.util.Objects;
import org.cocontrol.core.parameter.Verification;

/**
 * How much of each year a comparison must cover to be stated: the units present in both years must
 * carry at least {@code minShare} of each year's amount of every basis. The value is reference
 * data, with its source.
 *
 * @param minShare in (0, 1]
 */
public record CoverageRule(double minShare, String document, Verification tag, String note) {

  public CoverageRule {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(tag, "tag");
    note = note == null ? "" : note;
    if (!(minShare > 0 && minShare <= 1)) {
      throw new IllegalArgumentException("the least coverage must be in (0, 1], got " + minShare);
    }
  }

  public static CoverageRule of(double minShare, String document, Verification tag, String note) {
    return new CoverageRule(minShare, document, tag, note);
  }
}
