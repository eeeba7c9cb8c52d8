package org.cocontrol.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.comparison.Basis;
import org.cocontrol.core.comparison.Coverage;
import org.cocontrol.core.comparison.YearComparison;
import org.cocontrol.core.inventory.Breakdown;
import org.cocontrol.core.inventory.Inventory;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.synergy.Change;
import org.cocontrol.core.synergy.MeasureEvaluator;
import org.cocontrol.core.synergy.MeasureResult;
import org.cocontrol.core.synergy.RegionResult;
import org.cocontrol.core.synergy.RegionSynergy;
import org.cocontrol.core.synergy.SourceResult;
import org.cocontrol.io.TableWriter;
import org.cocontrol.reference.SynergyReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol synergy region}: a region's co-control between two years, as a whole and by
 * source.
 */
@Command(
    name = "region",
    mixinStandardHelpOptions = true,
    description = {
      "区域减污降碳协同评价: 两个年份之间整体与分排放源的协同效应及贡献 / a region between two years, as a whole and by source.",
      "活动数据须含两个年份 / the activity file must hold both years."
    })
final class SynergyRegionCommand implements Callable<Integer> {

  @Mixin AccountingSetup setup;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "ADCODE",
      description = "行政区划代码 (6 位; 000000 全国) / the region")
  String region;

  @Option(
      names = "--base-year",
      required = true,
      paramLabel = "Y1",
      description = "基准年 / base year")
  int baseYear;

  @Option(names = "--year", required = true, paramLabel = "Y2", description = "评价年 / year compared")
  int year;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "结果文件 (.csv / .xlsx) / result file")
  Path out;

  @Option(names = "--apeq-weights", paramLabel = "FILE", description = "自定义当量权重 CSV / APeq weights")
  Path apeqWeights;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> usage = new ArrayList<>();
    Adcode code = Adcode.parseAny(region).orElse(null);
    if (code == null) {
      usage.add("--region: 不是 6 位行政区划代码 '" + region + "' / not a 6-digit adcode");
    }
    if (baseYear == year) {
      usage.add("--base-year 与 --year 须不同 / must differ");
    }
    SynergyFiles.fail(usage, "synergy region");
    MeasureEvaluator evaluator = MeasureEvaluator.of(SynergyMeasuresCommand.weights(apeqWeights));
    ReferenceData reference = setup.reference();
    List<ActivityRecord> records = setup.read(reference, spec.commandLine().getErr());
    List<String> missing = new ArrayList<>();
    for (int y : new int[] {baseYear, year}) {
      if (records.stream().noneMatch(r -> r.year() == y && r.region().isWithin(code))) {
        missing.add(
            setup.activities.getFileName()
                + ": 没有 "
                + code
                + " "
                + y
                + " 年的记录 / no records of region "
                + code
                + " in "
                + y);
      }
    }
    SynergyFiles.fail(missing, "synergy region");
    List<RecordResult> results = AccountCommand.accountAll(setup.accountant(reference), records);
    Inventory inventory = new Inventory();
    results.forEach(inventory::add);
    // by entity and source at the regions the records were reported at: the units a comparison
    // pairs
    List<InventoryRow> rows =
        inventory.rollUp(
            RegionLevel.COUNTY,
            EnumSet.of(Breakdown.SOURCE, Breakdown.ENTITY),
            setup.gwp,
            reference.gwp());
    RegionResult r =
        RegionSynergy.evaluate(
            code, baseYear, year, rows, evaluator, SynergyReference.coverageRule());

    Set<Substance> substances = EnumSet.noneOf(Substance.class);
    substances.addAll(r.total().changes().keySet());
    List<String> header =
        new ArrayList<>(
            List.of(
                "level",
                "source",
                "source_name",
                "quadrant",
                "els_SO2",
                "els_NOX",
                "els_PM",
                "els_VOCS",
                "apeq_reduction_t",
                "co2_reduction_t",
                "rel_apeq_reduction",
                "rel_co2_reduction",
                "share_of_apeq_reduction",
                "share_of_co2_reduction"));
    for (Substance s : substances) {
      header.addAll(
          List.of(
              s.code() + "_" + baseYear + "_t",
              s.code() + "_" + year + "_t",
              "reduction_" + s.code() + "_t",
              "rel_reduction_" + s.code()));
    }
    header.add("verdict");
    for (Basis b : r.comparison().coverage().stream().map(Coverage::basis).toList()) {
      header.addAll(
          List.of("coverage_" + b.code() + "_" + baseYear, "coverage_" + b.code() + "_" + year));
    }
    header.addAll(
        List.of(
            "status", "matched_units", "units_" + baseYear + "_only", "units_" + year + "_only"));
    String regionName = code.equals(Adcode.NATION) ? "全国" : reference.regions().nameZh(code);
    try (TableWriter w = TableWriter.open(out, header)) {
      w.row(
          cells(
              "region",
              code.toString(),
              regionName,
              r.total(),
              r.comparison(),
              null,
              substances,
              r.summary().toString()));
      for (SourceResult s : r.sources()) {
        String name = reference.classification().source(s.source()).map(c -> c.nameZh()).orElse("");
        String verdict =
            s.comparison().isComparable()
                ? s.result().verdict().toString()
                : s.comparison().explanation().toString();
        w.row(
            cells("source", s.source(), name, s.result(), s.comparison(), s, substances, verdict));
      }
      w.commit();
    }
    AccountCommand.reportGaps(results, spec.commandLine().getErr());
    spec.commandLine()
        .getOut()
        .println(code + " " + regionName + " " + baseYear + "→" + year + ": " + r.summary());
    spec.commandLine()
        .getOut()
        .printf(
            "%d 个排放源 → %s / %d source(s) written%n", r.sources().size(), out, r.sources().size());
    return 0;
  }

  /**
   * One output row. Tonnes are those of the units reported in both years; with insufficient data
   * the quadrant, the elasticities and every relative change are left empty.
   */
  private static List<Object> cells(
      String level,
      String source,
      String name,
      MeasureResult m,
      YearComparison comparison,
      SourceResult share,
      Set<Substance> substances,
      String verdict) {
    boolean stated = comparison.isComparable();
    List<Object> c = new ArrayList<>();
    c.add(level);
    c.add(source);
    c.add(name);
    c.add(stated ? m.quadrant().code() : null);
    for (Substance s : SynergyMeasuresCommand.ELS) {
      c.add(stated ? SynergyFiles.cell(m.elasticity(s)) : null);
    }
    c.add(m.apeq().reduction());
    c.add(m.co2().reduction());
    c.add(stated ? SynergyFiles.cell(m.apeq().relativeReduction()) : null);
    c.add(stated ? SynergyFiles.cell(m.co2().relativeReduction()) : null);
    c.add(share == null ? null : SynergyFiles.cell(share.shareOfApeqReduction()));
    c.add(share == null ? null : SynergyFiles.cell(share.shareOfCo2Reduction()));
    for (Substance s : substances) {
      Change ch = m.changes().get(s);
      if (ch == null) {
        c.addAll(Arrays.asList(null, null, null, null));
      } else {
        c.addAll(List.of(ch.base(), ch.after(), ch.reduction()));
        c.add(stated ? SynergyFiles.cell(ch.relativeReduction()) : null);
      }
    }
    c.add(verdict);
    for (Coverage cov : comparison.coverage()) {
      c.add(SynergyFiles.cell(cov.baseShare()));
      c.add(SynergyFiles.cell(cov.laterShare()));
    }
    c.addAll(
        List.of(
            comparison.status().code(),
            comparison.matched().size(),
            comparison.baseOnly().count(),
            comparison.laterOnly().count()));
    return c;
  }
}
