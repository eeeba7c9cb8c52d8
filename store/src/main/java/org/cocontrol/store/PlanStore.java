package org.cocontrol.store;

import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.DATA_YEAR;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.f;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Progress on the plans: actual indicator values, completed targets, user trajectories, task
 * progress per period and its evidence files. All per plan, indicator or task, and region.
 */
public final class PlanStore {

  /** An actual value. {@code origin} is {@code manual}, {@code import} or {@code computed}. */
  public record Value(
      String indicatorId,
      String adcode,
      int year,
      double value,
      String origin,
      String note,
      String enteredBy,
      LocalDateTime enteredAt) {}

  /**
   * A completed target: the figure, and a base level where the plan states none; either may be
   * null.
   */
  public record TargetOverride(
      String indicatorId,
      String adcode,
      Double targetValue,
      Double baseValue,
      String note,
      String setBy,
      LocalDateTime setAt) {}

  /** A task's report for one period. */
  public record TaskProgress(
      long id,
      String planId,
      String taskId,
      String adcode,
      String period,
      String status,
      String narrative,
      String reportedBy,
      LocalDateTime reportedAt,
      List<Evidence> evidence) {}

  /** An evidence file's description (the bytes come from {@link #evidenceContent}). */
  public record Evidence(
      long id,
      long progressId,
      String fileName,
      String contentType,
      long sizeBytes,
      String uploadedBy,
      LocalDateTime uploadedAt) {}

  private static final Table<Record> TARGET = Db.PLAN_TARGET;
  private static final Table<Record> WAYPOINT = Db.PLAN_WAYPOINT;
  private static final Table<Record> VALUE = Db.PLAN_VALUE;
  private static final Table<Record> PROGRESS = Db.PLAN_PROGRESS;
  private static final Table<Record> EVIDENCE = Db.PLAN_EVIDENCE;

  private static final Field<String> PLAN_ID = f("plan_id", String.class);
  private static final Field<String> INDICATOR_ID = f("indicator_id", String.class);
  private static final Field<String> TASK_ID = f("task_id", String.class);
  private static final Field<Double> AMOUNT = f("amount", Double.class);
  private static final Field<Double> TARGET_VALUE = f("target_value", Double.class);
  private static final Field<Double> BASE_VALUE = f("base_value", Double.class);
  private static final Field<String> NOTE = f("note", String.class);
  private static final Field<String> ORIGIN = f("origin", String.class);
  private static final Field<String> SET_BY = f("set_by", String.class);
  private static final Field<LocalDateTime> SET_AT = f("set_at", LocalDateTime.class);
  private static final Field<String> ENTERED_BY = f("entered_by", String.class);
  private static final Field<LocalDateTime> ENTERED_AT = f("entered_at", LocalDateTime.class);
  private static final Field<String> PERIOD = f("period", String.class);
  private static final Field<String> STATUS = f("status", String.class);
  private static final Field<String> NARRATIVE = f("narrative", String.class);
  private static final Field<String> REPORTED_BY = f("reported_by", String.class);
  private static final Field<LocalDateTime> REPORTED_AT = f("reported_at", LocalDateTime.class);
  private static final Field<Long> PROGRESS_ID = f("progress_id", Long.class);
  private static final Field<String> FILE_NAME = f("file_name", String.class);
  private static final Field<String> CONTENT_TYPE = f("content_type", String.class);
  private static final Field<Long> SIZE_BYTES = f("size_bytes", Long.class);
  private static final Field<byte[]> CONTENT = f("content", byte[].class);
  private static final Field<String> UPLOADED_BY = f("uploaded_by", String.class);
  private static final Field<LocalDateTime> UPLOADED_AT = f("uploaded_at", LocalDateTime.class);

  private final DSLContext db;

  public PlanStore(DSLContext db) {
    this.db = db;
  }

