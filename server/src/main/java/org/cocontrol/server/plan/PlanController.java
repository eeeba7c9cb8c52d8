package org.cocontrol.server.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cocontrol.core.plan.IndicatorKind;
import org.cocontrol.core.plan.Plan;
import org.cocontrol.core.plan.PlanIndicator;
import org.cocontrol.core.plan.PlanItem;
import org.cocontrol.core.plan.ScoringScheme;
import org.cocontrol.core.plan.TaskStatus;
import org.cocontrol.core.plan.Theme;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.reference.PlanCatalog;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.plan.PlanViews.AssessmentIn;
import org.cocontrol.server.plan.PlanViews.AssessmentView;
import org.cocontrol.server.plan.PlanViews.CompareView;
import org.cocontrol.server.plan.PlanViews.ComputeSkip;
import org.cocontrol.server.plan.PlanViews.ComputeView;
import org.cocontrol.server.plan.PlanViews.DepartmentRef;
import org.cocontrol.server.plan.PlanViews.DepartmentWorkload;
import org.cocontrol.server.plan.PlanViews.EvidenceView;
import org.cocontrol.server.plan.PlanViews.ImportResult;
import org.cocontrol.server.plan.PlanViews.IndicatorView;
import org.cocontrol.server.plan.PlanViews.ItemView;
import org.cocontrol.server.plan.PlanViews.PlanDetail;
import org.cocontrol.server.plan.PlanViews.PlanSummary;
import org.cocontrol.server.plan.PlanViews.Point;
import org.cocontrol.server.plan.PlanViews.ProgressIn;
import org.cocontrol.server.plan.PlanViews.ProgressView;
import org.cocontrol.server.plan.PlanViews.RollUpView;
import org.cocontrol.server.plan.PlanViews.StatusView;
import org.cocontrol.server.plan.PlanViews.TargetIn;
import org.cocontrol.server.plan.PlanViews.TaskView;
import org.cocontrol.server.plan.PlanViews.ThemeRow;
import org.cocontrol.server.plan.PlanViews.TopicRow;
import org.cocontrol.server.plan.PlanViews.TrajectoryIn;
import org.cocontrol.server.plan.PlanViews.ValueIn;
import org.cocontrol.server.plan.PlanViews.ValueView;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.PlanStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/plans}. The plan documents (items, indicators, tasks, source, comparison,
 * departments) are open: they are public documents. Progress — values, targets, trajectories, task
 * reports, evidence, statuses, roll-ups and assessments — needs an authority whose jurisdiction
 * covers the region; every change is audited.
 */
@RestController
@RequestMapping("/api/v1/plans")
class PlanController {

  /**
   * Evidence files up to 10 MB, of the kinds offices send ({@link EvidenceFiles}): PDF, images,
   * Office documents, text, zip, OFD.
   */
  static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

  private final PlanService plans;
  private final PlanRecords records;
  private final PlanOverview overview;
  private final AuditedChanges changes;
  private final List<PlanCatalog.Topic> topics = PlanCatalog.indicatorTopics();

  PlanController(
      PlanService plans, PlanRecords records, PlanOverview overview, AuditedChanges changes) {
    this.plans = plans;
    this.records = records;
    this.overview = overview;
    this.changes = changes;
  }

  // ---- the documents (open) ----

  @GetMapping
  List<PlanSummary> list() {
    return plans.catalog().plans().stream().map(this::summary).toList();
  }

  @GetMapping("/{id}")
  PlanDetail detail(@PathVariable String id) {
    Plan p = plans.plan(id);
    return new PlanDetail(
        summary(p),
        p.sourceFile(),
        p.sourceNote(),
        p.items().stream().map(PlanController::item).toList());
  }

  @GetMapping(value = "/{id}/source", produces = "text/plain;charset=UTF-8")
  String source(@PathVariable String id) {
    return PlanCatalog.sourceText(plans.plan(id));
  }

