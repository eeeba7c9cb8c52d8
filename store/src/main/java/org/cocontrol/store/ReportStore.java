package org.cocontrol.store;

import static org.cocontrol.store.Db.ADCODE;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.REPORT;
import static org.cocontrol.store.Db.REPORT_ASSIGNMENT;
import static org.cocontrol.store.Db.REPORT_DATA;
import static org.cocontrol.store.Db.REPORT_EXPLANATION;
import static org.cocontrol.store.Db.REPORT_FINDING;
import static org.cocontrol.store.Db.REPORT_SAMPLE;
import static org.cocontrol.store.Db.REPORT_VERSION;
import static org.cocontrol.store.Db.VERIFIER_CONFLICT;
import static org.cocontrol.store.Db.f;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cocontrol.core.region.Adcode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Enterprise reports and their verification (V14): the report, the year's data it is computed from
 * (one file per enterprise and year, shared by its ghg and permit reports), the submitted versions,
 * explanations of warnings, findings, assignments, verifier conflicts and random samples.
 *
 * <p>A submitted version is immutable: this class inserts versions and reads them, and has no
 * statement that updates or deletes one.
 */
public final class ReportStore {

  /** A report as stored; {@code status} is the stored one (draft … confirmed). */
  public record Report(
      long id,
      long enterpriseId,
      String entityCode,
      Adcode region,
      int year,
      String kind,
      String status,
      LocalDate deadline,
      boolean correctionRequested,
      String verifier,
      String verifiedT,
      String opinion,
      String documentReview,
      String siteVisit,
      String concludedBy,
      LocalDateTime concludedAt,
      String confirmedBy,
      LocalDateTime confirmedAt,
      String createdBy,
      LocalDateTime createdAt,
      LocalDateTime updatedAt) {}

  /** The year's data of an enterprise: the uploaded file. */
  public record Data(
      long enterpriseId,
      int year,
      String fileName,
      byte[] content,
      int rows,
      String uploadedBy,
      LocalDateTime uploadedAt) {}

  /** A submitted version with the data, parameters and results it was submitted with. */
  public record Version(
      long reportId,
      int number,
      String fileName,
      byte[] content,
      String parameterRelease,
      String gwpSet,
      String totalsT,
      String checks,
      String submittedBy,
      LocalDateTime submittedAt) {}

  public record Explanation(
      long id,
      long reportId,
      String code,
      String facility,
      Integer month,
      String field,
      String text,
      String explainedBy,
      LocalDateTime explainedAt) {}

  public record Finding(
      long id,
      long reportId,
      String text,
      String facility,
      Integer month,
      String field,
      boolean correction,
      String status,
      String estimate,
      String createdBy,
      LocalDateTime createdAt,
      LocalDateTime updatedAt) {}

  public record Assignment(
      long reportId, String verifier, String assignedBy, LocalDateTime assignedAt) {}

  public record Conflict(
      String verifier, long enterpriseId, String notedBy, LocalDateTime notedAt) {}

  public record Sample(
      long id,
      int year,
      Adcode region,
      long seed,
      String requested,
      List<Long> reportIds,
      String drawnBy,
      LocalDateTime drawnAt) {}

  /** Which reports a listing shows; null fields do not restrict. */
  public record Filter(
      Integer year, Adcode within, String status, Long enterpriseId, String verifier) {}

