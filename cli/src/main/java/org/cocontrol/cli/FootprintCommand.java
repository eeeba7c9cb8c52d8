package org.cocontrol.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.footprint.CbamReport;
import org.cocontrol.core.footprint.FacilityRecord;
import org.cocontrol.core.footprint.FootprintReference;
import org.cocontrol.core.footprint.FootprintResult;
import org.cocontrol.core.footprint.ProductFootprint;
import org.cocontrol.io.FootprintWorkbook;
import org.cocontrol.io.TableFormat;
import org.cocontrol.io.TableWriter;
import org.cocontrol.reference.FootprintData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol footprint}: the product carbon footprints (GB/T 24067-2024 / ISO 14067) and the
 * CBAM embedded emissions of each facility-year in an activity file with production rows.
 */
@Command(
    name = "footprint",
    mixinStandardHelpOptions = true,
    description = {
      "产品碳足迹 (GB/T 24067, 从摇篮到大门) 与欧盟CBAM隐含排放 / product carbon footprints and CBAM embedded"
          + " emissions."
    })
final class FootprintCommand implements Callable<Integer> {

  @Mixin AccountingSetup setup;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "结果文件: .csv (每个企业-年份-产品一行) 或 .xlsx (CBAM 通报模板格式, 一个企业一年) / result file")
  Path out;

  @Option(
      names = "--entity",
      paramLabel = "ID",
      description = "只计算此企业 (entity_id) / only this entity")
  String entity;

  @Option(names = "--year", paramLabel = "YEAR", description = "只计算此年份 / only this year")
  Integer year;

  @Spec CommandSpec spec;

  static final List<String> HEADER =
      List.of(
          "entity_id",
          "year",
          "product",
          "name_zh",
          "cn_code",
          "cbam_category",
          "production",
          "unit",
          "gwp_set",
          "direct_t",
          "indirect_t",
          "upstream_t",
          "own_precursors_t",
          "total_t",
          "footprint_t_per_unit",
          "cbam_embedded_direct_t",
          "cbam_embedded_indirect_t",
          "cbam_see_direct",
          "cbam_see_indirect",
          "cbam_see_total");

  @Override
  public Integer call() throws Exception {
    TableFormat format;
    try {
      format = TableFormat.of(out);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--out: " + e.getMessage());
    }
    ReferenceData reference = setup.reference();
    FootprintReference fp = FootprintData.load(reference.classification());
    List<ActivityRecord> records = setup.read(reference, spec.commandLine().getErr());
    List<RecordResult> results = AccountCommand.accountAll(setup.accountant(reference), records);
    Map<String, Map<Integer, List<FacilityRecord>>> byFacility = new TreeMap<>();
    for (RecordResult r : results) {
      String e = r.record().entityId();
      int y = r.record().year();
      if ((entity == null || entity.equals(e)) && (year == null || year == y)) {
        byFacility
            .computeIfAbsent(e, k -> new TreeMap<>())
            .computeIfAbsent(y, k -> new ArrayList<>())
            .add(FacilityRecord.of(r));
      }
    }
    List<FootprintResult> computed = new ArrayList<>();
    byFacility.forEach(
        (e, years) ->
            years.forEach(
                (y, recs) ->
                    computed.add(
                        FootprintResult.compute(fp, reference.gwp(), setup.gwp, e, y, recs))));
    if (computed.isEmpty()) {
      throw new InvalidInputException(
          "没有符合条件的记录 / no records for the entity and year asked"
              + (entity == null ? "" : " (--entity " + entity + ")")
              + (year == null ? "" : " (--year " + year + ")"));
    }
    if (format == TableFormat.XLSX) {
      if (computed.size() > 1) {
        throw new InvalidInputException(
            "xlsx 按 CBAM 通报模板每个文件一个企业一年, 文件中有 "
                + computed.size()
                + " 个: 请给出 --entity 和 --year / an xlsx holds one installation and year; the file"
                + " has "
                + computed.size()
                + ": give --entity and --year");
      }
      FootprintResult r = computed.get(0);
      Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".footprint", ".xlsx");
      try (OutputStream o = Files.newOutputStream(tmp)) {
        FootprintWorkbook.write(r, r.entity(), r.entity(), "", o);
      } catch (IOException ex) {
        Files.deleteIfExists(tmp);
        throw ex;
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } else {
      try (TableWriter w = TableWriter.open(out, HEADER)) {
        for (FootprintResult r : computed) {
          for (ProductFootprint p : r.footprints()) {
            CbamReport.Good g =
                r.cbam().goods().stream()
                    .filter(x -> x.product().equals(p.product()))
                    .findFirst()
                    .orElseThrow();
            w.row(
                r.entity(),
                r.year(),
                p.product(),
                p.nameZh(),
                g.cnCode(),
                g.category(),
                p.production(),
                p.unit(),
                p.gwpSet().name(),
                p.directT(),
                p.indirectT(),
                p.upstreamT(),
                p.ownPrecursorsT(),
                p.totalT(),
                p.perUnit(),
                g.embeddedDirectT(),
                g.embeddedIndirectT(),
                g.seeDirect(),
                g.seeIndirect(),
                g.seeTotal());
          }
        }
        w.commit();
      }
    }
    var err = spec.commandLine().getErr();
    for (FootprintResult r : computed) {
      for (String n : r.notes()) {
        err.println(r.entity() + " " + r.year() + ": " + n);
      }
    }
    long products = computed.stream().mapToLong(r -> r.footprints().size()).sum();
    spec.commandLine()
        .getOut()
        .printf(
            "%d 个企业-年份, %d 个产品 → %s / facility-years and products written%n",
            computed.size(), products, out);
    return 0;
  }
}
