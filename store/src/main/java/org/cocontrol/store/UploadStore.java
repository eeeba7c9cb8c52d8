package org.cocontrol.store;

import static org.cocontrol.store.Db.ACTIVITY;
import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.DATA_YEAR;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.UPLOAD;
import static org.cocontrol.store.Db.col;
import static org.cocontrol.store.Db.f;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cocontrol.core.region.Adcode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The history of uploads: who brought what in, when, what it changed, whether it was withdrawn; and
 * each fact's revisions.
 */
public final class UploadStore {

  /** One upload as its history shows it. {@code status} is {@code active} or {@code withdrawn}. */
  public record Upload(
      long id,
      String fileName,
      String uploadedBy,
      LocalDateTime uploadedAt,
      int records,
      int added,
      int revised,
      int unchanged,
      String status,
      String withdrawnBy,
      LocalDateTime withdrawnAt,
      String withdrawReason) {}

  /** A page of uploads, newest first. */
  public record Page(long total, List<Upload> items) {}

  /**
   * Where an upload's stored records are: their regions and enterprises (for who may see or
   * withdraw it).
   */
  public record Reach(Set<Adcode> regions, Set<Long> enterprises, Set<String> entities) {}

  /**
   * One revision of a fact (entity, record id). {@code state}: current, revised, withdrawn or
   * rejected.
   */
  public record Revision(
      long activityId,
      long uploadId,
      int revision,
      String state,
      int year,
      String region,
      String source,
      String activity,
      double amount,
      String unit,
      String fileName,
      String uploadedBy,
      LocalDateTime uploadedAt) {}

  private static final Field<Long> UPLOAD_ID = f("upload_id", Long.class);
  private static final Field<Long> UPLOAD_PK = col(UPLOAD, "id", Long.class);
  private static final Field<Long> ACTIVITY_UPLOAD = col(ACTIVITY, "upload_id", Long.class);
  private static final Field<?>[] UPLOAD_COLUMNS = {
    ID,
    f("file_name", String.class),
    f("uploaded_by", String.class),
    f("uploaded_at", LocalDateTime.class),
    f("record_count", Integer.class),
    f("added_count", Integer.class),
    f("revised_count", Integer.class),
    f("unchanged_count", Integer.class),
    f("status", String.class),
    f("withdrawn_by", String.class),
    f("withdrawn_at", LocalDateTime.class),
    f("withdraw_reason", String.class)
  };

  private final DSLContext db;

  public UploadStore(DSLContext db) {
    this.db = db;
  }

  /**
   * Uploads newest first, limited to those with a stored record inside {@code region} (all when
   * null or the nation) and, when {@code enterpriseId} is given, with a record of that enterprise.
   */
  public Page uploads(Adcode region, Long enterpriseId, int offset, int limit) {
    Condition reach = DSL.trueCondition();
    if (region != null && !region.codePrefix().isEmpty()) {
      reach =
          reach.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(ACTIVITY)
                      .where(ACTIVITY_UPLOAD.eq(UPLOAD_PK))
                      .and(ADCODE.like(region.codePrefix() + "%"))));
    }
    if (enterpriseId != null) {
      reach =
          reach.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(ACTIVITY)
                      .where(ACTIVITY_UPLOAD.eq(UPLOAD_PK))
                      .and(col(ACTIVITY, "enterprise_id", Long.class).eq(enterpriseId))));
    }
    long total = db.fetchCount(UPLOAD, reach);
    List<Upload> items =
        db.select(UPLOAD_COLUMNS)
            .from(UPLOAD)
            .where(reach)
            .orderBy(ID.desc())
            .offset(offset)
            .limit(limit)
            .fetch(UploadStore::upload);
    return new Page(total, items);
  }

  public Optional<Upload> find(long id) {
    return db.select(UPLOAD_COLUMNS)
        .from(UPLOAD)
        .where(ID.eq(id))
        .fetchOptional(UploadStore::upload);
  }

  /** The regions, enterprises and entity codes of an upload's stored records. */
  public Reach reach(long uploadId) {
    Set<Adcode> regions = new TreeSet<>();
    Set<Long> enterprises = new TreeSet<>();
    Set<String> entities = new TreeSet<>();
    Field<Long> enterprise = f("enterprise_id", Long.class);
    Field<String> entity = f("entity_code", String.class);
    for (var r :
        db.selectDistinct(ADCODE, enterprise, entity)
            .from(ACTIVITY)
            .where(UPLOAD_ID.eq(uploadId))
            .fetch()) {
      regions.add(Adcode.parseAny(r.value1().strip()).orElseThrow());
      if (r.value2() != null) {
        enterprises.add(r.value2());
      }
      entities.add(r.value3());
    }
    return new Reach(regions, enterprises, entities);
  }

  /**
   * How many of an upload's records are in each state now (current, revised, withdrawn, rejected).
   */
  public Map<String, Integer> states(long uploadId) {
    Field<String> state = f("state", String.class);
    Map<String, Integer> out = new LinkedHashMap<>();
    db.select(state, DSL.count())
        .from(ACTIVITY)
        .where(UPLOAD_ID.eq(uploadId))
        .groupBy(state)
        .orderBy(state)
        .fetch()
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** Every revision of one fact, oldest first. */
  public List<Revision> revisions(String entityCode, String recordId) {
    return db.select(
            col(ACTIVITY, "id", Long.class),
            ACTIVITY_UPLOAD,
            f("revision", Integer.class),
            f("state", String.class),
            DATA_YEAR,
            ADCODE,
            f("source", String.class),
            f("activity", String.class),
            f("amount", Double.class),
            f("unit", String.class),
            f("file_name", String.class),
            f("uploaded_by", String.class),
            f("uploaded_at", LocalDateTime.class))
        .from(ACTIVITY)
        .join(UPLOAD)
        .on(ACTIVITY_UPLOAD.eq(UPLOAD_PK))
        .where(f("entity_code", String.class).eq(entityCode))
        .and(f("record_id", String.class).eq(recordId))
        .orderBy(col(ACTIVITY, "id", Long.class))
        .fetch(
            r ->
                new Revision(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6().strip(),
                    r.value7(),
                    r.value8(),
                    r.value9(),
                    r.value10(),
                    r.value11(),
                    r.value12(),
                    r.value13()));
  }

  private static Upload upload(org.jooq.Record r) {
    return new Upload(
        r.get(ID),
        r.get(f("file_name", String.class)),
        r.get(f("uploaded_by", String.class)),
        r.get(f("uploaded_at", LocalDateTime.class)),
        r.get(f("record_count", Integer.class)),
        r.get(f("added_count", Integer.class)),
        r.get(f("revised_count", Integer.class)),
        r.get(f("unchanged_count", Integer.class)),
        r.get(f("status", String.class)),
        r.get(f("withdrawn_by", String.class)),
        r.get(f("withdrawn_at", LocalDateTime.class)),
        r.get(f("withdraw_reason", String.class)));
  }
}
