package org.cocontrol.core.readside;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;

/**
 * The layout of an inventory report: its rows in the order printed, each taking the emissions of
 * the IPCC categories it names (reference data, so a new source category lands in the right row by
 * its IPCC code alone). Every cell of a ledger has exactly one row: a territorial cell ({@link
 * LedgerCell#isTerritorial()}) one row of the total, any other cell one memo row of its scope.
 */
public final class ReportLayout {

  private final String code;
  private final String nameZh;
  private final List<ReportRow> rows;
  private final Map<String, List<ReportRow>> children = new HashMap<>();

  private ReportLayout(String code, String nameZh, List<ReportRow> rows) {
    this.code = Objects.requireNonNull(code, "code");
    this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
    this.rows = List.copyOf(rows);
    Map<String, ReportRow> byCode = new LinkedHashMap<>();
    for (ReportRow r : this.rows) {
      if (!r.parent().isEmpty() && !byCode.containsKey(r.parent())) {
        throw new IllegalArgumentException(
            code + ": row " + r.code() + " names parent " + r.parent() + ", not an earlier row");
      }
      if (byCode.put(r.code(), r) != null) {
        throw new IllegalArgumentException(code + ": duplicate row " + r.code());
      }
      children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
    }
    for (ReportRow r : this.rows) {
      boolean group = children.containsKey(r.code());
      if (group && !r.ipcc().isEmpty()) {
        throw new IllegalArgumentException(
            code + ": row " + r.code() + " has parts, so it only adds them up (no IPCC codes)");
      }
      if (!group && r.ipcc().isEmpty()) {
        throw new IllegalArgumentException(
            code + ": row " + r.code() + " has neither parts nor IPCC codes");
      }
      if (r.isMemo() && group) {
        throw new IllegalArgumentException(code + ": memo row " + r.code() + " cannot have parts");
      }
      if (!r.parent().isEmpty() && byCode.get(r.parent()).isMemo()) {
        throw new IllegalArgumentException(code + ": row " + r.code() + " is under a memo row");
      }
    }
    checkUnambiguous();
    checkComplete();
  }

  /**
   * The layout over its rows, in the order printed.
   *
   * @throws IllegalArgumentException when a row names an unknown or later parent, a prefix is
   *     claimed twice for the same kind of line, or some cell would have no row
   */
  public static ReportLayout of(String code, String nameZh, List<ReportRow> rows) {
    return new ReportLayout(code, nameZh, rows);
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public List<ReportRow> rows() {
    return rows;
  }

  /** The rows directly under a row (under {@code ""}: the top-level rows), in order. */
  public List<ReportRow> children(String parent) {
    return children.getOrDefault(parent, List.of());
  }

  /**
   * The row a cell goes to: among the rows of its kind (the total's rows for a territorial cell,
   * the memo rows of its scope otherwise), the one with the longest matching IPCC prefix.
   *
   * @param ipcc the IPCC code of the cell's source, or null when the source has none
   */
  public ReportRow rowOf(LedgerCell cell, String ipcc) {
    return candidate(cell.isTerritorial(), cell.scope(), ipcc).orElseThrow();
  }

  private Optional<ReportRow> candidate(boolean territorial, Scope scope, String ipcc) {
    ReportRow best = null;
    int bestMatch = -1;
    for (ReportRow r : rows) {
      boolean kind = territorial ? !r.isMemo() : r.memoScopes().contains(scope);
      int m = kind ? r.match(ipcc) : -1;
      if (m > bestMatch) {
        best = r;
        bestMatch = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** No prefix is claimed by two rows of the same kind (territorial, or memo of a scope). */
  private void checkUnambiguous() {
    Set<String> claimed = new HashSet<>();
    for (ReportRow r : rows) {
      List<String> kinds =
          r.isMemo() ? r.memoScopes().stream().map(Scope::code).toList() : List.of("total");
      for (String k : kinds) {
        for (String p : r.ipcc()) {
          if (!claimed.add(k + " " + p)) {
            throw new IllegalArgumentException(
                code
                    + ": IPCC prefix "
                    + p
                    + " is claimed twice for "
                    + k
                    + " (row "
                    + r.code()
                    + ")");
          }
        }
      }
    }
  }

  /** Every cell has a row: a catch-all ({@code *}) for the total and for each other scope. */
  private void checkComplete() {
    for (Scope s : Scope.values()) {
      LedgerCell probe = new LedgerCell(Adcode.NATION, 0, "", Substance.CO2, s, 0);
      boolean territorial = probe.isTerritorial();
      if (candidate(territorial, s, null).isEmpty()) {
        throw new IllegalArgumentException(
            code
                + ": no row takes "
                + (territorial ? "territorial" : s.code())
                + " lines of other categories (a row with IPCC code *)");
      }
    }
  }
}