  @GetMapping("/{id}/indicators")
  List<IndicatorView> indicators(@PathVariable String id) {
    Plan p = plans.plan(id);
    return p.indicators().stream().map(i -> indicator(p, i)).toList();
  }

  @GetMapping("/{id}/tasks")
  List<TaskView> tasks(
      @PathVariable String id,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String department) {
    Plan p = plans.plan(id);
    if (theme != null && !theme.isBlank()) {
      try {
        Theme.ofCode(theme);
      } catch (IllegalArgumentException e) {
        throw BadRequestException.invalid("未知主题 / " + e.getMessage());
      }
    }
    if (department != null
        && !department.isBlank()
        && !plans.catalog().departments().containsKey(department)) {
      throw BadRequestException.invalid("未知部门代码 / unknown department code: " + department);
    }
    return p.tasks().stream()
        .filter(t -> theme == null || theme.isBlank() || t.theme().code().equals(theme))
        .filter(t -> department == null || department.isBlank() || p.involves(t, department))
        .map(t -> task(p, t))
        .toList();
  }

  @GetMapping("/departments")
  List<DepartmentWorkload> departments() {
    return overview.departments();
  }

  @GetMapping("/compare")
  CompareView compare() {
    List<Plan> all = plans.catalog().plans();
    List<ThemeRow> themes = new ArrayList<>();
    for (Theme t : Theme.values()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      all.forEach(
          p -> counts.put(p.id(), (int) p.tasks().stream().filter(x -> x.theme() == t).count()));
      themes.add(new ThemeRow(t.code(), counts));
    }
    List<TopicRow> rows = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (PlanCatalog.Topic topic : topics) {
      Map<String, List<IndicatorView>> byPlan = new LinkedHashMap<>();
      Set<String> targets = new HashSet<>();
      for (Plan p : all) {
        List<IndicatorView> found =
            p.indicators().stream()
                .filter(i -> topic.covers(i.name()))
                .map(i -> indicator(p, i))
                .toList();
        if (!found.isEmpty()) {
          byPlan.put(p.id(), found);
          found.forEach(
              i -> {
                matched.add(p.id() + "/" + i.id());
                targets.add(i.kind() + ":" + i.targetValue() + ":" + i.targetYear());
              });
        }
      }
      if (!byPlan.isEmpty()) {
        rows.add(
            new TopicRow(
                topic.code(),
                topic.nameZh(),
                topic.nameEn(),
                byPlan,
                byPlan.size() > 1 && targets.size() > 1));
      }
    }
    Map<String, List<IndicatorView>> unmatched = new LinkedHashMap<>();
    for (Plan p : all) {
      unmatched.put(
          p.id(),
          p.indicators().stream()
              .filter(i -> !matched.contains(p.id() + "/" + i.id()))
              .map(i -> indicator(p, i))
              .toList());
    }
    return new CompareView(all.stream().map(this::summary).toList(), themes, rows, unmatched);
  }

  // ---- progress (authorities) ----

  @GetMapping("/{id}/status")
  List<StatusView> statuses(
      @PathVariable String id,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String region,
      Authentication auth) {
    Plan p = plans.plan(id);
    Adcode r = readable(p, region, auth);
    int y = year(year);
    PlanStore.IndicatorData data = records.indicatorData(p.id());
    return p.indicators().stream().map(i -> plans.evaluate(p, i, r, y, data).view()).toList();
  }

  @GetMapping("/{id}/indicators/{indicatorId}/status")
  StatusView status(
      @PathVariable String id,
      @PathVariable String indicatorId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String region,
      Authentication auth) {
    Plan p = plans.plan(id);
    PlanIndicator i = plans.indicator(p, indicatorId);
    return plans.status(p, i, readable(p, region, auth), year(year));
  }