  private static final Field<Long> ENTERPRISE_ID = f("enterprise_id", Long.class);
  private static final Field<String> ENTITY_CODE = f("entity_code", String.class);
  private static final Field<Integer> YEAR = f("report_year", Integer.class);
  private static final Field<String> KIND = f("kind", String.class);
  private static final Field<String> STATUS = f("status", String.class);
  private static final Field<LocalDate> DEADLINE = f("deadline", LocalDate.class);
  private static final Field<Boolean> CORRECTION_REQUESTED =
      f("correction_requested", Boolean.class);
  private static final Field<String> VERIFIER = f("verifier", String.class);
  private static final Field<String> VERIFIED_T = f("verified_t", String.class);
  private static final Field<String> OPINION = f("opinion", String.class);
  private static final Field<String> DOCUMENT_REVIEW = f("document_review", String.class);
  private static final Field<String> SITE_VISIT = f("site_visit", String.class);
  private static final Field<String> CONCLUDED_BY = f("concluded_by", String.class);
  private static final Field<LocalDateTime> CONCLUDED_AT = f("concluded_at", LocalDateTime.class);
  private static final Field<String> CONFIRMED_BY = f("confirmed_by", String.class);
  private static final Field<LocalDateTime> CONFIRMED_AT = f("confirmed_at", LocalDateTime.class);
  private static final Field<String> CREATED_BY = f("created_by", String.class);
  private static final Field<LocalDateTime> CREATED_AT = f("created_at", LocalDateTime.class);
  private static final Field<LocalDateTime> UPDATED_AT = f("updated_at", LocalDateTime.class);

  private static final Field<String> FILE_NAME = f("file_name", String.class);
  private static final Field<byte[]> CONTENT = f("content", byte[].class);
  private static final Field<Integer> ROW_COUNT = f("row_count", Integer.class);
  private static final Field<String> UPLOADED_BY = f("uploaded_by", String.class);
  private static final Field<LocalDateTime> UPLOADED_AT = f("uploaded_at", LocalDateTime.class);

  private static final Field<Long> REPORT_ID = f("report_id", Long.class);
  private static final Field<Integer> VERSION_NO = f("version_no", Integer.class);
  private static final Field<String> RELEASE = f("parameter_release", String.class);
  private static final Field<String> GWP_SET = f("gwp_set", String.class);
  private static final Field<String> TOTALS_T = f("totals_t", String.class);
  private static final Field<String> CHECKS = f("checks", String.class);
  private static final Field<String> SUBMITTED_BY = f("submitted_by", String.class);
  private static final Field<LocalDateTime> SUBMITTED_AT = f("submitted_at", LocalDateTime.class);

  private static final Field<String> CODE = f("code", String.class);
  private static final Field<String> LOCATION_KEY = f("location_key", String.class);
  private static final Field<String> FACILITY = f("facility", String.class);
  private static final Field<Integer> MONTH = f("month_no", Integer.class);
  private static final Field<String> FIELD = f("field", String.class);
  private static final Field<String> EXPLANATION = f("explanation", String.class);
  private static final Field<String> EXPLAINED_BY = f("explained_by", String.class);
  private static final Field<LocalDateTime> EXPLAINED_AT = f("explained_at", LocalDateTime.class);

  private static final Field<String> FINDING_TEXT = f("finding_text", String.class);
  private static final Field<Boolean> CORRECTION = f("correction", Boolean.class);
  private static final Field<String> ESTIMATE = f("estimate", String.class);

  private static final Field<String> ASSIGNED_BY = f("assigned_by", String.class);
  private static final Field<LocalDateTime> ASSIGNED_AT = f("assigned_at", LocalDateTime.class);
  private static final Field<String> NOTED_BY = f("noted_by", String.class);
  private static final Field<LocalDateTime> NOTED_AT = f("noted_at", LocalDateTime.class);

  private static final Field<Integer> SAMPLE_YEAR = f("sample_year", Integer.class);
  private static final Field<Long> SEED = f("seed", Long.class);
  private static final Field<String> REQUESTED = f("requested", String.class);
  private static final Field<String> REPORT_IDS = f("report_ids", String.class);
  private static final Field<String> DRAWN_BY = f("drawn_by", String.class);
  private static final Field<LocalDateTime> DRAWN_AT = f("drawn_at", LocalDateTime.class);

  private final DSLContext db;

  public ReportStore(DSLContext db) {
    this.db = db;
  }

  // ------------------------------------------------------------------ reports

