package org.cocontrol.store;

import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.NAME_EN;
import static org.cocontrol.store.Db.NAME_ZH;
import static org.cocontrol.store.Db.PARENT;
import static org.cocontrol.store.Db.REGION;
import static org.cocontrol.store.Db.REGION_LEVEL;

import java.util.List;
import java.util.Optional;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.Regions;
import org.jooq.DSLContext;
import org.jooq.Query;

/** GB/T 2260 divisions in the database, for joins and for the API's region tree. */
public final class RegionStore {

  /** A stored division. */
  public record StoredRegion(
      Adcode adcode, String nameZh, String nameEn, String level, Adcode parent) {}

  private final DSLContext db;

  public RegionStore(DSLContext db) {
    this.db = db;
  }

  /** Writes every division (and the nation) that is not stored yet. */
  public int saveMissing(Regions regions) {
    java.util.Set<String> have =
        new java.util.HashSet<>(db.select(ADCODE).from(REGION).fetch(ADCODE));
    List<Query> inserts =
        regions.all().stream()
            .filter(r -> !have.contains(r.code().toString()))
            .map(
                r ->
                    (Query)
                        db.insertInto(REGION, ADCODE, NAME_ZH, NAME_EN, REGION_LEVEL, PARENT)
                            .values(
                                r.code().toString(),
                                r.nameZh(),
                                r.nameEn(),
                                r.code().level().code(),
                                r.code().parent().map(Adcode::toString).orElse(null)))
            .toList();
    if (!inserts.isEmpty()) {
      db.batch(inserts).execute();
    }
    return inserts.size();
  }

  public Optional<StoredRegion> find(Adcode code) {
    return db.select(ADCODE, NAME_ZH, NAME_EN, REGION_LEVEL, PARENT)
        .from(REGION)
        .where(ADCODE.eq(code.toString()))
        .fetchOptional()
        .map(
            r ->
                new StoredRegion(
                    code,
                    r.get(NAME_ZH),
                    r.get(NAME_EN),
                    r.get(REGION_LEVEL),
                    r.get(PARENT) == null ? null : Adcode.parseAny(r.get(PARENT)).orElse(null)));
  }

  /** The divisions whose parent is {@code code}, by code. */
  public List<StoredRegion> children(Adcode code) {
    return db.select(ADCODE, NAME_ZH, NAME_EN, REGION_LEVEL)
        .from(REGION)
        .where(PARENT.eq(code.toString()))
        .orderBy(ADCODE)
        .fetch()
        .map(
            r ->
                new StoredRegion(
                    Adcode.parseAny(r.get(ADCODE)).orElseThrow(),
                    r.get(NAME_ZH),
                    r.get(NAME_EN),
                    r.get(REGION_LEVEL),
                    code));
  }
}
