package org.cocontrol.core.footprint;

import java.util.List;
import java.util.Objects;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.unit.Unit;

/**
 * One record of a facility's year as the ledger accounted it: the resolved activity and source, the
 * amount and the emission lines.
 */
public record FacilityRecord(
    String recordId,
    Activity activity,
    SourceCategory source,
    String technology,
    double amount,
    Unit unit,
    List<FacilityLine> lines) {

  public FacilityRecord {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(unit, "unit");
    lines = List.copyOf(lines);
  }

  /** A record accounted by the core's accountant (the command line). */
  public static FacilityRecord of(RecordResult r) {
    return new FacilityRecord(
        r.record().recordId(),
        r.activity(),
        r.source(),
        r.record().technology(),
        r.record().amount(),
        r.record().unit(),
        r.lines().stream().map(FacilityRecord::line).toList());
  }

  private static FacilityLine line(EmissionLine l) {
    return new FacilityLine(l.substance(), l.scope(), l.tonnes());
  }

  /** The amount in {@code target}'s unit; null when the dimensions differ. */
  Double amountIn(Unit target) {
    return unit.dimension() == target.dimension() ? amount * unit.factorTo(target) : null;
  }
}
