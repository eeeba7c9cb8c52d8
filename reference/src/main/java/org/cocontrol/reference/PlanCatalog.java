package org.cocontrol.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocontrol.core.plan.Comparison;
import org.cocontrol.core.plan.IndicatorKind;
import org.cocontrol.core.plan.Plan;
import org.cocontrol.core.plan.PlanIndicator;
import org.cocontrol.core.plan.PlanItem;
import org.cocontrol.core.plan.Theme;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The co-control plans shipped under {@code plans/} (format in docs/parameter-files.md), the
 * normalised department list and the source texts they were encoded from. Every plan is checked on
 * load: numbering, parents, indicator links, kinds, themes and department codes; all problems are
 * reported together as {@code file item: what}.
 */
public final class PlanCatalog {

  /**
   * The shipped plans, in the order the platform lists them (provinces, then the municipality, then
   * the city).
   */
  public static final List<String> PLANS =
      List.of("liaoning-2023", "henan-2023", "chongqing-2023", "sanming-2022");

  private static final String ROOT = "/org/cocontrol/reference/plans/";

  /**
   * A normalised department.
   *
   * @param code one code per function across levels ({@code ecology-environment})
   */
  public record Department(String code, String nameZh, String nameEn) {}

  private final List<Plan> plans;
  private final Map<String, Department> departments;

  private PlanCatalog(List<Plan> plans, Map<String, Department> departments) {
    this.plans = List.copyOf(plans);
    this.departments = Map.copyOf(departments);
  }

