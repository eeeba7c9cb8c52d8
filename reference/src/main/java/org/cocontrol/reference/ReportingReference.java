package org.cocontrol.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.reporting.FacilityKind;
import org.cocontrol.core.reporting.Guideline;
import org.cocontrol.core.reporting.ReportRules;
import org.cocontrol.core.reporting.Threshold;
import org.cocontrol.core.substance.Substance;

/**
 * Loads what reports are computed and checked against, shipped under {@code reporting/}: the
 * thresholds of the cross-checks ({@code check_thresholds.csv}) and the accounting guidelines
 * ({@code guidelines.csv}), each value with its source document and verification tag. Every problem
 * in the files is reported together, as {@code file:line column: what}.
 */
public final class ReportingReference {

  private static final String ROOT = "/org/cocontrol/reference/reporting/";

  private ReportingReference() {}

  /**
   * The shipped rules.
   *
   * @throws ReferenceDataException listing every bad cell, or a required threshold missing
   */
  public static ReportRules rules() {
    List<String> problems = new ArrayList<>();
    List<Threshold> thresholds = thresholds(problems);
    List<Guideline> guidelines = guidelines(problems);
    throwIf(problems);
    try {
      return ReportRules.of(thresholds, guidelines);
    } catch (IllegalArgumentException e) {
      throw new ReferenceDataException(List.of("reporting: " + e.getMessage()));
    }
  }

  private static List<Threshold> thresholds(List<String> problems) {
    ReferenceTable t =
        ReferenceTable.resource(
            ROOT + "check_thresholds.csv",
            List.of("id", "applies_to", "value", "unit", "document", "document_ref", "tag"),
            problems);
    List<Threshold> out = new ArrayList<>();
    for (ReferenceTable.Row r : t.rows()) {
      Double v = r.number("value");
      Verification tag = tag(r);
      if (r.get("id").isEmpty()) {
        r.problem("id", "empty");
        continue;
      }
      if (v == null || tag == null) {
        continue;
      }
      out.add(
          new Threshold(
              r.get("id"),
              r.get("applies_to"),
              v,
              r.get("unit"),
              join(r.get("document"), r.get("document_ref")),
              tag,
              r.get("note")));
    }
    return out;
  }

  private static List<Guideline> guidelines(List<String> problems) {
    ReferenceTable t =
        ReferenceTable.resource(
            ROOT + "guidelines.csv",
            List.of(
                "id",
                "industry_prefix",
                "facility_kind",
                "year_from",
                "year_to",
                "name_zh",
                "name_en",
                "document",
                "scheme",
                "gases",
                "indirect",
                "direct",
                "measured_months_rule",
                "tag"),
            problems);
    List<Guideline> out = new ArrayList<>();
    for (ReferenceTable.Row r : t.rows()) {
      Verification tag = tag(r);
      FacilityKind kind = null;
      if (!r.get("facility_kind").isEmpty()) {
        try {
          kind = FacilityKind.of(r.get("facility_kind"));
        } catch (IllegalArgumentException e) {
          r.problem("facility_kind", e.getMessage());
          continue;
        }
      }
      Scheme scheme;
      try {
        scheme = Scheme.valueOf(r.get("scheme").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        r.problem("scheme", "unknown scheme '" + r.get("scheme") + "' (general or ets)");
        continue;
      }
      Set<Substance> gases = EnumSet.noneOf(Substance.class);
      boolean ok = true;
      for (String g : r.get("gases").split(";")) {
        if (g.isBlank()) {
          continue;
        }
        var s = Substance.parse(g.strip());
        if (s.isEmpty() || !s.get().isGreenhouseGas()) {
          r.problem("gases", "not a greenhouse gas: '" + g.strip() + "'");
          ok = false;
        } else {
          gases.add(s.get());
        }
      }
      String indirect = r.get("indirect");
      if (!indirect.equals("counted") && !indirect.equals("excluded")) {
        r.problem("indirect", "counted or excluded, not '" + indirect + "'");
        ok = false;
      }
      String direct = r.get("direct");
      if (!direct.equals("combustion") && !direct.equals("all")) {
        r.problem("direct", "combustion or all, not '" + direct + "'");
        ok = false;
      }
      String rule = r.get("measured_months_rule");
      if (!rule.equals("Y") && !rule.equals("N")) {
        r.problem("measured_months_rule", "Y or N, not '" + rule + "'");
        ok = false;
      }
      Integer from = r.integer("year_from", true);
      Integer to = r.integer("year_to", true);
      if (!ok || tag == null) {
        continue;
      }
      out.add(
          new Guideline(
              r.get("id"),
              r.get("industry_prefix"),
              kind,
              from,
              to,
              r.get("name_zh"),
              r.get("name_en"),
              r.get("document"),
              scheme,
              gases,
              indirect.equals("counted"),
              direct.equals("combustion"),
              rule.equals("Y"),
              tag));
    }
    return out;
  }

  private static Verification tag(ReferenceTable.Row r) {
    try {
      return Verification.valueOf(r.get("tag").strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      r.problem("tag", "unknown tag '" + r.get("tag") + "' (V1, V2 or U)");
      return null;
    }
  }

  private static String join(String document, String ref) {
    return ref.isEmpty() ? document : document.isEmpty() ? ref : document + ", " + ref;
  }

  private static void throwIf(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
  }
}
