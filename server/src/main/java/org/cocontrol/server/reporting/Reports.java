package org.cocontrol.server.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.reporting.Check;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.Location;
import org.cocontrol.core.reporting.MonthlyEntry;
import org.cocontrol.core.reporting.ReportInput;
import org.cocontrol.core.reporting.ReportKind;
import org.cocontrol.core.reporting.ReportResult;
import org.cocontrol.core.reporting.Severity;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.text.Message;
import org.cocontrol.io.ImportProblem;
import org.cocontrol.io.Place;
import org.cocontrol.io.ReportDataReader;
import org.cocontrol.io.ReportWorkbook;
import org.cocontrol.io.TableFormat;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.permit.PermitRegistry;
import org.cocontrol.server.permit.VerifiedEmissions;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.ReportStore;
import org.cocontrol.store.UserStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enterprise reports and their verification: create, enter the year's data, submit (a new immutable
 * version each time), assign a verifier, findings, corrections, conclusion, confirmation (the
 * authority's oversight, samples and overview, is {@link Supervision}). Every state change is
 * audited in the same transaction ({@link AuditedChanges}); who may do what is {@link
 * AccessPolicy}'s.
 *
 * <p><b>Statuses.</b> Stored: {@code draft → submitted → in_verification → verified → confirmed}.
 * Read: {@code overdue} (a draft after its deadline, 31 March of the next year unless {@code
 * cocontrol.reporting.deadline} says otherwise) and {@code not_started} (a key emitter without a
 * report for the year, in listings and the overview only).
 *
 * <p><b>Enter once.</b> The data is one file per enterprise and year, shared by its ghg and permit
 * reports: uploading to either replaces the year's data for both (a submitted report keeps the data
 * of its versions). After submission the data can change only when the verifier asked for
 * corrections (a finding with {@code correction}); resubmitting then adds a version.
 *
 * <p>A demo loader drives the lifecycle through the same methods, with the callers it stands for.
 */
@Service
public class Reports implements VerifiedEmissions {

  /** Where a check, finding or explanation points. */
  public record Where(String facility, Integer month, String field) {
    static Where of(Location l) {
      return new Where(l.facility(), l.month(), l.field());
    }

    String key() {
      return ReportStore.locationKey(facility, month, field);
    }
  }

  /** A check as shown: its message in the request's language (both without one). */
  /**
   * One row of the data a report stands on, as the reader understood it (codes resolved, units
   * parsed): what a verifier or an authority reads to follow a check to its row.
   */
  public record DataRow(
      int row,
      String facility,
      int month,
      String source,
      String activity,
      double amount,
      String unit,
      Double ncv,
      String ncvUnit,
      Double carbonContent,
      String carbonContentUnit,
      Double oxidation,
      Double sulfurPct,
      Double ashPct,
      String lab,
      String reportNo,
      LocalDate sampleDate,
      LocalDate testDate,
      LocalDate reportDate) {

    static DataRow of(MonthlyEntry e) {
      var r = e.record();
      var lab = e.lab();
      return new DataRow(
          e.row(),
          e.facility(),
          e.month(),
          r.source(),
          r.activity(),
          r.amount(),
          r.unit().symbol(),
          r.ncv() == null ? null : r.ncv().value(),
          r.ncv() == null ? null : r.ncv().unit().toString(),
          r.carbonContent() == null ? null : r.carbonContent().value(),
          r.carbonContent() == null ? null : r.carbonContent().unit().toString(),
          r.oxidation(),
          r.sulfurPct(),
          r.ashPct(),
          lab == null ? null : lab.lab(),
          lab == null ? null : lab.reportNo(),
          lab == null ? null : lab.sampleDate(),
          lab == null ? null : lab.testDate(),
          lab == null ? null : lab.reportDate());
    }
  }

  public record CheckView(
      String code, String severity, String message, Where location, String explanation) {}

  public record FindingView(
      long id,
      String text,
      Where location,
      boolean correction,
      String status,
      String estimate,
      String createdBy,
      LocalDateTime createdAt) {}

  public record ExplanationView(
      String code, Where location, String text, String explainedBy, LocalDateTime explainedAt) {}

  /**
   * A report as the API shows it: the contract's {@code id, entityId, year, kind, status, totalsT,
   * checks, findings, verifiedT} and more.
   */
  public record ReportView(
      long id,
      String entityId,
      String entityName,
      String region,
      int year,
      String kind,
      String status,
      LocalDate deadline,
      Map<String, Double> totalsT,
      List<CheckView> checks,
      List<FindingView> findings,
      Map<String, Double> verifiedT,
      int versions,
      String verifier,
      boolean correctionRequested,
      String dataFile,
      Integer dataRows,
      List<ExplanationView> explanations,
      String opinion,
      String documentReview,
      String siteVisit,
      List<ApiError.Problem> warnings) {}