  /**
   * @throws ReferenceDataException listing every problem in the shipped files
   */
  public static PlanCatalog load() {
    Map<String, Department> departments = readDepartments();
    List<String> problems = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    for (String id : PLANS) {
      String file = id + ".json";
      try (InputStream in = resource(ROOT + file)) {
        Plan plan = parse(file, JsonMapper.shared().readTree(in), departments.keySet(), problems);
        if (plan != null) {
          plans.add(plan);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return new PlanCatalog(plans, departments);
  }

  public List<Plan> plans() {
    return plans;
  }

  public Optional<Plan> plan(String id) {
    return plans.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The normalised departments by code, in file order. */
  public Map<String, Department> departments() {
    return departments;
  }

  /** The source text a plan was encoded from, whole; its items' lines index into it. */
  public static String sourceText(Plan plan) {
    try (InputStream in = resource(ROOT + "sources/" + plan.sourceFile())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An indicator topic for lining up the indicators of different plans: those whose name matches
   * {@code pattern}.
   */
  public record Topic(String code, String nameZh, String nameEn, Pattern pattern) {
    public boolean covers(String indicatorName) {
      return pattern.matcher(indicatorName).find();
    }
  }

  /** The topics of {@code plans/indicator_topics.csv}, in file order. */
  public static List<Topic> indicatorTopics() {
    List<Topic> out = new ArrayList<>();
    for (ReferenceTable.Row r :
        table("indicator_topics.csv", "topic", "name_zh", "name_en", "pattern")) {
      out.add(
          new Topic(
              r.get("topic"),
              r.get("name_zh"),
              r.get("name_en"),
              Pattern.compile(r.get("pattern"))));
    }
    return out;
  }

  /**
   * A table of the plans folder, read by io's one table reader; any problem in it refuses the
   * release.
   */
  private static List<ReferenceTable.Row> table(String file, String... columns) {
    List<String> problems = new ArrayList<>();
    List<ReferenceTable.Row> rows =
        ReferenceTable.resource(ROOT + file, List.of(columns), problems).rows();
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return rows;
  }

  static Plan parse(
      String file, JsonNode root, Set<String> departmentCodes, List<String> problems) {
    int before = problems.size();
    String planId = text(root, "id");
    Map<String, String> departments = new LinkedHashMap<>();
    root.path("departments")
        .properties()
        .forEach(
            e -> {
              String code = e.getValue().asString();
              if (!departmentCodes.contains(code)) {
                problems.add(
                    file + ": department '" + e.getKey() + "' maps to unknown code '" + code + "'");
              }
              departments.put(e.getKey(), code);
            });
    List<PlanItem> items = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode n : root.path("items")) {
      String id = text(n, "id");
      String where = file + " item " + id;
      if (!ids.add(id)) {
        problems.add(where + ": duplicate id");
      }
      String parent = text(n, "parent");
      if (parent != null && !ids.contains(parent)) {
        problems.add(where + ": parent " + parent + " is not an earlier item");
      }
      boolean task = n.path("task").asBoolean(false);
      Theme theme = null;
      if (task) {
        try {
          theme = Theme.ofCode(text(n, "theme"));
        } catch (IllegalArgumentException e) {
          problems.add(where + ": " + e.getMessage());
          continue;
        }
      }
      List<String> lead = strings(n.path("lead"));
      List<String> cooperating = strings(n.path("cooperating"));
      if (task && lead.isEmpty()) {
        problems.add(where + ": a task needs a lead department");
      }
      for (String d : concat(lead, cooperating)) {
        if (!departments.containsKey(d)) {
          problems.add(where + ": department '" + d + "' is not in the plan's department map");
        }
      }
      JsonNode lines = n.path("lines");
      items.add(
          new PlanItem(
              id,
              Objects.requireNonNullElse(text(n, "number"), ""),
              parent,
              Objects.requireNonNullElse(text(n, "title"), ""),
              Objects.requireNonNullElse(text(n, "text"), ""),
              lines.path(0).asInt(0),
              lines.path(1).asInt(0),
              task,
              theme,
              lead,
              cooperating,
              strings(n.path("indicators"))));
    }
    List<PlanIndicator> indicators = new ArrayList<>();
    for (JsonNode n : root.path("indicators")) {
      String id = text(n, "id");
      String where = file + " indicator " + id;
      String item = text(n, "item");
      if (items.stream().noneMatch(i -> i.id().equals(item) && i.indicatorIds().contains(id))) {
        problems.add(where + ": item " + item + " does not exist or does not list it");
      }
      try {
        IndicatorKind kind = IndicatorKind.ofCode(text(n, "kind"));
        IndicatorKind inherited =
            text(n, "inheritedKind") == null
                ? null
                : IndicatorKind.ofCode(text(n, "inheritedKind"));
        IndicatorKind effective = kind == IndicatorKind.INHERITED ? inherited : kind;
        String written = text(n, "comparison");
        Comparison comparison =
            written != null
                ? Comparison.ofSymbol(written)
                : effective == null ? null : effective.defaultComparison();
        if (comparison == null) {
          problems.add(where + ": " + kind.code() + " needs a comparison (>= or <=)");
          continue;
        }
        indicators.add(
            new PlanIndicator(
                id,
                item,
                text(n, "name"),
                text(n, "unit"),
                kind,
                inherited,
                text(n, "inheritsFrom"),
                comparison,
                text(n, "metric"),
                integer(n, "baseYear"),
                number(n, "baseValue"),
                integer(n, "targetYear"),
                number(n, "targetValue"),
                text(n, "sourceText")));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    for (PlanItem i : items) {
      for (String ind : i.indicatorIds()) {
        if (indicators.stream().noneMatch(x -> x.id().equals(ind))) {
          problems.add(file + " item " + i.id() + ": lists unknown indicator " + ind);
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    JsonNode source = root.path("source");
    return new Plan(
        planId,
        text(root, "jurisdiction"),
        text(root, "parentJurisdiction"),
        text(root, "title"),
        text(root, "issuedOn"),
        text(root, "documentNumber"),
        strings(root.path("issuers")),
        text(source, "file"),
        text(source, "note"),
        departments,
        items,
        indicators);
  }

  private static Map<String, Department> readDepartments() {
    Map<String, Department> out = new LinkedHashMap<>();
    for (ReferenceTable.Row r : table("departments.csv", "code", "name_zh", "name_en")) {
      out.put(r.get("code"), new Department(r.get("code"), r.get("name_zh"), r.get("name_en")));
    }
    return out;
  }

  private static InputStream resource(String path) {
    InputStream in = PlanCatalog.class.getResourceAsStream(path);
    if (in == null) {
      throw new ReferenceDataException(List.of("missing resource " + path));
    }
    return in;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asString();
  }

  private static Integer integer(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isNumber() ? Integer.valueOf(v.intValue()) : null;
  }

  private static Double number(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isNumber() ? Double.valueOf(v.doubleValue()) : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asString()));
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