  @PostMapping("/{id}/indicators/{indicatorId}/values")
  @ResponseStatus(HttpStatus.CREATED)
  ValueView recordValue(
      @PathVariable String id,
      @PathVariable String indicatorId,
      @RequestBody ValueIn in,
      Authentication auth) {
    Plan p = plans.plan(id);
    PlanIndicator i = plans.indicator(p, indicatorId);
    if (in == null) {
      throw BadRequestException.invalid("需要 {year, value} / a body {year, value} is required");
    }
    Adcode r = writable(p, in.region(), auth);
    List<ApiError.Problem> problems = new ArrayList<>();
    if (in.year() == null || in.year() < 1900 || in.year() > 2100) {
      problems.add(
          new ApiError.Problem(
              null,
              "year",
              "year",
              String.valueOf(in.year()),
              "年份应为1900–2100 / year must be 1900–2100"));
    }
    if (in.value() == null || in.value().isNaN() || in.value().isInfinite()) {
      problems.add(
          new ApiError.Problem(
              null, "value", "value", String.valueOf(in.value()), "需要数值 / value must be a number"));
    }
    if (!problems.isEmpty()) {
      throw new BadRequestException(
          HttpStatus.BAD_REQUEST, new ApiError("数值有误 / the value is invalid", problems));
    }
    String user = Caller.of(auth).username();
    PlanStore.Value v =
        new PlanStore.Value(
            i.id(),
            r.toString(),
            in.year(),
            in.value(),
            "manual",
            in.note() == null ? "" : in.note(),
            user,
            LocalDateTime.now());
    changes.run(
        user,
        "plan.value",
        p.id() + "/" + i.id() + "/" + r + "/" + in.year(),
        PlanService.format(in.value()) + " " + nz(i.unit()),
        r,
        () -> records.saveValues(p.id(), List.of(v)));
    return PlanService.valueView(v);
  }

  /**
   * Computes the indicator's values from the platform's inventory and statistics and records them.
   */
  @PostMapping("/{id}/indicators/{indicatorId}/compute")
  ComputeView compute(
      @PathVariable String id,
      @PathVariable String indicatorId,
      @RequestBody(required = false) ValueIn in,
      Authentication auth) {
    Plan p = plans.plan(id);
    PlanIndicator i = plans.indicator(p, indicatorId);
    Adcode r = writable(p, in == null ? null : in.region(), auth);
    String user = Caller.of(auth).username();
    LocalDateTime now = LocalDateTime.now();
    List<PlanService.Computed> computed = plans.compute(p, i, r);
    List<PlanStore.Value> values =
        computed.stream()
            .filter(c -> c.value() != null)
            .map(
                c ->
                    new PlanStore.Value(
                        i.id(), r.toString(), c.year(), c.value(), "computed", c.note(), user, now))
            .toList();
    changes.run(
        user,
        "plan.value.compute",
        p.id() + "/" + i.id() + "/" + r,
        values.size() + " values",
        r,
        () -> records.saveValues(p.id(), values));
    return new ComputeView(
        values.stream().map(PlanService::valueView).toList(),
        computed.stream()
            .filter(c -> c.value() == null)
            .map(c -> new ComputeSkip(c.year(), c.note()))
            .toList());
  }

  @DeleteMapping("/{id}/indicators/{indicatorId}/values/{year}")
  ResponseEntity<Void> deleteValue(
      @PathVariable String id,
      @PathVariable String indicatorId,
      @PathVariable int year,
      @RequestParam(required = false) String region,
      Authentication auth) {
    Plan p = plans.plan(id);
    PlanIndicator i = plans.indicator(p, indicatorId);
    Adcode r = writable(p, region, auth);
    changes.run(
        Caller.of(auth).username(),
        "plan.value.delete",
        p.id() + "/" + i.id() + "/" + r + "/" + year,
        "",
        r,
        () -> {
          if (!records.deleteValue(p.id(), i.id(), r.toString(), year)) {
            throw BadRequestException.notFound("value " + year + " of " + indicatorId);
          }
        });
    return ResponseEntity.noContent().build();
  }

