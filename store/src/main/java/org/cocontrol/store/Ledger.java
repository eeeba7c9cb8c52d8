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
import static org.cocontrol.store.Db.f;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.region.Adcode;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Activity records and the emissions accounted from them. An upload is stored in one transaction or not
 * at all; each accounting run is a result version that pins the reference release, GWP set and rules.
 */
public final class Ledger {

  /** Which accounting produced a set of emissions. */
  public record Stamp(String parameterRelease, String gwpSet, String scheme, String note) {}

  /** One cell of a stored inventory. */
  public record Cell(String source, String substance, String scope, double tonnes) {}

  /**
   * One stored emission line with the activity it came from. {@code provenance} is compact: parameters by
   * {@code id@version}, whose citations the registry gives back.
   */
  public record StoredEmission(long activityId, String recordId, int year, String source, String activity, String substance, String scope,
      String method, double tonnes, String provenance) {}

  static final Field<Long> UPLOAD_ID = f("upload_id", Long.class);
  static final Field<Long> ACTIVITY_ID = f("activity_id", Long.class);
  static final Field<Long> VERSION_ID = f("result_version_id", Long.class);
  static final Field<Long> ENTERPRISE_ID = f("enterprise_id", Long.class);
  static final Field<Boolean> IS_CURRENT = f("is_current", Boolean.class);
  static final Field<String> RECORD_ID = f("record_id", String.class);
  static final Field<String> ACTIVITY_CODE = f("activity.activity", String.class);
  static final Field<String> ACTIVITY_SOURCE = f("activity.source", String.class);
  static final Field<String> METHOD = f("method", String.class);
  static final org.jooq.Table<org.jooq.Record> CELL = DSL.table("inventory_cell");
  static final Field<String> PROVENANCE = f("provenance", String.class);

  private final DSLContext db;

  public Ledger(DSLContext db) {
    this.db = db;
  }

  /**
   * Stores an accepted upload: its activity records and their emissions, in one transaction.
   *
   * @param enterpriseIds enterprise ids by entity code, for records that belong to a known enterprise
   * @return the upload id
   */
  public long save(String fileName, String user, List<RecordResult> results, Stamp stamp, Map<String, Long> enterpriseIds) {
    Map<ActivityRecord, RecordResult> byRecord = new java.util.IdentityHashMap<>();
    results.forEach(r -> byRecord.put(r.record(), r));
    return save(fileName, user, results.stream().map(RecordResult::record).toList(), byRecord::get, stamp, enterpriseIds, r -> {});
  }

  /**
   * Accounts and stores an upload chunk by chunk inside one transaction, so memory holds the records but only
   * one chunk of results; {@code seen} receives every result (for totals, or to echo the first ones). An
   * exception from {@code account} rolls the whole upload back.
   *
   * @return the upload id
   */
  public long save(String fileName, String user, List<ActivityRecord> records, java.util.function.Function<ActivityRecord, RecordResult> account,
      Stamp stamp, Map<String, Long> enterpriseIds, java.util.function.Consumer<RecordResult> seen) {
    return db.transactionResult(cfg -> {
      DSLContext tx = DSL.using(cfg);
      LocalDateTime now = LocalDateTime.now();
      long upload = tx.insertInto(UPLOAD, f("file_name", String.class), f("uploaded_by", String.class), f("uploaded_at", LocalDateTime.class),
          f("record_count", Integer.class)).values(fileName, user, now, records.size()).returningResult(ID).fetchOne().value1();
      long version = newVersion(tx, stamp, now);
      Map<List<Object>, Double> cells = new HashMap<>();
      long lastId = 0;
      for (int from = 0; from < records.size(); from += CHUNK) {
        List<RecordResult> chunk = new ArrayList<>(CHUNK);
        for (ActivityRecord a : records.subList(from, Math.min(records.size(), from + CHUNK))) {
          RecordResult r = account.apply(a);
          chunk.add(r);
          seen.accept(r);
        }
        // JDBC batches: the chunk's activities, then their ids by record id (unique within the upload), then emissions.
        BatchBindStep activities = tx.batch(tx.insertInto(ACTIVITY, ACTIVITY_COLUMNS).values(new Object[ACTIVITY_COLUMNS.length]));
        for (RecordResult r : chunk) {
          activities.bind(activityValues(upload, r.record(), r.source().code(), r.activity().code(), enterpriseIds.get(r.record().entityId())));
        }
        activities.execute();
        // The chunk's rows are the upload's rows above the last id seen: identities only grow, so this reads one
        // chunk, where "record_id in (…2000 ids)" made H2 scan every row stored so far (quadratic in the upload).
        Map<String, Long> ids = new HashMap<>();
        for (var row : tx.select(RECORD_ID, ID).from(ACTIVITY).where(ID.gt(lastId)).and(UPLOAD_ID.eq(upload)).fetch()) {
          ids.put(row.value1(), row.value2());
          lastId = Math.max(lastId, row.value2());
        }
        BatchBindStep emissions = emissionBatch(tx);
        int lines = 0;
        for (RecordResult r : chunk) {
          lines += bindEmissions(emissions, ids.get(r.record().recordId()), version, r, cells);
        }
        if (lines > 0) {
          emissions.execute();
        }
      }
      addToCells(tx, cells);
      return upload;
    });
  }

