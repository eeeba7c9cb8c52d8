package org.cocontrol.store;

import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.DATA_YEAR;
import static org.cocontrol.store.Db.TOPDOWN;
import static org.cocontrol.store.Db.f;

import java.util.List;
import org.cocontrol.core.readside.CeadsClassification;
import org.cocontrol.core.readside.TopDownCell;
import org.cocontrol.core.region.Adcode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;

/**
 * The top-down layer: published inventories (CEADs) by region, year, sector and fuel, CO2 in
 * tonnes. Rows that are totals in the source (sector {@code Total}, fuel {@code Scope 1 Total}) are
 * stored as such and never added to their parts. Read back as {@link TopDownCell}s for the read
 * side ({@code core.readside}).
 */
public final class TopDownStore {

  /** One stored value. */
  public record Row(
      Adcode region, int year, String sector, String fuel, double co2Tonnes, String dataset) {}

  static final Field<String> SECTOR = f("sector", String.class);
  static final Field<String> FUEL = f("fuel", String.class);
  static final Field<Double> CO2 = f("co2_t", Double.class);
  static final Field<String> DATASET = f("dataset", String.class);

  private final DSLContext db;

  public TopDownStore(DSLContext db) {
    this.db = db;
  }

  /** Writes rows in batches of 5,000 in one transaction. */
  public void saveAll(List<Row> rows) {
    db.transaction(
        cfg -> {
          var tx = org.jooq.impl.DSL.using(cfg);
          for (int from = 0; from < rows.size(); from += 5000) {
            InsertValuesStep6<Record, String, Integer, String, String, Double, String> insert =
                tx.insertInto(TOPDOWN, ADCODE, DATA_YEAR, SECTOR, FUEL, CO2, DATASET);
            for (Row r : rows.subList(from, Math.min(rows.size(), from + 5000))) {
              insert =
                  insert.values(
                      r.region().toString(),
                      r.year(),
                      r.sector(),
                      r.fuel(),
                      r.co2Tonnes(),
                      r.dataset());
            }
            insert.execute();
          }
        });
  }

  public int count() {
    return db.fetchCount(TOPDOWN);
  }

  /**
   * The values of one region (exact code) and year, totals and parts alike: the read side tells
   * them apart.
   */
  public List<TopDownCell> cells(Adcode region, int year) {
    return db.select(ADCODE, DATA_YEAR, SECTOR, FUEL, CO2)
        .from(TOPDOWN)
        .where(ADCODE.eq(region.toString()))
        .and(DATA_YEAR.eq(year))
        .orderBy(SECTOR, FUEL)
        .fetch(TopDownStore::cell);
  }

  /** Every region's total over sectors and fuels in a year (what a map's children need). */
  public List<TopDownCell> totals(int year) {
    return db.select(ADCODE, DATA_YEAR, SECTOR, FUEL, CO2)
        .from(TOPDOWN)
        .where(DATA_YEAR.eq(year))
        .and(SECTOR.eq(CeadsClassification.TOTAL_SECTOR))
        .and(FUEL.eq(CeadsClassification.TOTAL_FUEL))
        .orderBy(ADCODE)
        .fetch(TopDownStore::cell);
  }

  /**
   * Every year's values of a region that are totals over sectors or over fuels (what series and
   * trends are drawn from).
   */
  public List<TopDownCell> history(Adcode region) {
    return db.select(ADCODE, DATA_YEAR, SECTOR, FUEL, CO2)
        .from(TOPDOWN)
        .where(ADCODE.eq(region.toString()))
        .and(
            SECTOR.eq(CeadsClassification.TOTAL_SECTOR).or(FUEL.eq(CeadsClassification.TOTAL_FUEL)))
        .orderBy(DATA_YEAR, SECTOR, FUEL)
        .fetch(TopDownStore::cell);
  }

  private static TopDownCell cell(org.jooq.Record r) {
    return new TopDownCell(
        Adcode.parseAny(r.get(ADCODE).strip()).orElseThrow(),
        r.get(DATA_YEAR),
        r.get(SECTOR),
        r.get(FUEL),
        r.get(CO2));
  }

  /** The years the layer covers for a region. */
  public List<Integer> years(Adcode region) {
    return db.selectDistinct(DATA_YEAR)
        .from(TOPDOWN)
        .where(ADCODE.eq(region.toString()))
        .orderBy(DATA_YEAR)
        .fetch(DATA_YEAR);
  }
}