  /** One row of a listing; a key emitter without a report has no id ({@code not_started}). */
  public record Item(
      Long id,
      String entityId,
      String entityName,
      String region,
      int year,
      String kind,
      String status,
      LocalDate deadline,
      String verifier) {}

  public record VersionView(
      int number,
      String fileName,
      String parameterRelease,
      String gwpSet,
      Map<String, Double> totalsT,
      List<CheckView> checks,
      String submittedBy,
      LocalDateTime submittedAt) {}

  /** A finding settled in the conclusion: fixed, or not fixed with the conservative estimate. */
  public record Settled(Long id, String status, String estimate) {}

  /** The verifier's conclusion. */
  public record Conclusion(
      Map<String, Double> verifiedT,
      String opinion,
      String documentReview,
      String siteVisit,
      List<Settled> findings) {}

  /** The verified figures of a unit's GHG report, for its permit view. */
  public record Confirmed(long reportId, int year, String status, Map<String, Double> verifiedT) {}

  /** A check as a version keeps it. */
  record StoredCheck(
      String code,
      String severity,
      String zh,
      String en,
      String facility,
      Integer month,
      String field) {}

  static final List<String> STATUSES =
      List.of(
          "not_started",
          "draft",
          "overdue",
          "submitted",
          "in_verification",
          "verified",
          "confirmed");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Double>> TOTALS = new TypeReference<>() {};
  private static final TypeReference<List<StoredCheck>> CHECKS = new TypeReference<>() {};

  private final ReportStore store;
  private final EnterpriseStore enterprises;
  private final UserStore users;
  private final ReferenceData reference;
  private final PermitRegistry permits;
  private final ReportComputation computation;
  private final AuditedChanges changes;
  private final MonthDay deadline;
  private final int maxConsecutiveYears;
  private final Clock clock;

  Reports(
      ReportStore store,
      EnterpriseStore enterprises,
      UserStore users,
      ReferenceData reference,
      PermitRegistry permits,
      ReportComputation computation,
      AuditedChanges changes,
      @Value("${cocontrol.reporting.deadline:03-31}") String deadline,
      @Value("${cocontrol.reporting.max-consecutive-years:3}") int maxConsecutiveYears) {
    this.store = store;
    this.enterprises = enterprises;
    this.users = users;
    this.reference = reference;
    this.permits = permits;
    this.computation = computation;
    this.changes = changes;
    this.deadline = MonthDay.parse("--" + deadline.strip());
    this.maxConsecutiveYears = maxConsecutiveYears;
    this.clock = Clock.systemUTC();
  }

  // ------------------------------------------------------------------ the enterprise's steps

  /** Opens a draft report (201); an enterprise for itself, an authority within its jurisdiction. */
  public ReportView create(Caller c, String entityId, Integer year, String kind, String lang) {
    List<ApiError.Problem> bad = new ArrayList<>();
    if (entityId == null || entityId.isBlank()) {
      bad.add(field("entityId", entityId, Messages.text("error.required")));
    }
    if (year == null || year < 2000 || year > 2100) {
      bad.add(field("year", String.valueOf(year), Messages.text("report.year")));
    }
    ReportKind k = null;
    try {
      k = ReportKind.of(kind);
    } catch (IllegalArgumentException e) {
      bad.add(field("kind", kind, Messages.text("report.kind")));
    }
    if (!bad.isEmpty()) {
      throw rejected(bad);
    }
    EnterpriseStore.Registration reg = enterprises.registrations().get(entityId.strip());
    EnterpriseStore.Enterprise e = reg == null ? null : enterprises.find(reg.id()).orElse(null);
    if (e == null || (!AccessPolicy.mayCreateReport(c, e) && !AccessPolicy.maySee(c, e))) {
      throw BadRequestException.notFound(Messages.text("report.entity", entityId));
    }
    if (!AccessPolicy.mayCreateReport(c, e)) {
      throw BadRequestException.forbidden(Messages.text("access.reportCreate"));
    }
    ReportKind kindOf = k;
    int y = year;
    if (store.find(e.id(), y, kindOf.code()).isPresent()) {
      throw conflict(Messages.text("report.exists", e.code(), y, kindOf.code()));
    }
    LocalDateTime now = now();
    long id =
        changes.run(
            c.username(),
            "REPORT_CREATE",
            rid -> "report " + rid,
            e.region(),
            () ->
                store.create(
                    e.id(),
                    e.code(),
                    e.region(),
                    y,
                    kindOf.code(),
                    deadline.atYear(y + 1),
                    c.username(),
                    now),
            rid -> e.code() + " " + y + " " + kindOf.code());
    return view(load(id), lang, List.of());
  }