  @PostMapping(value = "/{id}/values/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportResult importValues(
      @PathVariable String id, @RequestPart("file") MultipartFile file, Authentication auth)
      throws IOException {
    Plan p = plans.plan(id);
    Caller caller = requireAuthority(auth);
    PlanValueReader.Result read = PlanValueReader.read(file.getOriginalFilename(), file.getBytes());
    List<ApiError.Problem> problems = new ArrayList<>(read.problems());
    List<PlanStore.Value> values = new ArrayList<>();
    LocalDateTime now = LocalDateTime.now();
    for (PlanValueReader.Row row : read.rows()) {
      if (p.indicator(row.indicatorId()).isEmpty()) {
        problems.add(row.problem("indicator_id", "指标不在本规划中 / not an indicator of " + p.id()));
        continue;
      }
      Adcode r;
      try {
        r = plans.region(p, row.region());
      } catch (BadRequestException e) {
        problems.add(row.problem("region", e.getMessage()));
        continue;
      }
      if (!AccessPolicy.mayWrite(caller, r)) {
        problems.add(row.problem("region", Messages.text("access.outside")));
        continue;
      }
      values.add(
          new PlanStore.Value(
              row.indicatorId(),
              r.toString(),
              row.year(),
              row.value(),
              "import",
              row.note(),
              caller.username(),
              now));
    }
    if (!problems.isEmpty()) {
      throw new BadRequestException(
          HttpStatus.BAD_REQUEST,
          new ApiError(
              "导入被拒绝，未保存任何数值 / import rejected, nothing was saved: "
                  + problems.size()
                  + " problem(s)",
              problems));
    }
    if (values.isEmpty()) {
      throw BadRequestException.invalid("文件中没有数值 / the file holds no values");
    }
    changes.run(
        caller.username(),
        "plan.value.import",
        p.id(),
        values.size() + " values from " + file.getOriginalFilename(),
        plans.region(p, null),
        () -> records.saveValues(p.id(), values));
    return new ImportResult(
        values.size(), values.stream().map(PlanStore.Value::indicatorId).distinct().toList());
  }

  @PutMapping("/{id}/indicators/{indicatorId}/target")
  StatusView completeTarget(
      @PathVariable String id,
      @PathVariable String indicatorId,
      @RequestBody TargetIn in,
      Authentication auth) {
    Plan p = plans.plan(id);
    PlanIndicator i = plans.indicator(p, indicatorId);
    if (in == null || in.targetValue() == null && in.baseValue() == null) {
      throw BadRequestException.invalid(
          "需要 targetValue 或 baseValue / give targetValue, baseValue or both");
    }
    Adcode r = writable(p, in.region(), auth);
    List<ApiError.Problem> problems = new ArrayList<>();
    finite("targetValue", in.targetValue(), problems);
    finite("baseValue", in.baseValue(), problems);
    if (!problems.isEmpty()) {
      throw new BadRequestException(
          HttpStatus.BAD_REQUEST, new ApiError("目标有误 / the target is invalid", problems));
    }
    if (i.effectiveKind() == IndicatorKind.REDUCTION
        && in.targetValue() != null
        && !(in.targetValue() > -100 && in.targetValue() <= 100)) {
      throw BadRequestException.invalid(
          "下降目标是百分数 (-100, 100] / a reduction target is a percent in (-100, 100], got "
              + in.targetValue());
    }
    if (i.kind() != IndicatorKind.INHERITED
        && in.targetValue() != null
        && r.toString().equals(p.jurisdiction())) {
      throw BadRequestException.invalid(
          "该指标的目标由规划原文给定，只能为下级地区分解 / this target is set by the plan's text; it can only be allocated to lower regions");
    }
    String user = Caller.of(auth).username();
    PlanStore.TargetOverride target =
        new PlanStore.TargetOverride(
            i.id(),
            r.toString(),
            in.targetValue(),
            in.baseValue(),
            nz(in.note()),
            user,
            LocalDateTime.now());
    changes.run(
        user,
        "plan.target",
        p.id() + "/" + i.id() + "/" + r,
        "target " + in.targetValue() + " base " + in.baseValue(),
        r,
        () -> records.saveTarget(p.id(), target));
    return plans.status(p, i, r, LocalDate.now().getYear() - 1);
  }

