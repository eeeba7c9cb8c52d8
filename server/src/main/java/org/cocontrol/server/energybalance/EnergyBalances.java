package org.cocontrol.server.energybalance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.energybalance.BalanceAccounts;
import org.cocontrol.core.energybalance.BalanceComparison;
import org.cocontrol.core.energybalance.BalanceLabels;
import org.cocontrol.core.energybalance.BalanceResult;
import org.cocontrol.core.energybalance.BalanceRow;
import org.cocontrol.core.energybalance.EnergyBalance;
import org.cocontrol.core.energybalance.FuelFactors;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.readside.Grouping;
import org.cocontrol.core.readside.InventoryAnswer;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.io.EnergyBalanceReader;
import org.cocontrol.reference.EnergyBalanceReference;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.readside.ReadSide;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.EnergyBalanceStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Energy balance tables: read (io), checked, stored with their file and an audit entry in one
 * transaction, and answered as the two approaches beside the ledger and the top-down layer. Only
 * authorities, inside their jurisdiction.
 */
@Service
class EnergyBalances {

  private final EnergyBalanceStore store;
  private final AuditedChanges changes;
  private final ReadSide readSide;
  private final ReferenceData reference;
  private final BalanceLabels labels = EnergyBalanceReference.labels();

  EnergyBalances(
      EnergyBalanceStore store,
      AuditedChanges changes,
      ReadSide readSide,
      ReferenceData reference) {
    this.store = store;
    this.changes = changes;
    this.readSide = readSide;
    this.reference = reference;
  }

  private static Caller authority(Caller c) {
    return AccessPolicy.requireAuthority(c, Messages.text("access.energyBalance"));
  }

  private static void year(int year) {
    if (year < 1900 || year > 2100) {
      throw BadRequestException.invalid(Messages.text("energyBalance.year"));
    }
  }

  /** Reads, checks and stores a table as the current one of its region and year. */
  EnergyBalanceView upload(
      Caller caller, Adcode region, int year, String fileName, byte[] content) {
    Caller c = authority(caller);
    year(year);
    if (!AccessPolicy.mayWrite(c, region)) {
      throw BadRequestException.forbidden(Messages.text("access.regionOutside", region));
    }
    EnergyBalanceReader.Result read =
        EnergyBalanceReader.read(fileName, content, labels, region, year);
    if (!read.isValid()) {
      throw rejected(read, HttpStatus.BAD_REQUEST);
    }
    EnergyBalanceStore.Stored stored =
        changes.run(
            c.username(),
            "energy_balance.upload",
            s -> "energy_balance " + s.id(),
            region,
            () -> store.save(region, year, fileName, content, c.username()),
            s -> fileName + " (" + content.length + " bytes), " + region + " " + year);
    return view(stored, read.balance());
  }

  /** The current table of a region and year, computed. */
  EnergyBalanceView current(Caller caller, Adcode region, int year) {
    Caller c = authority(caller);
    year(year);
    if (!AccessPolicy.mayRead(c, region)) {
      throw BadRequestException.forbidden(Messages.text("access.regionOutside", region));
    }
    EnergyBalanceStore.Stored s =
        store
            .current(region, year)
            .orElseThrow(
                () ->
                    BadRequestException.notFound(
                        Messages.text("energyBalance.notFound", region, year)));
    byte[] content = store.content(s.id()).orElseThrow();
    EnergyBalanceReader.Result read =
        EnergyBalanceReader.read(s.fileName(), content, labels, region, year);
    if (!read.isValid()) {
      // stored after the same check; only a change of the labels could make it unreadable now
      throw rejected(read, HttpStatus.CONFLICT);
    }
    return view(s, read.balance());
  }

  private static BadRequestException rejected(EnergyBalanceReader.Result read, HttpStatus status) {
    List<ApiError.Problem> problems = read.problems().stream().map(ApiError.Problem::of).toList();
    return new BadRequestException(
        status, new ApiError(Messages.text("energyBalance.rejected", problems.size()), problems));
  }

