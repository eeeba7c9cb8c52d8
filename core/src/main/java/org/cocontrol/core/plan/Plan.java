package org.cocontrol.core.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A co-control plan as data: its items with their numbering, tasks and quantitative indicators.
 *
 * @param jurisdiction the adcode of the region the plan is for
 * @param parentJurisdiction the region above whose plan it inherits targets from, or null
 * @param issuedOn ISO date
 * @param documentNumber 文号, or null when the copy gives none
 * @param sourceFile the source text file the items' lines refer to
 * @param sourceNote how the copy was read: differences from other copies, fixes
 * @param departments every department name as written → its normalised code
 */
public record Plan(
    String id,
    String jurisdiction,
    String parentJurisdiction,
    String title,
    String issuedOn,
    String documentNumber,
    List<String> issuers,
    String sourceFile,
    String sourceNote,
    Map<String, String> departments,
    List<PlanItem> items,
    List<PlanIndicator> indicators) {

  /** The year a standing requirement is judged in when no indicator states one. */
  static final int DEFAULT_HORIZON = 2025;

  public Plan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    issuers = List.copyOf(issuers);
    departments = Map.copyOf(departments);
    items = List.copyOf(items);
    indicators = List.copyOf(indicators);
  }

  public List<PlanItem> tasks() {
    return items.stream().filter(PlanItem::task).toList();
  }

  public Optional<PlanIndicator> indicator(String indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  public Optional<PlanItem> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /**
   * A task by its item id ({@code 3.4}) or by its number as written, with either bracket width and
   * with or without the mark after it ({@code （四）}, {@code (四)}, {@code 19}, {@code 19.}).
   */
  public Optional<PlanItem> task(String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    String wanted = normaliseNumber(ref.strip());
    return tasks().stream()
        .filter(t -> t.id().equals(ref.strip()))
        .findFirst()
        .or(
            () ->
                tasks().stream()
                    .filter(t -> normaliseNumber(t.number()).equals(wanted))
                    .findFirst());
  }

  private static String normaliseNumber(String n) {
    return n.replace('(', '（').replace(')', '）').replaceAll("[\\s.．、]", "");
  }

  /**
   * The plan's horizon: the earliest target year its indicators state (the 2025 milestone), else
   * 2025.
   */
  public int horizonYear() {
    return indicators.stream()
        .map(PlanIndicator::targetYear)
        .filter(Objects::nonNull)
        .mapToInt(Integer::intValue)
        .min()
        .orElse(DEFAULT_HORIZON);
  }

  /** The normalised code of a department as written, or null when the plan does not name it. */
  public String departmentCode(String asWritten) {
    return departments.get(asWritten);
  }

  /** Whether a task names a department (by normalised code) as lead or cooperating. */
  public boolean involves(PlanItem task, String departmentCode) {
    return task.lead().stream().anyMatch(d -> departmentCode.equals(departments.get(d)))
        || task.cooperating().stream().anyMatch(d -> departmentCode.equals(departments.get(d)));
  }
}
