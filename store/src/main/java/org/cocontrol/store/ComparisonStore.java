package org.cocontrol.store;

import static org.cocontrol.store.Db.ACTIVITY;
import static org.cocontrol.store.Db.EMISSION;
import static org.cocontrol.store.Db.col;
import static org.jooq.impl.DSL.sum;

import java.util.Collection;
import java.util.List;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Current emissions per reporting unit, for comparisons between years ({@code core.comparison}):
 * summed by the record's entity, region, source, year, substance and scope. The pre-summed
 * inventory cells have no entity, so this reads the emission lines themselves — the current ones
 * ({@code emission.is_current}) — joined with their activity records.
 */
public final class ComparisonStore {

  private static final Field<String> ENTITY = col(ACTIVITY, "entity_code", String.class);
  private static final Field<String> REGION = col(ACTIVITY, "adcode", String.class);
  private static final Field<Integer> YEAR = col(ACTIVITY, "data_year", Integer.class);
  private static final Field<String> SOURCE = col(ACTIVITY, "source", String.class);
  private static final Field<String> SUBSTANCE = col(EMISSION, "substance", String.class);
  private static final Field<String> SCOPE = col(EMISSION, "scope", String.class);
  private static final Field<Boolean> CURRENT = col(EMISSION, "is_current", Boolean.class);

  private final DSLContext db;

  public ComparisonStore(DSLContext db) {
    this.db = db;
  }

  /**
   * The current emissions of records reported inside {@code region} (any level) in {@code years}:
   * one row per entity (empty for records without one), record region, source, year, substance and
   * scope, in tonnes.
   */
  public List<InventoryRow> byUnit(Adcode region, Collection<Integer> years) {
    if (years.isEmpty()) {
      return List.of();
    }
    Field<Double> total =
        sum(col(EMISSION, "amount_t", Double.class)).cast(Double.class).as("total");
    return db.select(ENTITY, REGION, YEAR, SOURCE, SUBSTANCE, SCOPE, total)
        .from(EMISSION)
        .join(ACTIVITY)
        .on(col(EMISSION, "activity_id", Long.class).eq(col(ACTIVITY, "id", Long.class)))
        .where(CURRENT.isTrue())
        .and(YEAR.in(years))
        .and(within(region))
        .groupBy(ENTITY, REGION, YEAR, SOURCE, SUBSTANCE, SCOPE)
        .orderBy(YEAR, ENTITY, REGION, SOURCE, SUBSTANCE, SCOPE)
        .fetch(
            r ->
                new InventoryRow(
                    Adcode.parseAny(r.get(REGION).strip()).orElseThrow(),
                    r.get(YEAR),
                    r.get(SOURCE),
                    null,
                    null,
                    r.get(ENTITY),
                    r.get(SUBSTANCE),
                    r.get(SCOPE),
                    null,
                    r.get(total)));
  }

  private static Condition within(Adcode region) {
    String prefix = region.codePrefix();
    return prefix.isEmpty() ? DSL.trueCondition() : REGION.like(prefix + "%");
  }
}
