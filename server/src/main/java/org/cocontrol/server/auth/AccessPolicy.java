package org.cocontrol.server.auth;

import java.util.Optional;
import java.util.function.Function;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.ReportStore;
import org.cocontrol.store.UploadStore;

/**
 * Who may read and write what: every role and tenancy rule of the server, so that controllers and
 * services ask here instead of switching on the role themselves.
 *
 * <ul>
 *   <li>A <b>national authority</b> (an authority whose jurisdiction is the nation) may do all an
 *       authority may do everywhere, and alone may re-account the whole ledger.
 *   <li>A <b>regional authority</b> reads and writes reported data, plan progress, statistics and
 *       the audit trail of regions inside its jurisdiction; it reports for a registered entity only
 *       if the entity is registered inside it too.
 *   <li>An <b>enterprise</b> sees only itself and reports only for itself, into its registered
 *       region.
 *   <li>The <b>public</b> sees published aggregates (open endpoints, see {@code
 *       SecurityConfiguration}) and nothing reported.
 *   <li>A <b>verifier</b> (第三方核查机构) sees the reports it is assigned to and nothing else of reported
 *       data: no ledger, no uploads, no enterprise detail.
 * </ul>
 *
 * <p>Reports (issue 11): an authority sees and acts on the reports of enterprises inside its
 * jurisdiction (creates, assigns, confirms, samples); an enterprise its own reports (it enters the
 * data, explains warnings and submits); a verifier only the reports assigned to it (findings,
 * conclusion). A report the caller may not see answers 404, a step its role may not take 403.
 *
 * <p>The answer to a caller refused is the caller's business: a 403 where the whole kind of data is
 * closed to the role, a 404 where a single item is (so its existence is not revealed); those
 * choices stay with the callers, who pass the words to say.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  /** Why a record may not be reported by a caller. */
  public enum Refusal {
    /**
     * Not for this entity (an enterprise reporting for another, anyone for an entity outside its
     * reach).
     */
    ENTITY,
    /** Not into this region. */
    REGION
  }

  /**
   * Which uploads a listing shows: those reaching into {@code region}, and only of {@code
   * enterpriseId} when set.
   */
  public record UploadFilter(Adcode region, Long enterpriseId) {}

  public static boolean isAuthority(Caller c) {
    return c.role() == Role.AUTHORITY;
  }

  /** An authority whose jurisdiction is the whole nation. */
  public static boolean isNationalAuthority(Caller c) {
    return isAuthority(c) && c.scope().equals(Adcode.NATION);
  }

  /**
   * The caller when it is an authority; otherwise a 403 saying {@code what} is for authorities
   * only.
   */
  public static Caller requireAuthority(Caller c, String what) {
    if (!isAuthority(c)) {
      throw BadRequestException.forbidden(what);
    }
    return c;
  }

  /** The caller when it is the national authority; otherwise a 403 with {@code what}. */
  public static Caller requireNationalAuthority(Caller c, String what) {
    if (!isNationalAuthority(c)) {
      throw BadRequestException.forbidden(what);
    }
    return c;
  }

  /**
   * Whether the caller may read non-public data about a region: an authority inside its
   * jurisdiction.
   */
  public static boolean mayRead(Caller c, Adcode region) {
    return isAuthority(c) && region.isWithin(c.scope());
  }

  /**
   * Whether the caller may write data about a region (plan progress, statistics, a record's region
   * for an authority): an authority inside its jurisdiction. Enterprises are checked by entity
   * ({@link #reportRefusal}).
   */
  public static boolean mayWrite(Caller c, Adcode region) {
    return isAuthority(c) && region.isWithin(c.scope());
  }

  /**
   * Whether reported data exists for the caller at all: authorities and enterprises, not the
   * public.
   */
  public static boolean maySeeReported(Caller c) {
    return c.role() == Role.AUTHORITY || c.role() == Role.ENTERPRISE;
  }

  /** Whether the caller sees only its own enterprise (not a search over a region). */
  public static boolean seesOwnEnterpriseOnly(Caller c) {
    return c.role() == Role.ENTERPRISE;
  }

  /** Whether reported data of this enterprise may be shown to the caller. */
  public static boolean maySee(Caller c, EnterpriseStore.Enterprise e) {
    return switch (c.role()) {
      case AUTHORITY -> e.region().isWithin(c.scope());
      case ENTERPRISE -> e.id() != null && e.id().equals(c.enterpriseId());
      case PUBLIC, VERIFIER -> false;
    };
  }

  /**
   * Why a caller may not report a record for {@code region}, or empty when it may: an enterprise
   * only for itself ({@code entity}, its registration, null when the entity is not registered) and
   * only into its registered region; an authority only where the region and, for a registered
   * entity, its registered region are inside its jurisdiction; the public never.
   */
  public static Optional<Refusal> reportRefusal(
      Caller c, Adcode region, EnterpriseStore.Registration entity) {
    return Optional.ofNullable(
        switch (c.role()) {
          case ENTERPRISE ->
              entity == null || c.enterpriseId() == null || entity.id() != c.enterpriseId()
                  ? Refusal.ENTITY
                  : !region.equals(entity.region()) ? Refusal.REGION : null;
          case AUTHORITY ->
              !region.isWithin(c.scope())
                  ? Refusal.REGION
                  : entity != null && !entity.region().isWithin(c.scope()) ? Refusal.ENTITY : null;
          case PUBLIC, VERIFIER -> Refusal.ENTITY;
        });
  }

  /**
   * The uploads a caller's listing shows: an authority those reaching into its jurisdiction, an
   * enterprise those with its own records (none when it has no enterprise); empty for the public,
   * who sees no upload.
   */
  public static Optional<UploadFilter> uploadFilter(Caller c) {
    return switch (c.role()) {
      case AUTHORITY -> Optional.of(new UploadFilter(c.scope(), null));
      case ENTERPRISE ->
          Optional.of(
              new UploadFilter(Adcode.NATION, c.enterpriseId() == null ? -1L : c.enterpriseId()));
      case PUBLIC, VERIFIER -> Optional.empty();
    };
  }

  /**
   * Whether one upload is visible: to an authority when any of its records is inside its
   * jurisdiction, to an enterprise when it uploaded it or the upload has its records.
   */
  public static boolean maySeeUpload(Caller c, UploadStore.Upload upload, UploadStore.Reach reach) {
    return switch (c.role()) {
      case AUTHORITY -> reach.regions().stream().anyMatch(r -> r.isWithin(c.scope()));
      // An enterprise user without an enterprise has no records in any upload (and an immutable set
      // refuses null).
      case ENTERPRISE ->
          upload.uploadedBy().equals(c.username())
              || c.enterpriseId() != null && reach.enterprises().contains(c.enterpriseId());
      case PUBLIC, VERIFIER -> false;
    };
  }

  /**
   * Whether the caller may withdraw an upload: its uploader (an enterprise), or an authority whose
   * jurisdiction holds every region and every registered enterprise of it. {@code enterpriseRegion}
   * gives a registered enterprise's region (empty when it is no longer registered, which does not
   * stand in the way).
   */
  public static boolean mayWithdraw(
      Caller c,
      UploadStore.Upload upload,
      UploadStore.Reach reach,
      Function<Long, Optional<Adcode>> enterpriseRegion) {
    return switch (c.role()) {
      case AUTHORITY ->
          reach.regions().stream().allMatch(r -> r.isWithin(c.scope()))
              && reach.enterprises().stream()
                  .allMatch(
                      id ->
                          enterpriseRegion.apply(id).map(r -> r.isWithin(c.scope())).orElse(true));
      case ENTERPRISE -> upload.uploadedBy().equals(c.username());
      case PUBLIC, VERIFIER -> false;
    };
  }

  /**
   * Whether one stored revision of a record may be shown: to an authority when the revision's
   * region is inside its jurisdiction, to an enterprise when the record's entity is registered as
   * itself ({@code entity}, null when not registered).
   */
  public static boolean maySeeRevision(
      Caller c, UploadStore.Revision revision, EnterpriseStore.Registration entity) {
    return switch (c.role()) {
      case AUTHORITY ->
          Adcode.parseAny(revision.region()).map(a -> a.isWithin(c.scope())).orElse(false);
      case ENTERPRISE ->
          entity != null && c.enterpriseId() != null && entity.id() == c.enterpriseId();
      case PUBLIC, VERIFIER -> false;
    };
  }

  // ---------------------------------------------------------------- reports (issue 11)

  public static boolean isVerifier(Caller c) {
    return c.role() == Role.VERIFIER;
  }

  public static boolean isEnterprise(Caller c) {
    return c.role() == Role.ENTERPRISE;
  }

  /**
   * Whether the caller may open a report for an enterprise: the enterprise for itself, an authority
   * for an enterprise registered inside its jurisdiction.
   */
  public static boolean mayCreateReport(Caller c, EnterpriseStore.Enterprise e) {
    return switch (c.role()) {
      case ENTERPRISE -> e.id() != null && e.id().equals(c.enterpriseId());
      case AUTHORITY -> e.region().isWithin(c.scope());
      case PUBLIC, VERIFIER -> false;
    };
  }

  /**
   * Whether a report exists for the caller (else 404): an authority's jurisdiction holds its
   * enterprise, it is the enterprise's own, or the verifier is the one assigned to it.
   */
  public static boolean maySeeReport(Caller c, ReportStore.Report r) {
    return switch (c.role()) {
      case AUTHORITY -> r.region().isWithin(c.scope());
      case ENTERPRISE -> c.enterpriseId() != null && r.enterpriseId() == c.enterpriseId();
      case VERIFIER -> c.username().equals(r.verifier());
      case PUBLIC -> false;
    };
  }

  /**
   * Whether the caller enters a report's data: the enterprise itself, or an authority for an
   * enterprise of its jurisdiction (as it may upload ledger data for it).
   */
  public static boolean mayEnterReportData(Caller c, ReportStore.Report r) {
    return maySeeReport(c, r) && (c.role() == Role.ENTERPRISE || c.role() == Role.AUTHORITY);
  }

  /** Whether the caller submits a report and explains its warnings: the enterprise itself. */
  public static boolean mayReport(Caller c, ReportStore.Report r) {
    return c.role() == Role.ENTERPRISE && maySeeReport(c, r);
  }

  /**
   * Whether the caller supervises a report (assigns a verifier, confirms, samples): an authority
   * whose jurisdiction holds it.
   */
  public static boolean maySupervise(Caller c, ReportStore.Report r) {
    return c.role() == Role.AUTHORITY && maySeeReport(c, r);
  }

  /** Whether the caller verifies a report: the verifier assigned to it. */
  public static boolean mayVerify(Caller c, ReportStore.Report r) {
    return c.role() == Role.VERIFIER && maySeeReport(c, r);
  }

  /**
   * Which reports a listing shows: an authority's jurisdiction, an enterprise's own, a verifier's
   * assignments; empty for the public (403).
   */
  public static Optional<ReportStore.Filter> reportFilter(
      Caller c, Integer year, String status, Adcode region) {
    return switch (c.role()) {
      case AUTHORITY ->
          Optional.of(
              new ReportStore.Filter(
                  year, region == null ? c.scope() : region, status, null, null));
      case ENTERPRISE ->
          Optional.of(
              new ReportStore.Filter(
                  year, region, status, c.enterpriseId() == null ? -1L : c.enterpriseId(), null));
      case VERIFIER ->
          Optional.of(new ReportStore.Filter(year, region, status, null, c.username()));
      case PUBLIC -> Optional.empty();
    };
  }

  /** Whether facilities and permits exist for the caller at all (else 403): not for the public. */
  public static boolean maySeeFacilitiesAtAll(Caller c) {
    return maySeeReported(c) || isVerifier(c);
  }

  /**
   * Whether an enterprise's facilities and permit may be shown (else 404): whoever may see its
   * reported data ({@link #maySee}), and a verifier for an enterprise it has an assigned report of
   * ({@code assignedReport}), since verifying a report means reading the units and the permit it is
   * about; read only ({@link #mayEditFacilities} refuses it).
   */
  public static boolean maySeeFacilities(
      Caller c, EnterpriseStore.Enterprise e, boolean assignedReport) {
    return isVerifier(c) ? assignedReport : maySee(c, e);
  }

  /**
   * Whether an enterprise's facilities and permit may be changed: by the enterprise itself or an
   * authority of its jurisdiction; no other role, whatever it may read.
   */
  public static boolean mayEditFacilities(Caller c, EnterpriseStore.Enterprise e) {
    return (c.role() == Role.ENTERPRISE || c.role() == Role.AUTHORITY) && maySee(c, e);
  }
}
