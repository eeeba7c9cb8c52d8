package org.cocontrol.store;

import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.ENTERPRISE;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.NAME_EN;
import static org.cocontrol.store.Db.NAME_ZH;
import static org.cocontrol.store.Db.f;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocontrol.core.region.Adcode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Enterprises and facilities: the registry users browse and reported data belongs to. */
public final class EnterpriseStore {

  /** An enterprise or facility. {@code id} is null before it is stored. */
  public record Enterprise(
      Long id,
      String code,
      String creditCode,
      String nameZh,
      String nameEn,
      String industry,
      Adcode region,
      String park,
      Double lat,
      Double lon,
      String permitNumber,
      boolean keyEmitter,
      boolean keyPolluter,
      boolean synthetic,
      String origin) {
    public Enterprise {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(nameZh, "nameZh");
      Objects.requireNonNull(region, "region");
    }
  }

  /** Where an entity code is registered: its enterprise id and region. */
  public record Registration(long id, Adcode region) {}

  /** A page of search results and how many match in all. */
  public record Page(List<Enterprise> items, int total) {}

  private static final Field<String> CODE = f("code", String.class);
  private static final Field<String> CREDIT = f("credit_code", String.class);
  private static final Field<String> INDUSTRY = f("industry", String.class);
  private static final Field<String> PARK = f("park", String.class);
  private static final Field<Double> LAT = f("lat", Double.class);
  private static final Field<Double> LON = f("lon", Double.class);
  private static final Field<String> PERMIT = f("permit_number", String.class);
  private static final Field<Boolean> KEY_EMITTER = f("key_emitter", Boolean.class);
  private static final Field<Boolean> KEY_POLLUTER = f("key_polluter", Boolean.class);
  private static final Field<Boolean> SYNTHETIC = f("synthetic", Boolean.class);
  private static final Field<String> ORIGIN = f("origin", String.class);

  private final DSLContext db;

  public EnterpriseStore(DSLContext db) {
    this.db = db;
  }

  public long save(Enterprise e) {
    return db.insertInto(ENTERPRISE)
        .set(CODE, e.code())
        .set(CREDIT, e.creditCode())
        .set(NAME_ZH, e.nameZh())
        .set(NAME_EN, e.nameEn())
        .set(INDUSTRY, e.industry())
        .set(ADCODE, e.region().toString())
        .set(PARK, e.park())
        .set(LAT, e.lat())
        .set(LON, e.lon())
        .set(PERMIT, e.permitNumber())
        .set(KEY_EMITTER, e.keyEmitter())
        .set(KEY_POLLUTER, e.keyPolluter())
        .set(SYNTHETIC, e.synthetic())
        .set(ORIGIN, e.origin())
        .returningResult(ID)
        .fetchOne()
        .value1();
  }

  public Optional<Enterprise> find(long id) {
    return db.select().from(ENTERPRISE).where(ID.eq(id)).fetchOptional().map(EnterpriseStore::map);
  }

  /** Ids by entity code, to link uploaded records to enterprises. */
  public Map<String, Long> idsByCode() {
    Map<String, Long> out = new HashMap<>();
    db.select(CODE, ID).from(ENTERPRISE).fetch().forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /**
   * Every registered entity code with its enterprise id and region, for checking who may report for
   * it and where.
   */
  public Map<String, Registration> registrations() {
    Map<String, Registration> out = new HashMap<>();
    db.select(CODE, ID, ADCODE)
        .from(ENTERPRISE)
        .fetch()
        .forEach(
            r ->
                out.put(
                    r.value1(),
                    new Registration(
                        r.value2(), Adcode.parseAny(r.value3().strip()).orElseThrow())));
    return out;
  }

  /**
   * Enterprises matching a text (name, credit code, entity code or permit number), inside a region,
   * of an industry (a GB/T 4754 code prefix), ordered by name.
   */
  public Page search(String text, Adcode region, String industry, int offset, int limit) {
    Condition c = DSL.trueCondition();
    if (text != null && !text.isBlank()) {
      String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
      c =
          c.and(
              DSL.lower(NAME_ZH)
                  .like(like)
                  .or(DSL.lower(NAME_EN).like(like))
                  .or(DSL.lower(CREDIT).like(like))
                  .or(DSL.lower(CODE).like(like))
                  .or(DSL.lower(PERMIT).like(like)));
    }
    if (region != null && !region.codePrefix().isEmpty()) {
      c = c.and(ADCODE.like(region.codePrefix() + "%"));
    }
    if (industry != null && !industry.isBlank()) {
      c = c.and(INDUSTRY.like(industry.strip() + "%"));
    }
    int total = db.fetchCount(ENTERPRISE, c);
    List<Enterprise> items =
        db.select()
            .from(ENTERPRISE)
            .where(c)
            .orderBy(NAME_ZH, ID)
            .offset(offset)
            .limit(limit)
            .fetch(EnterpriseStore::map);
    return new Page(items, total);
  }

  public int count() {
    return db.fetchCount(ENTERPRISE);
  }

  private static Enterprise map(Record r) {
    return new Enterprise(
        r.get(ID),
        r.get(CODE),
        r.get(CREDIT),
        r.get(NAME_ZH),
        r.get(NAME_EN),
        r.get(INDUSTRY),
        Adcode.parseAny(r.get(ADCODE).strip()).orElseThrow(),
        r.get(PARK),
        r.get(LAT),
        r.get(LON),
        r.get(PERMIT),
        r.get(KEY_EMITTER),
        r.get(KEY_POLLUTER),
        r.get(SYNTHETIC),
        r.get(ORIGIN));
  }
}
