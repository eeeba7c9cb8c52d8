package org.cocontrol.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * One numbered item of a plan document, as written.
 *
 * @param id the item's place in the numbering, dotted ({@code 3.4}); {@code 0} is the preamble
 * @param number the numbering as written ({@code （四）}, {@code 19.})
 * @param parentId the enclosing item, or null for a chapter
 * @param firstLine first line in the source file, 1-based
 * @param lastLine last line in the source file
 * @param task whether it is an actionable measure someone is made responsible for
 * @param theme a task's theme; null for other items
 * @param lead lead departments as written (牵头, or all jointly responsible)
 * @param cooperating cooperating departments as written
 * @param indicatorIds the indicators it states or serves
 */
public record PlanItem(
    String id,
    String number,
    String parentId,
    String title,
    String text,
    int firstLine,
    int lastLine,
    boolean task,
    Theme theme,
    List<String> lead,
    List<String> cooperating,
    List<String> indicatorIds) {

  public PlanItem {
    Objects.requireNonNull(id, "id");
    lead = List.copyOf(lead);
    cooperating = List.copyOf(cooperating);
    indicatorIds = List.copyOf(indicatorIds);
    if (task && theme == null) {
      throw new IllegalArgumentException("task " + id + " has no theme");
    }
  }
}