  @PutMapping("/{id}/indicators/{indicatorId}/trajectory")
  StatusView trajectory(
      @PathVariable String id,
      @PathVariable String indicatorId,
      @RequestBody TrajectoryIn in,
      Authentication auth) {
    Plan p = plans.plan(id);
    PlanIndicator i = plans.indicator(p, indicatorId);
    Adcode r = writable(p, in == null ? null : in.region(), auth);
    Map<Integer, Double> points = new TreeMap<>();
    List<ApiError.Problem> problems = new ArrayList<>();
    List<Point> given = in == null || in.points() == null ? List.of() : in.points();
    for (int k = 0; k < given.size(); k++) {
      Point pt = given.get(k);
      String at = "points[" + k + "]";
      if (pt.year() < 1900 || pt.year() > 2100) {
        problems.add(
            new ApiError.Problem(
                k + 1,
                at + ".year",
                at + ".year",
                String.valueOf(pt.year()),
                "年份应为1900–2100 / year must be 1900–2100"));
      } else if (points.put(pt.year(), pt.value()) != null) {
        problems.add(
            new ApiError.Problem(
                k + 1,
                at + ".year",
                at + ".year",
                String.valueOf(pt.year()),
                "年份重复 / year given twice"));
      }
      finite(at + ".value", pt.value(), problems);
    }
    if (!problems.isEmpty()) {
      throw new BadRequestException(
          HttpStatus.BAD_REQUEST, new ApiError("轨迹有误 / the trajectory is invalid", problems));
    }
    String user = Caller.of(auth).username();
    changes.run(
        user,
        "plan.trajectory",
        p.id() + "/" + i.id() + "/" + r,
        points.toString(),
        r,
        () -> records.saveWaypoints(p.id(), i.id(), r.toString(), points));
    return plans.status(p, i, r, LocalDate.now().getYear() - 1);
  }

  @GetMapping("/{id}/progress")
  List<ProgressView> progress(
      @PathVariable String id, @RequestParam(required = false) String region, Authentication auth) {
    Plan p = plans.plan(id);
    Adcode r = readable(p, region, auth);
    return records.progress(p.id(), r.toString()).stream().map(x -> progressView(p, x)).toList();
  }

  @PostMapping("/{id}/tasks/{taskId}/progress")
  ProgressView report(
      @PathVariable String id,
      @PathVariable String taskId,
      @RequestBody ProgressIn in,
      Authentication auth) {
    Plan p = plans.plan(id);
    PlanItem t = plans.task(p, taskId);
    if (in == null) {
      throw BadRequestException.invalid(
          "需要 {period, status, narrative} / a body {period, status, narrative} is required");
    }
    Adcode r = writable(p, in.region(), auth);
    PlanService.periodOrder(in.period());
    try {
      TaskStatus.ofCode(in.status() == null ? "" : in.status());
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid(
          "任务状态应为 not_started、on_track、delayed 或 done / " + e.getMessage());
    }
    String narrative = nz(in.narrative());
    String user = Caller.of(auth).username();
    long pid =
        changes.run(
            user,
            "plan.progress",
            p.id() + "/" + t.id() + "/" + r + "/" + in.period(),
            r,
            () ->
                records.saveProgress(
                    p.id(),
                    t.id(),
                    r.toString(),
                    in.period().strip(),
                    in.status(),
                    narrative,
                    user,
                    LocalDateTime.now()),
            saved -> in.status());
    return records.progress(p.id(), r.toString()).stream()
        .filter(x -> x.id() == pid)
        .findFirst()
        .map(x -> progressView(p, x))
        .orElseThrow();
  }

