package org.cocontrol.server.plan;

import java.util.List;
import java.util.Map;
import org.cocontrol.server.system.MaxLength;

/** The JSON shapes of {@code /api/v1/plans}. */
final class PlanViews {

  private PlanViews() {}

  record PlanSummary(
      String id,
      String jurisdiction,
      String jurisdictionName,
      String parentJurisdiction,
      String title,
      String issuedOn,
      String documentNumber,
      List<String> issuers,
      int items,
      int tasks,
      int indicators,
      int horizonYear) {}

  record PlanDetail(PlanSummary plan, String sourceFile, String sourceNote, List<ItemView> items) {}

  record ItemView(
      String id,
      String number,
      String parentId,
      String title,
      String text,
      int firstLine,
      int lastLine,
      boolean task,
      String theme,
      List<String> leadDepartments,
      List<String> cooperatingDepartments,
      List<String> indicators) {}

  /** The stable indicator shape, plus where it sits and how it is read. */
  record IndicatorView(
      String id,
      String name,
      String unit,
      String kind,
      Integer baseYear,
      Double baseValue,
      Integer targetYear,
      Double targetValue,
      String sourceText,
      String itemId,
      String itemNumber,
      String comparison,
      String inheritedKind,
      String inheritsFrom,
      String metric) {}

  record DepartmentRef(String name, String code, String nameZh, String nameEn) {}

  /**
   * The stable task shape, plus the item id (used to report progress), chapter and normalised
   * departments.
   */
  record TaskView(
      String id,
      String number,
      String title,
      String text,
      List<String> leadDepartments,
      List<String> cooperatingDepartments,
      String theme,
      String chapterNumber,
      String chapter,
      List<DepartmentRef> lead,
      List<DepartmentRef> cooperating,
      List<String> indicators,
      int firstLine,
      int lastLine) {}

  /** What a value's or a target's note may hold (the columns are varchar(1000)). */
  static final int NOTE_MAX = 1000;

  record ValueIn(Integer year, Double value, String region, @MaxLength(NOTE_MAX) String note) {}

  record ValueView(
      int year, double value, String origin, String note, String enteredBy, String enteredAt) {}

  record Point(int year, double value) {}

  /** The stable status shape, plus what a chart needs. */
  record StatusView(
      String status,
      Double expected,
      Double actual,
      Double projected,
      String reason,
      int year,
      Integer actualYear,
      Double targetLevel,
      Double progressRatio,
      String region,
      String indicatorId,
      String kind,
      String effectiveKind,
      String comparison,
      Integer baseYear,
      Double baseValue,
      int targetYear,
      Double targetValue,
      boolean targetCompleted,
      List<ValueView> values,
      List<Point> trajectory,
      List<Point> waypoints) {}

  record TargetIn(
      String region, Double targetValue, Double baseValue, @MaxLength(NOTE_MAX) String note) {}

  record TrajectoryIn(String region, List<Point> points) {}

  /** What a task report's narrative may hold (the column is varchar(8000)). */
  static final int NARRATIVE_MAX = 8000;

  record ProgressIn(
      String period, String status, @MaxLength(NARRATIVE_MAX) String narrative, String region) {}

  record EvidenceView(
      long id,
      String fileName,
      String contentType,
      long sizeBytes,
      String uploadedBy,
      String uploadedAt) {}

  record ProgressView(
      long id,
      String taskId,
      String taskNumber,
      String period,
      String status,
      String narrative,
      String reportedBy,
      String reportedAt,
      List<EvidenceView> evidence) {}

  record ComputeSkip(int year, String reason) {}

  record ComputeView(List<ValueView> computed, List<ComputeSkip> skipped) {}

  record ImportResult(int values, List<String> indicators) {}

  record RollUpRegion(String region, String name, StatusView status) {}

  record RollUpIndicator(
      String indicatorId,
      String name,
      String unit,
      String kind,
      Map<String, Integer> statusCounts,
      Double sumActual,
      Double sumTarget,
      List<RollUpRegion> regions) {}

  record RollUpView(
      String planId,
      String region,
      int year,
      List<String> childRegions,
      List<RollUpIndicator> indicators) {}

  record SchemeIn(
      Map<String, String> rules,
      Double indicatorWeight,
      Map<String, Double> indicatorWeights,
      Double taskWeight,
      Map<String, Double> taskWeights,
      Map<String, Double> statusCredit,
      Map<String, Double> taskCredit,
      List<String> vetoIndicators,
      List<String> vetoStatuses,
      List<GradeIn> grades) {}

  record GradeIn(String code, Double minPercent) {}

  record AssessmentIn(
      Integer year, String period, String region, String department, SchemeIn scheme) {}

  record AssessmentLineView(
      String type,
      String id,
      String number,
      String name,
      String status,
      String rule,
      double weight,
      double credit,
      double score,
      boolean veto,
      String target,
      String actual,
      String note) {}

  record AssessmentView(
      String planId,
      String planTitle,
      String region,
      String regionName,
      String department,
      String departmentName,
      int year,
      String period,
      List<AssessmentLineView> lines,
      double score,
      double maxScore,
      double percent,
      List<String> vetoed,
      String grade,
      SchemeIn scheme) {}

  record ThemeRow(String theme, Map<String, Integer> tasksByPlan) {}

  record TopicRow(
      String topic,
      String nameZh,
      String nameEn,
      Map<String, List<IndicatorView>> byPlan,
      boolean targetsDiffer) {}

  record CompareView(
      List<PlanSummary> plans,
      List<ThemeRow> themes,
      List<TopicRow> topics,
      Map<String, List<IndicatorView>> unmatched) {}

  record DepartmentWorkload(
      String code,
      String nameZh,
      String nameEn,
      Map<String, Integer> leadByPlan,
      Map<String, Integer> cooperatingByPlan,
      List<String> namesAsWritten) {}
}
