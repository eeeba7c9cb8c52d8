package org.cocontrol.core.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;

/**
 * Accounted records rolled up into region × year × substance × scope (× the breakdowns asked for),
 * with CO2e under a chosen GWP set.
 *
 * <p>Roll-ups are exact in the sense that matters: every record is summed with compensated
 * summation at each level, so a parent equals the sum of its children to within floating-point
 * rounding of the final values (relative 1e-15), whatever the number of records. A record coarser
 * than the requested level (a province-wide record asked for by county) stays at its own code
 * rather than being split.
 */
public final class Inventory {

  /** One emission line reduced to what an inventory keeps. */
  private record Fact(
      Adcode region,
      int year,
      String source,
      String ipcc,
      String activity,
      String entity,
      Substance substance,
      Scope scope,
      double tonnes) {}

  private final List<Fact> facts = new ArrayList<>();

  /** Adds every line of an accounted record. */
  public void add(RecordResult result) {
    Objects.requireNonNull(result, "result");
    for (EmissionLine l : result.lines()) {
      facts.add(
          new Fact(
              result.record().region(),
              result.record().year(),
              result.source().code(),
              result.source().ipcc(),
              result.activity().code(),
              result.record().entityId(),
              l.substance(),
              l.scope(),
              l.tonnes()));
    }
  }

  /** Adds a value computed elsewhere (e.g. by the batch kernel) at its finest region. */
  public void add(
      Adcode region,
      int year,
      String source,
      String ipcc,
      String activity,
      String entity,
      Substance substance,
      Scope scope,
      double tonnes) {
    facts.add(new Fact(region, year, source, ipcc, activity, entity, substance, scope, tonnes));
  }

  /**
   * The inventory at {@code level}, broken down by {@code by} (substance and scope always), plus
   * CO2E rows under {@code gwpSet} for each group that has greenhouse gases (biogenic CO2
   * excluded).
   */
  public List<InventoryRow> rollUp(
      RegionLevel level, Set<Breakdown> by, GwpSet gwpSet, GwpTable gwp) {
    Set<Breakdown> dims = by.isEmpty() ? EnumSet.noneOf(Breakdown.class) : EnumSet.copyOf(by);
    Map<InventoryRow, CompensatedSum> sums = new LinkedHashMap<>();
    Map<InventoryRow, CompensatedSum> co2e = new LinkedHashMap<>();
    for (Fact f : facts) {
      Adcode region = f.region().at(level);
      InventoryRow key =
          new InventoryRow(
              region,
              f.year(),
              dims.contains(Breakdown.SOURCE) ? f.source() : null,
              dims.contains(Breakdown.IPCC) ? f.ipcc() : null,
              dims.contains(Breakdown.ACTIVITY) ? f.activity() : null,
              dims.contains(Breakdown.ENTITY) ? f.entity() : null,
              f.substance().code(),
              f.scope().code(),
              null,
              0);
      sums.computeIfAbsent(key, k -> new CompensatedSum()).add(f.tonnes());
      if (f.substance().isGreenhouseGas()
          && f.scope() != Scope.BIOGENIC
          && gwp.gwp(f.substance(), gwpSet).isPresent()) {
        InventoryRow ck =
            new InventoryRow(
                region,
                f.year(),
                key.source(),
                key.ipcc(),
                key.activity(),
                key.entity(),
                InventoryRow.CO2E,
                key.scope(),
                gwpSet.name(),
                0);
        co2e.computeIfAbsent(ck, k -> new CompensatedSum())
            .add(gwp.toCo2e(f.substance(), f.tonnes(), gwpSet).tonnes());
      }
    }
    List<InventoryRow> rows = new ArrayList<>(sums.size() + co2e.size());
    sums.forEach((k, s) -> rows.add(withTonnes(k, s.value())));
    co2e.forEach((k, s) -> rows.add(withTonnes(k, s.value())));
    rows.sort(ORDER);
    return rows;
  }

  /**
   * Sum of one substance in one region (at or above the records' level) and year over the scopes
   * that count in totals.
   */
  public double total(Adcode region, int year, Substance substance) {
    CompensatedSum s = new CompensatedSum();
    for (Fact f : facts) {
      if (f.year() == year
          && f.substance() == substance
          && f.scope().countsInTotal()
          && f.region().isWithin(region)) {
        s.add(f.tonnes());
      }
    }
    return s.value();
  }

  public int size() {
    return facts.size();
  }

  private static InventoryRow withTonnes(InventoryRow k, double t) {
    return new InventoryRow(
        k.region(),
        k.year(),
        k.source(),
        k.ipcc(),
        k.activity(),
        k.entity(),
        k.substance(),
        k.scope(),
        k.gwpSet(),
        t);
  }

  private static final Comparator<String> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  private static final Comparator<InventoryRow> ORDER =
      Comparator.comparing(InventoryRow::region)
          .thenComparingInt(InventoryRow::year)
          .thenComparing(InventoryRow::source, NULLS_FIRST)
          .thenComparing(InventoryRow::ipcc, NULLS_FIRST)
          .thenComparing(InventoryRow::activity, NULLS_FIRST)
          .thenComparing(InventoryRow::entity, NULLS_FIRST)
          .thenComparing(r -> substanceOrder(r.substance()))
          .thenComparing(InventoryRow::scope);

  private static int substanceOrder(String code) {
    return InventoryRow.CO2E.equals(code)
        ? Substance.values().length
        : Substance.parse(code).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
  }
}