  /**
   * The scheduling sheet for a period: every task (or a department's) with the latest report, to
   * fill in.
   */
  @GetMapping("/{id}/progress/sheet.xlsx")
  ResponseEntity<byte[]> progressSheet(
      @PathVariable String id,
      @RequestParam String period,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String department,
      Authentication auth) {
    Plan p = plans.plan(id);
    Adcode r = readable(p, region, auth);
    PlanService.periodOrder(period);
    Map<String, PlanStore.TaskProgress> latest = plans.latestReports(p, r, null);
    byte[] xlsx =
        ProgressSheet.write(
            p, plans.regionName(r), period.strip(), plans.scope(p, department).tasks(), latest);
    return xlsx(p.title() + "-任务调度表-" + period.strip() + ".xlsx", xlsx);
  }

  /**
   * Reads a filled scheduling sheet: all reports saved together, or none with every bad cell named.
   */
  @PostMapping(value = "/{id}/progress/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Integer> importProgress(
      @PathVariable String id,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String region,
      Authentication auth)
      throws IOException {
    Plan p = plans.plan(id);
    Adcode r = writable(p, region, auth);
    ProgressSheet.Result read = ProgressSheet.read(p, file.getOriginalFilename(), file.getBytes());
    if (!read.problems().isEmpty()) {
      throw new BadRequestException(
          HttpStatus.BAD_REQUEST,
          new ApiError(
              "导入被拒绝，未保存任何进展 / import rejected, nothing was saved: "
                  + read.problems().size()
                  + " problem(s)",
              read.problems()));
    }
    if (read.reports().isEmpty()) {
      throw BadRequestException.invalid(
          "表中没有填写进展状态的任务 / no task in the sheet has a status filled in");
    }
    String user = Caller.of(auth).username();
    LocalDateTime now = LocalDateTime.now();
    List<PlanStore.Report> reports =
        read.reports().stream()
            .map(
                x -> new PlanStore.Report(x.taskId(), x.period(), x.status().code(), x.narrative()))
            .toList();
    changes.run(
        user,
        "plan.progress.import",
        p.id() + "/" + r,
        reports.size() + " reports from " + file.getOriginalFilename(),
        r,
        () -> records.saveProgress(p.id(), r.toString(), reports, user, now));
    return Map.of("reports", read.reports().size());
  }

