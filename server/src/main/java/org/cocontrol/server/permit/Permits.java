package org.cocontrol.server.permit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.PermitLimit;
import org.cocontrol.core.reporting.PermitOutlet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.Ledger;
import org.cocontrol.store.PermitStore;
import org.cocontrol.store.ReportStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The facilities and permit of one enterprise as a caller may see and change them: read by whoever
 * may see the enterprise, and by a verifier assigned a report of it ({@link
 * AccessPolicy#maySeeFacilities}; others 404, the public 403), written by the enterprise itself or
 * an authority of its jurisdiction ({@link AccessPolicy#mayEditFacilities}), every change checked
 * field by field and audited in its transaction.
 */
@Service
class Permits {

  private final PermitStore store;
  private final EnterpriseStore enterprises;
  private final Ledger ledger;
  private final AuditedChanges changes;
  private final VerifiedEmissions verified;
  private final ReportStore reports;

  Permits(
      PermitStore store,
      EnterpriseStore enterprises,
      Ledger ledger,
      AuditedChanges changes,
      VerifiedEmissions verified,
      ReportStore reports) {
    this.store = store;
    this.enterprises = enterprises;
    this.ledger = ledger;
    this.changes = changes;
    this.verified = verified;
    this.reports = reports;
  }

  PermitViews.FacilitiesView facilities(Caller caller, long id) {
    EnterpriseStore.Enterprise e = visible(caller, id);
    return facilitiesView(e, store.facilities(id));
  }

  PermitViews.FacilitiesView replaceFacilities(
      Caller caller, long id, PermitViews.FacilitiesIn body) {
    EnterpriseStore.Enterprise e = editable(caller, id);
    PermitInput.Checked<List<Facility>> checked = PermitInput.facilities(body);
    if (!checked.isValid()) {
      throw rejected("permit.facilitiesInvalid", checked.problems());
    }
    List<Facility> before = store.facilities(id);
    changes.run(
        caller.username(),
        "facilities.replace",
        "enterprise " + e.code(),
        describe(before) + " → " + describe(checked.value()),
        e.region(),
        () -> store.replaceFacilities(id, checked.value()));
    return facilitiesView(e, store.facilities(id));
  }

  /** The permit valid in {@code year}, or in force today when no year is given. */
  PermitViews.PermitView permit(Caller caller, long id, Integer year) {
    EnterpriseStore.Enterprise e = visible(caller, id);
    List<PermitStore.StoredPermit> versions = store.permits(id);
    return view(e, chosen(e, versions, year), versions);
  }

  PermitViews.PermitView savePermit(Caller caller, long id, PermitViews.PermitIn body) {
    EnterpriseStore.Enterprise e = editable(caller, id);
    Set<String> known =
        store.facilities(id).stream().map(Facility::code).collect(Collectors.toSet());
    PermitInput.Checked<PermitInput.PermitFields> checked =
        PermitInput.permit(body, e.creditCode(), known);
    if (!checked.isValid()) {
      throw rejected("permit.invalid", checked.problems());
    }
    PermitInput.PermitFields p = checked.value();
    PermitStore.Saved saved =
        changes.run(
            caller.username(),
            "permit.save",
            "enterprise " + e.code(),
            e.region(),
            () ->
                store.savePermit(
                    id, p.permit(), p.issuingAuthority(), p.managementTier(), caller.username()),
            s ->
                (s.replaced() ? "corrected " : "new version ")
                    + p.permit().number()
                    + " valid "
                    + p.permit().validFrom()
                    + "–"
                    + p.permit().validTo()
                    + ", "
                    + p.permit().outlets().size()
                    + " outlets");
    return view(e, saved.permit(), store.permits(id));
  }

  /**
   * The permit in force with what it permits per outlet and pollutant, and the carbon block: the
   * enterprise's direct CO2 of its latest reported year from the ledger, and the verified GHG
   * report's figure and status (see {@link PermitViews.Carbon}).
   */
  PermitViews.PermitExecutionView execution(Caller caller, long id) {
    EnterpriseStore.Enterprise e = visible(caller, id);
    List<PermitStore.StoredPermit> versions = store.permits(id);
    PermitViews.PermitView permit = view(e, chosen(e, versions, null), versions);
    List<PermitViews.Permitted> rows = new ArrayList<>();
    Map<String, Double> totals = new LinkedHashMap<>();
    for (PermitViews.OutletOut o : permit.outlets()) {
      for (PermitViews.LimitOut l : o.limits()) {
        rows.add(
            new PermitViews.Permitted(
                o.code(),
                o.name(),
                o.facilities(),
                l.pollutant(),
                l.pollutantName(),
                l.concentrationMgM3(),
                l.annualT()));
        if (l.annualT() != null) {
          totals.merge(l.pollutant(), l.annualT(), Double::sum);
        }
      }
    }
    return new PermitViews.PermitExecutionView(permit, rows, totals, carbon(e));
  }

  /**
   * The carbon block: the ledger's direct CO2 of the latest reported year and, once a GHG report is
   * verified, its verified CO2 and status (verified, or confirmed: the figure of record) — of that
   * report's own year, which {@code verifiedYear} names.
   */
  private PermitViews.Carbon carbon(EnterpriseStore.Enterprise e) {
    TreeMap<Integer, Double> byYear = new TreeMap<>();
    for (Ledger.StoredEmission s : ledger.emissionsOf(e.id())) {
      if (s.substance().equals(Substance.CO2.code()) && s.scope().equals("direct")) {
        byYear.merge(s.year(), s.tonnes(), Double::sum);
      }
    }
    Map.Entry<Integer, Double> latest = byYear.lastEntry();
    Optional<VerifiedEmissions.Verified> report = verified.latest(e.code());
    return new PermitViews.Carbon(
        latest == null ? null : latest.getKey(),
        latest == null ? null : latest.getValue(),
        "ledger",
        report.map(r -> r.verifiedT().get(Substance.CO2.code())).orElse(null),
        report.map(VerifiedEmissions.Verified::status).orElse(null),
        report.map(VerifiedEmissions.Verified::year).orElse(null));
  }

  private static PermitStore.StoredPermit chosen(
      EnterpriseStore.Enterprise e, List<PermitStore.StoredPermit> versions, Integer year) {
    Optional<PermitStore.StoredPermit> found;
    if (year == null) {
      LocalDate today = LocalDate.now();
      found =
          versions.stream()
              .filter(p -> PermitRegistry.inForce(p.permit(), today))
              .reduce((a, b) -> b);
    } else {
      if (year < 1900 || year > 2100) {
        throw BadRequestException.invalid(Messages.text("permit.year"));
      }
      found = PermitRegistry.versionIn(versions, year);
    }
    return found.orElseThrow(
        () ->
            BadRequestException.notFound(
                year == null
                    ? Messages.text("permit.noneInForce", e.code())
                    : Messages.text("permit.noneInYear", e.code(), year)));
  }

  private EnterpriseStore.Enterprise visible(Caller caller, long id) {
    if (!AccessPolicy.maySeeFacilitiesAtAll(caller)) {
      throw BadRequestException.forbidden(Messages.text("access.permits"));
    }
    return enterprises
        .find(id)
        .filter(e -> AccessPolicy.maySeeFacilities(caller, e, assigned(caller, e)))
        .orElseThrow(() -> BadRequestException.notFound("enterprise " + id));
  }

  /** Whether a verifier is assigned a report of the enterprise (asked of verifiers only). */
  private boolean assigned(Caller caller, EnterpriseStore.Enterprise e) {
    return AccessPolicy.isVerifier(caller)
        && !reports
            .list(new ReportStore.Filter(null, null, null, e.id(), caller.username()))
            .isEmpty();
  }

  private EnterpriseStore.Enterprise editable(Caller caller, long id) {
    EnterpriseStore.Enterprise e = visible(caller, id);
    if (!AccessPolicy.mayEditFacilities(caller, e)) {
      throw BadRequestException.forbidden(Messages.text("access.permitsWrite"));
    }
    return e;
  }

  private static BadRequestException rejected(String key, List<ApiError.Problem> problems) {
    return new BadRequestException(
        HttpStatus.BAD_REQUEST, new ApiError(Messages.text(key, problems.size()), problems));
  }

  private static PermitViews.FacilitiesView facilitiesView(
      EnterpriseStore.Enterprise e, List<Facility> facilities) {
    return new PermitViews.FacilitiesView(
        e.id(),
        e.code(),
        facilities.stream()
            .map(
                f ->
                    new PermitViews.FacilityOut(
                        f.code(),
                        f.name(),
                        f.kind().code(),
                        f.kind().nameZh(),
                        f.capacityMw(),
                        new TreeMap<>(f.attributes()),
                        f.outlets()))
            .toList());
  }

  private static PermitViews.PermitView view(
      EnterpriseStore.Enterprise e,
      PermitStore.StoredPermit s,
      List<PermitStore.StoredPermit> versions) {
    List<PermitViews.OutletOut> outlets = new ArrayList<>();
    for (PermitOutlet o : s.permit().outlets()) {
      List<PermitViews.LimitOut> limits = new ArrayList<>();
      for (PermitLimit l : o.limits()) {
        limits.add(
            new PermitViews.LimitOut(
                l.substance().code(), l.substance().nameZh(), l.concentrationMgM3(), l.annualT()));
      }
      outlets.add(new PermitViews.OutletOut(o.code(), o.name(), o.facilities(), limits));
    }
    return new PermitViews.PermitView(
        s.id(),
        e.id(),
        e.code(),
        s.permit().number(),
        s.permit().validFrom().toString(),
        s.permit().validTo().toString(),
        PermitRegistry.inForce(s.permit(), LocalDate.now()),
        s.issuingAuthority(),
        s.managementTier(),
        Messages.zh("permit.tier." + s.managementTier()),
        outlets,
        s.savedBy(),
        s.savedAt(),
        versions.stream()
            .map(
                v ->
                    new PermitViews.Version(
                        v.id(),
                        v.permit().number(),
                        v.permit().validFrom().toString(),
                        v.permit().validTo().toString(),
                        v.managementTier()))
            .toList());
  }

  /** The audit entry's words for a facility list: codes, kinds and capacities. */
  private static String describe(List<Facility> facilities) {
    return facilities.isEmpty()
        ? "(none)"
        : facilities.stream()
            .map(
                f ->
                    f.code()
                        + " "
                        + f.kind().code()
                        + (f.capacityMw() == null ? "" : " " + f.capacityMw() + " MW"))
            .collect(Collectors.joining(", "));
  }
}
