package org.cocontrol.store;

import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.DATA_YEAR;
import static org.cocontrol.store.Db.DENOMINATOR;
import static org.cocontrol.store.Db.f;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocontrol.core.region.Adcode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Regional statistics by year (the {@code denominator} table): GDP, population, energy consumption
 * — what intensities are computed from.
 */
public final class StatisticsStore {

  /**
   * One statistic of a region and year, in its unit ({@code 万元}, {@code 亿元}, {@code 万人}, {@code
   * 万tce}).
   */
  public record Statistic(Adcode region, int year, String name, double value, String unit) {}

  private static final Field<String> NAME = f("name", String.class);
  private static final Field<Double> AMOUNT = f("amount", Double.class);
  private static final Field<String> UNIT = f("unit", String.class);

  private final DSLContext db;

  public StatisticsStore(DSLContext db) {
    this.db = db;
  }

  /** Saves statistics, replacing any of the same region, year and name, in one transaction. */
  public void saveAll(List<Statistic> rows) {
    db.transaction(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          for (Statistic s : rows) {
            tx.deleteFrom(DENOMINATOR)
                .where(ADCODE.eq(s.region().toString()), DATA_YEAR.eq(s.year()), NAME.eq(s.name()))
                .execute();
            tx.insertInto(DENOMINATOR)
                .set(ADCODE, s.region().toString())
                .set(DATA_YEAR, s.year())
                .set(NAME, s.name())
                .set(AMOUNT, s.value())
                .set(UNIT, s.unit())
                .execute();
          }
        });
  }

  /** One statistic of a region by year. */
  public Map<Integer, Statistic> series(Adcode region, String name) {
    Map<Integer, Statistic> out = new TreeMap<>();
    for (Statistic s : list(region, name)) {
      out.put(s.year(), s);
    }
    return out;
  }

  /** A region's statistics, all names or one ({@code name} null for all), by name and year. */
  public List<Statistic> list(Adcode region, String name) {
    List<Statistic> out = new ArrayList<>();
    var where = ADCODE.eq(region.toString());
    if (name != null) {
      where = where.and(NAME.eq(name));
    }
    db.select(ADCODE, DATA_YEAR, NAME, AMOUNT, UNIT)
        .from(DENOMINATOR)
        .where(where)
        .orderBy(NAME, DATA_YEAR)
        .fetch()
        .forEach(
            r ->
                out.add(
                    new Statistic(
                        Adcode.parseAny(r.get(ADCODE).strip()).orElseThrow(),
                        r.get(DATA_YEAR),
                        r.get(NAME),
                        r.get(AMOUNT),
                        r.get(UNIT))));
    return out;
  }
}
