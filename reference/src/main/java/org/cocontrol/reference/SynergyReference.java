package org.cocontrol.reference;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocontrol.core.comparison.CoverageRule;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.PollutionEquivalent;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.synergy.ApeqWeights;
import org.cocontrol.core.synergy.CarbonEfficiencyRule;
import org.cocontrol.core.synergy.CouplingBands;
import org.cocontrol.core.synergy.Direction;
import org.cocontrol.core.synergy.Indicator;
import org.cocontrol.core.synergy.IndicatorSystem;
import org.cocontrol.core.synergy.Normalisation;
import org.cocontrol.core.synergy.RandomIndex;

/**
 * Loads the parameters of synergy evaluation shipped under {@code synergy/}: APeq weights, coupling
 * bands, carbon-efficiency thresholds, the AHP random index and the default indicator systems
 * (region, park, enterprise), each value with its source document and verification tag. Users' own
 * weight and system files are read with the same rules. Every problem in a file is reported
 * together, as {@code file:line column: what}.
 */
public final class SynergyReference {

  /** The shipped indicator systems. */
  public static final List<String> SYSTEMS = List.of("region", "park", "enterprise");

  static final List<String> SYSTEM_COLUMNS = List.of("indicator", "direction", "normalisation");

  private static final String ROOT = "/org/cocontrol/reference/synergy/";

  private SynergyReference() {}

  /**
   * The default APeq weights: SO2, NOX and PM from the tax-law pollution-equivalent values
   * normalised to SO2 (1, 1, 0.95/2.18), VOCS 0 (no value exists for the group). All tagged U: the
   * weighting scheme is unverified.
   */
  public static ApeqWeights apeqWeights() {
    List<String> problems = new ArrayList<>();
    ApeqWeights w =
        apeqWeights(
            ReferenceTable.resource(
                ROOT + "apeq_weights.csv",
                List.of(
                    "substance",
                    "basis",
                    "relative_to",
                    "weight",
                    "document",
                    "document_ref",
                    "tag"),
                problems),
            problems);
    throwIf(problems);
    return w;
  }

  /**
   * A user's APeq weights: columns {@code substance, weight} and optionally {@code document,
   * document_ref, tag} (U if not given), or {@code basis = pollution_equivalent} with {@code
   * relative_to} to derive the weight from the tax-law table.
   *
   * @throws ReferenceDataException listing every bad cell
   */
  public static ApeqWeights apeqWeights(String name, Reader reader) {
    List<String> problems = new ArrayList<>();
    ApeqWeights w =
        apeqWeights(ReferenceTable.read(name, reader, List.of("substance"), problems), problems);
    throwIf(problems);
    return w;
  }

  private static ApeqWeights apeqWeights(ReferenceTable table, List<String> problems) {
    List<PollutionEquivalent> equivalents = null;
    List<ApeqWeights.Weight> weights = new ArrayList<>();
    for (ReferenceTable.Row r : table.rows()) {
      Substance s = substance(r, "substance");
      Verification tag = tag(r, Verification.U);
      String document = join(r.get("document"), r.get("document_ref"));
      String basis = r.get("basis").toLowerCase(Locale.ROOT);
      if (s == null || tag == null) {
        continue;
      }
      try {
        if (basis.equals("pollution_equivalent")) {
          if (equivalents == null) {
            equivalents = ReferenceLoader.pollutionEquivalents();
          }
          Substance ref = substance(r, "relative_to");
          if (ref == null) {
            continue;
          }
          Optional<PollutionEquivalent> refPe = airEquivalent(equivalents, ref);
          Optional<PollutionEquivalent> pe = airEquivalent(equivalents, s);
          if (refPe.isEmpty() || pe.isEmpty()) {
            r.problem(
                refPe.isEmpty() ? "relative_to" : "substance",
                "no air pollution-equivalent value for " + (refPe.isEmpty() ? ref : s).code());
            continue;
          }
          ApeqWeights.Weight derived =
              ApeqWeights.Weight.fromEquivalents(refPe.get(), pe.get(), tag);
          weights.add(
              ApeqWeights.Weight.of(
                  s,
                  derived.value(),
                  derived.basis(),
                  document.isEmpty() ? derived.document() : document,
                  tag));
        } else if (basis.isEmpty() || basis.equals("fixed")) {
          Double v = r.number("weight");
          if (v != null) {
            weights.add(ApeqWeights.Weight.of(s, v, "fixed", document, tag));
          }
        } else {
          r.problem(
              "basis", "unknown basis '" + r.get("basis") + "' (fixed or pollution_equivalent)");
        }
      } catch (IllegalArgumentException e) {
        r.problem("substance", e.getMessage());
      }
    }
    try {
      return ApeqWeights.of(weights);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return ApeqWeights.of(List.of());
    }
  }

