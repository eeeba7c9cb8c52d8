package org.cocontrol.server.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.readside.Grouping;
import org.cocontrol.core.readside.InventoryAnswer;
import org.cocontrol.core.readside.InventoryLine;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.server.readside.ReadSide;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.RequestValues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET
 * /api/v1/inventory?region=&year=[&substance=][&groupBy=source|substance|sector|fuel][&gwpSet=]}.
 *
 * <p>The answer is the read side's ({@code core.readside.ReadModel}): where the top-down layer
 * (CEADs, CO2 only) has the region's total for the year, CO2 is reported from it and the answer
 * carries a reconciliation: for each source, how much of the top-down amount the facilities in the
 * ledger explain. The two are never added. Pollutants, and CO2 and CO2E in years without a top-down
 * value, come from the ledger. Totals are territorial: direct emissions only.
 */
@RestController
@RequestMapping("/api/v1/inventory")
class InventoryController {

  /**
   * One row. {@code layer} ({@code top-down} or {@code bottom-up}) and {@code gwpSet} (CO2E rows)
   * were added after the first release; the other fields are as they were.
   */
  record Row(
      String source,
      String sector,
      String fuel,
      String name,
      String substance,
      String scope,
      double amountT,
      String layer,
      String gwpSet) {}

  record Reconciliation(String source, double topDownT, double bottomUpT, Double explainedShare) {}

  record InventoryView(
      String region,
      int year,
      String layer,
      String groupBy,
      List<Row> rows,
      Double totalT,
      Map<String, Double> totalsT,
      List<Reconciliation> reconciliation,
      String gwpSet) {}

  private final ReadSide readSide;

  InventoryController(ReadSide readSide) {
    this.readSide = readSide;
  }

  @GetMapping
  InventoryView inventory(
      @RequestParam String region,
      @RequestParam int year,
      @RequestParam(required = false) String substance,
      @RequestParam(defaultValue = "source") String groupBy,
      @RequestParam(required = false) String gwpSet) {
    Adcode code = RequestValues.adcode(region);
    Grouping by =
        Grouping.parse(groupBy)
            .orElseThrow(
                () ->
                    BadRequestException.invalid(
                        "groupBy must be source, substance, sector or fuel"));
    GwpSet set =
        gwpSet == null || gwpSet.isBlank()
            ? readSide.gwpSet()
            : GwpSet.parse(gwpSet)
                .orElseThrow(
                    () -> BadRequestException.invalid("gwpSet must be SAR, AR4, AR5 or AR6"));
    InventoryAnswer a = readSide.inventory(code, year, wanted(substance), by, set);
    List<Row> rows = a.rows().stream().map(InventoryController::row).toList();
    List<Reconciliation> reconciliation =
        a.reconciliation().stream()
            .map(
                r ->
                    new Reconciliation(r.source(), r.topDownT(), r.bottomUpT(), r.explainedShare()))
            .toList();
    return new InventoryView(
        code.toString(),
        year,
        a.layer(),
        by.code(),
        rows,
        a.total(),
        a.totals(),
        reconciliation,
        set.name());
  }

  /** The substance asked for as the read side names it: a substance code, CO2E, or null for all. */
  private static String wanted(String substance) {
    if (substance == null || substance.isBlank()) {
      return null;
    }
    if (substance.strip().toUpperCase(Locale.ROOT).equals(InventoryRow.CO2E)) {
      return InventoryRow.CO2E;
    }
    return Substance.parse(substance)
        .map(Substance::code)
        .orElseThrow(() -> BadRequestException.invalid("unknown substance: '" + substance + "'"));
  }

  private static Row row(InventoryLine l) {
    return new Row(
        l.source(),
        l.sector(),
        l.fuel(),
        l.name(),
        l.substance(),
        l.scope().code(),
        l.tonnes(),
        l.layer().code(),
        l.gwpSet() == null ? null : l.gwpSet().name());
  }
}
