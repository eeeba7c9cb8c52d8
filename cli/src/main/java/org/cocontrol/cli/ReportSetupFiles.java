package org.cocontrol.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.FacilityKind;
import org.cocontrol.core.reporting.MonthlyEntry;
import org.cocontrol.core.reporting.Permit;
import org.cocontrol.core.reporting.PermitLimit;
import org.cocontrol.core.reporting.PermitOutlet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.io.Table;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enterprise's facilities and permit for {@code cocontrol report}, read from the files the API
 * takes (the JSON bodies of {@code PUT /enterprises/{id}/facilities} and {@code …/permit}) or, for
 * facilities, a CSV in the demo's {@code facilities.csv} columns. Every problem is named with its
 * file and place (JSON path, or line and column) and all are reported together.
 *
 * <p>Only what the report needs is checked here (codes present, kind known, numbers finite and not
 * negative, pollutants known, ISO dates); the form of a permit number and of outlet codes is the
 * server's business when a permit is stored.
 */
final class ReportSetupFiles {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<String> problems = new ArrayList<>();

  /**
   * The default facility list: one facility per {@code facility} value of the data, in the order
   * first seen; generating units when the industry is thermal power (GB/T 4754 D441*), otherwise
   * "other" (the guideline then follows the industry alone).
   */
  static List<Facility> fromData(List<MonthlyEntry> entries, String industry) {
    FacilityKind kind =
        industry != null && industry.startsWith("D441")
            ? FacilityKind.POWER_UNIT
            : FacilityKind.OTHER;
    Set<String> codes = new LinkedHashSet<>();
    entries.forEach(e -> codes.add(e.facility()));
    return codes.stream().map(c -> new Facility(c, c, kind, null, Map.of(), List.of())).toList();
  }