  private static Optional<PollutionEquivalent> airEquivalent(
      List<PollutionEquivalent> table, Substance s) {
    return table.stream().filter(p -> p.medium().equals("air") && p.substance() == s).findFirst();
  }

  /** The ten bands of the coupling coordination degree D (极度失调 … 优质协调). */
  public static CouplingBands couplingBands() {
    List<String> problems = new ArrayList<>();
    ReferenceTable t =
        ReferenceTable.resource(
            ROOT + "coupling_bands.csv",
            List.of(
                "lower", "upper", "level", "name_zh", "name_en", "document", "document_ref", "tag"),
            problems);
    List<CouplingBands.Band> bands = new ArrayList<>();
    Set<String> documents = new LinkedHashSet<>();
    List<Verification> tags = new ArrayList<>();
    for (ReferenceTable.Row r : t.rows()) {
      Double lower = r.number("lower");
      Double upper = r.number("upper");
      Integer level = r.integer("level", false);
      Verification tag = tag(r, null);
      if (lower == null || upper == null || level == null || tag == null) {
        continue;
      }
      try {
        bands.add(new CouplingBands.Band(lower, upper, level, r.get("name_zh"), r.get("name_en")));
      } catch (IllegalArgumentException e) {
        r.problem("lower", e.getMessage());
      }
      documents.add(join(r.get("document"), r.get("document_ref")));
      tags.add(tag);
    }
    CouplingBands out = null;
    try {
      out = CouplingBands.of(bands, String.join("; ", documents), weakest(tags));
    } catch (IllegalArgumentException e) {
      problems.add("coupling_bands.csv: " + e.getMessage());
    }
    throwIf(problems);
    return out;
  }

  /** Zhejiang's carbon-efficiency levels (L) and grades (K). */
  public static CarbonEfficiencyRule carbonEfficiency() {
    List<String> problems = new ArrayList<>();
    ReferenceTable t =
        ReferenceTable.resource(
            ROOT + "carbon_efficiency.csv",
            List.of(
                "scale", "code", "upper", "name_zh", "name_en", "document", "document_ref", "tag"),
            problems);
    List<CarbonEfficiencyRule.Step> levels = new ArrayList<>();
    List<CarbonEfficiencyRule.Step> grades = new ArrayList<>();
    Set<String> documents = new LinkedHashSet<>();
    List<Verification> tags = new ArrayList<>();
    for (ReferenceTable.Row r : t.rows()) {
      Double upper =
          r.get("upper").isEmpty() ? Double.valueOf(Double.POSITIVE_INFINITY) : r.number("upper");
      Verification tag = tag(r, null);
      String scale = r.get("scale");
      if (!scale.equals("level") && !scale.equals("grade")) {
        r.problem("scale", "must be level or grade, got '" + scale + "'");
        continue;
      }
      if (upper == null || tag == null) {
        continue;
      }
      try {
        (scale.equals("level") ? levels : grades)
            .add(
                new CarbonEfficiencyRule.Step(
                    upper, r.get("code"), r.get("name_zh"), r.get("name_en")));
      } catch (IllegalArgumentException e) {
        r.problem("upper", e.getMessage());
      }
      documents.add(join(r.get("document"), r.get("document_ref")));
      tags.add(tag);
    }
    CarbonEfficiencyRule out = null;
    try {
      out = CarbonEfficiencyRule.of(levels, grades, String.join("; ", documents), weakest(tags));
    } catch (IllegalArgumentException e) {
      problems.add("carbon_efficiency.csv: " + e.getMessage());
    }
    throwIf(problems);
    return out;
  }

