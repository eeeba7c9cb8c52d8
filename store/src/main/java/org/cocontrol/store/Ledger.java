package org.cocontrol.store;

import static org.cocontrol.store.Db.ACTIVITY;
import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.AMOUNT_T;
import static org.cocontrol.store.Db.DATA_YEAR;
import static org.cocontrol.store.Db.EMISSION;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.RESULT_VERSION;
import static org.cocontrol.store.Db.SCOPE;
import static org.cocontrol.store.Db.SOURCE;
import static org.cocontrol.store.Db.SUBSTANCE;
import static org.cocontrol.store.Db.UPLOAD;
import static org.cocontrol.store.Db.col;
import static org.cocontrol.store.Db.f;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.Controls;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.MeasuredValues;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.readside.LedgerCell;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Activity records and the emissions accounted from them: a ledger of facts. A record is identified
 * by its entity and record id; uploading it again is a revision that replaces the earlier value
 * (kept as history), an identical record changes nothing, and a withdrawn upload takes its values
 * out (an earlier revision it had replaced comes back). Every write is one transaction (it joins
 * the caller's, if there is one), and each accounting run is a result version that pins the
 * reference release, GWP set and rules. {@code emission.is_current} marks the lines that count, and
 * the inventory cells always equal the sum of those lines.
 */
public final class Ledger {

  /** Which accounting produced a set of emissions. */
  public record Stamp(String parameterRelease, String gwpSet, String scheme, String note) {}

  /**
   * One stored emission line with the activity it came from. {@code provenance} is compact:
   * parameters by {@code id@version}, whose citations the registry gives back.
   */
  public record StoredEmission(
      long activityId,
      String recordId,
      int year,
      String source,
      String activity,
      String substance,
      String scope,
      String method,
      double tonnes,
      String provenance) {}

  /**
   * What an accepted upload changed: facts new to the ledger, facts it revised, and records
   * identical to the current value (not stored again). {@code uploadId} is null when nothing
   * changed: then nothing was stored at all.
   */
  public record Saved(Long uploadId, int added, int revised, int unchanged) {
    public boolean changedNothing() {
      return uploadId == null;
    }
  }

  /**
   * What withdrawing an upload did: its current facts taken out, and how many earlier revisions
   * became current again.
   */
  public record Withdrawal(long uploadId, int withdrawn, int restored) {}

  /** An upload that cannot be withdrawn (again). */
  public static final class AlreadyWithdrawn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlreadyWithdrawn(long upload) {
      super("upload " + upload + " is already withdrawn");
    }
  }

  /** The states of an activity row; only {@code current} rows count. */
  static final String CURRENT = "current";

  static final String REVISED = "revised";
  static final String WITHDRAWN = "withdrawn";
  static final String REJECTED = "rejected";

  static final Field<Long> UPLOAD_ID = f("upload_id", Long.class);
  static final Field<Long> ACTIVITY_ID = f("activity_id", Long.class);
  static final Field<Long> VERSION_ID = f("result_version_id", Long.class);
  static final Field<Long> ENTERPRISE_ID = f("enterprise_id", Long.class);
  static final Field<Boolean> IS_CURRENT = f("is_current", Boolean.class);
  static final Field<String> RECORD_ID = f("record_id", String.class);
  static final Field<String> ENTITY_CODE = f("entity_code", String.class);
  static final Field<String> STATE = f("state", String.class);
  static final Field<Integer> REVISION = f("revision", Integer.class);
  static final Field<String> LIVE_KEY = f("live_key", String.class);
  static final Field<Long> ACTIVITY_PK = col(ACTIVITY, "id", Long.class);
  static final Field<String> ACTIVITY_CODE = col(ACTIVITY, "activity", String.class);
  static final Field<String> ACTIVITY_SOURCE = col(ACTIVITY, "source", String.class);
  static final org.jooq.Table<org.jooq.Record> CELL = Db.CELL;
  static final Field<Long> LINE_COUNT = f("line_count", Long.class);

  /**
   * The columns that make up a reported fact (besides its key): equal values in all of them mean
   * "unchanged".
   */
  private static final Field<?>[] FACT_COLUMNS = {
    ENTITY_CODE,
    ADCODE,
    DATA_YEAR,
    SOURCE,
    f("activity", String.class),
    f("amount", Double.class),
    f("unit", String.class),
    f("ncv", Double.class),
    f("ncv_unit", String.class),
    f("carbon_content", Double.class),
    f("carbon_content_unit", String.class),
    f("oxidation", Double.class),
    f("sulfur_pct", Double.class),
    f("ash_pct", Double.class),
    f("volatile_pct", Double.class),
    f("controls", String.class),
    f("technology", String.class),
    f("measured", String.class),
    f("voc_content_pct", Double.class)
  };

  private static final Field<?>[] ACTIVITY_COLUMNS =
      concat(
          new Field<?>[] {UPLOAD_ID, RECORD_ID, ENTERPRISE_ID, STATE, REVISION, LIVE_KEY},
          FACT_COLUMNS);

  /**
   * Records accounted and written at a time: large enough for cheap round trips, small enough that
   * memory does not care.
   */
  static final int CHUNK = 5000;

  private final DSLContext db;

  public Ledger(DSLContext db) {
    this.db = db;
  }

  /**
   * Records handed over one at a time (a file being read), so an upload never has to be held in
   * memory whole. A list's {@code forEach} is one.
   */
  @FunctionalInterface
  public interface Records {
    void forEach(Consumer<? super ActivityRecord> each);
  }

  /**
   * Stores an accepted upload of already accounted records (demo data, tests).
   *
   * @param enterpriseIds enterprise ids by entity code, for records that belong to a known
   *     enterprise
   */
  public Saved save(
      String fileName,
      String user,
      List<RecordResult> results,
      Stamp stamp,
      Map<String, Long> enterpriseIds) {
    Map<ActivityRecord, RecordResult> byRecord = new java.util.IdentityHashMap<>();
    results.forEach(r -> byRecord.put(r.record(), r));
    return save(
        fileName,
        user,
        results.stream().map(RecordResult::record).toList()::forEach,
        byRecord::get,
        stamp,
        enterpriseIds,
        r -> {});
  }

  /**
   * Accounts and stores an upload chunk by chunk inside one transaction, as its records arrive, so
   * memory holds one chunk of records and results whatever the size of the upload; {@code seen}
   * receives every result (for totals, or to echo the first ones), unchanged records included. A
   * record whose (entity, record id) is already current is a revision when any value differs, and
   * unchanged otherwise. An exception from {@code records} or {@code account} rolls the whole
   * upload back; so does a concurrent upload that made the same fact current first (the unique live
   * key).
   */
  public Saved save(
      String fileName,
      String user,
      Records records,
      Function<ActivityRecord, RecordResult> account,
      Stamp stamp,
      Map<String, Long> enterpriseIds,
      Consumer<RecordResult> seen) {
    return db.transactionResult(
        cfg -> {
          Upload upload =
              new Upload(DSL.using(cfg), fileName, user, account, stamp, enterpriseIds, seen);
          List<ActivityRecord> chunk = new ArrayList<>(CHUNK);
          records.forEach(
              a -> {
                chunk.add(a);
                if (chunk.size() == CHUNK) {
                  upload.store(chunk);
                  chunk.clear();
                }
              });
          upload.store(chunk);
          return upload.finish();
        });
  }

  /** One upload being stored, chunk by chunk, in one transaction. */
  private static final class Upload {
    private final DSLContext tx;
    private final String fileName;
    private final String user;
    private final Function<ActivityRecord, RecordResult> account;
    private final Stamp stamp;
    private final Map<String, Long> enterpriseIds;
    private final Consumer<RecordResult> seen;
    private final LocalDateTime now = LocalDateTime.now();
    private final CellChanges cells = new CellChanges();
    private final EmissionShapes shapes;
    private final BulkInsert activities;
    private final BulkInsert emissions;
    private Long upload;
    private long version;
    private int records;
    private int added;
    private int revised;
    private int unchanged;

    Upload(
        DSLContext tx,
        String fileName,
        String user,
        Function<ActivityRecord, RecordResult> account,
        Stamp stamp,
        Map<String, Long> enterpriseIds,
        Consumer<RecordResult> seen) {
      this.tx = tx;
      this.fileName = fileName;
      this.user = user;
      this.account = account;
      this.stamp = stamp;
      this.enterpriseIds = enterpriseIds;
      this.seen = seen;
      this.shapes = new EmissionShapes(tx);
      this.activities = BulkInsert.of(tx, "activity", names(ACTIVITY_COLUMNS));
      this.emissions = emissionInsert(tx);
    }

    void store(List<ActivityRecord> chunk) {
      if (chunk.isEmpty()) {
        return;
      }
      records += chunk.size();
      List<RecordResult> results = new ArrayList<>(chunk.size());
      for (ActivityRecord a : chunk) {
        RecordResult r = account.apply(a);
        results.add(r);
        seen.accept(r);
      }
      Map<String, StoredFact> current =
          currentFacts(tx, results.stream().map(r -> liveKey(r.record())).toList());
      List<RecordResult> changed = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      List<Long> replaced = new ArrayList<>();
      for (RecordResult r : results) {
        String key = liveKey(r.record());
        StoredFact before = current.get(key);
        Object[] values = factValues(r);
        int revision = 1;
        if (before == null) {
          added++;
        } else if (Arrays.equals(before.values(), values)) {
          unchanged++;
          continue;
        } else {
          revised++;
          revision = before.revision() + 1;
          replaced.add(before.id());
        }
        changed.add(r);
        rows.add(
            concat(
                new Object[] {
                  null,
                  r.record().recordId(),
                  enterpriseIds.get(r.record().entityId()),
                  CURRENT,
                  revision,
                  key
                },
                values));
      }
      if (changed.isEmpty()) {
        return;
      }
      if (upload == null) {
        upload =
            tx.insertInto(
                    UPLOAD,
                    f("file_name", String.class),
                    f("uploaded_by", String.class),
                    f("uploaded_at", LocalDateTime.class),
                    f("record_count", Integer.class))
                .values(fileName, user, now, 0)
                .returningResult(ID)
                .fetchOne()
                .value1();
        version = newVersion(tx, stamp, now);
      }
      rows.forEach(row -> row[0] = upload);
      // The replaced revisions leave first: their live key must be free before the new revision
      // takes it.
      retire(tx, replaced, REVISED, cells);
      long[] ids = activities.insert(tx, rows, true);
      List<Object[]> lines = new ArrayList<>(changed.size() * 8);
      for (int i = 0; i < changed.size(); i++) {
        addEmissions(lines, shapes, ids[i], version, changed.get(i), cells);
      }
      emissions.insert(tx, lines, false);
    }

    Saved finish() {
      if (upload != null) {
        tx.update(UPLOAD)
            .set(f("record_count", Integer.class), records)
            .set(f("added_count", Integer.class), added)
            .set(f("revised_count", Integer.class), revised)
            .set(f("unchanged_count", Integer.class), unchanged)
            .where(ID.eq(upload))
            .execute();
      }
      cells.apply(tx);
      return new Saved(upload, added, revised, unchanged);
    }
  }

  /**
   * Withdraws (撤回) an upload: its records that are still current stop counting, and for each the
   * revision it had replaced, if any, becomes current again (accounted afresh under {@code stamp}).
   * Records of the upload that a later upload had already revised stay replaced; they can never
   * come back.
   *
   * @throws java.util.NoSuchElementException when there is no such upload
   * @throws AlreadyWithdrawn when it was withdrawn before
   */
  public Withdrawal withdraw(
      long uploadId,
      String user,
      String reason,
      Function<ActivityRecord, RecordResult> account,
      Stamp stamp) {
    return db.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          String status =
              tx.select(f("status", String.class))
                  .from(UPLOAD)
                  .where(ID.eq(uploadId))
                  .forUpdate()
                  .fetchOptional(f("status", String.class))
                  .orElseThrow(() -> new java.util.NoSuchElementException("upload " + uploadId));
          if ("withdrawn".equals(status)) {
            throw new AlreadyWithdrawn(uploadId);
          }
          LocalDateTime now = LocalDateTime.now();
          CellChanges cells = new CellChanges();
          var current =
              tx.select(ID, ENTITY_CODE, RECORD_ID)
                  .from(ACTIVITY)
                  .where(UPLOAD_ID.eq(uploadId))
                  .and(STATE.eq(CURRENT))
                  .orderBy(ID)
                  .fetch();
          for (int from = 0; from < current.size(); from += CHUNK) {
            retire(
                tx,
                current.subList(from, Math.min(current.size(), from + CHUNK)).stream()
                    .map(r -> r.get(ID))
                    .toList(),
                WITHDRAWN,
                cells);
          }
          tx.update(ACTIVITY)
              .set(STATE, WITHDRAWN)
              .where(UPLOAD_ID.eq(uploadId))
              .and(STATE.eq(REVISED))
              .execute();
          Long version = null;
          int restored = 0;
          EmissionShapes shapes = new EmissionShapes(tx);
          List<Object[]> lines = new ArrayList<>();
          for (var withdrawn : current) {
            org.jooq.Record previous =
                tx.select()
                    .from(ACTIVITY)
                    .where(ENTITY_CODE.eq(withdrawn.get(ENTITY_CODE)))
                    .and(RECORD_ID.eq(withdrawn.get(RECORD_ID)))
                    .and(STATE.eq(REVISED))
                    .and(ID.lt(withdrawn.get(ID)))
                    .orderBy(ID.desc())
                    .limit(1)
                    .fetchOne();
            if (previous == null) {
              continue;
            }
            if (version == null) {
              version = newVersion(tx, stamp, now);
            }
            tx.update(ACTIVITY)
                .set(STATE, CURRENT)
                .set(LIVE_KEY, liveKey(withdrawn.get(ENTITY_CODE), withdrawn.get(RECORD_ID)))
                .where(ID.eq(previous.get(ID)))
                .execute();
            addEmissions(
                lines, shapes, previous.get(ID), version, account.apply(record(previous)), cells);
            restored++;
          }
          emissionInsert(tx).insert(tx, lines, false);
          tx.update(UPLOAD)
              .set(f("status", String.class), "withdrawn")
              .set(f("withdrawn_by", String.class), user)
              .set(f("withdrawn_at", LocalDateTime.class), now)
              .set(f("withdraw_reason", String.class), reason == null ? "" : reason)
              .where(ID.eq(uploadId))
              .execute();
          cells.apply(tx);
          return new Withdrawal(uploadId, current.size(), restored);
        });
  }

  /**
   * A fact's current revision as stored: its row id, revision number and fact values (in {@link
   * #FACT_COLUMNS} order).
   */
  private record StoredFact(long id, int revision, Object[] values) {}

  private static Map<String, StoredFact> currentFacts(DSLContext tx, List<String> keys) {
    Map<String, StoredFact> out = new HashMap<>();
    for (org.jooq.Record r :
        tx.select(concat(new Field<?>[] {ID, REVISION, LIVE_KEY}, FACT_COLUMNS))
            .from(ACTIVITY)
            .where(LIVE_KEY.in(keys))
            .fetch()) {
      Object[] values = new Object[FACT_COLUMNS.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(FACT_COLUMNS[i]);
      }
      out.put(r.get(LIVE_KEY), new StoredFact(r.get(ID), r.get(REVISION), values));
    }
    return out;
  }

  /**
   * Takes activity rows out of the ledger: their current emission lines stop counting (and leave
   * the inventory cells), and the rows get {@code state} and lose their live key.
   */
  private static void retire(DSLContext tx, List<Long> ids, String state, CellChanges cells) {
    if (ids.isEmpty()) {
      return;
    }
    retireLines(tx, ids, cells);
    tx.update(ACTIVITY).set(STATE, state).set(LIVE_KEY, (String) null).where(ID.in(ids)).execute();
  }

  /**
   * The current emission lines of these activity rows stop counting and leave the inventory cells.
   */
  private static void retireLines(DSLContext tx, List<Long> ids, CellChanges cells) {
    Field<Double> tonnes = sum(AMOUNT_T).cast(Double.class).as("tonnes");
    Field<Integer> lines = DSL.count().as("lines");
    for (var r :
        tx.select(ADCODE, DATA_YEAR, ACTIVITY_SOURCE, SUBSTANCE, SCOPE, tonnes, lines)
            .from(EMISSION)
            .join(ACTIVITY)
            .on(ACTIVITY_ID.eq(ACTIVITY_PK))
            .where(ACTIVITY_PK.in(ids))
            .and(IS_CURRENT.isTrue())
            .groupBy(ADCODE, DATA_YEAR, ACTIVITY_SOURCE, SUBSTANCE, SCOPE)
            .fetch()) {
      cells.add(
          r.get(ADCODE).strip(),
          r.get(DATA_YEAR),
          r.get(ACTIVITY_SOURCE),
          r.get(SUBSTANCE),
          r.get(SCOPE),
          -r.get(tonnes),
          -r.get(lines));
    }
    tx.update(EMISSION)
        .set(IS_CURRENT, false)
        .where(ACTIVITY_ID.in(ids))
        .and(IS_CURRENT.isTrue())
        .execute();
  }

  /**
   * Accounts every current record of these sources again, all together, as a new result version:
   * for records whose emissions depend on each other (a landfill site's CH4 of year T comes from
   * every earlier deposit), after one of them was added, revised or withdrawn. Joins the caller's
   * transaction, so the change and this re-accounting commit together.
   *
   * @param accountAll accounts the records together and returns their results in the same order
   * @param version the result version the new lines belong to (a re-accounting's own), or null for
   *     a new version stamped {@code stamp}
   * @return how many records were re-accounted
   */
  public int reaccountTogether(
      java.util.Collection<String> sources,
      Function<List<ActivityRecord>, List<RecordResult>> accountAll,
      Stamp stamp,
      Long version) {
    if (sources.isEmpty()) {
      return 0;
    }
    return db.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          org.jooq.Result<org.jooq.Record> rows =
              tx.select()
                  .from(ACTIVITY)
                  .where(STATE.eq(CURRENT))
                  .and(ACTIVITY_SOURCE.in(sources))
                  .orderBy(ID)
                  .fetch();
          if (rows.isEmpty()) {
            return 0;
          }
          List<Long> ids = new ArrayList<>(rows.size());
          List<ActivityRecord> records = new ArrayList<>(rows.size());
          for (org.jooq.Record row : rows) {
            ids.add(row.get(ID));
            records.add(record(row));
          }
          List<RecordResult> results = accountAll.apply(records);
          if (results.size() != records.size()) {
            throw new IllegalStateException(
                "re-accounting gave " + results.size() + " results for " + records.size());
          }
          CellChanges cells = new CellChanges();
          for (int from = 0; from < ids.size(); from += CHUNK) {
            retireLines(tx, ids.subList(from, Math.min(ids.size(), from + CHUNK)), cells);
          }
          long into = version != null ? version : newVersion(tx, stamp, LocalDateTime.now());
          EmissionShapes shapes = new EmissionShapes(tx);
          List<Object[]> lines = new ArrayList<>();
          for (int i = 0; i < ids.size(); i++) {
            addEmissions(lines, shapes, ids.get(i), into, results.get(i), cells);
          }
          emissionInsert(tx).insert(tx, lines, false);
          cells.apply(tx);
          return rows.size();
        });
  }

  /**
   * Entity code, U+001F, record id: identifiers cannot hold control characters, so two facts never
   * share a key.
   */
  static String liveKey(ActivityRecord a) {
    return liveKey(a.entityId(), a.recordId());
  }

  private static String liveKey(String entity, String recordId) {
    return entity + '\u001f' + recordId;
  }

  private static final String[] EMISSION_COLUMNS = {
    "activity_id",
    "result_version_id",
    "substance",
    "scope",
    "shape_id",
    "amount_t",
    "detail",
    "is_current"
  };

  private static BulkInsert emissionInsert(DSLContext tx) {
    return BulkInsert.of(tx, "emission", EMISSION_COLUMNS);
  }

  /**
   * Adds a record's emission lines, as current lines of {@code version}, to {@code rows} and to the
   * inventory cells.
   */
  private static void addEmissions(
      List<Object[]> rows,
      EmissionShapes shapes,
      long activity,
      long version,
      RecordResult r,
      CellChanges cells) {
    for (EmissionLine l : r.lines()) {
      rows.add(
          new Object[] {
            activity,
            version,
            l.substance().code(),
            l.scope().code(),
            shapes.id(l),
            l.tonnes(),
            EmissionShapes.detail(l),
            true
          });
      cells.add(
          r.record().region().toString(),
          r.record().year(),
          r.source().code(),
          l.substance().code(),
          l.scope().code(),
          l.tonnes(),
          1);
    }
  }

  private static String[] names(Field<?>[] fields) {
    return Arrays.stream(fields).map(Field::getName).toArray(String[]::new);
  }

  private static long newVersion(DSLContext tx, Stamp stamp, LocalDateTime now) {
    return tx.insertInto(
            RESULT_VERSION,
            f("parameter_release", String.class),
            f("gwp_set", String.class),
            f("scheme", String.class),
            f("created_at", LocalDateTime.class),
            f("note", String.class))
        .values(stamp.parameterRelease(), stamp.gwpSet(), stamp.scheme(), now, stamp.note())
        .returningResult(ID)
        .fetchOne()
        .value1();
  }

  /**
   * Changes to the pre-summed inventory cells, gathered over a transaction and applied once at its
   * end. A cell keeps how many current lines it sums and disappears with the last, so a withdrawn
   * year is missing again, not zero.
   */
  private static final class CellChanges {
    private final Map<List<Object>, double[]> changes = new HashMap<>();

    void add(
        String adcode,
        int year,
        String source,
        String substance,
        String scope,
        double tonnes,
        long lines) {
      double[] c =
          changes.computeIfAbsent(
              List.of(adcode, year, source, substance, scope), k -> new double[2]);
      c[0] += tonnes;
      c[1] += lines;
    }

    void apply(DSLContext tx) {
      for (Map.Entry<List<Object>, double[]> c : changes.entrySet()) {
        List<Object> k = c.getKey();
        double tonnes = c.getValue()[0];
        long lines = (long) c.getValue()[1];
        Condition key =
            ADCODE
                .eq((String) k.get(0))
                .and(DATA_YEAR.eq((Integer) k.get(1)))
                .and(SOURCE.eq((String) k.get(2)))
                .and(SUBSTANCE.eq((String) k.get(3)))
                .and(SCOPE.eq((String) k.get(4)));
        int updated =
            tx.update(CELL)
                .set(AMOUNT_T, AMOUNT_T.plus(tonnes))
                .set(LINE_COUNT, LINE_COUNT.plus(lines))
                .where(key)
                .execute();
        if (updated == 0 && lines > 0) {
          tx.insertInto(CELL, ADCODE, DATA_YEAR, SOURCE, SUBSTANCE, SCOPE, AMOUNT_T, LINE_COUNT)
              .values(
                  (String) k.get(0),
                  (Integer) k.get(1),
                  (String) k.get(2),
                  (String) k.get(3),
                  (String) k.get(4),
                  tonnes,
                  lines)
              .execute();
        }
      }
      if (changes.values().stream().anyMatch(c -> c[1] < 0)) {
        tx.deleteFrom(CELL).where(LINE_COUNT.le(0L)).execute();
      }
    }
  }

  /**
   * The V8 migration: every stored line's method and provenance become a shape it references (see
   * {@link EmissionShapes}).
   */
  public static void moveProvenanceToShapes(DSLContext db) {
    EmissionShapes.migrate(db);
  }

  /**
   * The V13 migration: the emission table's foreign key to {@code result_version} and its index on
   * (result_version_id, substance) go, one index entry fewer written per line.
   */
  public static void dropEmissionVersionIndex(DSLContext db) {
    for (String constraint :
        db.fetch(
                "select k.constraint_name from information_schema.key_column_usage k "
                    + "join information_schema.referential_constraints r "
                    + "on r.constraint_name = k.constraint_name "
                    + "and r.constraint_schema = k.constraint_schema "
                    + "where lower(k.table_name) = 'emission' "
                    + "and lower(k.column_name) = 'result_version_id'")
            .getValues(0, String.class)) {
      db.execute("alter table emission drop constraint " + DSL.name(constraint));
    }
    db.execute("drop index if exists emission_version");
  }

  /**
   * Sums every current emission line into the inventory cells afresh (after re-accounting or a
   * repair).
   */
  private static void rebuildCells(DSLContext tx) {
    tx.deleteFrom(CELL).execute();
    tx.execute(
        "insert into "
            + CELL.getName()
            + " (adcode, data_year, source, substance, scope, amount_t, line_count) "
            + "select a.adcode, a.data_year, a.source, e.substance, e.scope, sum(e.amount_t), count(*) "
            + "from "
            + EMISSION.getName()
            + " e join "
            + ACTIVITY.getName()
            + " a on a.id = e.activity_id where e.is_current = true "
            + "group by a.adcode, a.data_year, a.source, e.substance, e.scope");
  }

  /**
   * The fact's values as stored, in {@link #FACT_COLUMNS} order: source and activity as the
   * accounting resolved them.
   */
  private static Object[] factValues(RecordResult r) {
    ActivityRecord a = r.record();
    String controls = Controls.format(a.controls());
    String measured = MeasuredValues.format(a.measuredTonnes());
    return new Object[] {
      a.entityId(),
      a.region().toString(),
      a.year(),
      r.source().code(),
      r.activity().code(),
      a.amount(),
      a.unit().symbol(),
      a.ncv() == null ? null : a.ncv().value(),
      a.ncv() == null ? null : a.ncv().unit().toString(),
      a.carbonContent() == null ? null : a.carbonContent().value(),
      a.carbonContent() == null ? null : a.carbonContent().unit().toString(),
      a.oxidation(),
      a.sulfurPct(),
      a.ashPct(),
      a.volatilePct(),
      controls,
      a.technology(),
      measured,
      a.vocContentPct()
    };
  }

  private static <T> T[] concat(T[] a, T[] b) {
    T[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * Accounts every current activity record again (after a parameter update) as a new result
   * version: the new emissions become current, the old ones stay, marked not current, and the
   * inventory cells are rebuilt.
   *
   * @return the new result version's id
   */
  public long reaccount(Function<ActivityRecord, RecordResult> account, Stamp stamp) {
    return db.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          long version = newVersion(tx, stamp, LocalDateTime.now());
          tx.update(EMISSION).set(IS_CURRENT, false).where(IS_CURRENT.isTrue()).execute();
          // chunk by chunk in id order (keyset), so memory holds one chunk of records and results,
          // not the whole ledger
          long after = 0;
          CellChanges ignored = new CellChanges();
          EmissionShapes shapes = new EmissionShapes(tx);
          BulkInsert emissions = emissionInsert(tx);
          for (var rows = nextActivities(tx, after);
              !rows.isEmpty();
              rows = nextActivities(tx, after)) {
            List<Object[]> lines = new ArrayList<>();
            for (org.jooq.Record row : rows) {
              after = row.get(ID);
              addEmissions(lines, shapes, after, version, account.apply(record(row)), ignored);
            }
            emissions.insert(tx, lines, false);
          }
          rebuildCells(tx);
          return version;
        });
  }

  private static org.jooq.Result<org.jooq.Record> nextActivities(DSLContext tx, long after) {
    return tx.select()
        .from(ACTIVITY)
        .where(ID.gt(after))
        .and(STATE.eq(CURRENT))
        .orderBy(ID)
        .limit(CHUNK)
        .fetch();
  }

  /**
   * Takes out of the ledger every current record with a stored value that is not a finite number
   * (let in before intake refused them), marking it {@code rejected}, and sums the inventory cells
   * afresh. Finite bounds catch infinities and, as both databases order NaN above every number, NaN
   * too.
   *
   * @return the activity ids taken out
   */
  public List<Long> rejectNonFinite() {
    return db.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          Condition notFinite = AMOUNT_T.gt(Double.MAX_VALUE).or(AMOUNT_T.lt(-Double.MAX_VALUE));
          Field<Double> amount = f("amount", Double.class);
          List<Long> ids =
              new ArrayList<>(
                  tx.selectDistinct(ACTIVITY_ID)
                      .from(EMISSION)
                      .where(IS_CURRENT.isTrue())
                      .and(notFinite)
                      .fetch(ACTIVITY_ID));
          for (Long id :
              tx.select(ID)
                  .from(ACTIVITY)
                  .where(STATE.eq(CURRENT))
                  .and(amount.gt(Double.MAX_VALUE).or(amount.lt(-Double.MAX_VALUE)))
                  .fetch(ID)) {
            if (!ids.contains(id)) {
              ids.add(id);
            }
          }
          if (!ids.isEmpty()) {
            tx.update(EMISSION)
                .set(IS_CURRENT, false)
                .where(ACTIVITY_ID.in(ids))
                .and(IS_CURRENT.isTrue())
                .execute();
            tx.update(ACTIVITY)
                .set(STATE, REJECTED)
                .set(LIVE_KEY, (String) null)
                .where(ID.in(ids))
                .execute();
            rebuildCells(tx);
          }
          return ids;
        });
  }

  /** The result versions, newest first. */
  public List<Stamp> versions() {
    return db.select(
            f("parameter_release", String.class),
            f("gwp_set", String.class),
            f("scheme", String.class),
            f("note", String.class))
        .from(RESULT_VERSION)
        .orderBy(ID.desc())
        .fetch(r -> new Stamp(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  /** A stored activity row back as the record it was uploaded as. */
  private static ActivityRecord record(org.jooq.Record r) {
    ActivityRecord.Builder b =
        ActivityRecord.builder(r.get(RECORD_ID))
            .entity(r.get(f("entity_code", String.class)))
            .region(org.cocontrol.core.region.Adcode.parseAny(r.get(ADCODE).strip()).orElseThrow())
            .year(r.get(DATA_YEAR))
            .source(r.get(SOURCE))
            .activity(
                r.get(f("activity", String.class)),
                r.get(f("amount", Double.class)),
                org.cocontrol.core.unit.Unit.parse(r.get(f("unit", String.class))).orElseThrow())
            .oxidation(r.get(f("oxidation", Double.class)))
            .sulfurPct(r.get(f("sulfur_pct", Double.class)))
            .ashPct(r.get(f("ash_pct", Double.class)))
            .volatilePct(r.get(f("volatile_pct", Double.class)))
            .vocContentPct(r.get(f("voc_content_pct", Double.class)))
            .technology(r.get(f("technology", String.class)));
    Double ncv = r.get(f("ncv", Double.class));
    if (ncv != null) {
      b.ncv(
          org.cocontrol.core.accounting.RateValue.of(
              ncv,
              org.cocontrol.core.unit.RateUnit.parse(r.get(f("ncv_unit", String.class)))
                  .orElseThrow()));
    }
    Double cc = r.get(f("carbon_content", Double.class));
    if (cc != null) {
      b.carbonContent(
          org.cocontrol.core.accounting.RateValue.of(
              cc,
              org.cocontrol.core.unit.RateUnit.parse(r.get(f("carbon_content_unit", String.class)))
                  .orElseThrow()));
    }
    // stored codes are canonical already: the one parse, with every code taken as written
    Controls.Parsed controls = Controls.parse(r.get(f("controls", String.class)), Optional::of);
    if (!controls.problems().isEmpty()) {
      throw new IllegalStateException(
          "stored controls of activity " + r.get(ID) + " cannot be read: " + controls.problems());
    }
    b.controls(controls.controls());
    MeasuredValues.parse(r.get(f("measured", String.class))).forEach(b::measured);
    return b.build();
  }

  /**
   * The current inventory cells inside {@code region} (any level) in {@code years} (every year when
   * null), as stored: one per record region, year, source, substance and scope. They are not summed
   * here: the read side adds them up ({@code core.readside}), with compensated summation, in a
   * fixed order so that every answer is reproducible.
   */
  public List<LedgerCell> cells(Adcode region, java.util.Collection<Integer> years) {
    Condition where = cellsWithin(region);
    if (years != null) {
      where = where.and(DATA_YEAR.in(years));
    }
    return db.select(ADCODE, DATA_YEAR, SOURCE, SUBSTANCE, SCOPE, AMOUNT_T)
        .from(CELL)
        .where(where)
        .orderBy(ADCODE, DATA_YEAR, SOURCE, SUBSTANCE, SCOPE)
        .fetch(Ledger::cell);
  }

  /** The same, of one substance in one year (what a map of the region's children needs). */
  public List<LedgerCell> cells(Adcode region, int year, Substance substance) {
    return db.select(ADCODE, DATA_YEAR, SOURCE, SUBSTANCE, SCOPE, AMOUNT_T)
        .from(CELL)
        .where(cellsWithin(region))
        .and(DATA_YEAR.eq(year))
        .and(SUBSTANCE.eq(substance.code()))
        .orderBy(ADCODE, SOURCE, SCOPE)
        .fetch(Ledger::cell);
  }

  /**
   * A stored cell, typed; a substance or scope the core does not know is a broken database, said
   * loudly.
   */
  private static LedgerCell cell(org.jooq.Record r) {
    String substance = r.get(SUBSTANCE);
    String scope = r.get(SCOPE);
    return new LedgerCell(
        Adcode.parseAny(r.get(ADCODE).strip()).orElseThrow(),
        r.get(DATA_YEAR),
        r.get(SOURCE),
        Substance.parse(substance)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "inventory_cell holds an unknown substance: " + substance)),
        Arrays.stream(Scope.values())
            .filter(x -> x.code().equals(scope))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("inventory_cell holds an unknown scope: " + scope)),
        r.get(AMOUNT_T));
  }

  /** Years with stored emissions in a region. */
  public List<Integer> years(Adcode region) {
    return db.selectDistinct(DATA_YEAR)
        .from(CELL)
        .where(cellsWithin(region))
        .orderBy(DATA_YEAR)
        .fetch(DATA_YEAR);
  }

  private static Condition cellsWithin(Adcode region) {
    String prefix = region.codePrefix();
    return prefix.isEmpty() ? DSL.trueCondition() : ADCODE.like(prefix + "%");
  }

  /**
   * An enterprise's stored activity records, as reported (amount, unit, technology, controls), by
   * year and record id.
   */
  public List<ActivityRecord> activitiesOf(long enterpriseId) {
    return db.select()
        .from(ACTIVITY)
        .where(ENTERPRISE_ID.eq(enterpriseId))
        .and(STATE.eq(CURRENT))
        .orderBy(DATA_YEAR, RECORD_ID)
        .fetch(Ledger::record);
  }

  /** An enterprise's current emissions, by record and year, oldest first. */
  public List<StoredEmission> emissionsOf(long enterpriseId) {
    return db.select(
            col(ACTIVITY, "id", Long.class),
            RECORD_ID,
            col(ACTIVITY, "data_year", Integer.class),
            ACTIVITY_SOURCE.as("src"),
            ACTIVITY_CODE,
            SUBSTANCE,
            SCOPE,
            f("emission_shape.method", String.class),
            AMOUNT_T,
            f("emission_shape.provenance", String.class),
            EmissionShapes.DETAIL)
        .from(EMISSION)
        .join(ACTIVITY)
        .on(ACTIVITY_ID.eq(col(ACTIVITY, "id", Long.class)))
        .join(EmissionShapes.SHAPE)
        .on(EmissionShapes.SHAPE_ID.eq(f("emission_shape.id", Long.class)))
        .where(IS_CURRENT.isTrue())
        .and(ENTERPRISE_ID.eq(enterpriseId))
        .orderBy(
            col(ACTIVITY, "data_year", Integer.class), RECORD_ID, col(EMISSION, "id", Long.class))
        .fetch(
            r ->
                new StoredEmission(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    r.value8(),
                    r.value9(),
                    EmissionShapes.provenance(r.value10(), r.value11())));
  }

  /**
   * How many facts the ledger holds: current activity records (revisions, withdrawn and rejected
   * rows are history).
   */
  public int activityCount() {
    return db.fetchCount(ACTIVITY, STATE.eq(CURRENT));
  }

  /** The ids of current activity records, for tests. */
  public List<Long> activityIds() {
    return new ArrayList<>(
        db.select(ID).from(ACTIVITY).where(STATE.eq(CURRENT)).orderBy(ID).fetch(ID));
  }
}
