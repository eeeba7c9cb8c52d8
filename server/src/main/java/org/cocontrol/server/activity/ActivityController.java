package org.cocontrol.server.activity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingException;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.io.ActivityImport;
import org.cocontrol.io.ActivityReader;
import org.cocontrol.io.ActivityTemplate;
import org.cocontrol.io.ImportProblem;
import org.cocontrol.io.TableFormat;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.auth.Role;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.store.AuditLog;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.Ledger;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/activities}: an activity file (multipart field {@code file}, CSV or xlsx) or a JSON
 * array of records with the same columns. The whole upload is validated, accounted and stored in one
 * transaction; any problem rejects it with 400 and every problem listed, and nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityController {

  record Line(String substance, double amountT, String scope, String method, String provenance) {}

  record Accounted(String recordId, String entityId, String region, int year, String source, String activity, List<Line> emissions) {}

  /** {@code results} lists the first {@link #ECHOED} records; every record is stored and in {@code totalsT}. */
  record Created(long uploadId, int records, String parameterRelease, String gwpSet, Map<String, Double> totalsT, int resultsShown,
      List<Accounted> results) {}

  /** How many records' full results an answer carries; a million-row upload should not echo a gigabyte of provenance. */
  static final int ECHOED = 1000;

  private static final Pattern ROW = Pattern.compile("(?:line |![A-Z]+)(\\d+)");

  private final ReferenceData reference;
  private final Accountant accountant;
  private final Ledger ledger;
  private final EnterpriseStore enterprises;
  private final AuditLog audit;

  ActivityController(ReferenceData reference, Accountant accountant, Ledger ledger, EnterpriseStore enterprises, AuditLog audit) {
    this.reference = reference;
    this.accountant = accountant;
    this.ledger = ledger;
    this.enterprises = enterprises;
    this.audit = audit;
  }

  /** The Excel template with Chinese (or English) headers, drop-down lists of codes and an instructions sheet. */
  @GetMapping("/template")
  ResponseEntity<byte[]> template(@RequestParam(defaultValue = "zh") String lang) throws IOException {
    java.util.Locale locale = lang.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? java.util.Locale.ENGLISH : java.util.Locale.CHINESE;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ActivityTemplate.write(out, reference.classification(), reference.regions(), locale);
    String file = locale == java.util.Locale.ENGLISH ? "cocontrol-activity-template.xlsx" : "活动数据模板.xlsx";
    return ResponseEntity.ok()
        .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build()
            .toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).body(out.toByteArray());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> upload(@RequestParam("file") MultipartFile file, Authentication auth) throws IOException {
    String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    TableFormat format;
    try {
      format = TableFormat.of(java.nio.file.Path.of(name.isBlank() ? "upload.csv" : name));
    } catch (IllegalArgumentException e) {
      return reject(List.of(new ApiError.Problem(null, "file", name, name, e.getMessage())));
    }
    try (InputStream in = file.getInputStream()) {
      return accept(name, new ActivityReader(reference.classification(), reference.regions()).read(name, in, format), Caller.of(auth), false);
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> json(@RequestBody List<Map<String, Object>> records, Authentication auth) throws IOException {
    // JSON records go through the same reader as files, so the rules are the same; rows are numbered from 1.
    Set<String> columns = new LinkedHashSet<>();
    records.forEach(r -> columns.addAll(r.keySet()));
    StringWriter csv = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180)) {
      p.printRecord(columns);
      for (Map<String, Object> r : records) {
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
          Object v = r.get(c);
          cells.add(v == null ? "" : v instanceof Double || v instanceof Float ? java.math.BigDecimal.valueOf(((Number) v).doubleValue())
              .toPlainString() : v.toString());
        }
        p.printRecord(cells);
      }
    }
    ActivityImport imported = new ActivityReader(reference.classification(), reference.regions())
        .read("request body", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), TableFormat.CSV);
    return accept("api.json", imported, Caller.of(auth), true);
  }

  private ResponseEntity<?> accept(String name, ActivityImport imported, Caller caller, boolean json) {
    if (!imported.isValid()) {
      return reject(imported.errors().stream().map(p -> problem(p, json)).toList());
    }
    Map<String, Long> ids = enterprises.idsByCode();
    List<ApiError.Problem> denied = new ArrayList<>();
    for (ActivityRecord r : imported.records()) {
      if (!allowed(caller, r, ids)) {
        denied.add(new ApiError.Problem(null, caller.role() == Role.ENTERPRISE ? "entity_id" : "region", "record_id " + r.recordId(),
            caller.role() == Role.ENTERPRISE ? r.entityId() : r.region().toString(),
            "无权为此单位或地区报送数据 / you may not report for this entity or region"));
      }
    }
    if (!denied.isEmpty()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("无权报送 / not allowed, nothing stored", denied));
    }
    String release = reference.parameters().release();
    String gwp = accountant.options().gwpSet().name();
    Map<String, Double> totals = new TreeMap<>();
    List<Accounted> out = new ArrayList<>();
    long upload;
    try {
      // Accounted and stored chunk by chunk in one transaction; the reader has already checked everything the
      // accountant can refuse, and a refusal would still roll the whole upload back.
      upload = ledger.save(name, caller.username(), imported.records(), accountant::account,
          new Ledger.Stamp(release, gwp, accountant.options().scheme().name(), "upload"), ids, r -> collect(r, totals, out));
    } catch (AccountingException e) {
      return reject(List.of(new ApiError.Problem(null, e.field(), "", "", e.getMessage())));
    }
    audit.record(caller.username(), "UPLOAD", "upload:" + upload, name + ": " + imported.records().size() + " records");
    return ResponseEntity.status(HttpStatus.CREATED).body(new Created(upload, imported.records().size(), release, gwp, totals, out.size(), out));
  }

  /** Adds a result to the totals, and echoes it while fewer than {@link #ECHOED} records have been. */
  private static void collect(RecordResult r, Map<String, Double> totals, List<Accounted> out) {
    List<Line> lines = new ArrayList<>();
    boolean echo = out.size() < ECHOED;
    for (EmissionLine l : r.lines()) {
      if (echo) {
        lines.add(new Line(l.substance().code(), l.tonnes(), l.scope().code(), l.method().code(), l.provenance()));
      }
      if (l.scope().countsInTotal()) {
        totals.merge(l.substance().code(), l.tonnes(), Double::sum);
      }
    }
    r.co2e().forEach((scope, c) -> {
      if (echo) {
        lines.add(new Line("CO2E", c.tonnes(), scope.code(), "gwp_weighted", c.gwpSet().name()));
      }
      if (scope.countsInTotal()) {
        totals.merge("CO2E", c.tonnes(), Double::sum);
      }
    });
    if (echo) {
      ActivityRecord a = r.record();
      out.add(new Accounted(a.recordId(), a.entityId(), a.region().toString(), a.year(), r.source().code(), r.activity().code(), lines));
    }
  }

  private static boolean allowed(Caller caller, ActivityRecord r, Map<String, Long> ids) {
    return switch (caller.role()) {
      case AUTHORITY -> caller.mayReportIn(r.region());
      case ENTERPRISE -> caller.enterpriseId() != null && caller.enterpriseId().equals(ids.get(r.entityId()));
      case PUBLIC -> false;
    };
  }

  private static ResponseEntity<?> reject(List<ApiError.Problem> problems) {
    return ResponseEntity.badRequest().body(new ApiError(problems.size() + " 处错误, 未保存任何数据 / error(s), nothing stored", problems));
  }

  /** The row number as the user counts it: the file's line or sheet row; for JSON, the element (1-based). */
  private static ApiError.Problem problem(ImportProblem p, boolean json) {
    Matcher m = ROW.matcher(p.location());
    Integer row = m.find() ? Integer.valueOf(m.group(1)) : null;
    if (json && row != null) {
      row = row - 1;
    }
    String location = json && row != null ? "record " + row : p.location();
    return new ApiError.Problem(row, p.column(), location, p.value(), p.message());
  }

}
