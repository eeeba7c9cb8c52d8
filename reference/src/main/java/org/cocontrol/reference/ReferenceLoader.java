package org.cocontrol.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.ActivityKind;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.classification.Control;
import org.cocontrol.core.classification.IpccCategory;
import org.cocontrol.core.classification.Plausibility;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.parameter.Citation;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.ParameterKind;
import org.cocontrol.core.parameter.ParameterLevel;
import org.cocontrol.core.parameter.ParameterRegistry;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.Regions;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.PollutionEquivalent;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Dimension;
import org.cocontrol.core.unit.RateUnit;
import org.cocontrol.core.unit.Unit;

/**
 * Loads the reference data shipped in this module (or a user's extra parameter file) into {@code
 * core} records. Every problem in every file is collected and reported together, each with file,
 * line and column; nothing half-loaded is ever returned.
 */
public final class ReferenceLoader {

  static final List<String> PARAMETER_COLUMNS =
      List.of(
          "id",
          "version",
          "kind",
          "substance",
          "activity",
          "source",
          "technology",
          "scheme",
          "region",
          "entity",
          "level",
          "year_from",
          "year_to",
          "value",
          "unit",
          "document",
          "document_ref",
          "tag",
          "note");

  private static final String ROOT = "/org/cocontrol/reference/";

  private ReferenceLoader() {}