  /** Saaty's random index by matrix order and the CR threshold. */
  public static RandomIndex randomIndex() {
    List<String> problems = new ArrayList<>();
    ReferenceTable t =
        ReferenceTable.resource(
            ROOT + "ahp_random_index.csv",
            List.of("n", "ri", "document", "document_ref", "tag"),
            problems);
    Map<Integer, Double> values = new LinkedHashMap<>();
    Set<String> documents = new LinkedHashSet<>();
    List<Verification> tags = new ArrayList<>();
    for (ReferenceTable.Row r : t.rows()) {
      Integer n = r.integer("n", false);
      Double ri = r.number("ri");
      Verification tag = tag(r, null);
      if (n != null && ri != null && tag != null) {
        if (values.put(n, ri) != null) {
          r.problem("n", "RI for n = " + n + " given twice");
        }
        documents.add(join(r.get("document"), r.get("document_ref")));
        tags.add(tag);
      }
    }
    ReferenceTable.Row cr = parameter("ahp.cr_threshold", problems);
    Double threshold = cr == null ? null : cr.number("value");
    Verification crTag = cr == null ? null : tag(cr, null);
    if (crTag != null) {
      tags.add(crTag);
    }
    RandomIndex out = null;
    if (problems.isEmpty()) {
      try {
        out = RandomIndex.of(values, threshold, String.join("; ", documents), weakest(tags));
      } catch (IllegalArgumentException e) {
        problems.add("ahp_random_index.csv: " + e.getMessage());
      }
    }
    throwIf(problems);
    return out;
  }

  /**
   * The least share of each year that the sources reported in both years must carry for a
   * comparison between two years to be stated ({@code comparison.min_coverage} in {@code
   * parameters.csv}, with its source and the reason for its value).
   */
  public static CoverageRule coverageRule() {
    List<String> problems = new ArrayList<>();
    ReferenceTable.Row r = parameter("comparison.min_coverage", problems);
    Double share = r == null ? null : r.number("value");
    Verification tag = r == null ? null : tag(r, null);
    CoverageRule out = null;
    if (problems.isEmpty()) {
      try {
        out =
            CoverageRule.of(
                share, join(r.get("document"), r.get("document_ref")), tag, r.get("note"));
      } catch (IllegalArgumentException e) {
        r.problem("value", e.getMessage());
      }
    }
    throwIf(problems);
    return out;
  }

  /** The row of {@code key} in {@code parameters.csv}; null, with a problem, when there is none. */
  private static ReferenceTable.Row parameter(String key, List<String> problems) {
    ReferenceTable p =
        ReferenceTable.resource(
            ROOT + "parameters.csv",
            List.of("key", "value", "unit", "document", "document_ref", "tag"),
            problems);
    for (ReferenceTable.Row r : p.rows()) {
      if (r.get("key").equals(key)) {
        return r;
      }
    }
    problems.add(ROOT + "parameters.csv: no value for " + key);
    return null;
  }

  /**
   * A shipped indicator system: {@code region}, {@code park} or {@code enterprise}.
   *
   * @throws IllegalArgumentException for another name
   */
  public static IndicatorSystem system(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (!SYSTEMS.contains(key)) {
      throw new IllegalArgumentException(
          "no shipped indicator system '" + name + "' (" + String.join(", ", SYSTEMS) + ")");
    }
    List<String> problems = new ArrayList<>();
    IndicatorSystem s =
        system(
            key,
            ReferenceTable.resource(
                ROOT + "systems/" + key + ".csv",
                List.of(
                    "indicator",
                    "name",
                    "group",
                    "direction",
                    "unit",
                    "normalisation",
                    "reference",
                    "expert_weight",
                    "document",
                    "document_ref",
                    "tag"),
                problems),
            problems);
    throwIf(problems);
    return s;
  }

