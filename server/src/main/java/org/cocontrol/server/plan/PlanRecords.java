package org.cocontrol.server.plan;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.region.Regions;
import org.cocontrol.store.AuditLog;
import org.cocontrol.store.PlanStore;
import org.cocontrol.store.RegionStore;
import org.springframework.stereotype.Service;

/**
 * What is recorded against the plans (values, targets, trajectories, task reports, evidence) and
 * the audit entry of an assessment, for the plan endpoints: the store behind them, so the
 * controller maps requests and answers only. Writes are wrapped in {@code AuditedChanges} by the
 * caller, which names the change.
 */
@Service
class PlanRecords {

  private final PlanStore store;
  private final Regions regions;
  private final AuditLog audit;

  PlanRecords(PlanStore store, Regions regions, AuditLog audit) {
    this.store = store;
    this.regions = regions;
    this.audit = audit;
  }

  PlanStore.IndicatorData indicatorData(String planId) {
    return store.indicatorData(planId);
  }

  void saveValues(String planId, List<PlanStore.Value> values) {
    store.saveValues(planId, values);
  }

  boolean deleteValue(String planId, String indicatorId, String adcode, int year) {
    return store.deleteValue(planId, indicatorId, adcode, year);
  }

  void saveTarget(String planId, PlanStore.TargetOverride target) {
    store.saveTarget(planId, target);
  }

  void saveWaypoints(
      String planId, String indicatorId, String adcode, Map<Integer, Double> points) {
    store.saveWaypoints(planId, indicatorId, adcode, points);
  }

  List<PlanStore.TaskProgress> progress(String planId, String adcode) {
    return store.progress(planId, adcode);
  }

  long saveProgress(
      String planId,
      String taskId,
      String adcode,
      String period,
      String status,
      String narrative,
      String reportedBy,
      LocalDateTime at) {
    return store.saveProgress(planId, taskId, adcode, period, status, narrative, reportedBy, at);
  }

  void saveProgress(
      String planId,
      String adcode,
      List<PlanStore.Report> reports,
      String reportedBy,
      LocalDateTime at) {
    store.saveProgress(planId, adcode, reports, reportedBy, at);
  }

  Optional<PlanStore.TaskProgress> progressById(long id) {
    return store.progressById(id);
  }

  PlanStore.Evidence addEvidence(
      long progressId,
      String fileName,
      String contentType,
      byte[] content,
      String uploadedBy,
      LocalDateTime at) {
    return store.addEvidence(progressId, fileName, contentType, content, uploadedBy, at);
  }

  Optional<PlanStore.Evidence> evidence(long id) {
    return store.evidence(id);
  }

  Optional<byte[]> evidenceContent(long id) {
    return store.evidenceContent(id);
  }

  List<RegionStore.StoredRegion> children(Adcode region) {
    return regions.children(region);
  }

  /** An assessment changes nothing but is audited: who assessed which plan, region and year. */
  void recordAssessment(String user, String target, String detail, Adcode region) {
    audit.record(user, "plan.assessment", target, detail, region);
  }
}
