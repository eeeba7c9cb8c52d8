package org.cocontrol.server.reporting;

import java.io.IOException;
import java.util.List;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.ReportStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enterprise reports and verification over HTTP ({@code /api/v1/reports}, {@code
 * /api/v1/verifiers}); everything is decided in {@link Reports}. Check messages come in the
 * language of {@code Accept-Language}, both without it.
 */
@RestController
@RequestMapping("/api/v1")
class ReportController {

  record Create(String entityId, Integer year, String kind) {}

  record Assignment(String verifier) {}

  record FindingBody(String text, Reports.Where location, Boolean correction) {}

  record ExplanationBody(String code, Reports.Where location, String text) {}

  record SampleBody(Integer year, Integer count, Double share, Long seed) {}

  record ConflictBody(String entityId) {}

  record ExtensionBody(String deadline) {}

  private final Reports reports;
  private final Supervision supervision;

  ReportController(Reports reports, Supervision supervision) {
    this.reports = reports;
    this.supervision = supervision;
  }

  @PostMapping("/reports")
  @ResponseStatus(HttpStatus.CREATED)
  Reports.ReportView create(
      @RequestBody Create body,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.create(Caller.of(auth), body.entityId(), body.year(), body.kind(), lang);
  }

  @GetMapping("/reports")
  List<Reports.Item> list(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String region,
      Authentication auth) {
    return reports.list(Caller.of(auth), year, status, region(region));
  }

  @GetMapping("/reports/{id}")
  Reports.ReportView get(
      @PathVariable long id,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.get(Caller.of(auth), id, lang);
  }

  /** The monthly data rows the report stands on, as read (codes resolved, units parsed). */
  @GetMapping("/reports/{id}/data")
  List<Reports.DataRow> rows(@PathVariable long id, Authentication auth) {
    return reports.rows(Caller.of(auth), id);
  }

  /** The report's tables (the official report annex's structure) as an xlsx workbook. */
  @GetMapping("/reports/{id}/tables.xlsx")
  org.springframework.http.ResponseEntity<byte[]> tables(
      @PathVariable long id, Authentication auth) {
    byte[] xlsx = reports.tables(Caller.of(auth), id);
    return org.springframework.http.ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + id + ".xlsx\"")
        .contentType(
            org.springframework.http.MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(xlsx);
  }

  @PostMapping("/reports/{id}/data")
  Reports.ReportView data(
      @PathVariable long id,
      @RequestPart("file") MultipartFile file,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang)
      throws IOException {
    return reports.upload(Caller.of(auth), id, file.getOriginalFilename(), file.getBytes(), lang);
  }

  @PostMapping("/reports/{id}/explanations")
  Reports.ReportView explain(
      @PathVariable long id,
      @RequestBody ExplanationBody body,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.explain(Caller.of(auth), id, body.code(), body.location(), body.text(), lang);
  }

  @PostMapping("/reports/{id}/submit")
  Reports.ReportView submit(
      @PathVariable long id,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.submit(Caller.of(auth), id, lang);
  }

  @GetMapping("/reports/{id}/versions")
  List<Reports.VersionView> versions(
      @PathVariable long id,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.versions(Caller.of(auth), id, lang);
  }

  @GetMapping("/reports/{id}/versions/{n}")
  Reports.VersionView version(
      @PathVariable long id,
      @PathVariable int n,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.version(Caller.of(auth), id, n, lang);
  }

  @PostMapping("/reports/{id}/assignment")
  Reports.ReportView assign(
      @PathVariable long id,
      @RequestBody Assignment body,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.assign(Caller.of(auth), id, body.verifier(), lang);
  }

  @PostMapping("/reports/{id}/findings")
  Reports.ReportView finding(
      @PathVariable long id,
      @RequestBody FindingBody body,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.finding(
        Caller.of(auth),
        id,
        body.text(),
        body.location(),
        Boolean.TRUE.equals(body.correction()),
        lang);
  }

  @PostMapping("/reports/{id}/conclusion")
  Reports.ReportView conclude(
      @PathVariable long id,
      @RequestBody Reports.Conclusion body,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.conclude(Caller.of(auth), id, body, lang);
  }

  @PostMapping("/reports/{id}/extension")
  Reports.ReportView extend(
      @PathVariable long id,
      @RequestBody ExtensionBody body,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.extend(Caller.of(auth), id, body == null ? null : body.deadline(), lang);
  }

  @PostMapping("/reports/{id}/confirmation")
  Reports.ReportView confirm(
      @PathVariable long id,
      Authentication auth,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String lang) {
    return reports.confirm(Caller.of(auth), id, lang);
  }

  @PostMapping("/reports/sample")
  @ResponseStatus(HttpStatus.CREATED)
  Supervision.SampleView sample(@RequestBody SampleBody body, Authentication auth) {
    return supervision.sample(
        Caller.of(auth), body.year(), body.count(), body.share(), body.seed());
  }

  @GetMapping("/reports/sample")
  List<Supervision.SampleView> samples(Authentication auth) {
    return supervision.samples(Caller.of(auth));
  }

  @GetMapping("/reports/overview")
  Supervision.Overview overview(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String region,
      Authentication auth) {
    return supervision.overview(Caller.of(auth), year, region(region));
  }

  @GetMapping("/verifiers")
  List<Supervision.VerifierRecord> verifiers(Authentication auth) {
    return supervision.verifiers(Caller.of(auth));
  }

  @PostMapping("/verifiers/{username}/conflicts")
  List<ReportStore.Conflict> addConflict(
      @PathVariable String username, @RequestBody ConflictBody body, Authentication auth) {
    return supervision.conflict(Caller.of(auth), username, body.entityId(), true);
  }

  @DeleteMapping("/verifiers/{username}/conflicts")
  List<ReportStore.Conflict> removeConflict(
      @PathVariable String username, @RequestParam String entityId, Authentication auth) {
    return supervision.conflict(Caller.of(auth), username, entityId, false);
  }

  private static Adcode region(String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    return Adcode.parseAny(region)
        .orElseThrow(() -> BadRequestException.invalid(Messages.text("region.invalid", region)));
  }
}