  private static BatchBindStep emissionBatch(DSLContext tx) {
    return tx.batch(tx.insertInto(EMISSION, ACTIVITY_ID, VERSION_ID, SUBSTANCE, SCOPE, METHOD, AMOUNT_T, PROVENANCE, IS_CURRENT)
        .values((Long) null, null, null, null, null, null, null, null));
  }

  /** Binds a record's emission lines as current lines of {@code version} and adds them to the inventory cells; returns how many. */
  private static int bindEmissions(BatchBindStep emissions, long activity, long version, RecordResult r, Map<List<Object>, Double> cells) {
    for (EmissionLine l : r.lines()) {
      String provenance = l.compactProvenance();
      emissions.bind(activity, version, l.substance().code(), l.scope().code(), l.method().code(), l.tonnes(),
          provenance.length() > 4000 ? provenance.substring(0, 3997) + "..." : provenance, true);
      cells.merge(List.of(r.record().region().toString(), r.record().year(), r.source().code(), l.substance().code(), l.scope().code()),
          l.tonnes(), Double::sum);
    }
    return r.lines().size();
  }

  private static final int CHUNK = 2000;

  private static long newVersion(DSLContext tx, Stamp stamp, LocalDateTime now) {
    return tx.insertInto(RESULT_VERSION, f("parameter_release", String.class), f("gwp_set", String.class), f("scheme", String.class),
        f("created_at", LocalDateTime.class), f("note", String.class))
        .values(stamp.parameterRelease(), stamp.gwpSet(), stamp.scheme(), now, stamp.note()).returningResult(ID).fetchOne().value1();
  }

  /** Adds sums to the pre-summed inventory cells (update, or insert a new cell). */
  private static void addToCells(DSLContext tx, Map<List<Object>, Double> cells) {
    for (Map.Entry<List<Object>, Double> c : cells.entrySet()) {
      List<Object> k = c.getKey();
      Condition key = ADCODE.eq((String) k.get(0)).and(DATA_YEAR.eq((Integer) k.get(1))).and(SOURCE.eq((String) k.get(2)))
          .and(SUBSTANCE.eq((String) k.get(3))).and(SCOPE.eq((String) k.get(4)));
      int updated = tx.update(CELL).set(AMOUNT_T, AMOUNT_T.plus(c.getValue())).where(key).execute();
      if (updated == 0) {
        tx.insertInto(CELL, ADCODE, DATA_YEAR, SOURCE, SUBSTANCE, SCOPE, AMOUNT_T)
            .values((String) k.get(0), (Integer) k.get(1), (String) k.get(2), (String) k.get(3), (String) k.get(4), c.getValue()).execute();
      }
    }
  }

  private static final Field<?>[] ACTIVITY_COLUMNS = {UPLOAD_ID, RECORD_ID, f("entity_code", String.class), ENTERPRISE_ID, ADCODE, DATA_YEAR,
      SOURCE, f("activity", String.class), f("amount", Double.class), f("unit", String.class), f("ncv", Double.class), f("ncv_unit", String.class),
      f("carbon_content", Double.class), f("carbon_content_unit", String.class), f("oxidation", Double.class), f("sulfur_pct", Double.class),
      f("ash_pct", Double.class), f("volatile_pct", Double.class), f("controls", String.class), f("technology", String.class),
      f("measured", String.class)};

