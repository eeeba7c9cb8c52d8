package org.cocontrol.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.readside.ReportLayout;
import org.cocontrol.core.readside.ReportRow;

/**
 * Loads the layouts of inventory reports shipped in {@code
 * classification/inventory_report_rows.csv}: the five IPCC 2006 sectors ({@code ipcc2006}) and the
 * Chinese provincial inventory guideline's tabulation ({@code provincial}), each row with the IPCC
 * code prefixes whose emissions it takes, so a new source category lands in its row by its IPCC
 * code alone.
 */
public final class InventoryReportReference {

  /** The layout of the five IPCC 2006 sectors. */
  public static final String IPCC2006 = "ipcc2006";

  /** The layout of the provincial inventory guideline (省级温室气体清单编制指南). */
  public static final String PROVINCIAL = "provincial";

  private static final Map<String, String> NAMES =
      Map.of(IPCC2006, "IPCC 2006 清单部门", PROVINCIAL, "省级温室气体清单");

  private static final String FILE =
      "/org/cocontrol/reference/classification/inventory_report_rows.csv";

  private InventoryReportReference() {}

  /**
   * The shipped layouts by code, {@code ipcc2006} first.
   *
   * @throws ReferenceDataException when the file is missing, a row is incomplete or a layout would
   *     leave a line without a row, naming file, line and column
   */
  public static Map<String, ReportLayout> layouts() {
    List<String> problems = new ArrayList<>();
    Map<String, List<ReportRow>> rows = new LinkedHashMap<>();
    for (ReferenceTable.Row r :
        ReferenceTable.resource(
                FILE,
                List.of(
                    "layout",
                    "code",
                    "parent",
                    "numbering",
                    "name_zh",
                    "name_en",
                    "ipcc",
                    "memo_scopes",
                    "optional",
                    "document",
                    "tag"),
                problems)
            .rows()) {
      ReportRow row = row(r);
      if (row != null) {
        rows.computeIfAbsent(r.get("layout"), k -> new ArrayList<>()).add(row);
      }
    }
    Map<String, ReportLayout> out = new LinkedHashMap<>();
    for (var e : rows.entrySet()) {
      if (!NAMES.containsKey(e.getKey())) {
        problems.add(FILE + ": unknown layout " + e.getKey() + " (" + NAMES.keySet() + ")");
        continue;
      }
      try {
        out.put(e.getKey(), ReportLayout.of(e.getKey(), NAMES.get(e.getKey()), e.getValue()));
      } catch (IllegalArgumentException ex) {
        problems.add(FILE + ": " + ex.getMessage());
      }
    }
    for (String layout : List.of(IPCC2006, PROVINCIAL)) {
      if (!out.containsKey(layout) && problems.isEmpty()) {
        problems.add(FILE + ": no rows of layout " + layout);
      }
    }
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return out;
  }

  private static ReportRow row(ReferenceTable.Row r) {
    boolean ok = true;
    for (String c : List.of("layout", "code", "name_zh", "optional", "document", "tag")) {
      if (r.get(c).isEmpty()) {
        r.problem(c, "empty");
        ok = false;
      }
    }
    Set<Scope> scopes = new TreeSet<>();
    for (String s : split(r.get("memo_scopes"))) {
      Scope scope =
          Arrays.stream(Scope.values()).filter(x -> x.code().equals(s)).findFirst().orElse(null);
      if (scope == null || scope == Scope.DIRECT) {
        r.problem(
            "memo_scopes", "not a memo scope: '" + s + "' (indirect, exported, memo, biogenic)");
        ok = false;
      } else {
        scopes.add(scope);
      }
    }
    String optional = r.get("optional").toUpperCase(Locale.ROOT);
    if (!optional.equals("Y") && !optional.equals("N")) {
      r.problem("optional", "Y or N, not '" + r.get("optional") + "'");
      ok = false;
    }
    if (!List.of("V1", "V2", "U").contains(r.get("tag"))) {
      r.problem("tag", "V1, V2 or U, not '" + r.get("tag") + "'");
      ok = false;
    }
    return ok
        ? new ReportRow(
            r.get("code"),
            r.get("parent"),
            r.get("numbering"),
            r.get("name_zh"),
            r.get("name_en"),
            split(r.get("ipcc")),
            scopes,
            optional.equals("Y"))
        : null;
  }

  private static List<String> split(String cell) {
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
