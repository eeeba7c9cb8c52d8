package org.cocontrol.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.inventory.Breakdown;
import org.cocontrol.core.inventory.Intensity;
import org.cocontrol.core.inventory.Inventory;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.readside.ReportLayout;
import org.cocontrol.core.readside.SectorReport;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.text.Message;
import org.cocontrol.io.Table;
import org.cocontrol.io.TableWriter;
import org.cocontrol.reference.InventoryReportReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol inventory}: accounted records rolled up by region level, source, substance and
 * year.
 */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    description = {"汇总排放清单: 行政区 × 排放源 × 物质 × 年份, 含 CO2 当量 / roll records up into an inventory."})
final class InventoryCommand implements Callable<Integer> {

  /** The {@code --by} value of the inventory report by sector. */
  static final String IPCC_SECTOR = "ipcc-sector";

  @Mixin AccountingSetup setup;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "清单文件 (.csv / .xlsx) / inventory file")
  Path out;

  @Option(
      names = "--level",
      defaultValue = "province",
      paramLabel = "LEVEL",
      description = "汇总层级 nation|province|city|county (默认 ${DEFAULT-VALUE})")
  String level;

  @Option(
      names = "--by",
      defaultValue = "source,substance",
      split = ",",
      paramLabel = "DIMS",
      description =
          "分组维度 source,ipcc,activity,entity,substance,scope (物质与范围始终分列; 默认 ${DEFAULT-VALUE});"
              + " ipcc-sector: 按部门的清单报表 (见 --report) / the inventory report by sector")
  List<String> by;

  @Option(
      names = "--report",
      defaultValue = InventoryReportReference.IPCC2006,
      paramLabel = "LAYOUT",
      description =
          "与 --by ipcc-sector 同用: ipcc2006 (IPCC 2006 五个部门) 或 provincial (省级温室气体清单) (默认"
              + " ${DEFAULT-VALUE})")
  String report;

  @Option(
      names = "--denominators",
      paramLabel = "FILE",
      description = "强度分母 CSV: region,year,name,value,unit (如 gdp, 万元) / intensity denominators")
  Path denominators;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RegionLevel regionLevel =
        RegionLevel.parse(level)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "--level must be nation, province, city or county, got '" + level + "'"));
    if (by.stream().anyMatch(d -> d.strip().equalsIgnoreCase(IPCC_SECTOR))) {
      return sectorReport(regionLevel);
    }
    Set<Breakdown> breakdown = new LinkedHashSet<>();
    for (String d : by) {
      String dim = d.strip().toLowerCase(java.util.Locale.ROOT);
      if (dim.equals("substance") || dim.equals("scope") || dim.isEmpty()) {
        continue; // always broken down
      }
      breakdown.add(
          Breakdown.parse(dim)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "--by: unknown dimension '"
                              + d
                              + "' (source, ipcc, activity, entity, substance, scope,"
                              + " ipcc-sector)")));
    }
    Map<String, Map<String, Intensity>> perRegionYear =
        denominators == null ? Map.of() : readDenominators(denominators);
    List<String> intensityNames =
        perRegionYear.values().stream()
            .flatMap(m -> m.keySet().stream())
            .distinct()
            .sorted()
            .toList();

    ReferenceData reference = setup.reference();
    List<ActivityRecord> records = setup.read(reference, spec.commandLine().getErr());
    List<RecordResult> results = AccountCommand.accountAll(setup.accountant(reference), records);
    Inventory inventory = new Inventory();
    results.forEach(inventory::add);
    List<InventoryRow> rows = inventory.rollUp(regionLevel, breakdown, setup.gwp, reference.gwp());

    List<String> header = new ArrayList<>(List.of("region", "region_name", "year"));
    breakdown.forEach(b -> header.add(b.code()));
    header.addAll(List.of("substance", "amount_t", "scope", "gwp_set"));
    for (String name : intensityNames) {
      header.add("per_" + name);
    }
    try (TableWriter w = TableWriter.open(out, header)) {
      for (InventoryRow r : rows) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.region().toString());
        cells.add(reference.regions().nameZh(r.region()));
        cells.add(r.year());
        for (Breakdown b : breakdown) {
          cells.add(
              switch (b) {
                case SOURCE -> r.source();
                case IPCC -> r.ipcc();
                case ACTIVITY -> r.activity();
                case ENTITY -> r.entity();
              });
        }
        cells.add(r.substance());
        cells.add(r.tonnes());
        cells.add(r.scope());
        cells.add(r.gwpSet());
        Map<String, Intensity> d =
            perRegionYear.getOrDefault(r.region() + "/" + r.year(), Map.of());
        for (String name : intensityNames) {
          Intensity i = d.get(name);
          cells.add(
              i == null || i.of(r.tonnes()).isEmpty() ? null : i.of(r.tonnes()).getAsDouble());
        }
        w.row(cells);
      }
      w.commit();
    }
    AccountCommand.reportGaps(results, spec.commandLine().getErr());
    spec.commandLine()
        .getOut()
        .printf(
            "清单 %d 行 (%d 条记录, %s 级) → %s / inventory rows written%n",
            rows.size(), results.size(), regionLevel.code(), out);
    return 0;
  }

  /**
   * The report by sector: every region at the level and year, written to {@code --out} and printed.
   */
  private int sectorReport(RegionLevel regionLevel) throws java.io.IOException {
    for (String d : by) {
      String dim = d.strip().toLowerCase(java.util.Locale.ROOT);
      if (!List.of(IPCC_SECTOR, "substance", "scope", "").contains(dim)) {
        throw new InvalidInputException(
            "--by ipcc-sector is a report of its own: it cannot be combined with '" + d + "'");
      }
    }
    if (denominators != null) {
      throw new InvalidInputException("--denominators does not apply to --by ipcc-sector");
    }
    Map<String, ReportLayout> layouts = InventoryReportReference.layouts();
    ReportLayout layout = layouts.get(report.strip());
    if (layout == null) {
      throw new InvalidInputException(
          "--report must be one of "
              + String.join(", ", layouts.keySet())
              + ", got '"
              + report
              + "'");
    }
    ReferenceData reference = setup.reference();
    List<ActivityRecord> records = setup.read(reference, spec.commandLine().getErr());
    List<RecordResult> results = AccountCommand.accountAll(setup.accountant(reference), records);
    List<SectorReport> reports =
        SectorReportOutput.reports(results, regionLevel, layout, reference, setup.gwp);
    SectorReportOutput.write(out, reports, reference);
    AccountCommand.reportGaps(results, spec.commandLine().getErr());
    SectorReportOutput.print(spec.commandLine().getOut(), reports, reference);
    spec.commandLine()
        .getOut()
        .printf(
            "%n按部门清单 %d 个地区-年份 (%d 条记录, %s 级, %s) → %s / inventory report by sector written%n",
            reports.size(), results.size(), regionLevel.code(), layout.code(), out);
    return 0;
  }

  /**
   * Denominators keyed by "adcode/year", then by name; every bad cell is reported with its line and
   * column.
   */
  private static Map<String, Map<String, Intensity>> readDenominators(Path file) {
    Map<String, Map<String, Intensity>> out = new LinkedHashMap<>();
    Table t =
        Table.read(
            file,
            Table.Columns.any(List.of("region", "year", "name", "value", "unit"), Table.WIDE));
    if (t.isValid()) {
      for (Table.Row r : t.rows()) {
        var region = Adcode.parseAny(r.get("region"));
        if (region.isEmpty()) {
          r.problem(
              "region",
              new Message(
                  "不是行政区划代码 '" + r.get("region") + "'", "not an adcode '" + r.get("region") + "'"));
        }
        Integer year = r.year("year");
        Double value = r.number("value", true);
        if (region.isPresent() && year != null && value != null) {
          out.computeIfAbsent(region.get() + "/" + year, k -> new LinkedHashMap<>())
              .put(r.get("name"), new Intensity(r.get("name"), value, r.get("unit")));
        }
      }
    }
    if (!t.problems().isEmpty()) {
      throw new InvalidInputException(
          "强度分母文件有误 / bad denominators file:\n  "
              + String.join(
                  "\n  ", t.problems().stream().map(p -> SynergyFiles.text(t, p)).toList()));
    }
    return out;
  }
}