  private static Object[] activityValues(long upload, ActivityRecord a, String source, String activity, Long enterprise) {
    String controls = a.controls().stream().map(Ledger::control).collect(Collectors.joining(";"));
    String measured = a.measuredTonnes().entrySet().stream().map(e -> e.getKey().code() + "=" + e.getValue()).sorted()
        .collect(Collectors.joining(";"));
    return new Object[] {upload, a.recordId(), a.entityId(), enterprise, a.region().toString(), a.year(), source, activity, a.amount(),
        a.unit().symbol(), a.ncv() == null ? null : a.ncv().value(), a.ncv() == null ? null : a.ncv().unit().toString(),
        a.carbonContent() == null ? null : a.carbonContent().value(), a.carbonContent() == null ? null : a.carbonContent().unit().toString(),
        a.oxidation(), a.sulfurPct(), a.ashPct(), a.volatilePct(), controls, a.technology(), measured};
  }

  private static String control(ControlSpec c) {
    String s = c.code();
    if (c.efficiency() != null || c.operatingRate() != null) {
      s += ":" + (c.efficiency() == null ? "" : c.efficiency());
    }
    if (c.operatingRate() != null) {
      s += ":" + c.operatingRate();
    }
    return s;
  }

  /**
   * Accounts every stored activity record again (after a parameter update) as a new result version: the new
   * emissions become current, the old ones stay, marked not current, and the inventory cells are rebuilt.
   *
   * @return the new result version's id
   */
  public long reaccount(java.util.function.Function<ActivityRecord, RecordResult> account, Stamp stamp) {
    return db.transactionResult(cfg -> {
      DSLContext tx = DSL.using(cfg);
      long version = newVersion(tx, stamp, LocalDateTime.now());
      tx.update(EMISSION).set(IS_CURRENT, false).where(IS_CURRENT.isTrue()).execute();
      // chunk by chunk in id order (keyset), so memory holds one chunk of records and results, not the whole ledger
      Map<List<Object>, Double> cells = new HashMap<>();
      long after = 0;
      for (var rows = nextActivities(tx, after); !rows.isEmpty(); rows = nextActivities(tx, after)) {
        BatchBindStep emissions = emissionBatch(tx);
        int lines = 0;
        for (org.jooq.Record row : rows) {
          after = row.get(ID);
          lines += bindEmissions(emissions, after, version, account.apply(record(row)), cells);
        }
        if (lines > 0) {
          emissions.execute();
        }
      }
      tx.deleteFrom(CELL).execute();
      addToCells(tx, cells);
      return version;
    });
  }

  private static org.jooq.Result<org.jooq.Record> nextActivities(DSLContext tx, long after) {
    return tx.select().from(ACTIVITY).where(ID.gt(after)).orderBy(ID).limit(CHUNK).fetch();
  }