  /** Creates a draft; its id. */
  public long create(
      long enterpriseId,
      String entityCode,
      Adcode region,
      int year,
      String kind,
      LocalDate deadline,
      String by,
      LocalDateTime at) {
    return db.insertInto(REPORT)
        .set(ENTERPRISE_ID, enterpriseId)
        .set(ENTITY_CODE, entityCode)
        .set(ADCODE, region.toString())
        .set(YEAR, year)
        .set(KIND, kind)
        .set(STATUS, "draft")
        .set(DEADLINE, deadline)
        .set(CORRECTION_REQUESTED, false)
        .set(CREATED_BY, by)
        .set(CREATED_AT, at)
        .set(UPDATED_AT, at)
        .returningResult(ID)
        .fetchOne()
        .value1();
  }

  public Optional<Report> find(long id) {
    return db.select().from(REPORT).where(ID.eq(id)).fetchOptional(ReportStore::report);
  }

  /** The report of an enterprise, year and kind, if there is one. */
  public Optional<Report> find(long enterpriseId, int year, String kind) {
    return db.select()
        .from(REPORT)
        .where(ENTERPRISE_ID.eq(enterpriseId).and(YEAR.eq(year)).and(KIND.eq(kind)))
        .fetchOptional(ReportStore::report);
  }

  /** The reports a filter lets through, by year, region and id. */
  public List<Report> list(Filter filter) {
    Condition c = DSL.trueCondition();
    if (filter.year() != null) {
      c = c.and(YEAR.eq(filter.year()));
    }
    if (filter.within() != null && !filter.within().codePrefix().isEmpty()) {
      c = c.and(ADCODE.like(filter.within().codePrefix() + "%"));
    }
    if (filter.status() != null) {
      c = c.and(STATUS.eq(filter.status()));
    }
    if (filter.enterpriseId() != null) {
      c = c.and(ENTERPRISE_ID.eq(filter.enterpriseId()));
    }
    if (filter.verifier() != null) {
      c = c.and(VERIFIER.eq(filter.verifier()));
    }
    return db.select()
        .from(REPORT)
        .where(c)
        .orderBy(YEAR.desc(), ADCODE, ID)
        .fetch(ReportStore::report);
  }

  /** Sets the stored status (and clears a request for corrections when asked). */
  public void setStatus(long id, String status, boolean correctionRequested, LocalDateTime at) {
    db.update(REPORT)
        .set(STATUS, status)
        .set(CORRECTION_REQUESTED, correctionRequested)
        .set(UPDATED_AT, at)
        .where(ID.eq(id))
        .execute();
  }

  /** Moves a report's deadline (an extension the authority granted). */
  public void setDeadline(long id, LocalDate deadline, LocalDateTime at) {
    db.update(REPORT).set(DEADLINE, deadline).set(UPDATED_AT, at).where(ID.eq(id)).execute();
  }

  /** Assigns a verifier: the report is in verification; the assignment is kept in the history. */
  public void assign(long id, String verifier, String by, LocalDateTime at) {
    db.update(REPORT)
        .set(VERIFIER, verifier)
        .set(STATUS, "in_verification")
        .set(UPDATED_AT, at)
        .where(ID.eq(id))
        .execute();
    db.insertInto(REPORT_ASSIGNMENT)
        .set(REPORT_ID, id)
        .set(VERIFIER, verifier)
        .set(ASSIGNED_BY, by)
        .set(ASSIGNED_AT, at)
        .execute();
  }