  /** Facilities from JSON ({@code {"facilities": […]}} or a bare array) or CSV. */
  List<Facility> facilities(Path file, String entity) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? facilitiesCsv(file, entity) : facilitiesJson(file);
  }

  private List<Facility> facilitiesJson(Path file) {
    JsonNode root = json(file);
    if (root == null) {
      return List.of();
    }
    JsonNode list = root.isArray() ? root : root.path("facilities");
    if (!list.isArray()) {
      problem(file, "facilities", "缺少设施列表", "no facilities list");
      return List.of();
    }
    List<Facility> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode f = list.get(i);
      String at = "facilities[" + i + "]";
      Map<String, String> attributes = new LinkedHashMap<>();
      f.path("attributes")
          .properties()
          .forEach(p -> attributes.put(p.getKey(), p.getValue().asString()));
      List<String> outlets = new ArrayList<>();
      f.path("outlets").forEach(o -> outlets.add(o.asString().strip()));
      facility(
              file,
              field -> at + "." + field,
              text(f, "code"),
              text(f, "name"),
              text(f, "kind"),
              number(file, at + ".capacityMw", f.path("capacityMw")),
              attributes,
              outlets)
          .ifPresent(out::add);
    }
    return out;
  }

  private List<Facility> facilitiesCsv(Path file, String entity) {
    Table t = Table.read(file, Table.Columns.any(List.of("facility", "kind"), Table.WIDE));
    List<Facility> out = new ArrayList<>();
    for (Table.Row r : t.rows()) {
      if (!r.get("entity_id").isEmpty() && !r.get("entity_id").equals(entity)) {
        continue; // a file of several enterprises, like the demo's: this one's rows only
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String part : split(r.get("attributes"))) {
        int eq = part.indexOf('=');
        if (eq <= 0) {
          problems.add(
              file.getFileName()
                  + ": "
                  + r.place("attributes").location()
                  + ", column attributes: 属性应为 名称=值 / an attribute is name=value: '"
                  + part
                  + "'");
        } else {
          attributes.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
      }
      Double capacity = r.number("capacity_mw", false);
      facility(
              file,
              field -> r.place("facility").location() + ", " + field,
              r.get("facility"),
              r.get("name_zh"),
              r.get("kind"),
              capacity,
              attributes,
              split(r.get("outlets")))
          .ifPresent(out::add);
    }
    // the table's own problems (header, a bad number read above) are on its list
    t.problems().forEach(p -> problems.add(file.getFileName() + ": " + p));
    return out;
  }

  private Optional<Facility> facility(
      Path file,
      java.util.function.UnaryOperator<String> at,
      String code,
      String name,
      String kind,
      Double capacity,
      Map<String, String> attributes,
      List<String> outlets) {
    boolean ok = true;
    if (code == null || code.isBlank()) {
      problem(file, at.apply("code"), "缺少设施编码", "facility code missing");
      ok = false;
    }
    FacilityKind k = null;
    try {
      k = FacilityKind.of(kind == null ? null : kind.strip());
    } catch (IllegalArgumentException e) {
      problem(
          file,
          at.apply("kind"),
          "设施类型应为 power_unit、boiler、kiln 或 other，得到 '" + kind + "'",
          "facility kind must be power_unit, boiler, kiln or other, got '" + kind + "'");
      ok = false;
    }
    if (capacity != null && !(capacity > 0)) {
      problem(
          file, at.apply("capacityMw"), "装机容量应大于 0", "capacity must be above 0, got " + capacity);
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    String n = name == null || name.isBlank() ? null : name.strip();
    return Optional.of(new Facility(code.strip(), n, k, capacity, attributes, outlets));
  }

  /** A permit from the JSON body the API takes. */
  Permit permit(Path file) {
    JsonNode p = json(file);
    if (p == null) {
      return null;
    }
    String number = text(p, "number");
    if (number == null || number.isBlank()) {
      problem(file, "number", "缺少许可证编号", "permit number missing");
    }
    LocalDate from = date(file, "validFrom", text(p, "validFrom"));
    LocalDate to = date(file, "validTo", text(p, "validTo"));
    List<PermitOutlet> outlets = new ArrayList<>();
    JsonNode given = p.path("outlets");
    for (int i = 0; i < given.size(); i++) {
      JsonNode o = given.get(i);
      String at = "outlets[" + i + "]";
      String code = text(o, "code");
      if (code == null || code.isBlank()) {
        problem(file, at + ".code", "缺少排放口编码", "outlet code missing");
        continue;
      }
      List<String> facilities = new ArrayList<>();
      o.path("facilities").forEach(f -> facilities.add(f.asString().strip()));
      List<PermitLimit> limits = new ArrayList<>();
      JsonNode ls = o.path("limits");
      for (int j = 0; j < ls.size(); j++) {
        JsonNode l = ls.get(j);
        String lat = at + ".limits[" + j + "]";
        String pollutant = text(l, "pollutant");
        Optional<Substance> s =
            pollutant == null ? Optional.empty() : Substance.parse(pollutant.strip());
        if (s.isEmpty()) {
          problem(
              file,
              lat + ".pollutant",
              "未知污染物 '" + pollutant + "'",
              "unknown pollutant '" + pollutant + "'");
          continue;
        }
        Double c = number(file, lat + ".concentrationMgM3", l.path("concentrationMgM3"));
        Double a = number(file, lat + ".annualT", l.path("annualT"));
        limits.add(new PermitLimit(s.get(), c, a));
      }
      outlets.add(new PermitOutlet(code.strip(), text(o, "name"), facilities, limits));
    }
    return number == null || from == null || to == null
        ? null
        : new Permit(number.strip(), from, to, outlets);
  }

  /** Throws the problems, all of them, when there are any. */
  void failOnProblems() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.size()
              + " 处错误, 未计算报告 / error(s), no report computed:\n  "
              + String.join("\n  ", problems));
    }
  }

  private JsonNode json(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("找不到文件 / no such file: " + file);
    }
    try {
      return JSON.readTree(Files.readString(file));
    } catch (JacksonException e) {
      problems.add(
          file.getFileName()
              + ": 不是有效的 JSON / not valid JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
      return null;
    } catch (IOException e) {
      throw new InvalidInputException("无法读取 / cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asString();
  }

  private Double number(Path file, String at, JsonNode v) {
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < 0) {
      problem(
          file, at, "应为不小于 0 的数值，得到 '" + v + "'", "must be a number not below 0, got '" + v + "'");
      return null;
    }
    return v.asDouble();
  }

  private LocalDate date(Path file, String at, String value) {
    try {
      return LocalDate.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      problem(
          file,
          at,
          "日期应为 2023-01-31 格式，得到 '" + value + "'",
          "date must be like 2023-01-31, got '" + value + "'");
      return null;
    }
  }

  private void problem(Path file, String at, String zh, String en) {
    problems.add(file.getFileName() + ": " + at + ": " + zh + " / " + en);
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s == null ? new String[0] : s.split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