  /** The current tables the caller may see. */
  List<EnergyBalanceView.Listed> list(Caller caller) {
    Caller c = authority(caller);
    return store.currentAll().stream()
        .filter(s -> AccessPolicy.mayRead(c, s.region()))
        .map(
            s ->
                new EnergyBalanceView.Listed(
                    s.id(),
                    s.region().toString(),
                    reference.regions().nameZh(s.region()),
                    s.year(),
                    s.fileName(),
                    s.uploadedBy(),
                    s.uploadedAt()))
        .toList();
  }

  private EnergyBalanceView view(EnergyBalanceStore.Stored s, EnergyBalance table) {
    BalanceResult r =
        BalanceAccounts.compute(table, labels, FuelFactors.forTable(reference.parameters(), table));
    InventoryAnswer answer =
        readSide.inventory(
            s.region(), s.year(), Substance.CO2.code(), Grouping.SOURCE, readSide.gwpSet());
    BalanceComparison cmp = BalanceComparison.of(r, labels, answer);
    Map<String, String> units = new LinkedHashMap<>();
    table.columns().forEach(col -> units.put(col.fuel().code(), col.unit().symbol()));
    Map<BalanceRow, CompensatedSum> bySector = new LinkedHashMap<>();
    r.sectoral()
        .forEach(l -> bySector.computeIfAbsent(l.row(), k -> new CompensatedSum()).add(l.co2T()));
    List<EnergyBalanceView.Sector> sectors = new ArrayList<>();
    bySector.forEach(
        (row, sum) ->
            sectors.add(
                new EnergyBalanceView.Sector(
                    row.name(), labels.row(row).nameZh(), labels.row(row).ipcc(), sum.value())));
    return new EnergyBalanceView(
        s.id(),
        s.region().toString(),
        reference.regions().nameZh(s.region()),
        s.year(),
        s.fileName(),
        s.uploadedBy(),
        s.uploadedAt(),
        r.referenceT(),
        r.sectoralT(),
        r.differenceT(),
        r.sectoralT() > 0 ? r.differenceT() / r.sectoralT() : null,
        r.reference().stream()
            .map(
                l ->
                    new EnergyBalanceView.ReferenceFuel(
                        l.fuel(),
                        l.nameZh(),
                        l.unit().symbol(),
                        l.apparentConsumption(),
                        l.nonEnergyUse(),
                        l.carbonT(),
                        l.excludedCarbonT(),
                        l.co2T(),
                        l.factors()))
            .toList(),
        r.sectoral().stream()
            .map(
                l ->
                    new EnergyBalanceView.SectoralCell(
                        l.row().name(),
                        l.rowNameZh(),
                        l.fuel(),
                        l.fuelNameZh(),
                        l.amount(),
                        units.get(l.fuel()),
                        l.co2T()))
            .toList(),
        sectors,
        r.explanations().stream()
            .map(
                e ->
                    new EnergyBalanceView.Explanation(
                        e.cause().name(),
                        Messages.zh("energyBalance.cause." + e.cause().name()),
                        e.co2T(),
                        e.memo()))
            .toList(),
        r.gaps().stream()
            .map(
                g ->
                    new EnergyBalanceView.Gap(
                        g.fuel(),
                        g.nameZh(),
                        g.unit().symbol(),
                        g.reason().name(),
                        Messages.zh("energyBalance.gap." + g.reason().name()),
                        g.apparentConsumption(),
                        g.burned()))
            .toList(),
        new EnergyBalanceView.Comparison(
            answer.layer(),
            cmp.ledgerT(),
            cmp.topDownT(),
            cmp.lines().stream()
                .map(
                    l ->
                        new EnergyBalanceView.Line(
                            l.rows().stream().map(BalanceRow::name).toList(),
                            l.namesZh().isEmpty()
                                ? List.of(Messages.zh("energyBalance.unmappedSources"))
                                : l.namesZh(),
                            l.sources(),
                            l.sources().stream().map(this::sourceName).toList(),
                            l.sectoralT(),
                            l.ledgerT(),
                            l.topDownT(),
                            l.ledgerShare(),
                            l.topDownMinusSectoralT()))
                .toList()));
  }

  private String sourceName(String code) {
    return reference
        .classification()
        .source(code)
        .map(SourceCategory::nameZh)
        .orElse(Messages.zh("energyBalance.otherSource"));
  }
}
