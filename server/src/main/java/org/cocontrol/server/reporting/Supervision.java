package org.cocontrol.server.reporting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.ReportStore;
import org.cocontrol.store.UserStore;
import org.springframework.stereotype.Service;

/**
 * The authority's oversight of reporting in its jurisdiction: verifiers' conflicts of interest,
 * random samples for re-checks (双随机), the overview by status and region, and each verifier's
 * record. Every change audited in its transaction, like the reports' own steps ({@link Reports}).
 */
@Service
public class Supervision {

  public record SampleView(
      long id,
      int year,
      String region,
      long seed,
      String requested,
      List<Long> reportIds,
      String drawnBy,
      LocalDateTime drawnAt) {}

  public record RegionCount(String region, String name, Map<String, Integer> byStatus) {}

  public record Overview(
      int year,
      String region,
      Map<String, Integer> byStatus,
      List<RegionCount> regions,
      int openFindings,
      int correctionsRequested) {}

  public record VerifierRecord(
      String username,
      String organisation,
      int reports,
      int concluded,
      int findings,
      int leftOpenAtConclusion,
      List<Long> conflicts) {}

  private final Reports reports;
  private final ReportStore store;
  private final EnterpriseStore enterprises;
  private final UserStore users;
  private final ReferenceData reference;
  private final AuditedChanges changes;

  Supervision(
      Reports reports,
      ReportStore store,
      EnterpriseStore enterprises,
      UserStore users,
      ReferenceData reference,
      AuditedChanges changes) {
    this.reports = reports;
    this.store = store;
    this.enterprises = enterprises;
    this.users = users;
    this.reference = reference;
    this.changes = changes;
  }

  /** Marks (or, with {@code add} false, clears) a verifier's conflict with an enterprise. */
  public List<ReportStore.Conflict> conflict(
      Caller c, String verifier, String entityId, boolean add) {
    AccessPolicy.requireAuthority(c, Messages.text("access.reportSupervise"));
    UserStore.User v = reports.verifierUser(verifier);
    EnterpriseStore.Registration reg =
        entityId == null ? null : enterprises.registrations().get(entityId.strip());
    if (reg == null) {
      throw Reports.rejected(
          List.of(Reports.field("entityId", entityId, Messages.text("report.entity", entityId))));
    }
    if (!reg.region().isWithin(c.scope())) {
      throw BadRequestException.forbidden(Messages.text("access.outside"));
    }
    changes.run(
        c.username(),
        add ? "VERIFIER_CONFLICT_ADD" : "VERIFIER_CONFLICT_REMOVE",
        "verifier " + v.username(),
        reg.region(),
        () ->
            add
                ? store.addConflict(v.username(), reg.id(), c.username(), reports.now())
                : store.removeConflict(v.username(), reg.id()),
        changed -> changed ? entityId : null);
    return store.conflicts(v.username());
  }

  /**
   * Draws reports of the caller's jurisdiction for re-checks (双随机): submitted or later, in id order
   * shuffled by a seeded random, the first {@code count} (or {@code share} of them, rounded up);
   * the seed is recorded so the draw can be repeated.
   */
  public SampleView sample(Caller c, Integer year, Integer count, Double share, Long seed) {
    AccessPolicy.requireAuthority(c, Messages.text("access.reportSupervise"));
    List<ApiError.Problem> bad = new ArrayList<>();
    if (year == null) {
      bad.add(Reports.field("year", null, Messages.text("error.required")));
    }
    if ((count == null) == (share == null)
        || count != null && count < 1
        || share != null && !(share > 0 && share <= 1)) {
      bad.add(
          Reports.field(
              count == null ? "share" : "count",
              // Objects, not a numeric ternary: unboxing a null there throws
              String.valueOf(count == null ? (Object) share : (Object) count),
              Messages.text("report.sampleSize")));
    }
    if (!bad.isEmpty()) {
      throw Reports.rejected(bad);
    }
    List<Long> pool =
        store.list(new ReportStore.Filter(year, c.scope(), null, null, null)).stream()
            .filter(r -> !r.status().equals("draft"))
            .map(ReportStore.Report::id)
            .sorted()
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    long s = seed != null ? seed : new java.security.SecureRandom().nextLong();
    java.util.Collections.shuffle(pool, new Random(s));
    int n = count != null ? Math.min(count, pool.size()) : (int) Math.ceil(share * pool.size());
    List<Long> drawn = List.copyOf(pool.subList(0, n));
    String requested = count != null ? "count=" + count : "share=" + share;
    LocalDateTime now = reports.now();
    long sid =
        changes.run(
            c.username(),
            "REPORT_SAMPLE",
            x -> "sample " + x,
            c.scope(),
            () ->
                store.addSample(
                    new ReportStore.Sample(
                        0, year, c.scope(), s, requested, drawn, c.username(), now)),
            x -> year + " " + requested + " seed " + s + ": " + drawn);
    return new SampleView(sid, year, c.scope().toString(), s, requested, drawn, c.username(), now);
  }