  /** The result versions, newest first. */
  public List<Stamp> versions() {
    return db.select(f("parameter_release", String.class), f("gwp_set", String.class), f("scheme", String.class), f("note", String.class))
        .from(RESULT_VERSION).orderBy(ID.desc()).fetch(r -> new Stamp(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  /** A stored activity row back as the record it was uploaded as. */
  private static ActivityRecord record(org.jooq.Record r) {
    ActivityRecord.Builder b = ActivityRecord.builder(r.get(RECORD_ID)).entity(r.get(f("entity_code", String.class)))
        .region(org.cocontrol.core.region.Adcode.parseAny(r.get(ADCODE).strip()).orElseThrow()).year(r.get(DATA_YEAR)).source(r.get(SOURCE))
        .activity(r.get(f("activity", String.class)), r.get(f("amount", Double.class)),
            org.cocontrol.core.unit.Unit.parse(r.get(f("unit", String.class))).orElseThrow())
        .oxidation(r.get(f("oxidation", Double.class))).sulfurPct(r.get(f("sulfur_pct", Double.class))).ashPct(r.get(f("ash_pct", Double.class)))
        .volatilePct(r.get(f("volatile_pct", Double.class))).technology(r.get(f("technology", String.class)));
    Double ncv = r.get(f("ncv", Double.class));
    if (ncv != null) {
      b.ncv(org.cocontrol.core.accounting.RateValue.of(ncv, org.cocontrol.core.unit.RateUnit.parse(r.get(f("ncv_unit", String.class))).orElseThrow()));
    }
    Double cc = r.get(f("carbon_content", Double.class));
    if (cc != null) {
      b.carbonContent(org.cocontrol.core.accounting.RateValue.of(cc,
          org.cocontrol.core.unit.RateUnit.parse(r.get(f("carbon_content_unit", String.class))).orElseThrow()));
    }
    List<ControlSpec> controls = new ArrayList<>();
    for (String c : r.get(f("controls", String.class)).split(";")) {
      if (!c.isBlank()) {
        String[] p = c.split(":", -1);
        controls.add(new ControlSpec(p[0], p.length > 1 && !p[1].isEmpty() ? Double.valueOf(p[1]) : null,
            p.length > 2 && !p[2].isEmpty() ? Double.valueOf(p[2]) : null));
      }
    }
    b.controls(controls);
    for (String m : r.get(f("measured", String.class)).split(";")) {
      if (!m.isBlank()) {
        String[] p = m.split("=");
        b.measured(org.cocontrol.core.substance.Substance.parse(p[0]).orElseThrow(), Double.parseDouble(p[1]));
      }
    }
    return b.build();
  }

  /** Current emissions in {@code region} (any level) and year, by source, substance and scope. */
  public List<Cell> inventory(Adcode region, int year) {
    Field<Double> total = sum(AMOUNT_T).cast(Double.class).as("total");
    return db.select(SOURCE, SUBSTANCE, SCOPE, total).from(CELL).where(DATA_YEAR.eq(year)).and(cellsWithin(region))
        .groupBy(SOURCE, SUBSTANCE, SCOPE).orderBy(SOURCE, SUBSTANCE, SCOPE)
        .fetch(r -> new Cell(r.get(SOURCE), r.get(SUBSTANCE), r.get(SCOPE), r.get(total)));
  }

  /** One substance's amount in one scope and year, by the regions records were reported at, inside {@code region}. */
  public Map<Adcode, Double> byRegion(Adcode region, int year, String substance, String scope) {
    Field<Double> total = sum(AMOUNT_T).cast(Double.class).as("total");
    Map<Adcode, Double> out = new HashMap<>();
    db.select(ADCODE, total).from(CELL).where(DATA_YEAR.eq(year)).and(SUBSTANCE.eq(substance)).and(SCOPE.eq(scope)).and(cellsWithin(region))
        .groupBy(ADCODE).fetch().forEach(r -> out.put(Adcode.parseAny(r.value1().strip()).orElseThrow(), r.value2()));
    return out;
  }

  /** Years with stored emissions in a region. */
  public List<Integer> years(Adcode region) {
    return db.selectDistinct(DATA_YEAR).from(CELL).where(cellsWithin(region)).orderBy(DATA_YEAR).fetch(DATA_YEAR);
  }

  private static Condition cellsWithin(Adcode region) {
    String prefix = region.codePrefix();
    return prefix.isEmpty() ? DSL.trueCondition() : ADCODE.like(prefix + "%");
  }

  /** An enterprise's stored activity records, as reported (amount, unit, technology, controls), by year and record id. */
  public List<ActivityRecord> activitiesOf(long enterpriseId) {
    return db.select().from(ACTIVITY).where(ENTERPRISE_ID.eq(enterpriseId)).orderBy(DATA_YEAR, RECORD_ID).fetch(Ledger::record);
  }

  /** An enterprise's current emissions, by record and year, oldest first. */
  public List<StoredEmission> emissionsOf(long enterpriseId) {
    return db.select(f("activity.id", Long.class), RECORD_ID, f("activity.data_year", Integer.class), ACTIVITY_SOURCE.as("src"),
            ACTIVITY_CODE, SUBSTANCE, SCOPE, f("method", String.class), AMOUNT_T, f("provenance", String.class))
        .from(EMISSION).join(ACTIVITY).on(ACTIVITY_ID.eq(f("activity.id", Long.class)))
        .where(IS_CURRENT.isTrue()).and(ENTERPRISE_ID.eq(enterpriseId))
        .orderBy(f("activity.data_year", Integer.class), RECORD_ID, f("emission.id", Long.class))
        .fetch(r -> new StoredEmission(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
            r.value9(), r.value10()));
  }

  /** How many activity records are stored. */
  public int activityCount() {
    return db.fetchCount(ACTIVITY);
  }

  /** The ids of stored activities, for tests and re-accounting. */
  public List<Long> activityIds() {
    return new ArrayList<>(db.select(ID).from(ACTIVITY).orderBy(ID).fetch(ID));
  }
}
