package org.cocontrol.store;

import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.DATA_YEAR;
import static org.cocontrol.store.Db.TOPDOWN;
import static org.cocontrol.store.Db.f;
import static org.jooq.impl.DSL.sum;

import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.region.Adcode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep6;
import org.jooq.Record;

/**
 * The top-down layer: published inventories (CEADs) by region, year, sector and fuel, CO2 in tonnes.
 * Rows that are totals in the source (sector {@code Total}, fuel {@code Scope 1 Total}) are stored as
 * such and never added to their parts.
 */
public final class TopDownStore {

  /** One stored value. */
  public record Row(Adcode region, int year, String sector, String fuel, double co2Tonnes, String dataset) {}

  /** A value by key (year, sector or fuel). */
  public record Amount(String key, int year, double co2Tonnes) {}

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
    db.transaction(cfg -> {
      var tx = org.jooq.impl.DSL.using(cfg);
      for (int from = 0; from < rows.size(); from += 5000) {
        InsertValuesStep6<Record, String, Integer, String, String, Double, String> insert =
            tx.insertInto(TOPDOWN, ADCODE, DATA_YEAR, SECTOR, FUEL, CO2, DATASET);
        for (Row r : rows.subList(from, Math.min(rows.size(), from + 5000))) {
          insert = insert.values(r.region().toString(), r.year(), r.sector(), r.fuel(), r.co2Tonnes(), r.dataset());
        }
        insert.execute();
      }
    });
  }

  public int count() {
    return db.fetchCount(TOPDOWN);
  }

  /** Rows of one region and year (exact code), excluding nothing: callers pick totals or parts. */
  public List<Row> rows(Adcode region, int year) {
    return db.select(ADCODE, DATA_YEAR, SECTOR, FUEL, CO2, DATASET).from(TOPDOWN).where(ADCODE.eq(region.toString()))
        .and(DATA_YEAR.eq(year)).fetch(r -> new Row(region, r.get(DATA_YEAR), r.get(SECTOR), r.get(FUEL), r.get(CO2), r.get(DATASET)));
  }

  /** One value per year for the given sector and fuel (e.g. {@code Total}/{@code Scope 1 Total}) of a region. */
  public List<Amount> series(Adcode region, String sector, String fuel) {
    List<Amount> out = new ArrayList<>();
    db.select(DATA_YEAR, sum(CO2).cast(Double.class)).from(TOPDOWN).where(ADCODE.eq(region.toString())).and(SECTOR.eq(sector)).and(FUEL.eq(fuel))
        .groupBy(DATA_YEAR).orderBy(DATA_YEAR).fetch().forEach(r -> out.add(new Amount(sector + "/" + fuel, r.value1(), r.value2())));
    return out;
  }

  /** Every region's value of one sector and fuel in a year, e.g. all provinces' totals for a map. */
  public List<Row> all(int year, String sector, String fuel) {
    return db.select(ADCODE, CO2, DATASET).from(TOPDOWN).where(DATA_YEAR.eq(year)).and(SECTOR.eq(sector)).and(FUEL.eq(fuel)).orderBy(ADCODE)
        .fetch(r -> new Row(Adcode.parseAny(r.get(ADCODE).strip()).orElseThrow(), year, sector, fuel, r.get(CO2), r.get(DATASET)));
  }

  /** Every year's rows of a region that are totals over sectors or over fuels (what trends are drawn from). */
  public List<Row> totalsHistory(Adcode region) {
    return db.select(DATA_YEAR, SECTOR, FUEL, CO2, DATASET).from(TOPDOWN).where(ADCODE.eq(region.toString()))
        .and(SECTOR.eq("Total").or(FUEL.eq("Scope 1 Total"))).orderBy(DATA_YEAR)
        .fetch(r -> new Row(region, r.get(DATA_YEAR), r.get(SECTOR), r.get(FUEL), r.get(CO2), r.get(DATASET)));
  }

  /** The years the layer covers for a region. */
  public List<Integer> years(Adcode region) {
    return db.selectDistinct(DATA_YEAR).from(TOPDOWN).where(ADCODE.eq(region.toString())).orderBy(DATA_YEAR).fetch(DATA_YEAR);
  }
}
