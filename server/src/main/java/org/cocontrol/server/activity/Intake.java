package org.cocontrol.server.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingException;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.accounting.ShapeAccountant;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.io.ActivityImport;
import org.cocontrol.io.ActivityReader;
import org.cocontrol.io.ImportProblem;
import org.cocontrol.io.Place;
import org.cocontrol.io.TableFormat;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.Ledger;
import org.cocontrol.store.UploadStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The one way reported data enters, changes or leaves the ledger: read → check → authorise →
 * account → store → audit, in one transaction, for file and JSON uploads, the demo data,
 * withdrawals and re-accounting. Files, JSON and the shipped demo files are read here by io's one
 * activity reader, so every source meets the same row checks, and every problem keeps the row and
 * column the reader found it at. Nothing is stored unless all of it is acceptable; the audit row
 * commits with the change it records, or neither does.
 */
@Service
public class Intake {

  /** One emission line of an accepted record, as echoed in the answer. */
  public record Line(
      String substance, double amountT, String scope, String method, String provenance) {}

  /** An accepted record with its lines. */
  public record Accounted(
      String recordId,
      String entityId,
      String region,
      int year,
      String source,
      String activity,
      List<Line> emissions) {}

  /**
   * The answer to an accepted upload. {@code uploadId} is null when every record equalled the
   * ledger's current value: then nothing was stored. {@code totalsT} and {@code results} cover
   * every record of the file, changed or not; {@code results} lists the first {@link #ECHOED}.
   */
  public record Accepted(
      Long uploadId,
      String message,
      int records,
      int added,
      int revised,
      int unchanged,
      String parameterRelease,
      String gwpSet,
      Map<String, Double> totalsT,
      List<ApiError.Problem> warnings,
      int resultsShown,
      List<Accounted> results) {}

  /** The result versions after re-accounting. */
  public record Version(long versionCount, String parameterRelease, String gwpSet) {}

  /** What withdrawing an upload did. */
  public record Withdrawn(long uploadId, int withdrawn, int restored, String message) {}

  /**
   * How many records' full results an answer carries; a million-row upload should not echo a
   * gigabyte of provenance.
   */
  static final int ECHOED = 1000;

  /** The longest withdrawal reason kept (upload.withdraw_reason). */
  static final int MAX_REASON = 500;

  private final ReferenceData reference;
  private final Accountant accountant;
  private final Ledger ledger;
  private final UploadStore uploads;
  private final EnterpriseStore enterprises;
  private final AuditedChanges changes;
  private final LandfillSites landfills;

  Intake(
      ReferenceData reference,
      Accountant accountant,
      Ledger ledger,
      UploadStore uploads,
      EnterpriseStore enterprises,
      AuditedChanges changes) {
    this.reference = reference;
    this.accountant = accountant;
    this.ledger = ledger;
    this.uploads = uploads;
    this.enterprises = enterprises;
    this.changes = changes;
    this.landfills = new LandfillSites(reference, accountant, ledger);
  }

  /**
   * Reads and stores an uploaded CSV or xlsx file; the format is the file name's. See {@link
   * #submit(String, Upload, Caller)}.
   */
  public Accepted submitFile(String fileName, InputStream content, Caller caller)
      throws IOException {
    TableFormat format;
    try {
      format = TableFormat.of(java.nio.file.Path.of(fileName));
    } catch (IllegalArgumentException e) { // also an InvalidPathException (a NUL in the name)
      throw rejected(
          List.of(new ApiError.Problem(null, "file", fileName, fileName, e.getMessage())));
    }
    // read while it is stored: the records go into the ledger chunk by chunk and are never all in
    // memory
    return submit(fileName, each -> reader().read(fileName, content, format, each), caller);
  }

  /**
   * Reads and stores a JSON array of records (the file's columns as keys): the same checks, rows
   * counted from 1.
   */
  public Accepted submitJson(List<? extends Map<String, ?>> records, Caller caller) {
    ActivityImport imported = reader().read(records);
    try {
      return submit(
          "api.json",
          each -> {
            for (int i = 0; i < imported.records().size(); i++) {
              each.accept(imported.records().get(i), imported.locations().get(i));
            }
            return imported;
          },
          caller);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // read already: nothing can fail to be read here
    }
  }