  /**
   * Records values, replacing any for the same indicator, region and year, all in one transaction.
   */
  public void saveValues(String planId, List<Value> values) {
    db.transaction(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          for (Value v : values) {
            tx.deleteFrom(VALUE)
                .where(
                    PLAN_ID.eq(planId),
                    INDICATOR_ID.eq(v.indicatorId()),
                    ADCODE.eq(v.adcode()),
                    DATA_YEAR.eq(v.year()))
                .execute();
            tx.insertInto(VALUE)
                .set(PLAN_ID, planId)
                .set(INDICATOR_ID, v.indicatorId())
                .set(ADCODE, v.adcode())
                .set(DATA_YEAR, v.year())
                .set(AMOUNT, v.value())
                .set(ORIGIN, v.origin())
                .set(NOTE, v.note())
                .set(ENTERED_BY, v.enteredBy())
                .set(ENTERED_AT, v.enteredAt())
                .execute();
          }
        });
  }

  /** Deletes one value; false when there was none. */
  public boolean deleteValue(String planId, String indicatorId, String adcode, int year) {
    return db.deleteFrom(VALUE)
            .where(
                PLAN_ID.eq(planId),
                INDICATOR_ID.eq(indicatorId),
                ADCODE.eq(adcode),
                DATA_YEAR.eq(year))
            .execute()
        > 0;
  }

  /** A region's values for one indicator by year, oldest first. */
  public Map<Integer, Value> values(String planId, String indicatorId, String adcode) {
    Map<Integer, Value> out = new TreeMap<>();
    for (Record r :
        db.select()
            .from(VALUE)
            .where(PLAN_ID.eq(planId), INDICATOR_ID.eq(indicatorId), ADCODE.eq(adcode))
            .orderBy(DATA_YEAR)
            .fetch()) {
      out.put(r.get(DATA_YEAR), value(r));
    }
    return out;
  }

  /**
   * Everything recorded against a plan's indicators, read at once (three queries), for statuses
   * over many indicators and regions.
   */
  public IndicatorData indicatorData(String planId) {
    Map<String, Map<String, Map<Integer, Value>>> values = new LinkedHashMap<>();
    for (Record r :
        db.select()
            .from(VALUE)
            .where(PLAN_ID.eq(planId))
            .orderBy(ADCODE, INDICATOR_ID, DATA_YEAR)
            .fetch()) {
      Value v = value(r);
      values
          .computeIfAbsent(v.adcode(), k -> new LinkedHashMap<>())
          .computeIfAbsent(v.indicatorId(), k -> new TreeMap<>())
          .put(v.year(), v);
    }
    Map<String, Map<String, Map<Integer, Double>>> waypoints = new LinkedHashMap<>();
    db.select(ADCODE, INDICATOR_ID, DATA_YEAR, AMOUNT)
        .from(WAYPOINT)
        .where(PLAN_ID.eq(planId))
        .fetch()
        .forEach(
            r ->
                waypoints
                    .computeIfAbsent(r.get(ADCODE).trim(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get(INDICATOR_ID), k -> new TreeMap<>())
                    .put(r.get(DATA_YEAR), r.get(AMOUNT)));
    return new IndicatorData(targets(planId), values, waypoints);
  }

  /** A plan's recorded targets, values and trajectories, each by region then indicator. */
  public record IndicatorData(
      Map<String, Map<String, TargetOverride>> targets,
      Map<String, Map<String, Map<Integer, Value>>> values,
      Map<String, Map<String, Map<Integer, Double>>> waypoints) {

    /** A region's completed target for an indicator, or null. */
    public TargetOverride target(String adcode, String indicatorId) {
      return targets.getOrDefault(adcode, Map.of()).get(indicatorId);
    }

    /** A region's values of an indicator by year, oldest first. */
    public Map<Integer, Value> values(String adcode, String indicatorId) {
      return values.getOrDefault(adcode, Map.of()).getOrDefault(indicatorId, Map.of());
    }

    public Map<Integer, Double> waypoints(String adcode, String indicatorId) {
      return waypoints.getOrDefault(adcode, Map.of()).getOrDefault(indicatorId, Map.of());
    }

    /** The regions anything was recorded for. */
    public java.util.Set<String> regions() {
      java.util.Set<String> out = new java.util.TreeSet<>(values.keySet());
      out.addAll(targets.keySet());
      return out;
    }
  }

  public void saveTarget(String planId, TargetOverride t) {
    db.transaction(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          tx.deleteFrom(TARGET)
              .where(PLAN_ID.eq(planId), INDICATOR_ID.eq(t.indicatorId()), ADCODE.eq(t.adcode()))
              .execute();
          tx.insertInto(TARGET)
              .set(PLAN_ID, planId)
              .set(INDICATOR_ID, t.indicatorId())
              .set(ADCODE, t.adcode())
              .set(TARGET_VALUE, t.targetValue())
              .set(BASE_VALUE, t.baseValue())
              .set(NOTE, t.note())
              .set(SET_BY, t.setBy())
              .set(SET_AT, t.setAt())
              .execute();
        });
  }

  /** Completed targets of a plan, by region then indicator. */
  public Map<String, Map<String, TargetOverride>> targets(String planId) {
    Map<String, Map<String, TargetOverride>> out = new LinkedHashMap<>();
    for (Record r :
        db.select().from(TARGET).where(PLAN_ID.eq(planId)).orderBy(ADCODE, INDICATOR_ID).fetch()) {
      TargetOverride t =
          new TargetOverride(
              r.get(INDICATOR_ID),
              r.get(ADCODE).trim(),
              r.get(TARGET_VALUE),
              r.get(BASE_VALUE),
              r.get(NOTE),
              r.get(SET_BY),
              time(r, SET_AT));
      out.computeIfAbsent(t.adcode(), k -> new LinkedHashMap<>()).put(t.indicatorId(), t);
    }
    return out;
  }

  /**
   * Replaces a region's trajectory points for one indicator; an empty map restores the straight
   * path.
   */
  public void saveWaypoints(
      String planId, String indicatorId, String adcode, Map<Integer, Double> points) {
    db.transaction(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          tx.deleteFrom(WAYPOINT)
              .where(PLAN_ID.eq(planId), INDICATOR_ID.eq(indicatorId), ADCODE.eq(adcode))
              .execute();
          for (Map.Entry<Integer, Double> p : points.entrySet()) {
            tx.insertInto(WAYPOINT)
                .set(PLAN_ID, planId)
                .set(INDICATOR_ID, indicatorId)
                .set(ADCODE, adcode)
                .set(DATA_YEAR, p.getKey())
                .set(AMOUNT, p.getValue())
                .execute();
          }
        });
  }

  public Map<Integer, Double> waypoints(String planId, String indicatorId, String adcode) {
    Map<Integer, Double> out = new TreeMap<>();
    db.select(DATA_YEAR, AMOUNT)
        .from(WAYPOINT)
        .where(PLAN_ID.eq(planId), INDICATOR_ID.eq(indicatorId), ADCODE.eq(adcode))
        .fetch()
        .forEach(r -> out.put(r.get(DATA_YEAR), r.get(AMOUNT)));
    return out;
  }

  /** A task's report for a period, as read from a scheduling sheet. */
  public record Report(String taskId, String period, String status, String narrative) {}

  /**
   * Records a task's report for a period, replacing an earlier report for the same period; returns
   * its id.
   */
  public long saveProgress(
      String planId,
      String taskId,
      String adcode,
      String period,
      String status,
      String narrative,
      String reportedBy,
      LocalDateTime at) {
    return db.transactionResult(
        cfg ->
            saveProgress(
                DSL.using(cfg),
                planId,
                adcode,
                new Report(taskId, period, status, narrative),
                reportedBy,
                at));
  }

  /** Records many reports in one transaction: all or none. */
  public void saveProgress(
      String planId, String adcode, List<Report> reports, String reportedBy, LocalDateTime at) {
    db.transaction(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          for (Report r : reports) {
            saveProgress(tx, planId, adcode, r, reportedBy, at);
          }
        });
  }

  private static long saveProgress(
      DSLContext tx, String planId, String adcode, Report r, String reportedBy, LocalDateTime at) {
    Record existing =
        tx.select(ID)
            .from(PROGRESS)
            .where(
                PLAN_ID.eq(planId),
                TASK_ID.eq(r.taskId()),
                ADCODE.eq(adcode),
                PERIOD.eq(r.period()))
            .fetchOne();
    if (existing != null) {
      tx.update(PROGRESS)
          .set(STATUS, r.status())
          .set(NARRATIVE, r.narrative())
          .set(REPORTED_BY, reportedBy)
          .set(REPORTED_AT, at)
          .where(ID.eq(existing.get(ID)))
          .execute();
      return existing.get(ID);
    }
    return tx.insertInto(PROGRESS)
        .set(PLAN_ID, planId)
        .set(TASK_ID, r.taskId())
        .set(ADCODE, adcode)
        .set(PERIOD, r.period())
        .set(STATUS, r.status())
        .set(NARRATIVE, r.narrative())
        .set(REPORTED_BY, reportedBy)
        .set(REPORTED_AT, at)
        .returningResult(ID)
        .fetchOne()
        .value1();
  }

  /** A region's task reports for a plan, each task's periods oldest first, with their evidence. */
  public List<TaskProgress> progress(String planId, String adcode) {
    Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
    db.select(ID, PROGRESS_ID, FILE_NAME, CONTENT_TYPE, SIZE_BYTES, UPLOADED_BY, UPLOADED_AT)
        .from(EVIDENCE)
        .where(
            PROGRESS_ID.in(
                DSL.select(ID).from(PROGRESS).where(PLAN_ID.eq(planId), ADCODE.eq(adcode))))
        .orderBy(ID)
        .fetch()
        .forEach(
            r ->
                evidence
                    .computeIfAbsent(r.get(PROGRESS_ID), k -> new ArrayList<>())
                    .add(evidence(r)));
    List<TaskProgress> out = new ArrayList<>();
    for (Record r :
        db.select()
            .from(PROGRESS)
            .where(PLAN_ID.eq(planId), ADCODE.eq(adcode))
            .orderBy(TASK_ID, PERIOD)
            .fetch()) {
      out.add(
          new TaskProgress(
              r.get(ID),
              planId,
              r.get(TASK_ID),
              r.get(ADCODE).trim(),
              r.get(PERIOD),
              r.get(STATUS),
              r.get(NARRATIVE),
              r.get(REPORTED_BY),
              time(r, REPORTED_AT),
              evidence.getOrDefault(r.get(ID), List.of())));
    }
    return out;
  }

  /**
   * A report by id, with its plan and region but without its evidence; empty when there is none.
   */
  public Optional<TaskProgress> progressById(long id) {
    Record r = db.select().from(PROGRESS).where(ID.eq(id)).fetchOne();
    return r == null
        ? Optional.empty()
        : Optional.of(
            new TaskProgress(
                r.get(ID),
                r.get(PLAN_ID),
                r.get(TASK_ID),
                r.get(ADCODE).trim(),
                r.get(PERIOD),
                r.get(STATUS),
                r.get(NARRATIVE),
                r.get(REPORTED_BY),
                time(r, REPORTED_AT),
                List.of()));
  }

  public Evidence addEvidence(
      long progressId,
      String fileName,
      String contentType,
      byte[] content,
      String uploadedBy,
      LocalDateTime at) {
    long id =
        db.insertInto(EVIDENCE)
            .set(PROGRESS_ID, progressId)
            .set(FILE_NAME, fileName)
            .set(CONTENT_TYPE, contentType)
            .set(SIZE_BYTES, (long) content.length)
            .set(CONTENT, content)
            .set(UPLOADED_BY, uploadedBy)
            .set(UPLOADED_AT, at)
            .returningResult(ID)
            .fetchOne()
            .value1();
    return new Evidence(id, progressId, fileName, contentType, content.length, uploadedBy, at);
  }

  public Optional<Evidence> evidence(long id) {
    return db.select(ID, PROGRESS_ID, FILE_NAME, CONTENT_TYPE, SIZE_BYTES, UPLOADED_BY, UPLOADED_AT)
        .from(EVIDENCE)
        .where(ID.eq(id))
        .fetchOptional()
        .map(PlanStore::evidence);
  }

  public Optional<byte[]> evidenceContent(long id) {
    return db.select(CONTENT).from(EVIDENCE).where(ID.eq(id)).fetchOptional(CONTENT);
  }

  /**
   * Timestamps read by name, so a {@code select *} record converts them like a typed select would.
   */
  private static LocalDateTime time(Record r, Field<LocalDateTime> field) {
    return r.get(field.getName(), LocalDateTime.class);
  }

  private static Value value(Record r) {
    return new Value(
        r.get(INDICATOR_ID),
        r.get(ADCODE).trim(),
        r.get(DATA_YEAR),
        r.get(AMOUNT),
        r.get(ORIGIN),
        r.get(NOTE),
        r.get(ENTERED_BY),
        time(r, ENTERED_AT));
  }

  private static Evidence evidence(Record r) {
    return new Evidence(
        r.get(ID),
        r.get(PROGRESS_ID),
        r.get(FILE_NAME),
        r.get(CONTENT_TYPE),
        r.get(SIZE_BYTES),
        r.get(UPLOADED_BY),
        time(r, UPLOADED_AT));
  }
}
