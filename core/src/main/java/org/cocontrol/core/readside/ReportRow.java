package org.cocontrol.core.readside;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cocontrol.core.accounting.Scope;

/**
 * One row of an inventory report's layout (reference data: {@code
 * classification/inventory_report_rows.csv}).
 *
 * @param code the row's code inside its layout (the IPCC code in the IPCC layout)
 * @param parent the code of the row it is a part of, or empty for a top-level row
 * @param numbering the numbering the report prints before the name ({@code 1.A}), or empty
 * @param ipcc the IPCC code prefixes whose emissions the row takes ({@code 1.A.4.a}, or {@code *}
 *     for any category, also a source without an IPCC code); empty for a row that only adds up its
 *     parts. A cell goes to the row with the longest matching prefix; a prefix ends at a dot.
 * @param memoScopes empty for a row of the territorial total; else the scopes of the lines the row
 *     shows as a memo item (信息项), never added to its parent or the total
 * @param optional whether the row is left out of a report when it has no data (a catch-all or a
 *     detail row); a row that is not optional is shown as "no data"
 */
public record ReportRow(
    String code,
    String parent,
    String numbering,
    String nameZh,
    String nameEn,
    List<String> ipcc,
    Set<Scope> memoScopes,
    boolean optional) {

  /** The prefix that takes every IPCC code, and cells whose source has none. */
  public static final String ANY = "*";

  public ReportRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    parent = parent == null ? "" : parent;
    numbering = numbering == null ? "" : numbering;
    nameEn = nameEn == null ? "" : nameEn;
    ipcc = List.copyOf(ipcc);
    memoScopes = Set.copyOf(memoScopes);
    if (memoScopes.contains(Scope.DIRECT)) {
      throw new IllegalArgumentException(
          "report row " + code + ": direct emissions are never a memo item");
    }
  }

  /** Whether the row is a memo item (信息项): shown, never added. */
  public boolean isMemo() {
    return !memoScopes.isEmpty();
  }

  /**
   * How well the row takes an IPCC code: the length of its longest matching prefix (0 for {@link
   * #ANY}), or -1 when none matches. A null code (a source without one) matches only {@link #ANY}.
   */
  int match(String code) {
    int best = -1;
    for (String p : ipcc) {
      if (p.equals(ANY)) {
        best = Math.max(best, 0);
      } else if (code != null && (code.equals(p) || code.startsWith(p + "."))) {
        best = Math.max(best, p.length());
      }
    }
    return best;
  }
}
