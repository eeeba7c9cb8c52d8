package org.cocontrol.store;

import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.DATA_YEAR;
import static org.cocontrol.store.Db.ENERGY_BALANCE;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.f;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cocontrol.core.region.Adcode;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Energy balance tables as uploaded (the {@code energy_balance} table, V11): the file itself, by
 * region and year. The newest upload of a region and year is current; earlier ones stay.
 */
public final class EnergyBalanceStore {

  /** An uploaded table's description; the bytes come from {@link #content}. */
  public record Stored(
      long id,
      Adcode region,
      int year,
      String fileName,
      long sizeBytes,
      String uploadedBy,
      LocalDateTime uploadedAt,
      boolean current) {}

  private static final Field<String> FILE_NAME = f("file_name", String.class);
  private static final Field<Long> SIZE_BYTES = f("size_bytes", Long.class);
  private static final Field<byte[]> CONTENT = f("content", byte[].class);
  private static final Field<String> UPLOADED_BY = f("uploaded_by", String.class);
  private static final Field<LocalDateTime> UPLOADED_AT = f("uploaded_at", LocalDateTime.class);
  private static final Field<Boolean> IS_CURRENT = f("is_current", Boolean.class);

  private final DSLContext db;

  public EnergyBalanceStore(DSLContext db) {
    this.db = db;
  }

  /**
   * Stores a table as the current one of its region and year (the earlier become history), in the
   * caller's transaction when there is one.
   */
  public Stored save(Adcode region, int year, String fileName, byte[] content, String uploadedBy) {
    LocalDateTime at = LocalDateTime.now();
    return db.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          tx.update(ENERGY_BALANCE)
              .set(IS_CURRENT, false)
              .where(ADCODE.eq(region.toString()), DATA_YEAR.eq(year), IS_CURRENT.isTrue())
              .execute();
          long id =
              tx.insertInto(ENERGY_BALANCE)
                  .set(ADCODE, region.toString())
                  .set(DATA_YEAR, year)
                  .set(FILE_NAME, fileName)
                  .set(SIZE_BYTES, (long) content.length)
                  .set(CONTENT, content)
                  .set(UPLOADED_BY, uploadedBy)
                  .set(UPLOADED_AT, at)
                  .set(IS_CURRENT, true)
                  .returningResult(ID)
                  .fetchOne()
                  .value1();
          return new Stored(id, region, year, fileName, content.length, uploadedBy, at, true);
        });
  }

  /** The current table of a region and year. */
  public Optional<Stored> current(Adcode region, int year) {
    return db.select(
            ID, ADCODE, DATA_YEAR, FILE_NAME, SIZE_BYTES, UPLOADED_BY, UPLOADED_AT, IS_CURRENT)
        .from(ENERGY_BALANCE)
        .where(ADCODE.eq(region.toString()), DATA_YEAR.eq(year), IS_CURRENT.isTrue())
        .fetchOptional()
        .map(EnergyBalanceStore::stored);
  }

  /** Every current table, by region and year (the caller filters by who may see them). */
  public List<Stored> currentAll() {
    return db.select(
            ID, ADCODE, DATA_YEAR, FILE_NAME, SIZE_BYTES, UPLOADED_BY, UPLOADED_AT, IS_CURRENT)
        .from(ENERGY_BALANCE)
        .where(IS_CURRENT.isTrue())
        .orderBy(ADCODE, DATA_YEAR)
        .fetch()
        .map(EnergyBalanceStore::stored);
  }

  public Optional<byte[]> content(long id) {
    return db.select(CONTENT).from(ENERGY_BALANCE).where(ID.eq(id)).fetchOptional(CONTENT);
  }

  private static Stored stored(Record r) {
    return new Stored(
        r.get(ID),
        Adcode.parseAny(r.get(ADCODE).strip()).orElseThrow(),
        r.get(DATA_YEAR),
        r.get(FILE_NAME),
        r.get(SIZE_BYTES),
        r.get(UPLOADED_BY),
        r.get(UPLOADED_AT.getName(), LocalDateTime.class),
        r.get(IS_CURRENT));
  }
}
