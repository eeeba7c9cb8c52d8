package org.cocontrol.core.footprint;

import java.util.Objects;
import org.cocontrol.core.parameter.Citation;
import org.cocontrol.core.parameter.Verification;

/**
 * Which ledger records belong to the production process of a product (reference data, {@code
 * footprint/processes.csv}): records of a source category ({@code *} for any) and, when given, a
 * technology (a dotted prefix, as parameter rows match: {@code blast_furnace} matches {@code
 * blast_furnace.large}).
 */
public record ProcessBoundary(
    String product,
    String source,
    String technology,
    Citation citation,
    Verification tag,
    String note) {

  public static final String ANY_SOURCE = "*";

  public ProcessBoundary {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(source, "source");
    technology = technology == null || technology.isBlank() ? null : technology;
    note = note == null ? "" : note;
  }

  /**
   * How well a record matches: -1 not at all, 0 by source only, 1 by technology and any source, 2
   * by source and technology. The best match wins.
   */
  int match(String sourceCode, String recordTechnology) {
    boolean sourceMatches = source.equals(ANY_SOURCE) || source.equals(sourceCode);
    if (!sourceMatches) {
      return -1;
    }
    if (technology == null) {
      return source.equals(ANY_SOURCE) ? -1 : 0;
    }
    if (recordTechnology == null
        || !(recordTechnology.equals(technology)
            || recordTechnology.startsWith(technology + "."))) {
      return -1;
    }
    return source.equals(ANY_SOURCE) ? 1 : 2;
  }
}