  @PostMapping(
      value = "/{id}/progress/{progressId}/evidence",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  EvidenceView evidence(
      @PathVariable String id,
      @PathVariable long progressId,
      @RequestPart("file") MultipartFile file,
      Authentication auth)
      throws IOException {
    Plan p = plans.plan(id);
    PlanStore.TaskProgress report =
        records
            .progressById(progressId)
            .filter(x -> x.planId().equals(p.id()))
            .orElseThrow(() -> BadRequestException.notFound("progress report " + progressId));
    Adcode r = writable(p, report.adcode(), auth);
    if (file.isEmpty() || file.getSize() > MAX_EVIDENCE_BYTES) {
      throw BadRequestException.invalid("附件应为1字节至10MB / evidence must be 1 byte to 10 MB");
    }
    byte[] content = file.getBytes();
    EvidenceFiles.Checked checked = EvidenceFiles.check(file.getOriginalFilename(), content);
    String user = Caller.of(auth).username();
    PlanStore.Evidence e =
        changes.run(
            user,
            "plan.evidence",
            p.id() + "/" + report.taskId() + "/" + report.period(),
            r,
            () ->
                records.addEvidence(
                    progressId,
                    checked.fileName(),
                    checked.contentType(),
                    content,
                    user,
                    LocalDateTime.now()),
            x -> checked.fileName() + " " + x.sizeBytes() + " B " + checked.contentType());
    return evidenceView(e);
  }

  @GetMapping("/evidence/{evidenceId}")
  ResponseEntity<byte[]> download(@PathVariable long evidenceId, Authentication auth) {
    PlanStore.Evidence e =
        records
            .evidence(evidenceId)
            .orElseThrow(() -> BadRequestException.notFound("evidence " + evidenceId));
    PlanStore.TaskProgress report = records.progressById(e.progressId()).orElseThrow();
    Plan p = plans.plan(report.planId());
    readable(p, report.adcode(), auth);
    byte[] content = records.evidenceContent(evidenceId).orElseThrow();
    return ResponseEntity.ok()
        .contentType(storedType(e.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(e.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(content);
  }

  @GetMapping("/{id}/rollup")
  RollUpView rollup(
      @PathVariable String id, @RequestParam(required = false) Integer year, Authentication auth) {
    Plan p = plans.plan(id);
    return overview.rollup(p, readable(p, null, auth), year(year));
  }

  @PostMapping("/{id}/assessment")
  AssessmentView assess(
      @PathVariable String id,
      @RequestBody(required = false) AssessmentIn in,
      Authentication auth) {
    return assessment(id, in, auth);
  }

  @PostMapping("/{id}/assessment.xlsx")
  ResponseEntity<byte[]> assessXlsx(
      @PathVariable String id,
      @RequestBody(required = false) AssessmentIn in,
      Authentication auth) {
    AssessmentView a = assessment(id, in, auth);
    return xlsx(a.planTitle() + "-" + a.year() + "年度考核评分表.xlsx", AssessmentWorkbook.write(a));
  }

  /**
   * An xlsx answer with its Chinese file name (RFC 5987, as Spring's ContentDisposition writes it).
   */
  private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  private AssessmentView assessment(String id, AssessmentIn in, Authentication auth) {
    Plan p = plans.plan(id);
    AssessmentIn req = in == null ? new AssessmentIn(null, null, null, null, null) : in;
    Adcode r = readable(p, req.region(), auth);
    int y = year(req.year());
    String period =
        req.period() == null || req.period().isBlank() ? y + "Q4" : req.period().strip();
    PlanService.periodOrder(period);
    Set<String> ids = new HashSet<>();
    p.indicators().forEach(i -> ids.add(i.id()));
    ScoringScheme scheme = Schemes.from(req.scheme(), ids);
    PlanService.Scope scope = plans.scope(p, req.department());
    PlanService.Scored s = plans.assess(p, r, y, period, scope, scheme);
    String dept = req.department() == null || req.department().isBlank() ? null : req.department();
    records.recordAssessment(
        Caller.of(auth).username(), p.id() + "/" + r + "/" + y, dept == null ? "" : dept, r);
    return new AssessmentView(
        p.id(),
        p.title(),
        r.toString(),
        plans.regionName(r),
        dept,
        dept == null ? null : plans.catalog().departments().get(dept).nameZh(),
        y,
        period,
        s.lines(),
        s.result().score(),
        s.result().maxScore(),
        s.result().percent(),
        s.result().vetoed(),
        s.result().grade(),
        Schemes.view(scheme));
  }

  // ---- access ----

  private static Caller requireAuthority(Authentication auth) {
    return AccessPolicy.requireAuthority(Caller.of(auth), Messages.text("access.planProgress"));
  }

  /**
   * An authority may read progress for regions inside its jurisdiction, and for the plan region
   * when that contains it.
   */
  private Adcode readable(Plan p, String region, Authentication auth) {
    Caller c = requireAuthority(auth);
    Adcode r = plans.region(p, region);
    if (!AccessPolicy.mayRead(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.regionOutside", r));
    }
    return r;
  }

  private Adcode writable(Plan p, String region, Authentication auth) {
    Caller c = requireAuthority(auth);
    Adcode r = plans.region(p, region);
    if (!AccessPolicy.mayWrite(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.regionOutside", r));
    }
    return r;
  }

  /**
   * The checked type evidence is stored with; files kept before types were checked carry the
   * browser's word, which may not parse.
   */
  private static MediaType storedType(String contentType) {
    try {
      return MediaType.parseMediaType(contentType);
    } catch (org.springframework.http.InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }

  /** A number a user gave must be finite ("1e400" reads as infinity). */
  private static void finite(String field, Double v, List<ApiError.Problem> problems) {
    if (v != null && !Double.isFinite(v)) {
      problems.add(
          new ApiError.Problem(
              null, field, field, String.valueOf(v), "须为有限数 / must be a finite number"));
    }
  }

  private static int year(Integer year) {
    int y = year == null ? LocalDate.now().getYear() - 1 : year;
    if (y < 1900 || y > 2100) {
      throw BadRequestException.invalid("年份应为1900–2100 / year must be 1900–2100, got " + y);
    }
    return y;
  }

  // ---- views ----

  private PlanSummary summary(Plan p) {
    Adcode a = Adcode.parseAny(p.jurisdiction()).orElseThrow();
    return new PlanSummary(
        p.id(),
        p.jurisdiction(),
        plans.regionName(a),
        p.parentJurisdiction(),
        p.title(),
        p.issuedOn(),
        p.documentNumber(),
        p.issuers(),
        p.items().size(),
        p.tasks().size(),
        p.indicators().size(),
        p.horizonYear());
  }

  private static ItemView item(PlanItem i) {
    return new ItemView(
        i.id(),
        i.number(),
        i.parentId(),
        i.title(),
        i.text(),
        i.firstLine(),
        i.lastLine(),
        i.task(),
        i.theme() == null ? null : i.theme().code(),
        i.lead(),
        i.cooperating(),
        i.indicatorIds());
  }

  private static IndicatorView indicator(Plan p, PlanIndicator i) {
    String itemNumber = p.item(i.itemId()).map(PlanItem::number).orElse("");
    return new IndicatorView(
        i.id(),
        i.name(),
        i.unit(),
        i.kind().code(),
        i.baseYear(),
        i.baseValue(),
        i.targetYear(),
        i.targetValue(),
        i.sourceText(),
        i.itemId(),
        itemNumber,
        i.comparison().symbol(),
        i.inheritedKind() == null ? null : i.inheritedKind().code(),
        i.inheritsFrom(),
        i.metric());
  }

  private TaskView task(Plan p, PlanItem t) {
    PlanItem chapter = t;
    while (chapter.parentId() != null) {
      chapter = p.item(chapter.parentId()).orElseThrow();
    }
    return new TaskView(
        t.id(),
        t.number(),
        t.title(),
        t.text(),
        t.lead(),
        t.cooperating(),
        t.theme().code(),
        chapter.number(),
        chapter.title(),
        refs(p, t.lead()),
        refs(p, t.cooperating()),
        t.indicatorIds(),
        t.firstLine(),
        t.lastLine());
  }

  private List<DepartmentRef> refs(Plan p, List<String> names) {
    return names.stream()
        .map(
            n -> {
              String code = p.departmentCode(n);
              PlanCatalog.Department d = plans.catalog().departments().get(code);
              return new DepartmentRef(
                  n, code, d == null ? n : d.nameZh(), d == null ? n : d.nameEn());
            })
        .toList();
  }

  private static ProgressView progressView(Plan p, PlanStore.TaskProgress x) {
    String number = p.item(x.taskId()).map(PlanItem::number).orElse(x.taskId());
    return new ProgressView(
        x.id(),
        x.taskId(),
        number,
        x.period(),
        x.status(),
        x.narrative(),
        x.reportedBy(),
        x.reportedAt().format(PlanService.TIME),
        x.evidence().stream().map(PlanController::evidenceView).toList());
  }

  private static EvidenceView evidenceView(PlanStore.Evidence e) {
    return new EvidenceView(
        e.id(),
        e.fileName(),
        e.contentType(),
        e.sizeBytes(),
        e.uploadedBy(),
        e.uploadedAt().format(PlanService.TIME));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