  /**
   * Replaces the year's data of the report's enterprise (shared by its reports of the year) with an
   * uploaded file: 400 with every problem located, nothing changed, when anything is wrong.
   */
  public ReportView upload(Caller c, long id, String fileName, byte[] content, String lang) {
    ReportStore.Report r = visible(c, id);
    if (!AccessPolicy.mayEnterReportData(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.reportData"));
    }
    if (!open(r)) {
      throw conflict(Messages.text("report.closed"));
    }
    String name = fileName == null || fileName.isBlank() ? "data.csv" : fileName;
    ReportDataReader.ReportData read = read(r, name, content);
    List<ApiError.Problem> problems = new ArrayList<>();
    read.errors().forEach(p -> problems.add(ApiError.Problem.of(p)));
    problems.addAll(unknownFacilities(r, read.entries(), name));
    if (!problems.isEmpty()) {
      throw rejected(problems);
    }
    changes.run(
        c.username(),
        "REPORT_DATA",
        "report " + id,
        r.region(),
        () -> {
          store.saveData(
              new ReportStore.Data(
                  r.enterpriseId(),
                  r.year(),
                  name,
                  content,
                  read.entries().size(),
                  c.username(),
                  now()));
          return read.entries().size();
        },
        n -> name + ": " + n + " rows, " + r.entityCode() + " " + r.year());
    return view(load(id), lang, read.warnings().stream().map(ApiError.Problem::of).toList());
  }

  /** Explains a warning at a location (the enterprise); the warning then no longer blocks. */
  public ReportView explain(Caller c, long id, String code, Where where, String text, String lang) {
    ReportStore.Report r = visible(c, id);
    if (!AccessPolicy.mayReport(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.reportSubmit"));
    }
    if (!open(r)) {
      throw conflict(Messages.text("report.closed"));
    }
    Where at = where == null ? new Where(null, null, null) : where;
    if (text == null || text.isBlank()) {
      throw rejected(List.of(field("text", text, Messages.text("error.required"))));
    }
    boolean fired =
        result(r).checks().stream()
            .anyMatch(
                k ->
                    k.severity() == Severity.WARNING
                        && k.code().equals(code)
                        && Where.of(k.location()).key().equals(at.key()));
    if (!fired) {
      throw rejected(List.of(field("code", code, Messages.text("report.noSuchWarning", code))));
    }
    changes.run(
        c.username(),
        "REPORT_EXPLAIN",
        "report " + id,
        code + " @ " + at.key(),
        r.region(),
        () ->
            store.explain(
                new ReportStore.Explanation(
                    0,
                    id,
                    code,
                    at.facility(),
                    at.month(),
                    at.field(),
                    text.strip(),
                    c.username(),
                    now())));
    return view(load(id), lang, List.of());
  }

  /**
   * Submits: a new immutable version with the data, the parameter release, the GWP set, totals and
   * checks; 422 listing the blocking checks (errors, and warnings without an explanation).
   */
  public ReportView submit(Caller c, long id, String lang) {
    ReportStore.Report r = visible(c, id);
    if (!AccessPolicy.mayReport(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.reportSubmit"));
    }
    if (!open(r)) {
      throw conflict(Messages.text("report.closed"));
    }
    Optional<ReportStore.Data> data = store.data(r.enterpriseId(), r.year());
    ReportResult result = result(r);
    List<Check> blocking = blocking(result.checks(), store.explanations(id));
    if (!blocking.isEmpty()) {
      throw new BadRequestException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          new ApiError(
              Messages.text("report.blocked", blocking.size()),
              blocking.stream().map(Reports::problem).toList()));
    }
    String next = r.verifier() != null ? "in_verification" : "submitted";
    LocalDateTime now = now();
    ReportStore.Data d = data.orElseThrow(); // no data is a blocking check
    int n =
        changes.run(
            c.username(),
            "REPORT_SUBMIT",
            "report " + id,
            r.region(),
            () -> {
              int v =
                  store.addVersion(
                      new ReportStore.Version(
                          id,
                          0,
                          d.fileName(),
                          d.content(),
                          reference.parameters().release(),
                          computation.gwpSet(),
                          JSON.writeValueAsString(totals(result)),
                          JSON.writeValueAsString(stored(result.checks())),
                          c.username(),
                          now));
              store.setStatus(id, next, false, now);
              return v;
            },
            v -> "version " + v + ", " + totals(result));
    return view(load(id), lang, List.of());
  }

  // ------------------------------------------------------------------ the authority's steps

  /**
   * Assigns a verifier (an authority whose jurisdiction holds the report); refused (409) when the
   * verifier has a conflict with the enterprise or verified it the last {@code
   * cocontrol.reporting.max-consecutive-years} years already.
   */
  public ReportView assign(Caller c, long id, String verifier, String lang) {
    ReportStore.Report r = visible(c, id);
    if (!AccessPolicy.maySupervise(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.reportSupervise"));
    }
    if (!r.status().equals("submitted") && !r.status().equals("in_verification")) {
      throw conflict(Messages.text("report.notSubmitted"));
    }
    UserStore.User v = verifierUser(verifier);
    if (store.hasConflict(v.username(), r.enterpriseId())) {
      throw conflict(Messages.text("report.conflict", v.username(), r.entityCode()));
    }
    int run = consecutiveBefore(store.yearsVerified(v.username(), r.enterpriseId()), r.year());
    if (run >= maxConsecutiveYears) {
      throw conflict(
          Messages.text("report.consecutive", v.username(), r.entityCode(), maxConsecutiveYears));
    }
    changes.run(
        c.username(),
        "REPORT_ASSIGN",
        "report " + id,
        "verifier " + v.username(),
        r.region(),
        () -> store.assign(id, v.username(), c.username(), now()));
    return view(load(id), lang, List.of());
  }

  /**
   * Extends a draft's deadline to {@code deadline} (ISO date; an authority whose jurisdiction holds
   * the report), e.g. for an enterprise given time to correct what the checks caught: the draft
   * reads {@code draft}, not {@code overdue}, until then. 400 for a date that is not one or not
   * after the current deadline, 409 once submitted.
   */
  public ReportView extend(Caller c, long id, String deadline, String lang) {
    ReportStore.Report r = visible(c, id);
    if (!AccessPolicy.maySupervise(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.reportSupervise"));
    }
    if (!r.status().equals("draft")) {
      throw conflict(Messages.text("report.closed"));
    }
    LocalDate until = null;
    try {
      until = deadline == null ? null : LocalDate.parse(deadline.strip());
    } catch (java.time.format.DateTimeParseException e) {
      // reported below, located
    }
    if (until == null || !until.isAfter(r.deadline())) {
      throw rejected(
          List.of(field("deadline", deadline, Messages.text("report.extension", r.deadline()))));
    }
    LocalDate to = until;
    changes.run(
        c.username(),
        "REPORT_EXTEND",
        "report " + id,
        "deadline " + r.deadline() + " → " + to,
        r.region(),
        () -> store.setDeadline(id, to, now()));
    return view(load(id), lang, List.of());
  }

  /** Confirms the verified figures (an authority): they become the figures of record. */
  public ReportView confirm(Caller c, long id, String lang) {
    ReportStore.Report r = visible(c, id);
    if (!AccessPolicy.maySupervise(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.reportSupervise"));
    }
    if (!r.status().equals("verified")) {
      throw conflict(Messages.text("report.notVerified"));
    }
    changes.run(
        c.username(),
        "REPORT_CONFIRM",
        "report " + id,
        "verified " + r.verifiedT(),
        r.region(),
        () -> store.confirm(id, c.username(), now()));
    return view(load(id), lang, List.of());
  }

  // ------------------------------------------------------------------ the verifier's steps

  /** Records a finding (不符合项) at a location; with {@code correction} it asks for corrections. */
  public ReportView finding(
      Caller c, long id, String text, Where where, boolean correction, String lang) {
    ReportStore.Report r = visible(c, id);
    if (!AccessPolicy.mayVerify(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.reportVerify"));
    }
    if (!r.status().equals("in_verification")) {
      throw conflict(Messages.text("report.notInVerification"));
    }
    if (text == null || text.isBlank()) {
      throw rejected(List.of(field("text", text, Messages.text("error.required"))));
    }
    Where at = where == null ? new Where(null, null, null) : where;
    if (at.month() != null && (at.month() < 1 || at.month() > 12)) {
      throw rejected(
          List.of(
              field("location.month", String.valueOf(at.month()), Messages.text("report.month"))));
    }
    LocalDateTime now = now();
    changes.run(
        c.username(),
        "REPORT_FINDING",
        fid -> "report " + id,
        r.region(),
        () ->
            store.addFinding(
                new ReportStore.Finding(
                    0,
                    id,
                    text.strip(),
                    at.facility(),
                    at.month(),
                    at.field(),
                    correction,
                    "open",
                    null,
                    c.username(),
                    now,
                    now)),
        fid -> "finding " + fid + (correction ? " (correction requested)" : "") + " @ " + at.key());
    return view(load(id), lang, List.of());
  }

  /**
   * The conclusion (the assigned verifier): document review and site visit, verified tonnes per
   * substance, and every finding not yet fixed settled as fixed or with the conservative estimate
   * used (422 listing those left unsettled).
   */
  public ReportView conclude(Caller c, long id, Conclusion body, String lang) {
    ReportStore.Report r = visible(c, id);
    if (!AccessPolicy.mayVerify(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.reportVerify"));
    }
    if (!r.status().equals("in_verification")) {
      throw conflict(Messages.text("report.notInVerification"));
    }
    List<ApiError.Problem> bad = new ArrayList<>();
    Map<String, Double> verified = new TreeMap<>();
    if (body == null || body.verifiedT() == null || body.verifiedT().isEmpty()) {
      bad.add(field("verifiedT", null, Messages.text("error.required")));
    } else {
      body.verifiedT()
          .forEach(
              (k, v) -> {
                Optional<Substance> s = Substance.parse(k);
                if (s.isEmpty()) {
                  bad.add(field("verifiedT." + k, k, Messages.text("report.substance", k)));
                } else if (v == null || !Double.isFinite(v) || v < 0) {
                  bad.add(
                      field("verifiedT." + k, String.valueOf(v), Messages.text("report.tonnes")));
                } else {
                  verified.put(s.get().code(), v);
                }
              });
    }
    Map<Long, Settled> settled = new LinkedHashMap<>();
    if (body != null && body.findings() != null) {
      for (int i = 0; i < body.findings().size(); i++) {
        Settled s = body.findings().get(i);
        String at = "findings[" + i + "]";
        if (s == null || s.id() == null) {
          bad.add(field(at + ".id", null, Messages.text("error.required")));
        } else if (!"fixed".equals(s.status()) && !"estimated".equals(s.status())) {
          bad.add(field(at + ".status", s.status(), Messages.text("report.findingStatus")));
        } else if ("estimated".equals(s.status())
            && (s.estimate() == null || s.estimate().isBlank())) {
          bad.add(field(at + ".estimate", s.estimate(), Messages.text("report.estimate")));
        } else {
          settled.put(s.id(), s);
        }
      }
    }
    if (!bad.isEmpty()) {
      throw rejected(bad);
    }
    List<ReportStore.Finding> findings = store.findings(id);
    Set<Long> ids = new HashSet<>();
    findings.forEach(f -> ids.add(f.id()));
    List<ApiError.Problem> unsettled = new ArrayList<>();
    for (Long k : settled.keySet()) {
      if (!ids.contains(k)) {
        unsettled.add(
            field("findings", String.valueOf(k), Messages.text("report.noSuchFinding", k)));
      }
    }
    for (ReportStore.Finding f : findings) {
      if (f.status().equals("open") && !settled.containsKey(f.id())) {
        unsettled.add(
            field("findings", String.valueOf(f.id()), Messages.text("report.findingOpen", f.id())));
      }
    }
    if (!unsettled.isEmpty()) {
      throw new BadRequestException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          new ApiError(Messages.text("report.unsettled", unsettled.size()), unsettled));
    }
    LocalDateTime now = now();
    String verifiedJson = JSON.writeValueAsString(verified);
    changes.run(
        c.username(),
        "REPORT_CONCLUDE",
        "report " + id,
        "verified " + verifiedJson + ", findings settled " + settled.keySet(),
        r.region(),
        () -> {
          settled
              .values()
              .forEach(
                  s ->
                      store.settleFinding(
                          s.id(),
                          s.status(),
                          "fixed".equals(s.status()) ? null : s.estimate().strip(),
                          now));
          store.conclude(
              id,
              verifiedJson,
              trim(body.opinion()),
              trim(body.documentReview()),
              trim(body.siteVisit()),
              c.username(),
              now);
        });
    return view(load(id), lang, List.of());
  }

  // ------------------------------------------------------------------ reading

  public ReportView get(Caller c, long id, String lang) {
    return view(visible(c, id), lang, List.of());
  }

  /**
   * The reports the caller may see, by year, status and region; with a year, the key emitters of an
   * authority's region (or the enterprise itself) without a report appear as {@code not_started}.
   */
  public List<Item> list(Caller c, Integer year, String status, Adcode region) {
    if (status != null && !STATUSES.contains(status)) {
      throw rejected(
          List.of(
              field(
                  "status", status, Messages.text("report.status", String.join(", ", STATUSES)))));
    }
    if (region != null && AccessPolicy.isAuthority(c) && !AccessPolicy.mayRead(c, region)) {
      throw BadRequestException.forbidden(Messages.text("access.regionOutside", region));
    }
    ReportStore.Filter filter =
        AccessPolicy.reportFilter(c, year, null, region)
            .orElseThrow(() -> BadRequestException.forbidden(Messages.text("access.reports")));
    List<Item> items = items(filter, year != null && !AccessPolicy.isVerifier(c));
    return status == null ? items : items.stream().filter(i -> i.status().equals(status)).toList();
  }

  public List<VersionView> versions(Caller c, long id, String lang) {
    visible(c, id);
    return store.versions(id).stream().map(v -> version(v, lang)).toList();
  }

  public VersionView version(Caller c, long id, int n, String lang) {
    visible(c, id);
    return store
        .version(id, n)
        .map(v -> version(v, lang))
        .orElseThrow(() -> BadRequestException.notFound(Messages.text("report.version", id, n)));
  }

  /**
   * The verified figures and status of a unit's GHG report of a year once verified or confirmed,
   * for its permit view; empty before.
   */
  public Optional<Confirmed> latestConfirmed(String entityCode, int year) {
    EnterpriseStore.Registration reg = enterprises.registrations().get(entityCode);
    if (reg == null) {
      return Optional.empty();
    }
    return store
        .find(reg.id(), year, ReportKind.GHG.code())
        .filter(r -> r.status().equals("verified") || r.status().equals("confirmed"))
        .map(r -> new Confirmed(r.id(), r.year(), r.status(), totalsOf(r.verifiedT())));
  }

  /** The latest year's verified or confirmed GHG report of an entity, for its permit view. */
  @Override
  public Optional<VerifiedEmissions.Verified> latest(String entityCode) {
    EnterpriseStore.Registration reg = enterprises.registrations().get(entityCode);
    if (reg == null) {
      return Optional.empty();
    }
    return store.list(new ReportStore.Filter(null, null, null, reg.id(), null)).stream()
        .filter(r -> r.kind().equals(ReportKind.GHG.code()))
        .filter(r -> r.status().equals("verified") || r.status().equals("confirmed"))
        .max(java.util.Comparator.comparingInt(ReportStore.Report::year))
        .map(
            r ->
                new VerifiedEmissions.Verified(
                    r.id(), r.year(), r.status(), totalsOf(r.verifiedT())));
  }

  // ------------------------------------------------------------------ rules

  /**
   * The checks that block submission: every error, and every warning without an explanation at its
   * code and location.
   */
  static List<Check> blocking(List<Check> checks, List<ReportStore.Explanation> explanations) {
    Set<String> explained = new HashSet<>();
    explanations.forEach(
        e ->
            explained.add(
                e.code() + "@" + ReportStore.locationKey(e.facility(), e.month(), e.field())));
    return checks.stream()
        .filter(
            k ->
                k.severity() == Severity.ERROR
                    || !explained.contains(k.code() + "@" + Where.of(k.location()).key()))
        .toList();
  }

  /** How many years in a row before {@code year} the verifier concluded the enterprise's report. */
  static int consecutiveBefore(List<Integer> years, int year) {
    Set<Integer> done = new HashSet<>(years);
    int run = 0;
    while (done.contains(year - 1 - run)) {
      run++;
    }
    return run;
  }

  /** The status a report shows: a draft after its deadline is overdue. */
  String status(ReportStore.Report r) {
    return r.status().equals("draft") && LocalDate.now(clock).isAfter(r.deadline())
        ? "overdue"
        : r.status();
  }

  /** Whether the data may change: a draft, or a report whose verifier asked for corrections. */
  private static boolean open(ReportStore.Report r) {
    return r.status().equals("draft")
        || r.correctionRequested()
            && !r.status().equals("verified")
            && !r.status().equals("confirmed");
  }

  // ------------------------------------------------------------------ computing

  /**
   * The report computed now from the year's data (a draft, or a report opened for corrections), or
   * as its latest version was submitted.
   */
  private ReportResult result(ReportStore.Report r) {
    return compute(r, entries(r));
  }

  private ReportResult compute(ReportStore.Report r, List<MonthlyEntry> entries) {
    return compute(input(r, entries));
  }

  /** What a report is computed from: its enterprise, facilities, permit of the year, its data. */
  private ReportInput input(ReportStore.Report r, List<MonthlyEntry> entries) {
    EnterpriseStore.Enterprise e = enterprises.find(r.enterpriseId()).orElseThrow();
    ReportKind kind = ReportKind.of(r.kind());
    ReportKind other = kind == ReportKind.GHG ? ReportKind.PERMIT : ReportKind.GHG;
    List<MonthlyEntry> otherEntries =
        store.find(r.enterpriseId(), r.year(), other.code()).map(this::entries).orElse(null);
    return new ReportInput(
        r.entityCode(),
        r.region(),
        r.year(),
        kind,
        e.industry(),
        permits.facilities(r.entityCode()),
        permits.permit(r.entityCode(), r.year()).orElse(null),
        entries,
        otherEntries);
  }

  private ReportResult compute(ReportInput input) {
    ReportResult computed = computation.compute(input);
    if (!input.entries().isEmpty()) {
      return computed;
    }
    // Submitting nothing is not a report: the one check the server adds to the core's.
    List<Check> checks = new ArrayList<>(computed.checks());
    checks.add(
        0,
        new Check(
            "data.missing",
            Severity.ERROR,
            new Message(Messages.zh("report.check.noData"), Messages.en("report.check.noData")),
            Location.REPORT));
    return new ReportResult(
        computed.totalsT(),
        computed.lines(),
        checks,
        computed.guideline(),
        computed.facilities(),
        computed.whole(),
        computed.products(),
        computed.outlets());
  }

  /**
   * The rows the report stands on (its latest version once submitted and closed, else the year's
   * data), for whoever may see the report.
   */
  public List<DataRow> rows(Caller c, long id) {
    return entries(visible(c, id)).stream().map(DataRow::of).toList();
  }

  /**
   * The report's tables as xlsx ({@link ReportWorkbook}): of its data as it stands for a draft, of
   * its latest version once submitted.
   */
  public byte[] tables(Caller c, long id) {
    ReportStore.Report r = visible(c, id);
    ReportInput input = input(r, entries(r));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      ReportWorkbook.write(input, compute(input), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The data a report stands on: its latest version once submitted and closed, else the year's. */
  private List<MonthlyEntry> entries(ReportStore.Report r) {
    if (!open(r)) {
      List<ReportStore.Version> vs = store.versions(r.id());
      if (!vs.isEmpty()) {
        ReportStore.Version v = vs.get(vs.size() - 1);
        return read(r, v.fileName(), v.content()).entries();
      }
    }
    return store
        .data(r.enterpriseId(), r.year())
        .map(d -> read(r, d.fileName(), d.content()).entries())
        .orElse(List.of());
  }

  private ReportDataReader.ReportData read(ReportStore.Report r, String name, byte[] content) {
    TableFormat format;
    try {
      format = TableFormat.of(java.nio.file.Path.of(name));
    } catch (IllegalArgumentException e) { // also an InvalidPathException (a NUL in the name)
      throw rejected(List.of(new ApiError.Problem(null, "file", name, name, e.getMessage())));
    }
    try {
      return new ReportDataReader(reference.classification(), reference.regions())
          .read(
              name,
              new ByteArrayInputStream(content),
              format,
              new ReportDataReader.Frame(r.entityCode(), r.region(), r.year()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rows naming a facility the enterprise does not have, when its facilities are registered (with
   * none registered, any facility code is taken as written).
   */
  private List<ApiError.Problem> unknownFacilities(
      ReportStore.Report r, List<MonthlyEntry> entries, String name) {
    List<Facility> known = permits.facilities(r.entityCode());
    if (known.isEmpty()) {
      return List.of();
    }
    Set<String> codes = new HashSet<>();
    known.forEach(f -> codes.add(f.code()));
    List<ApiError.Problem> out = new ArrayList<>();
    for (MonthlyEntry e : entries) {
      if (!codes.contains(e.facility())) {
        out.add(
            ApiError.Problem.of(
                ImportProblem.error(
                    new Place((long) e.row(), name + " row " + e.row()),
                    "facility",
                    e.facility(),
                    Messages.text(
                        "report.unknownFacility", e.facility(), String.join(", ", codes)))));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ views

  private ReportView view(ReportStore.Report r, String lang, List<ApiError.Problem> warnings) {
    EnterpriseStore.Enterprise e = enterprises.find(r.enterpriseId()).orElseThrow();
    List<ReportStore.Version> versions = store.versions(r.id());
    List<ReportStore.Explanation> explanations = store.explanations(r.id());
    Map<String, String> explained = new java.util.HashMap<>();
    explanations.forEach(
        x ->
            explained.put(
                x.code() + "@" + ReportStore.locationKey(x.facility(), x.month(), x.field()),
                x.text()));
    Map<String, Double> totals;
    List<CheckView> checks;
    if (!open(r) && !versions.isEmpty()) {
      ReportStore.Version v = versions.get(versions.size() - 1);
      totals = totalsOf(v.totalsT());
      checks = checksOf(v.checks(), lang, explained);
    } else {
      ReportResult result = result(r);
      totals = totals(result);
      checks =
          result.checks().stream()
              .map(
                  k ->
                      checkView(
                          k.code(),
                          k.severity().code(),
                          k.message(),
                          Where.of(k.location()),
                          lang,
                          explained))
              .toList();
    }
    Optional<ReportStore.Data> data = store.data(r.enterpriseId(), r.year());
    return new ReportView(
        r.id(),
        r.entityCode(),
        e.nameZh(),
        r.region().toString(),
        r.year(),
        r.kind(),
        status(r),
        r.deadline(),
        totals,
        checks,
        store.findings(r.id()).stream()
            .map(
                f ->
                    new FindingView(
                        f.id(),
                        f.text(),
                        new Where(f.facility(), f.month(), f.field()),
                        f.correction(),
                        f.status(),
                        f.estimate(),
                        f.createdBy(),
                        f.createdAt()))
            .toList(),
        r.verifiedT() == null ? null : totalsOf(r.verifiedT()),
        versions.size(),
        r.verifier(),
        r.correctionRequested(),
        data.map(ReportStore.Data::fileName).orElse(null),
        data.map(ReportStore.Data::rows).orElse(null),
        explanations.stream()
            .map(
                x ->
                    new ExplanationView(
                        x.code(),
                        new Where(x.facility(), x.month(), x.field()),
                        x.text(),
                        x.explainedBy(),
                        x.explainedAt()))
            .toList(),
        r.opinion(),
        r.documentReview(),
        r.siteVisit(),
        warnings);
  }

  private VersionView version(ReportStore.Version v, String lang) {
    return new VersionView(
        v.number(),
        v.fileName(),
        v.parameterRelease(),
        v.gwpSet(),
        totalsOf(v.totalsT()),
        checksOf(v.checks(), lang, Map.of()),
        v.submittedBy(),
        v.submittedAt());
  }

  private static CheckView checkView(
      String code,
      String severity,
      Message m,
      Where at,
      String lang,
      Map<String, String> explained) {
    String text = Messages.requested(lang).map(m::in).orElse(m.toString());
    return new CheckView(code, severity, text, at, explained.get(code + "@" + at.key()));
  }

  private static List<CheckView> checksOf(String json, String lang, Map<String, String> explained) {
    return JSON.readValue(json, CHECKS).stream()
        .map(
            k ->
                checkView(
                    k.code(),
                    k.severity(),
                    new Message(k.zh(), k.en()),
                    new Where(k.facility(), k.month(), k.field()),
                    lang,
                    explained))
        .toList();
  }

  List<Item> items(ReportStore.Filter filter, boolean withNotStarted) {
    List<Item> out = new ArrayList<>();
    Map<Long, String> names = new java.util.HashMap<>();
    Set<Long> reporting = new HashSet<>();
    for (ReportStore.Report r : store.list(filter)) {
      reporting.add(r.enterpriseId());
      String name =
          names.computeIfAbsent(
              r.enterpriseId(),
              id -> enterprises.find(id).map(EnterpriseStore.Enterprise::nameZh).orElse(""));
      out.add(
          new Item(
              r.id(),
              r.entityCode(),
              name,
              r.region().toString(),
              r.year(),
              r.kind(),
              status(r),
              r.deadline(),
              r.verifier()));
    }
    if (withNotStarted && filter.year() != null && filter.verifier() == null) {
      List<EnterpriseStore.Enterprise> emitters =
          filter.enterpriseId() != null
              ? enterprises.find(filter.enterpriseId()).stream().toList()
              : enterprises
                  .search(
                      null,
                      filter.within() == null ? Adcode.NATION : filter.within(),
                      null,
                      0,
                      100_000)
                  .items();
      for (EnterpriseStore.Enterprise e : emitters) {
        if (e.keyEmitter() && !reporting.contains(e.id())) {
          out.add(
              new Item(
                  null,
                  e.code(),
                  e.nameZh(),
                  e.region().toString(),
                  filter.year(),
                  null,
                  "not_started",
                  deadline.atYear(filter.year() + 1),
                  null));
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ helpers

  private ReportStore.Report visible(Caller c, long id) {
    return store
        .find(id)
        .filter(r -> AccessPolicy.maySeeReport(c, r))
        .orElseThrow(() -> BadRequestException.notFound(Messages.text("report.report", id)));
  }

  private ReportStore.Report load(long id) {
    return store.find(id).orElseThrow();
  }

  UserStore.User verifierUser(String username) {
    return Optional.ofNullable(username)
        .flatMap(u -> users.find(u.strip()))
        .filter(u -> u.role().equals("VERIFIER"))
        .orElseThrow(
            () ->
                rejected(
                    List.of(
                        field(
                            "verifier", username, Messages.text("report.noVerifier", username)))));
  }

  private static Map<String, Double> totals(ReportResult r) {
    Map<String, Double> out = new TreeMap<>();
    r.totalsT().forEach((s, t) -> out.put(s.code(), t));
    return out;
  }

  private static Map<String, Double> totalsOf(String json) {
    return new TreeMap<>(JSON.readValue(json, TOTALS));
  }

  private static List<StoredCheck> stored(List<Check> checks) {
    return checks.stream()
        .map(
            k ->
                new StoredCheck(
                    k.code(),
                    k.severity().code(),
                    k.message().zh(),
                    k.message().en(),
                    k.location().facility(),
                    k.location().month(),
                    k.location().field()))
        .toList();
  }

  /** A blocking check as a problem of the 422 answer: its code, field and location. */
  private static ApiError.Problem problem(Check k) {
    Location l = k.location();
    List<String> at = new ArrayList<>();
    if (l.facility() != null) {
      at.add(l.facility());
    }
    if (l.month() != null) {
      at.add(l.month() + "月");
    }
    if (l.field() != null) {
      at.add(l.field());
    }
    return new ApiError.Problem(
        l.month(), l.field(), String.join(" · ", at), k.code(), k.message().toString());
  }

  static ApiError.Problem field(String name, String value, String message) {
    return new ApiError.Problem(null, name, name, value, message);
  }

  static BadRequestException rejected(List<ApiError.Problem> problems) {
    return new BadRequestException(
        HttpStatus.BAD_REQUEST,
        new ApiError(Messages.text("report.rejected", problems.size()), problems));
  }

  static BadRequestException conflict(String message) {
    return new BadRequestException(HttpStatus.CONFLICT, ApiError.of(message));
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
