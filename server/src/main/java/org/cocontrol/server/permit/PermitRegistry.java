package org.cocontrol.server.permit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.Permit;
import org.cocontrol.io.Table;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.PermitStore;
import org.springframework.stereotype.Service;

/**
 * Facilities and permits of enterprises as core types, for reporting (the GHG and permit execution
 * reports read them here) and for the permit API; and the shipped demo facilities and permits,
 * loaded through the same checks and audited.
 */
@Service
public class PermitRegistry {

  private final PermitStore store;
  private final EnterpriseStore enterprises;
  private final AuditedChanges changes;

  PermitRegistry(PermitStore store, EnterpriseStore enterprises, AuditedChanges changes) {
    this.store = store;
    this.enterprises = enterprises;
    this.changes = changes;
  }

  /** The facilities of an entity (its code in activity files), empty when none or unregistered. */
  public List<Facility> facilities(String entityCode) {
    return store.enterpriseId(entityCode).map(store::facilities).orElse(List.of());
  }

  /** The permit in force today, empty when there is none. */
  public Optional<Permit> permit(String entityCode) {
    LocalDate today = LocalDate.now();
    return versions(entityCode).stream()
        .filter(p -> inForce(p.permit(), today))
        .reduce((a, b) -> b)
        .map(PermitStore.StoredPermit::permit);
  }

  /**
   * The permit valid in {@code year}: of the versions whose validity overlaps the year, the one
   * that started last; empty when none does.
   */
  public Optional<Permit> permit(String entityCode, int year) {
    return versionIn(versions(entityCode), year).map(PermitStore.StoredPermit::permit);
  }

  List<PermitStore.StoredPermit> versions(String entityCode) {
    return store.enterpriseId(entityCode).map(store::permits).orElse(List.of());
  }

  static boolean inForce(Permit p, LocalDate day) {
    return !day.isBefore(p.validFrom()) && !day.isAfter(p.validTo());
  }

  static Optional<PermitStore.StoredPermit> versionIn(
      List<PermitStore.StoredPermit> versions, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return versions.stream()
        .filter(p -> !p.permit().validFrom().isAfter(last) && !p.permit().validTo().isBefore(first))
        .max(Comparator.comparing((PermitStore.StoredPermit p) -> p.permit().validFrom()));
  }

  /**
   * Loads the shipped facilities and permits (demo), through the same checks as the API, in one
   * transaction with one audit entry per file. A problem in them is a bug of the release.
   *
   * @return how many enterprises got facilities, how many permits, and how many permit versions
   */
  public Loaded loadShipped(String facilitiesPath, String permitsPath) throws IOException {
    Map<String, EnterpriseStore.Registration> registered = enterprises.registrations();
    Shipped shipped = readShipped(facilitiesPath, permitsPath);
    Map<String, List<PermitViews.FacilityIn>> facilities = shipped.facilities();
    Map<String, List<PermitViews.PermitIn>> permits = shipped.permits();
    changes.run(
        "system",
        "facilities.load",
        facilitiesPath,
        "demo data: facilities of " + facilities.size() + " enterprises",
        null,
        () ->
            facilities.forEach(
                (code, list) -> {
                  long id = registration(registered, code).id();
                  PermitInput.Checked<List<Facility>> checked =
                      PermitInput.facilities(new PermitViews.FacilitiesIn(list));
                  if (!checked.isValid()) {
                    throw new IllegalStateException(
                        "shipped facilities of " + code + " are invalid: " + checked.problems());
                  }
                  store.replaceFacilities(id, checked.value());
                }));
    int[] versions = {0};
    changes.run(
        "system",
        "permit.load",
        permitsPath,
        "demo data: permits of " + permits.size() + " enterprises",
        null,
        () ->
            permits.forEach(
                (code, byStart) -> {
                  long id = registration(registered, code).id();
                  String credit = enterprises.find(id).map(e -> e.creditCode()).orElse(null);
                  var known =
                      store.facilities(id).stream().map(Facility::code).collect(Collectors.toSet());
                  for (PermitViews.PermitIn in : byStart) {
                    PermitInput.Checked<PermitInput.PermitFields> checked =
                        PermitInput.permit(in, credit, known);
                    if (!checked.isValid()) {
                      throw new IllegalStateException(
                          "shipped permit of " + code + " is invalid: " + checked.problems());
                    }
                    PermitInput.PermitFields p = checked.value();
                    store.savePermit(
                        id, p.permit(), p.issuingAuthority(), p.managementTier(), "system");
                    versions[0]++;
                  }
                }));
    return new Loaded(facilities.size(), permits.size(), versions[0]);
  }