  /**
   * A user's indicator system. Columns: {@code indicator, direction} ({@code +/-}, {@code
   * benefit/cost}), {@code normalisation} ({@code minmax/target}); optional {@code name, group,
   * unit, reference} (required for target), {@code expert_weight, document, document_ref, tag} (U
   * if not given).
   *
   * @throws ReferenceDataException listing every bad cell
   */
  public static IndicatorSystem system(String name, Reader reader) {
    List<String> problems = new ArrayList<>();
    IndicatorSystem s =
        system(name, ReferenceTable.read(name, reader, SYSTEM_COLUMNS, problems), problems);
    throwIf(problems);
    return s;
  }

  private static IndicatorSystem system(String name, ReferenceTable t, List<String> problems) {
    List<Indicator> indicators = new ArrayList<>();
    Map<String, Long> seen = new LinkedHashMap<>();
    for (ReferenceTable.Row r : t.rows()) {
      int before = t.problemCount();
      String code = r.get("indicator");
      if (code.isEmpty()) {
        r.problem("indicator", "empty");
      } else if (seen.putIfAbsent(code, r.line()) != null) {
        r.problem("indicator", "'" + code + "' already defined on line " + seen.get(code));
      }
      Direction direction = Direction.parse(r.get("direction")).orElse(null);
      if (direction == null) {
        r.problem("direction", "'" + r.get("direction") + "' is not +, -, benefit or cost");
      }
      Normalisation normalisation = Normalisation.parse(r.get("normalisation")).orElse(null);
      if (normalisation == null) {
        r.problem("normalisation", "'" + r.get("normalisation") + "' is not minmax or target");
      }
      Double reference = r.get("reference").isEmpty() ? null : r.number("reference");
      if (normalisation == Normalisation.TARGET && r.get("reference").isEmpty()) {
        r.problem("reference", "target-based normalisation needs a reference value");
      } else if (reference != null && normalisation == Normalisation.TARGET && !(reference > 0)) {
        r.problem("reference", "must be > 0, got " + r.get("reference"));
      }
      Double expert = r.get("expert_weight").isEmpty() ? null : r.number("expert_weight");
      if (expert != null && expert < 0) {
        r.problem("expert_weight", "must be ≥ 0, got " + r.get("expert_weight"));
      }
      Verification tag = tag(r, Verification.U);
      if (t.problemCount() > before) {
        continue;
      }
      try {
        indicators.add(
            new Indicator(
                code,
                r.get("name"),
                r.get("group"),
                direction,
                r.get("unit"),
                normalisation,
                reference,
                expert,
                join(r.get("document"), r.get("document_ref")),
                tag));
      } catch (IllegalArgumentException e) {
        r.problem("indicator", e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return IndicatorSystem.of(name, indicators);
    } catch (IllegalArgumentException e) {
      problems.add(name + ": " + e.getMessage());
      return null;
    }
  }

  private static Substance substance(ReferenceTable.Row r, String column) {
    String v = r.get(column);
    Optional<Substance> s = Substance.parse(v);
    if (s.isEmpty()) {
      r.problem(column, v.isEmpty() ? "empty" : "unknown substance '" + v + "'");
      return null;
    }
    return s.get();
  }

  /** The tag column; {@code fallback} when empty (null: required). */
  private static Verification tag(ReferenceTable.Row r, Verification fallback) {
    String v = r.get("tag");
    if (v.isEmpty() && fallback != null) {
      return fallback;
    }
    try {
      return Verification.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      r.problem("tag", v.isEmpty() ? "empty" : "unknown tag '" + v + "' (V1, V2 or U)");
      return null;
    }
  }

  /** The least verified of the tags: U before V2 before V1. */
  private static Verification weakest(List<Verification> tags) {
    return tags.stream().max(Comparator.naturalOrder()).orElse(Verification.U);
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