  public List<Assignment> assignments(long reportId) {
    return db.select(REPORT_ID, VERIFIER, ASSIGNED_BY, ASSIGNED_AT)
        .from(REPORT_ASSIGNMENT)
        .where(REPORT_ID.eq(reportId))
        .orderBy(ID)
        .fetch(r -> new Assignment(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  /** The verifier's conclusion: the report is verified. */
  public void conclude(
      long id,
      String verifiedT,
      String opinion,
      String documentReview,
      String siteVisit,
      String by,
      LocalDateTime at) {
    db.update(REPORT)
        .set(STATUS, "verified")
        .set(VERIFIED_T, verifiedT)
        .set(OPINION, opinion)
        .set(DOCUMENT_REVIEW, documentReview)
        .set(SITE_VISIT, siteVisit)
        .set(CONCLUDED_BY, by)
        .set(CONCLUDED_AT, at)
        .set(CORRECTION_REQUESTED, false)
        .set(UPDATED_AT, at)
        .where(ID.eq(id))
        .execute();
  }

  /** The authority's confirmation: the verified figures become the figures of record. */
  public void confirm(long id, String by, LocalDateTime at) {
    db.update(REPORT)
        .set(STATUS, "confirmed")
        .set(CONFIRMED_BY, by)
        .set(CONFIRMED_AT, at)
        .set(UPDATED_AT, at)
        .where(ID.eq(id))
        .execute();
  }

  /**
   * The years in which a verifier concluded a report of an enterprise (verified or confirmed), for
   * the rule on consecutive years.
   */
  public List<Integer> yearsVerified(String verifier, long enterpriseId) {
    return db.selectDistinct(YEAR)
        .from(REPORT)
        .where(
            VERIFIER
                .eq(verifier)
                .and(ENTERPRISE_ID.eq(enterpriseId))
                .and(STATUS.in("verified", "confirmed")))
        .orderBy(YEAR)
        .fetch(YEAR);
  }

  // ------------------------------------------------------------------ data and versions

  /** Replaces the enterprise's data of the year (shared by its reports of the year). */
  public void saveData(Data d) {
    db.deleteFrom(REPORT_DATA)
        .where(ENTERPRISE_ID.eq(d.enterpriseId()).and(YEAR.eq(d.year())))
        .execute();
    db.insertInto(REPORT_DATA)
        .set(ENTERPRISE_ID, d.enterpriseId())
        .set(YEAR, d.year())
        .set(FILE_NAME, d.fileName())
        .set(CONTENT, d.content())
        .set(ROW_COUNT, d.rows())
        .set(UPLOADED_BY, d.uploadedBy())
        .set(UPLOADED_AT, d.uploadedAt())
        .execute();
  }

  public Optional<Data> data(long enterpriseId, int year) {
    return db.select()
        .from(REPORT_DATA)
        .where(ENTERPRISE_ID.eq(enterpriseId).and(YEAR.eq(year)))
        .fetchOptional(
            r ->
                new Data(
                    v(r, ENTERPRISE_ID),
                    v(r, YEAR),
                    v(r, FILE_NAME),
                    v(r, CONTENT),
                    v(r, ROW_COUNT),
                    v(r, UPLOADED_BY),
                    v(r, UPLOADED_AT)));
  }

  /** Adds the next version of a report; its number (1, 2 …). Versions are never changed. */
  public int addVersion(Version v) {
    Integer last =
        db.select(DSL.max(VERSION_NO))
            .from(REPORT_VERSION)
            .where(REPORT_ID.eq(v.reportId()))
            .fetchOne()
            .value1();
    int n = last == null ? 1 : last + 1;
    db.insertInto(REPORT_VERSION)
        .set(REPORT_ID, v.reportId())
        .set(VERSION_NO, n)
        .set(FILE_NAME, v.fileName())
        .set(CONTENT, v.content())
        .set(RELEASE, v.parameterRelease())
        .set(GWP_SET, v.gwpSet())
        .set(TOTALS_T, v.totalsT())
        .set(CHECKS, v.checks())
        .set(SUBMITTED_BY, v.submittedBy())
        .set(SUBMITTED_AT, v.submittedAt())
        .execute();
    return n;
  }

  /** A report's versions, oldest first. */
  public List<Version> versions(long reportId) {
    return db.select()
        .from(REPORT_VERSION)
        .where(REPORT_ID.eq(reportId))
        .orderBy(VERSION_NO)
        .fetch(ReportStore::version);
  }

  public Optional<Version> version(long reportId, int number) {
    return db.select()
        .from(REPORT_VERSION)
        .where(REPORT_ID.eq(reportId).and(VERSION_NO.eq(number)))
        .fetchOptional(ReportStore::version);
  }

  // ------------------------------------------------------------------ explanations, findings

  /** Records (or replaces) the explanation of a warning at a location. */
  public void explain(Explanation e) {
    String key = locationKey(e.facility(), e.month(), e.field());
    db.deleteFrom(REPORT_EXPLANATION)
        .where(REPORT_ID.eq(e.reportId()).and(CODE.eq(e.code())).and(LOCATION_KEY.eq(key)))
        .execute();
    db.insertInto(REPORT_EXPLANATION)
        .set(REPORT_ID, e.reportId())
        .set(CODE, e.code())
        .set(LOCATION_KEY, key)
        .set(FACILITY, e.facility())
        .set(MONTH, e.month())
        .set(FIELD, e.field())
        .set(EXPLANATION, e.text())
        .set(EXPLAINED_BY, e.explainedBy())
        .set(EXPLAINED_AT, e.explainedAt())
        .execute();
  }

  public List<Explanation> explanations(long reportId) {
    return db.select()
        .from(REPORT_EXPLANATION)
        .where(REPORT_ID.eq(reportId))
        .orderBy(ID)
        .fetch(
            r ->
                new Explanation(
                    v(r, ID),
                    v(r, REPORT_ID),
                    v(r, CODE),
                    v(r, FACILITY),
                    v(r, MONTH),
                    v(r, FIELD),
                    v(r, EXPLANATION),
                    v(r, EXPLAINED_BY),
                    v(r, EXPLAINED_AT)));
  }

  /** The key one location is known by: {@code facility|month|field}, blank parts empty. */
  public static String locationKey(String facility, Integer month, String field) {
    return Objects.toString(facility, "")
        + "|"
        + Objects.toString(month, "")
        + "|"
        + Objects.toString(field, "");
  }

  /** Adds a finding (open); a finding asking for corrections opens the report to corrections. */
  public long addFinding(Finding f) {
    long id =
        db.insertInto(REPORT_FINDING)
            .set(REPORT_ID, f.reportId())
            .set(FINDING_TEXT, f.text())
            .set(FACILITY, f.facility())
            .set(MONTH, f.month())
            .set(FIELD, f.field())
            .set(CORRECTION, f.correction())
            .set(STATUS, f.status())
            .set(ESTIMATE, f.estimate())
            .set(CREATED_BY, f.createdBy())
            .set(CREATED_AT, f.createdAt())
            .set(UPDATED_AT, f.createdAt())
            .returningResult(ID)
            .fetchOne()
            .value1();
    if (f.correction()) {
      db.update(REPORT)
          .set(CORRECTION_REQUESTED, true)
          .set(UPDATED_AT, f.createdAt())
          .where(ID.eq(f.reportId()))
          .execute();
    }
    return id;
  }

  /** Sets a finding's status (fixed, or estimated with the conservative estimate used). */
  public void settleFinding(long id, String status, String estimate, LocalDateTime at) {
    db.update(REPORT_FINDING)
        .set(STATUS, status)
        .set(ESTIMATE, estimate)
        .set(UPDATED_AT, at)
        .where(ID.eq(id))
        .execute();
  }

  public List<Finding> findings(long reportId) {
    return db.select()
        .from(REPORT_FINDING)
        .where(REPORT_ID.eq(reportId))
        .orderBy(ID)
        .fetch(ReportStore::finding);
  }

  // ------------------------------------------------------------------ conflicts, samples

  /** Marks a verifier as having a conflict with an enterprise (once). */
  public boolean addConflict(String verifier, long enterpriseId, String by, LocalDateTime at) {
    if (hasConflict(verifier, enterpriseId)) {
      return false;
    }
    db.insertInto(VERIFIER_CONFLICT)
        .set(VERIFIER, verifier)
        .set(ENTERPRISE_ID, enterpriseId)
        .set(NOTED_BY, by)
        .set(NOTED_AT, at)
        .execute();
    return true;
  }

  public boolean removeConflict(String verifier, long enterpriseId) {
    return db.deleteFrom(VERIFIER_CONFLICT)
            .where(VERIFIER.eq(verifier).and(ENTERPRISE_ID.eq(enterpriseId)))
            .execute()
        > 0;
  }

  public boolean hasConflict(String verifier, long enterpriseId) {
    return db.fetchExists(
        VERIFIER_CONFLICT, VERIFIER.eq(verifier).and(ENTERPRISE_ID.eq(enterpriseId)));
  }

  public List<Conflict> conflicts(String verifier) {
    return db.select(VERIFIER, ENTERPRISE_ID, NOTED_BY, NOTED_AT)
        .from(VERIFIER_CONFLICT)
        .where(VERIFIER.eq(verifier))
        .orderBy(ENTERPRISE_ID)
        .fetch(r -> new Conflict(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  public long addSample(Sample s) {
    return db.insertInto(REPORT_SAMPLE)
        .set(SAMPLE_YEAR, s.year())
        .set(ADCODE, s.region().toString())
        .set(SEED, s.seed())
        .set(REQUESTED, s.requested())
        .set(
            REPORT_IDS,
            s.reportIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
        .set(DRAWN_BY, s.drawnBy())
        .set(DRAWN_AT, s.drawnAt())
        .returningResult(ID)
        .fetchOne()
        .value1();
  }

  /** The samples drawn inside a region, newest first. */
  public List<Sample> samples(Adcode within) {
    Condition c =
        within.codePrefix().isEmpty()
            ? DSL.trueCondition()
            : ADCODE.like(within.codePrefix() + "%");
    return db.select()
        .from(REPORT_SAMPLE)
        .where(c)
        .orderBy(ID.desc())
        .fetch(
            r ->
                new Sample(
                    v(r, ID),
                    v(r, SAMPLE_YEAR),
                    Adcode.parseAny(v(r, ADCODE).strip()).orElseThrow(),
                    v(r, SEED),
                    v(r, REQUESTED),
                    v(r, REPORT_IDS).isEmpty()
                        ? List.of()
                        : Arrays.stream(v(r, REPORT_IDS).split(",")).map(Long::valueOf).toList(),
                    v(r, DRAWN_BY),
                    v(r, DRAWN_AT)));
  }

  // ------------------------------------------------------------------ mapping

  /**
   * A column's value converted to the handle's type: a whole-row select has the driver's types
   * ({@code java.sql.Date}), not the handle's.
   */
  private static <T> T v(Record r, Field<T> f) {
    return r.get(f.getName(), f.getType());
  }

  private static Report report(Record r) {
    return new Report(
        v(r, ID),
        v(r, ENTERPRISE_ID),
        v(r, ENTITY_CODE),
        Adcode.parseAny(v(r, ADCODE).strip()).orElseThrow(),
        v(r, YEAR),
        v(r, KIND),
        v(r, STATUS),
        v(r, DEADLINE),
        v(r, CORRECTION_REQUESTED),
        v(r, VERIFIER),
        v(r, VERIFIED_T),
        v(r, OPINION),
        v(r, DOCUMENT_REVIEW),
        v(r, SITE_VISIT),
        v(r, CONCLUDED_BY),
        v(r, CONCLUDED_AT),
        v(r, CONFIRMED_BY),
        v(r, CONFIRMED_AT),
        v(r, CREATED_BY),
        v(r, CREATED_AT),
        v(r, UPDATED_AT));
  }

  private static Version version(Record r) {
    return new Version(
        v(r, REPORT_ID),
        v(r, VERSION_NO),
        v(r, FILE_NAME),
        v(r, CONTENT),
        v(r, RELEASE),
        v(r, GWP_SET),
        v(r, TOTALS_T),
        v(r, CHECKS),
        v(r, SUBMITTED_BY),
        v(r, SUBMITTED_AT));
  }

  private static Finding finding(Record r) {
    return new Finding(
        v(r, ID),
        v(r, REPORT_ID),
        v(r, FINDING_TEXT),
        v(r, FACILITY),
        v(r, MONTH),
        v(r, FIELD),
        v(r, CORRECTION),
        v(r, STATUS),
        v(r, ESTIMATE),
        v(r, CREATED_BY),
        v(r, CREATED_AT),
        v(r, UPDATED_AT));
  }
}