  /**
   * The shipped files as the API's input: facilities by entity, and each entity's permit versions
   * (the long-form rows, one per outlet and pollutant, grouped by validity start and outlet).
   */
  record Shipped(
      Map<String, List<PermitViews.FacilityIn>> facilities,
      Map<String, List<PermitViews.PermitIn>> permits) {}

  static Shipped readShipped(String facilitiesPath, String permitsPath) throws IOException {
    Map<String, List<PermitViews.FacilityIn>> facilities = new LinkedHashMap<>();
    for (Table.Row r : csv(facilitiesPath)) {
      facilities
          .computeIfAbsent(r.get("entity_id"), k -> new ArrayList<>())
          .add(
              new PermitViews.FacilityIn(
                  r.get("facility"),
                  r.get("name_zh"),
                  r.get("kind"),
                  r.number("capacity_mw", false),
                  PermitStore.attributes(r.get("attributes")),
                  split(r.get("outlets"))));
    }
    Map<String, Map<String, PermitRows>> rows = new LinkedHashMap<>();
    for (Table.Row r : csv(permitsPath)) {
      rows.computeIfAbsent(r.get("entity_id"), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.get("valid_from"), k -> new PermitRows(r))
          .add(r);
    }
    Map<String, List<PermitViews.PermitIn>> permits = new LinkedHashMap<>();
    rows.forEach(
        (code, byStart) ->
            permits.put(code, byStart.values().stream().map(PermitRows::in).toList()));
    return new Shipped(facilities, permits);
  }

  /** What a shipped load stored. */
  public record Loaded(int facilityEnterprises, int permitEnterprises, int permitVersions) {}

  private static EnterpriseStore.Registration registration(
      Map<String, EnterpriseStore.Registration> registered, String code) {
    EnterpriseStore.Registration r = registered.get(code);
    if (r == null) {
      throw new IllegalStateException("shipped permit data names unregistered entity " + code);
    }
    return r;
  }

  /** The long-form rows (one per outlet and pollutant) of one permit version. */
  private static final class PermitRows {
    private final Table.Row head;
    private final Map<String, List<Table.Row>> byOutlet = new LinkedHashMap<>();

    PermitRows(Table.Row head) {
      this.head = head;
    }

    void add(Table.Row r) {
      byOutlet.computeIfAbsent(r.get("outlet"), k -> new ArrayList<>()).add(r);
    }

    PermitViews.PermitIn in() {
      List<PermitViews.OutletIn> outlets = new ArrayList<>();
      byOutlet.forEach(
          (code, rows) ->
              outlets.add(
                  new PermitViews.OutletIn(
                      code,
                      rows.get(0).get("outlet_name"),
                      split(rows.get(0).get("facilities")),
                      rows.stream()
                          .map(
                              r ->
                                  new PermitViews.LimitIn(
                                      r.get("pollutant"),
                                      r.number("concentration_mg_m3", false),
                                      r.number("annual_t", false)))
                          .toList())));
      return new PermitViews.PermitIn(
          head.get("permit_number"),
          head.get("valid_from"),
          head.get("valid_to"),
          head.get("issuing_authority"),
          head.get("management_tier"),
          outlets);
    }
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.strip().split(";"));
  }

  private static List<Table.Row> csv(String path) throws IOException {
    InputStream in = PermitRegistry.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException("shipped file " + path + " is missing");
    }
    try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Table t = Table.read(path, r, Table.Columns.any(List.of(), Table.WIDE));
      if (!t.isValid()) {
        throw new IllegalStateException("shipped file " + path + " is invalid: " + t.problems());
      }
      return t.rows();
    }
  }
}
