package org.cocontrol.server.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.readside.GasColumn;
import org.cocontrol.core.readside.Grouping;
import org.cocontrol.core.readside.InventoryAnswer;
import org.cocontrol.core.readside.InventoryLine;
import org.cocontrol.core.readside.Layer;
import org.cocontrol.core.readside.ReportLayout;
import org.cocontrol.core.readside.ReportRow;
import org.cocontrol.core.readside.SectorReport;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.server.readside.ReadSide;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
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
   * were added after the first release, then {@code ipccSector} and {@code ipccSectorName} (the
   * IPCC 2006 sector, 1–5, of the row's source category; null without one); the other fields are as
   * they were.
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
      String gwpSet,
      String ipccSector,
      String ipccSectorName) {}

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

  /** A gas column of the report by sector: {@code mass} false for HFCs and PFCs (CO2e only). */
  record GasView(String code, String name, boolean mass) {}

  /**
   * One line of the report by sector; a gas without data is absent from {@code tonnes} and {@code
   * co2e}, and {@code co2eT} is null without data (missing is not zero).
   */
  record SectorRow(
      String code,
      String parent,
      int depth,
      String numbering,
      String name,
      String nameEn,
      boolean memo,
      boolean hasData,
      Map<String, Double> tonnes,
      Map<String, Double> co2e,
      Double co2eT) {}

  /** A top-level row of the report: its code and name. */
  record SectorName(String code, String name) {}

  record Coverage(
      List<SectorName> sectorsWithData, List<SectorName> sectorsWithoutData, boolean complete) {}

  record SectorsView(
      String region,
      int year,
      String layout,
      String layoutName,
      String layer,
      String gwpSet,
      List<GasView> gases,
      List<SectorRow> rows,
      SectorRow total,
      Coverage coverage,
      List<String> unweighted) {}

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
    GwpSet set = gwpSet(gwpSet);
    InventoryAnswer a = readSide.inventory(code, year, wanted(substance), by, set);
    List<Row> rows = a.rows().stream().map(this::row).toList();
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

  /**
   * {@code GET /api/v1/inventory/sectors?region=&year=[&layout=ipcc2006|provincial][&gwpSet=]}: the
   * region's greenhouse-gas inventory of the year as an inventory report: the five IPCC 2006
   * sectors, or the layout of the provincial inventory guideline, with subtotals, gases as columns
   * and CO2E; territorial totals (direct emissions only), memo items (信息项) shown and never added;
   * from the ledger (bottom-up layer). Open like {@code /api/v1/inventory}: a published aggregate.
   */
  @GetMapping("/sectors")
  SectorsView sectors(
      @RequestParam String region,
      @RequestParam int year,
      @RequestParam(defaultValue = "ipcc2006") String layout,
      @RequestParam(required = false) String gwpSet) {
    Adcode code = RequestValues.adcode(region);
    ReportLayout l = readSide.reportLayouts().get(layout.strip());
    if (l == null) {
      throw BadRequestException.invalid(
          Messages.text(
              "inventory.layout", layout, String.join(", ", readSide.reportLayouts().keySet())));
    }
    GwpSet set = gwpSet(gwpSet);
    SectorReport r = readSide.sectors(code, year, l, set);
    Map<String, String> names = new java.util.HashMap<>();
    l.rows().forEach(x -> names.put(x.code(), x.nameZh()));
    List<GasView> gases =
        java.util.Arrays.stream(GasColumn.values())
            .filter(g -> g != GasColumn.NF3 || r.total().tonnes().containsKey(g))
            .map(g -> new GasView(g.label(), g.nameZh(), g.isSingleSpecies()))
            .toList();
    return new SectorsView(
        code.toString(),
        year,
        l.code(),
        l.nameZh(),
        Layer.BOTTOM_UP.code(),
        set.name(),
        gases,
        r.lines().stream().map(InventoryController::sectorRow).toList(),
        sectorRow(r.total()),
        new Coverage(
            r.sectorsWithData().stream().map(c -> new SectorName(c, names.get(c))).toList(),
            r.sectorsWithoutData().stream().map(c -> new SectorName(c, names.get(c))).toList(),
            r.isComplete()),
        r.unweighted());
  }

  private static SectorRow sectorRow(SectorReport.Line l) {
    Map<String, Double> tonnes = new java.util.LinkedHashMap<>();
    l.tonnes().forEach((g, t) -> tonnes.put(g.label(), t));
    Map<String, Double> co2e = new java.util.LinkedHashMap<>();
    l.co2e().forEach((g, t) -> co2e.put(g.label(), t));
    ReportRow row = l.row();
    return new SectorRow(
        row.code(),
        row.parent().isEmpty() ? null : row.parent(),
        l.depth(),
        row.numbering(),
        row.nameZh(),
        row.nameEn(),
        row.isMemo(),
        l.hasData(),
        tonnes,
        co2e,
        l.co2eT());
  }

  private GwpSet gwpSet(String gwpSet) {
    return gwpSet == null || gwpSet.isBlank()
        ? readSide.gwpSet()
        : GwpSet.parse(gwpSet)
            .orElseThrow(() -> BadRequestException.invalid("gwpSet must be SAR, AR4, AR5 or AR6"));
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

  private Row row(InventoryLine l) {
    ReadSide.IpccSector ipcc = readSide.ipccSector(l.source()).orElse(null);
    return new Row(
        l.source(),
        l.sector(),
        l.fuel(),
        l.name(),
        l.substance(),
        l.scope().code(),
        l.tonnes(),
        l.layer().code(),
        l.gwpSet() == null ? null : l.gwpSet().name(),
        ipcc == null ? null : ipcc.code(),
        ipcc == null ? null : ipcc.nameZh());
  }
}