  /**
   * An upload being read: hands each valid record, with its place, to {@code each}, and returns the
   * problems.
   */
  @FunctionalInterface
  private interface Upload {
    ActivityImport read(BiConsumer<ActivityRecord, Place> each) throws IOException;
  }

  /**
   * Stores what is read: rejected whole (400) with every problem located when anything is wrong
   * with it, refused (403) when any record is outside what the caller may report, otherwise
   * accounted, stored as facts (a record already in the ledger is revised, an identical one left
   * alone) and audited. Records are authorised, accounted and stored while the file is read, in the
   * upload's one transaction, so memory holds a chunk of them, not the file; a problem found later
   * (a bad row, a refused record) rolls everything back. Problems in reading come first, then
   * refusals; a record that cannot be accounted stops the upload at once.
   */
  private Accepted submit(String fileName, Upload upload, Caller caller) throws IOException {
    Map<String, EnterpriseStore.Registration> registered = enterprises.registrations();
    List<ApiError.Problem> denied = new ArrayList<>();
    // the records handed to the ledger and not yet accounted (at most a chunk), with their places
    // in the file
    Map<ActivityRecord, Place> located = new IdentityHashMap<>();
    ActivityImport[] read = new ActivityImport[1];
    Adcode[] about = new Adcode[1];
    int[] count = new int[1];
    Ledger.Records records =
        each -> {
          try {
            read[0] =
                upload.read(
                    (r, at) -> {
                      count[0]++;
                      about[0] = around(about[0], r.region());
                      Optional<AccessPolicy.Refusal> why =
                          AccessPolicy.reportRefusal(
                              caller, r.region(), registered.get(r.entityId()));
                      if (why.isPresent()) {
                        boolean entity = why.get() == AccessPolicy.Refusal.ENTITY;
                        denied.add(
                            problem(
                                at,
                                entity ? "entity_id" : "region",
                                entity ? r.entityId() : r.region().toString(),
                                entity
                                    ? "无权为单位 "
                                        + r.entityId()
                                        + " 报送数据 / you may not report for entity "
                                        + r.entityId()
                                    : "无权向地区 "
                                        + r.region()
                                        + " 报送数据 / you may not report into region "
                                        + r.region()));
                      }
                      if (denied.isEmpty()) {
                        located.put(r, at);
                        each.accept(r);
                      }
                    });
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (!read[0].isValid()) {
            throw rejected(read[0].errors().stream().map(Intake::problem).toList());
          }
          if (!denied.isEmpty()) {
            throw new BadRequestException(
                HttpStatus.FORBIDDEN,
                new ApiError("无权报送, 未保存任何数据 / not allowed, nothing stored", denied));
          }
        };
    List<ApiError.Problem> implausible = new ArrayList<>();
    // each record shape of the upload accounted once, its records' lines scaled by their amounts
    ShapeAccountant shapes = new ShapeAccountant(accountant);
    Function<ActivityRecord, RecordResult> account =
        r -> {
          Place at = located.remove(r);
          RecordResult result;
          try {
            result = shapes.account(r);
          } catch (AccountingException e) {
            throw new BadRequestException(
                HttpStatus.BAD_REQUEST,
                new ApiError(
                    "1 处错误, 未保存任何数据 / 1 error, nothing stored",
                    List.of(
                        problem(
                            at,
                            e.field(),
                            "",
                            "无法核算：" + e.getMessage() + " / cannot account: " + e.getMessage()))));
          }
          for (EmissionLine l : result.lines()) {
            reference
                .classification()
                .plausibility()
                .exceeded(l.substance(), l.tonnes())
                .ifPresent(
                    b ->
                        implausible.add(
                            problem(
                                at,
                                "amount",
                                String.valueOf(r.amount()),
                                "核算得到 "
                                    + l.substance().code()
                                    + " "
                                    + l.tonnes()
                                    + " t，超出合理上限 "
                                    + b.text()
                                    + "，请检查活动水平和实测参数"
                                    + " / gives "
                                    + l.tonnes()
                                    + " t of "
                                    + l.substance().code()
                                    + ", above the plausible maximum of "
                                    + b.text()
                                    + "; check the amount and the measured parameters")));
          }
          return result;
        };
    Map<String, Double> totals = new TreeMap<>();
    List<Accounted> echoed = new ArrayList<>();
    Ledger.Stamp stamp = stamp("upload");
    Ledger.Saved saved;
    try {
      saved =
          audited(
              caller.username(),
              "UPLOAD",
              Intake::uploadTarget,
              s -> about[0] == null ? Adcode.NATION : about[0],
              () -> {
                LandfillSites.Watch watched = landfills.watch(account);
                Ledger.Saved s =
                    ledger.save(
                        fileName,
                        caller.username(),
                        records,
                        watched,
                        stamp,
                        ids(registered),
                        r -> collect(r, totals, echoed));
                if (!implausible.isEmpty()) {
                  throw rejected(implausible);
                }
                landfills.followUp(watched, stamp("landfill sites re-accounted after " + fileName));
                return s;
              },
              s ->
                  s.changedNothing()
                      ? null
                      : fileName
                          + ": "
                          + count[0]
                          + " records, "
                          + s.added()
                          + " added, "
                          + s.revised()
                          + " revised, "
                          + s.unchanged()
                          + " unchanged");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    String message =
        saved.changedNothing()
            ? "与账本中的现值完全相同，未作任何更改 / identical to the ledger's current values: nothing changed"
            : "已保存：新增 "
                + saved.added()
                + " 条，修订 "
                + saved.revised()
                + " 条，未变 "
                + saved.unchanged()
                + " 条 / stored: "
                + saved.added()
                + " added, "
                + saved.revised()
                + " revised, "
                + saved.unchanged()
                + " unchanged";
    return new Accepted(
        saved.uploadId(),
        message,
        count[0],
        saved.added(),
        saved.revised(),
        saved.unchanged(),
        stamp.parameterRelease(),
        stamp.gwpSet(),
        totals,
        read[0].warnings().stream().map(Intake::problem).toList(),
        echoed.size(),
        echoed);
  }

  /**
   * Reads and stores an activity file the platform ships (the demo data, a classpath resource) as
   * the {@code system} user, audited like any upload.
   *
   * @return how many records it added; 0 when the resource is missing
   * @throws IllegalStateException when the shipped file does not pass the checks every upload meets
   */
  public int loadShipped(String resource) throws IOException {
    String fileName = resource.substring(resource.lastIndexOf('/') + 1);
    ActivityImport imported;
    try (InputStream in = Intake.class.getResourceAsStream(resource)) {
      if (in == null) {
        return 0;
      }
      imported = reader().read(fileName, in, TableFormat.of(java.nio.file.Path.of(fileName)));
    }
    if (!imported.isValid()) {
      throw new IllegalStateException(
          "shipped file " + resource + " is invalid: " + imported.errors());
    }
    return store(fileName, imported).added();
  }

  private Ledger.Saved store(String fileName, ActivityImport imported) {
    return audited(
        "system",
        "UPLOAD",
        Intake::uploadTarget,
        around(imported.records()),
        () -> {
          LandfillSites.Watch watched = landfills.watch(new ShapeAccountant(accountant)::account);
          Ledger.Saved s =
              ledger.save(
                  fileName,
                  "system",
                  imported.records()::forEach,
                  watched,
                  stamp("demo data"),
                  ids(enterprises.registrations()),
                  r -> {});
          landfills.followUp(watched, stamp("landfill sites re-accounted after " + fileName));
          return s;
        },
        s ->
            s.changedNothing() ? null : fileName + ": " + s.added() + " added (shipped demo data)");
  }

  /**
   * Withdraws (撤回) an upload: its uploader may, and so may an authority whose jurisdiction holds
   * every region and every registered enterprise of it.
   */
  public Withdrawn withdraw(long uploadId, Caller caller, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() > MAX_REASON) {
      throw new BadRequestException(
          HttpStatus.BAD_REQUEST,
          new ApiError(
              "撤回原因过长 / reason too long",
              List.of(
                  new ApiError.Problem(
                      null,
                      "reason",
                      "reason",
                      null,
                      "最多 " + MAX_REASON + " 个字符 / at most " + MAX_REASON + " characters"))));
    }
    UploadStore.Upload upload = visibleUpload(uploadId, caller);
    if (!AccessPolicy.mayWithdraw(
        caller,
        upload,
        uploads.reach(uploadId),
        id -> enterprises.find(id).map(EnterpriseStore.Enterprise::region))) {
      throw BadRequestException.forbidden(Messages.text("access.withdraw"));
    }
    try {
      Ledger.Withdrawal w =
          audited(
              caller.username(),
              "WITHDRAW",
              done -> "upload:" + uploadId,
              around(uploads.reach(uploadId).regions()),
              () -> {
                Ledger.Withdrawal done =
                    ledger.withdraw(
                        uploadId,
                        caller.username(),
                        why,
                        accountant::account,
                        stamp("restored after withdrawal of upload " + uploadId));
                landfills.reaccount(
                    stamp("landfill sites re-accounted after withdrawal of upload " + uploadId));
                return done;
              },
              done ->
                  done.withdrawn()
                      + " records withdrawn, "
                      + done.restored()
                      + " earlier revisions restored"
                      + (why.isEmpty() ? "" : "; reason: " + why));
      return new Withdrawn(
          uploadId,
          w.withdrawn(),
          w.restored(),
          "已撤回：移出 "
              + w.withdrawn()
              + " 条记录，恢复 "
              + w.restored()
              + " 条此前的修订 / withdrawn: "
              + w.withdrawn()
              + " records taken out, "
              + w.restored()
              + " earlier revisions restored");
    } catch (Ledger.AlreadyWithdrawn e) {
      throw new BadRequestException(
          HttpStatus.CONFLICT,
          ApiError.of("该上传已撤回 / upload " + uploadId + " is already withdrawn"));
    }
  }

  /** The result versions, newest first: for authorities. */
  public List<Ledger.Stamp> versions(Caller caller) {
    AccessPolicy.requireAuthority(caller, Messages.text("access.resultVersions"));
    return ledger.versions();
  }

  /**
   * Accounts every current record again under today's reference data: a new result version,
   * audited. Only a national authority may, since it changes every region's figures.
   */
  public Version reaccount(Caller caller) {
    AccessPolicy.requireNationalAuthority(caller, Messages.text("access.reaccount"));
    audited(
        caller.username(),
        "REACCOUNT",
        v -> "ledger",
        Adcode.NATION,
        () -> {
          long v =
              ledger.reaccount(
                  new ShapeAccountant(accountant)::account,
                  stamp("re-accounted by " + caller.username()));
          landfills.reaccountInto(v);
          return v;
        },
        v -> "reference release " + reference.parameters().release() + ", result version " + v);
    return new Version(
        ledger.versions().size(),
        reference.parameters().release(),
        accountant.options().gwpSet().name());
  }

  /**
   * Takes out of the ledger any stored value that is not a finite number (written before intake
   * refused them).
   */
  public List<Long> rejectNonFinite() {
    return audited(
        "system",
        "REPAIR",
        ids -> "ledger",
        Adcode.NATION,
        ledger::rejectNonFinite,
        ids ->
            ids.isEmpty()
                ? null
                : ids.size()
                    + " records with a value that is not a finite number taken out: activity "
                    + ids);
  }

  /**
   * An upload the caller may see: 404 when there is none or it is outside what the caller may see.
   */
  public UploadStore.Upload visibleUpload(long uploadId, Caller caller) {
    if (!AccessPolicy.maySeeReported(caller)) {
      throw BadRequestException.forbidden(Messages.text("access.uploads"));
    }
    UploadStore.Upload upload =
        uploads
            .find(uploadId)
            .orElseThrow(() -> BadRequestException.notFound("upload " + uploadId));
    if (!AccessPolicy.maySeeUpload(caller, upload, uploads.reach(uploadId))) {
      throw BadRequestException.notFound("upload " + uploadId);
    }
    return upload;
  }

  /**
   * A change and its audit entry in one transaction ({@link AuditedChanges}). Two uploads that
   * revise one fact at the same moment: the database lets one make it current, the other is refused
   * whole with 409.
   */
  private <T> T audited(
      String user,
      String action,
      Function<T, String> target,
      Adcode region,
      java.util.function.Supplier<T> change,
      Function<T, String> detail) {
    return audited(user, action, target, result -> region, change, detail);
  }

  private <T> T audited(
      String user,
      String action,
      Function<T, String> target,
      Function<T, Adcode> region,
      java.util.function.Supplier<T> change,
      Function<T, String> detail) {
    try {
      return changes.run(user, action, target, region, change, detail);
    } catch (DataIntegrityViolationException | org.jooq.exception.DataAccessException e) {
      if (isUniqueViolation(e)) {
        // Two uploads revised the same fact at the same moment: the database let one make it
        // current; this one is refused whole.
        throw new BadRequestException(
            HttpStatus.CONFLICT,
            ApiError.of(
                "同一记录正被另一次上传同时修订，未保存任何数据，请重试 / another upload revised "
                    + "the same record at the same moment; nothing stored, try again"));
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static String uploadTarget(Ledger.Saved s) {
    return "upload:" + s.uploadId();
  }

  /**
   * The smallest division that holds all of these regions (what an upload is about, for the audit
   * reader's filters).
   */
  static Adcode around(java.util.Collection<Adcode> regions) {
    Adcode common = null;
    for (Adcode r : regions) {
      common = around(common, r);
    }
    return common == null ? Adcode.NATION : common;
  }

  /** The smallest division that holds {@code common} (null for none yet) and {@code region}. */
  private static Adcode around(Adcode common, Adcode region) {
    Adcode out = common == null ? region : common;
    while (!region.isWithin(out)) {
      out = out.parent().orElse(Adcode.NATION);
    }
    return out;
  }

  private static Adcode around(List<ActivityRecord> records) {
    return around(
        records.stream().map(ActivityRecord::region).collect(java.util.stream.Collectors.toSet()));
  }

  private Ledger.Stamp stamp(String note) {
    return new Ledger.Stamp(
        reference.parameters().release(),
        accountant.options().gwpSet().name(),
        accountant.options().scheme().name(),
        note);
  }

  private static Map<String, Long> ids(Map<String, EnterpriseStore.Registration> registered) {
    Map<String, Long> ids = new java.util.HashMap<>();
    registered.forEach((code, r) -> ids.put(code, r.id()));
    return ids;
  }

  /**
   * Adds a result to the totals, and echoes it while fewer than {@link #ECHOED} records have been.
   */
  private static void collect(RecordResult r, Map<String, Double> totals, List<Accounted> out) {
    List<Line> lines = new ArrayList<>();
    boolean echo = out.size() < ECHOED;
    for (EmissionLine l : r.lines()) {
      if (echo) {
        lines.add(
            new Line(
                l.substance().code(),
                l.tonnes(),
                l.scope().code(),
                l.method().code(),
                l.provenance()));
      }
      if (l.scope().countsInTotal()) {
        totals.merge(l.substance().code(), l.tonnes(), Double::sum);
      }
    }
    r.co2e()
        .forEach(
            (scope, c) -> {
              if (echo) {
                lines.add(
                    new Line("CO2E", c.tonnes(), scope.code(), "gwp_weighted", c.gwpSet().name()));
              }
              if (scope.countsInTotal()) {
                totals.merge("CO2E", c.tonnes(), Double::sum);
              }
            });
    if (echo) {
      ActivityRecord a = r.record();
      out.add(
          new Accounted(
              a.recordId(),
              a.entityId(),
              a.region().toString(),
              a.year(),
              r.source().code(),
              r.activity().code(),
              lines));
    }
  }

  static BadRequestException rejected(List<ApiError.Problem> problems) {
    return new BadRequestException(
        HttpStatus.BAD_REQUEST,
        new ApiError(problems.size() + " 处错误, 未保存任何数据 / error(s), nothing stored", problems));
  }

  /**
   * A problem at a record's place as the reader found it: the file's line, the sheet row, the JSON
   * element.
   */
  static ApiError.Problem problem(Place where, String column, String value, String message) {
    return ApiError.Problem.of(ImportProblem.error(where, column, value, message));
  }

  /** An import problem as the API reports it: its row, column and place as they are. */
  static ApiError.Problem problem(ImportProblem p) {
    return ApiError.Problem.of(p);
  }

  private ActivityReader reader() {
    return new ActivityReader(reference.classification(), reference.regions());
  }
}
