package org.cocontrol.core.comparison;

import java.util.Comparator;
import java.util.Objects;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;

/**
 * What must be reported in both years to be compared: an entity's source (entity code + source
 * category) for facility data, or, for records without an entity, the reporting region's source. An
 * entity is the same unit wherever its records are placed, so its region is not part of it.
 *
 * @param entity the entity code; empty for a region's records without an entity
 * @param region the region the records were reported at; null for an entity's source
 * @param source the project source category code; empty when the records were summed without a
 *     source
 */
public record ReportingUnit(String entity, Adcode region, String source)
    implements Comparable<ReportingUnit> {

  private static final Comparator<ReportingUnit> ORDER =
      Comparator.comparing((ReportingUnit u) -> !u.isEntity())
          .thenComparing(ReportingUnit::entity)
          .thenComparing(ReportingUnit::region, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(ReportingUnit::source);

  public ReportingUnit {
    entity = entity == null ? "" : entity.strip();
    source = source == null ? "" : source.strip();
    if (entity.isEmpty() && region == null) {
      throw new IllegalArgumentException(
          "a unit without an entity needs the region it was reported at");
    }
    if (!entity.isEmpty() && region != null) {
      throw new IllegalArgumentException(
          "an entity's unit is the entity and source, without a region: " + entity + " " + region);
    }
  }

  /**
   * The unit of records of {@code entity} (blank: none) reported at {@code region} under {@code
   * source}.
   */
  public static ReportingUnit of(String entity, Adcode region, String source) {
    Objects.requireNonNull(region, "region");
    return entity == null || entity.isBlank()
        ? new ReportingUnit("", region, source)
        : new ReportingUnit(entity, null, source);
  }

  /**
   * The unit of an inventory row broken down by entity and source (at the level the records were
   * reported).
   */
  public static ReportingUnit of(InventoryRow row) {
    return of(row.entity(), row.region(), row.source());
  }

  public boolean isEntity() {
    return !entity.isEmpty();
  }

  /** Entities first (by code), then regions' records (by region), each by source. */
  @Override
  public int compareTo(ReportingUnit o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return (isEntity() ? entity : region.toString()) + (source.isEmpty() ? "" : " " + source);
  }
}
