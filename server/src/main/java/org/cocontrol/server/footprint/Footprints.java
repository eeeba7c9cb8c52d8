package org.cocontrol.server.footprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.footprint.FacilityLine;
import org.cocontrol.core.footprint.FacilityRecord;
import org.cocontrol.core.footprint.FootprintReference;
import org.cocontrol.core.footprint.FootprintResult;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.reference.FootprintData;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.Ledger;
import org.springframework.stereotype.Service;

/**
 * Gathers one enterprise's year from the ledger (its current activity records and their stored
 * emission lines) and asks core.footprint. An enterprise sees only itself, an authority the
 * enterprises registered in its jurisdiction, the public nothing: anyone else gets 403.
 */
@Service
class Footprints {

  /** The enterprise and its footprints for the year. */
  record Answer(EnterpriseStore.Enterprise enterprise, FootprintResult result) {}

  private final EnterpriseStore enterprises;
  private final Ledger ledger;
  private final ReferenceData reference;
  private final FootprintReference footprint;

  Footprints(EnterpriseStore enterprises, Ledger ledger, ReferenceData reference) {
    this.enterprises = enterprises;
    this.ledger = ledger;
    this.reference = reference;
    this.footprint = FootprintData.load(reference.classification());
  }

  /**
   * The footprints of enterprise {@code id} in {@code year} (its latest reported year when null).
   *
   * @throws BadRequestException 404 for an unknown enterprise, 403 for one the caller may not see
   */
  Answer of(Caller caller, long id, Integer year, GwpSet gwpSet) {
    EnterpriseStore.Enterprise e =
        enterprises
            .find(id)
            .orElseThrow(
                () -> BadRequestException.notFound(Messages.text("footprint.notFound", id)));
    if (!AccessPolicy.maySee(caller, e)) {
      throw BadRequestException.forbidden(Messages.text("access.enterprises"));
    }
    List<ActivityRecord> activities = ledger.activitiesOf(id);
    int y =
        year != null ? year : activities.stream().mapToInt(ActivityRecord::year).max().orElse(0);
    Map<String, List<FacilityLine>> lines = new LinkedHashMap<>();
    for (Ledger.StoredEmission s : ledger.emissionsOf(id)) {
      if (s.year() != y) {
        continue;
      }
      Optional<Substance> substance = Substance.parse(s.substance());
      Optional<Scope> scope = scope(s.scope());
      if (substance.isPresent() && scope.isPresent()) {
        lines
            .computeIfAbsent(s.recordId(), k -> new ArrayList<>())
            .add(new FacilityLine(substance.get(), scope.get(), s.tonnes()));
      }
    }
    List<FacilityRecord> records = new ArrayList<>();
    for (ActivityRecord a : activities) {
      if (a.year() != y) {
        continue;
      }
      Optional<Activity> activity = reference.classification().activity(a.activity());
      Optional<SourceCategory> source = reference.classification().source(a.source());
      if (activity.isPresent() && source.isPresent()) {
        records.add(
            new FacilityRecord(
                a.recordId(),
                activity.get(),
                source.get(),
                a.technology(),
                a.amount(),
                a.unit(),
                lines.getOrDefault(a.recordId(), List.of())));
      }
    }
    return new Answer(
        e, FootprintResult.compute(footprint, reference.gwp(), gwpSet, e.code(), y, records));
  }

  private static Optional<Scope> scope(String code) {
    try {
      return Optional.of(Scope.valueOf(code.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