  /** Everything shipped: parameters, code lists, regions, GWPs. */
  public static ReferenceData load() {
    List<String> problems = new ArrayList<>();
    Properties manifest = manifest();
    Classification classification = classification(problems);
    List<Parameter> parameters = new ArrayList<>();
    for (String file : manifest.getProperty("parameters", "").split(",")) {
      if (!file.isBlank()) {
        parameters.addAll(
            parameters(
                ReferenceTable.resource(
                    ROOT + "parameters/" + file.strip(), PARAMETER_COLUMNS, problems),
                classification));
      }
    }
    GwpTable gwp = gwp(problems);
    Regions regions = regions(problems);
    ParameterRegistry registry = null;
    try {
      registry = ParameterRegistry.of(manifest.getProperty("release", "unversioned"), parameters);
    } catch (IllegalArgumentException e) {
      problems.add("parameters: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return new ReferenceData(registry, classification, gwp, regions);
  }

  /**
   * Parameter rows from a user's file (same columns as the shipped tables), e.g. provincial or
   * enterprise-specific values, checked against the shipped code lists.
   *
   * @throws ReferenceDataException listing every bad cell
   */
  public static List<Parameter> parameters(
      String name, Reader reader, Classification classification) {
    List<String> problems = new ArrayList<>();
    List<Parameter> out =
        parameters(ReferenceTable.read(name, reader, PARAMETER_COLUMNS, problems), classification);
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return out;
  }

  /** The pollution-equivalent values of the Environmental Protection Tax Law. */
  public static List<PollutionEquivalent> pollutionEquivalents() {
    List<String> problems = new ArrayList<>();
    List<PollutionEquivalent> out = new ArrayList<>();
    ReferenceTable t =
        ReferenceTable.resource(
            ROOT + "pollution_equivalents.csv",
            List.of(
                "medium", "name_zh", "substance", "value_kg", "document", "document_ref", "tag"),
            problems);
    for (ReferenceTable.Row r : t.rows()) {
      Substance s =
          r.get("substance").isEmpty() ? null : enumCell(r, "substance", Substance::parse);
      Double v = r.number("value_kg");
      if (v != null) {
        try {
          out.add(
              new PollutionEquivalent(
                  r.get("medium"),
                  r.get("name_zh"),
                  s,
                  v,
                  r.get("document") + " " + r.get("document_ref"),
                  r.get("tag")));
        } catch (IllegalArgumentException e) {
          r.problem("value_kg", e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return out;
  }

  private static List<Parameter> parameters(ReferenceTable table, Classification classification) {
    List<Parameter> out = new ArrayList<>();
    for (ReferenceTable.Row r : table.rows()) {
      Parameter p = parameter(r, classification);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static Parameter parameter(ReferenceTable.Row r, Classification classification) {
    int before = problemCount(r);
    String id = r.get("id");
    if (id.isEmpty()) {
      r.problem("id", "empty");
    }
    Integer version = r.integer("version", false);
    ParameterKind kind = enumCell(r, "kind", s -> parseEnum(ParameterKind.class, s));
    Substance substance =
        r.get("substance").isEmpty() ? null : enumCell(r, "substance", Substance::parse);
    String activity = r.get("activity");
    if (!activity.isEmpty()
        && classification.activity(activity).isEmpty()
        && !isFactorActivity(activity, classification)) {
      r.problem("activity", "unknown activity '" + activity + "'");
    }
    String source = r.get("source");
    if (!source.isEmpty()
        && classification.source(source).isEmpty()
        && classification.ipccCategory(source).isEmpty()) {
      r.problem(
          "source",
          "unknown source '" + source + "' (neither a project source nor an IPCC category)");
    }
    String technology = r.get("technology");
    if (kind != null && isControlKind(kind) && classification.control(technology).isEmpty()) {
      r.problem("technology", "a " + kind + " row needs a control code, got '" + technology + "'");
    }
    Scheme scheme = enumCell(r, "scheme", Scheme::parse);
    String region = r.get("region").isEmpty() ? Parameter.NATIONAL_SCOPE : r.get("region");
    if (!region.equals(Parameter.NATIONAL_SCOPE) && Adcode.parse(region).isEmpty()) {
      r.problem("region", "not a 6-digit adcode: '" + region + "'");
    }
    ParameterLevel level = enumCell(r, "level", s -> parseEnum(ParameterLevel.class, s));
    Integer from = r.integer("year_from", true);
    Integer to = r.integer("year_to", true);
    // A version may withdraw its id (a value found to have no source); earlier versions stay for
    // old results.
    Double value =
        r.get("value").equals("withdrawn")
            ? Double.valueOf(Parameter.WITHDRAWN)
            : r.number("value");
    RateUnit unit = null;
    String unitText = r.get("unit");
    if (RateUnit.isCo2eUnit(unitText)) {
      r.problem(
          "unit",
          "CO2-equivalent units are not allowed: a parameter is per substance, CO2e depends on the GWP set of a report");
    } else {
      unit = RateUnit.parse(unitText).orElse(null);
      if (unit == null) {
        r.problem("unit", "unknown unit '" + unitText + "'");
      }
    }
    Verification tag = enumCell(r, "tag", s -> parseEnum(Verification.class, s));
    if (r.get("document").isEmpty()) {
      r.problem("document", "every value needs its source document");
    }
    if (problemCount(r) > before) {
      return null;
    }
    try {
      return new Parameter(
          id,
          version,
          kind,
          substance,
          activity,
          source,
          technology,
          scheme,
          region,
          r.get("entity"),
          level,
          from,
          to,
          value,
          unit,
          Citation.of(r.get("document"), r.get("document_ref")),
          tag,
          r.get("note"));
    } catch (IllegalArgumentException e) {
      r.problem("unit/value", e.getMessage());
      return null;
    }
  }

  private static boolean isControlKind(ParameterKind k) {
    return k == ParameterKind.REMOVAL_EFFICIENCY
        || k == ParameterKind.CONTROL_ELECTRICITY
        || k == ParameterKind.NH3_SLIP
        || k == ParameterKind.FGD_CO2;
  }

  private static boolean isFactorActivity(String code, Classification c) {
    return c.activities().stream().anyMatch(a -> a.factorActivity().equals(code));
  }

  private static Classification classification(List<String> problems) {
    List<Activity> activities = new ArrayList<>();
    for (ReferenceTable.Row r :
        table(
            "classification/activities.csv",
            problems,
            "code",
            "name_zh",
            "name_en",
            "aliases",
            "kind",
            "state",
            "default_unit",
            "factor_activity")) {
      ActivityKind kind = enumCell(r, "kind", s -> parseEnum(ActivityKind.class, s));
      Unit unit = enumCell(r, "default_unit", Unit::parse);
      if (kind != null && unit != null) {
        activities.add(
            new Activity(
                r.get("code"),
                r.get("name_zh"),
                r.get("name_en"),
                list(r.get("aliases")),
                kind,
                r.get("state"),
                unit,
                r.get("factor_activity")));
      }
    }
    List<IpccCategory> ipcc = new ArrayList<>();
    for (ReferenceTable.Row r :
        table("classification/ipcc_categories.csv", problems, "code", "name_en", "name_zh")) {
      ipcc.add(new IpccCategory(r.get("code"), r.get("name_en"), r.get("name_zh")));
    }
    Map<String, String> industries = new LinkedHashMap<>();
    for (ReferenceTable.Row r :
        table("classification/gbt4754.csv", problems, "code", "name_zh", "name_en")) {
      industries.put(r.get("code"), r.get("name_zh"));
    }
    List<SourceCategory> sources = new ArrayList<>();
    for (ReferenceTable.Row r :
        table(
            "classification/source_categories.csv",
            problems,
            "code",
            "name_zh",
            "name_en",
            "ipcc",
            "ipcc_default",
            "gbt4754",
            "census_type",
            "generates_electricity")) {
      if (ipcc.stream().noneMatch(c -> c.code().equals(r.get("ipcc")))) {
        r.problem("ipcc", "unknown IPCC category " + r.get("ipcc"));
      }
      for (String code : list(r.get("gbt4754"))) {
        if (!industries.containsKey(code)) {
          r.problem("gbt4754", "unknown GB/T 4754 code " + code);
        }
      }
      sources.add(
          new SourceCategory(
              r.get("code"),
              r.get("name_zh"),
              r.get("name_en"),
              r.get("ipcc"),
              yes(r.get("ipcc_default")),
              r.get("gbt4754"),
              r.get("census_type"),
              yes(r.get("generates_electricity"))));
    }
    List<Control> controls = new ArrayList<>();
    for (ReferenceTable.Row r :
        table(
            "classification/controls.csv",
            problems,
            "code",
            "name_zh",
            "name_en",
            "primary_substance",
            "aliases")) {
      Substance s = enumCell(r, "primary_substance", Substance::parse);
      if (s != null) {
        controls.add(
            new Control(
                r.get("code"), r.get("name_zh"), r.get("name_en"), s, list(r.get("aliases"))));
      }
    }
    try {
      return Classification.of(
          activities, sources, ipcc, industries, controls, plausibility(problems, activities));
    } catch (IllegalArgumentException e) {
      problems.add("classification: " + e.getMessage());
      return Classification.of(List.of(), List.of(), List.of(), Map.of(), List.of());
    }
  }

  /**
   * The largest plausible amounts, by activity, activity kind and substance; a unit must fit what
   * it bounds.
   */
  private static Plausibility plausibility(List<String> problems, List<Activity> activities) {
    List<Plausibility.Bound> bounds = new ArrayList<>();
    for (ReferenceTable.Row r :
        table(
            "classification/plausibility.csv",
            problems,
            "subject",
            "code",
            "max",
            "unit",
            "reason")) {
      Plausibility.Subject subject =
          enumCell(r, "subject", s -> parseEnum(Plausibility.Subject.class, s));
      Unit unit = enumCell(r, "unit", Unit::parse);
      Double max = r.number("max");
      String code = r.get("code");
      if (subject == null || unit == null || max == null) {
        continue;
      }
      boolean known =
          switch (subject) {
            case ACTIVITY -> activities.stream().anyMatch(a -> a.code().equals(code));
            case ACTIVITY_KIND -> parseEnum(ActivityKind.class, code).isPresent();
            case SUBSTANCE ->
                Substance.parse(code).isPresent() && unit.dimension() == Dimension.MASS;
          };
      if (!known) {
        r.problem(
            "code",
            "no "
                + subject.name().toLowerCase(java.util.Locale.ROOT)
                + " '"
                + code
                + "' (or a substance bound not in a mass unit)");
      } else if (r.get("reason").isBlank()) {
        r.problem("reason", "a bound needs its reason");
      } else {
        try {
          bounds.add(new Plausibility.Bound(subject, code, max, unit, r.get("reason")));
        } catch (IllegalArgumentException e) {
          r.problem("max", e.getMessage());
        }
      }
    }
    try {
      return Plausibility.of(bounds);
    } catch (IllegalArgumentException e) {
      problems.add("plausibility.csv: " + e.getMessage());
      return Plausibility.NONE;
    }
  }

  private static GwpTable gwp(List<String> problems) {
    List<GwpTable.Entry> entries = new ArrayList<>();
    for (ReferenceTable.Row r :
        table(
            "gwp.csv",
            problems,
            "substance",
            "gwp_set",
            "value",
            "document",
            "document_ref",
            "tag")) {
      Substance s = enumCell(r, "substance", Substance::parse);
      GwpSet set = enumCell(r, "gwp_set", GwpSet::parse);
      Double v = r.number("value");
      if (s != null && set != null && v != null) {
        try {
          entries.add(
              new GwpTable.Entry(
                  s, set, v, r.get("document"), r.get("document_ref"), r.get("tag")));
        } catch (IllegalArgumentException e) {
          r.problem("value", e.getMessage());
        }
      }
    }
    try {
      return GwpTable.of(entries);
    } catch (IllegalArgumentException e) {
      problems.add("gwp.csv: " + e.getMessage());
      return GwpTable.of(List.of());
    }
  }

  private static Regions regions(List<String> problems) {
    List<Regions.Region> list = new ArrayList<>();
    for (ReferenceTable.Row r :
        table("classification/regions.csv", problems, "adcode", "name_zh", "name_en")) {
      Optional<Adcode> code = Adcode.parse(r.get("adcode"));
      if (code.isEmpty()) {
        r.problem("adcode", "not a 6-digit adcode: '" + r.get("adcode") + "'");
      } else {
        list.add(new Regions.Region(code.get(), r.get("name_zh"), r.get("name_en")));
      }
    }
    List<Regions.History> history = new ArrayList<>();
    for (ReferenceTable.Row r :
        table("classification/region_history.csv", problems, "adcode", "name_zh", "years")) {
      Optional<Adcode> code = Adcode.parse(r.get("adcode"));
      List<int[]> years = new ArrayList<>();
      for (String range : list(r.get("years"))) {
        String[] ends = range.split("-", -1);
        try {
          years.add(
              new int[] {
                Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[ends.length - 1].strip())
              });
        } catch (NumberFormatException e) {
          r.problem("years", "not a year or a range of years: '" + range + "'");
        }
      }
      if (code.isEmpty()) {
        r.problem("adcode", "not a 6-digit adcode: '" + r.get("adcode") + "'");
      } else {
        history.add(new Regions.History(code.get(), r.get("name_zh"), years));
      }
    }
    try {
      return Regions.of(list, history);
    } catch (IllegalArgumentException e) {
      problems.add("regions.csv: " + e.getMessage());
      return Regions.of(List.of());
    }
  }

  private static List<ReferenceTable.Row> table(
      String path, List<String> problems, String... columns) {
    return ReferenceTable.resource(ROOT + path, Arrays.asList(columns), problems).rows();
  }

  private static Properties manifest() {
    Properties p = new Properties();
    try (InputStream in = ReferenceLoader.class.getResourceAsStream(ROOT + "manifest.properties")) {
      if (in == null) {
        throw new ReferenceDataException(
            List.of("manifest.properties: not found on the classpath"));
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static int problemCount(ReferenceTable.Row r) {
    return r.table().problemCount();
  }

  private static <T> T enumCell(
      ReferenceTable.Row r, String column, Function<String, Optional<T>> parse) {
    String v = r.get(column);
    Optional<T> t = v.isEmpty() && !column.equals("scheme") ? Optional.empty() : parse.apply(v);
    if (t.isEmpty()) {
      r.problem(column, v.isEmpty() ? "empty" : "unknown value '" + v + "'");
      return null;
    }
    return t.get();
  }

  private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String s) {
    try {
      return Optional.of(Enum.valueOf(type, s.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<String> list(String s) {
    return s.isBlank()
        ? List.of()
        : Arrays.stream(s.split("[;；]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static boolean yes(String s) {
    return s.equalsIgnoreCase("Y") || s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("true");
  }
}