  public List<SampleView> samples(Caller c) {
    AccessPolicy.requireAuthority(c, Messages.text("access.reportSupervise"));
    return store.samples(c.scope()).stream()
        .map(
            s ->
                new SampleView(
                    s.id(),
                    s.year(),
                    s.region().toString(),
                    s.seed(),
                    s.requested(),
                    s.reportIds(),
                    s.drawnBy(),
                    s.drawnAt()))
        .toList();
  }

  /** Counts per status, per child region (for a map) and the open flags of a year. */
  public Overview overview(Caller c, Integer year, Adcode region) {
    AccessPolicy.requireAuthority(c, Messages.text("access.reportSupervise"));
    if (year == null) {
      throw Reports.rejected(List.of(Reports.field("year", null, Messages.text("error.required"))));
    }
    Adcode within = region == null ? c.scope() : region;
    if (!AccessPolicy.mayRead(c, within)) {
      throw BadRequestException.forbidden(Messages.text("access.regionOutside", within));
    }
    List<Reports.Item> items =
        reports.items(new ReportStore.Filter(year, within, null, null, null), true);
    Map<String, Integer> byStatus = zeroes();
    items.forEach(i -> byStatus.merge(i.status(), 1, Integer::sum));
    List<RegionCount> regions = new ArrayList<>();
    for (var child : reference.regions().children(within)) {
      Map<String, Integer> counts = zeroes();
      items.stream()
          .filter(i -> Adcode.parseAny(i.region()).map(a -> a.isWithin(child.code())).orElse(false))
          .forEach(i -> counts.merge(i.status(), 1, Integer::sum));
      if (counts.values().stream().anyMatch(n -> n > 0)) {
        regions.add(new RegionCount(child.code().toString(), child.nameZh(), counts));
      }
    }
    int open = 0;
    int corrections = 0;
    for (ReportStore.Report r :
        store.list(new ReportStore.Filter(year, within, null, null, null))) {
      open +=
          (int) store.findings(r.id()).stream().filter(f -> !f.status().equals("fixed")).count();
      corrections += r.correctionRequested() ? 1 : 0;
    }
    return new Overview(year, within.toString(), byStatus, regions, open, corrections);
  }

  /** Each verifier's record within the caller's jurisdiction. */
  public List<VerifierRecord> verifiers(Caller c) {
    AccessPolicy.requireAuthority(c, Messages.text("access.reportSupervise"));
    List<VerifierRecord> out = new ArrayList<>();
    for (UserStore.User u : users.withRole("VERIFIER")) {
      List<ReportStore.Report> theirs =
          store.list(new ReportStore.Filter(null, c.scope(), null, null, u.username()));
      int findings = 0;
      int leftOpen = 0;
      int concluded = 0;
      for (ReportStore.Report r : theirs) {
        List<ReportStore.Finding> f = store.findings(r.id());
        findings += f.size();
        if (r.concludedAt() != null) {
          concluded++;
          leftOpen += (int) f.stream().filter(x -> !x.status().equals("fixed")).count();
        }
      }
      out.add(
          new VerifierRecord(
              u.username(),
              u.displayName(),
              theirs.size(),
              concluded,
              findings,
              leftOpen,
              store.conflicts(u.username()).stream()
                  .map(ReportStore.Conflict::enterpriseId)
                  .toList()));
    }
    return out;
  }

  private static Map<String, Integer> zeroes() {
    Map<String, Integer> m = new LinkedHashMap<>();
    Reports.STATUSES.forEach(s -> m.put(s, 0));
    return m;
  }
}
