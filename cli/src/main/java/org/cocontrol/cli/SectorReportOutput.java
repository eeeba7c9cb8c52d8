package org.cocontrol.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.readside.GasColumn;
import org.cocontrol.core.readside.LedgerCell;
import org.cocontrol.core.readside.ReportLayout;
import org.cocontrol.core.readside.SectorReport;
import org.cocontrol.core.readside.SectorTabulation;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.io.TableWriter;

/**
 * {@code cocontrol inventory --by ipcc-sector}: the accounted records of each region and year
 * tabulated as an inventory report by sector (core {@link SectorTabulation}, the same as the
 * server's {@code /api/v1/inventory/sectors}), written to the output file and printed as a table.
 */
final class SectorReportOutput {

  private SectorReportOutput() {}

  /** The reports of every region at {@code level} and year, in region and year order. */
  static List<SectorReport> reports(
      List<RecordResult> results,
      RegionLevel level,
      ReportLayout layout,
      ReferenceData reference,
      GwpSet gwpSet) {
    Map<Adcode, Map<Integer, List<LedgerCell>>> cells = new TreeMap<>();
    for (RecordResult r : results) {
      Adcode region = r.record().region().at(level);
      List<LedgerCell> own =
          cells
              .computeIfAbsent(region, k -> new TreeMap<>())
              .computeIfAbsent(r.record().year(), k -> new ArrayList<>());
      for (EmissionLine l : r.lines()) {
        own.add(
            new LedgerCell(
                r.record().region(),
                r.record().year(),
                r.source().code(),
                l.substance(),
                l.scope(),
                l.tonnes()));
      }
    }
    Map<String, String> ipcc = SectorTabulation.ipccBySource(reference.classification());
    List<SectorReport> out = new ArrayList<>();
    cells.forEach(
        (region, years) ->
            years.forEach(
                (year, c) ->
                    out.add(
                        SectorTabulation.tabulate(
                            region, year, c, layout, ipcc, reference.gwp(), gwpSet))));
    return out;
  }

  static List<String> header() {
    List<String> h =
        new ArrayList<>(
            List.of(
                "region",
                "region_name",
                "year",
                "layout",
                "row",
                "parent",
                "numbering",
                "name_zh",
                "memo",
                "has_data"));
    for (GasColumn g : GasColumn.values()) {
      if (g.isSingleSpecies()) {
        h.add(g.label() + "_t");
      }
    }
    for (GasColumn g : GasColumn.values()) {
      h.add(g.label() + "_co2e_t");
    }
    h.addAll(List.of("co2e_t", "gwp_set"));
    return h;
  }

  static void write(Path file, List<SectorReport> reports, ReferenceData reference)
      throws java.io.IOException {
    try (TableWriter w = TableWriter.open(file, header())) {
      for (SectorReport r : reports) {
        List<SectorReport.Line> lines = new ArrayList<>(r.lines());
        lines.add(r.total());
        for (SectorReport.Line l : lines) {
          List<Object> c = new ArrayList<>();
          c.add(r.region().toString());
          c.add(reference.regions().nameZh(r.region()));
          c.add(r.year());
          c.add(r.layout());
          c.add(l.row().code());
          c.add(l.row().parent());
          c.add(l.row().numbering());
          c.add(l.row().nameZh());
          c.add(l.row().isMemo() ? "Y" : "N");
          c.add(l.hasData() ? "Y" : "N");
          for (GasColumn g : GasColumn.values()) {
            if (g.isSingleSpecies()) {
              c.add(l.tonnes().get(g));
            }
          }
          for (GasColumn g : GasColumn.values()) {
            c.add(l.co2e().get(g));
          }
          c.add(l.co2eT());
          c.add(r.gwpSet().name());
          w.row(c);
        }
      }
      w.commit();
    }
  }

  /** The six gases as a report prints them: CO2, CH4, N2O in t; HFCs, PFCs, SF6 in t CO2e. */
  private static final List<GasColumn> PRINTED =
      List.of(
          GasColumn.CO2,
          GasColumn.CH4,
          GasColumn.N2O,
          GasColumn.HFCS,
          GasColumn.PFCS,
          GasColumn.SF6);

  static void print(PrintWriter o, List<SectorReport> reports, ReferenceData reference) {
    for (SectorReport r : reports) {
      o.printf(
          "%n%s %s %d 年 %s (t; HFCs、PFCs、SF6 与合计为 t CO2 当量, %s)%n",
          reference.regions().nameZh(r.region()),
          r.region(),
          r.year(),
          r.layoutName(),
          r.gwpSet().name());
      StringBuilder head = new StringBuilder(pad("部门", 34));
      for (GasColumn g : PRINTED) {
        head.append(" ").append(left(g.label(), 14));
      }
      o.println(head.append(" ").append(left("CO2当量", 16)));
      List<SectorReport.Line> lines = new ArrayList<>(r.lines());
      lines.add(r.total());
      for (SectorReport.Line l : lines) {
        String name =
            "  ".repeat(l.depth())
                + (l.row().numbering().isEmpty() ? "" : l.row().numbering() + " ")
                + l.row().nameZh();
        StringBuilder b = new StringBuilder(pad(name, 34));
        for (GasColumn g : PRINTED) {
          Double v =
              g.isSingleSpecies() && g != GasColumn.SF6 ? l.tonnes().get(g) : l.co2e().get(g);
          b.append(" ").append(left(number(v, l.hasData()), 14));
        }
        b.append(" ").append(left(number(l.co2eT(), l.hasData()), 16));
        o.println(b);
      }
      if (!r.sectorsWithoutData().isEmpty()) {
        o.println(
            "无数据的部门 / sectors without data: "
                + String.join(
                    "、",
                    r.sectorsWithoutData().stream()
                        .map(
                            c ->
                                r.lines().stream()
                                    .filter(l -> l.row().code().equals(c))
                                    .findFirst()
                                    .map(l -> l.row().nameZh())
                                    .orElse(c))
                        .toList()));
      }
      if (!r.unweighted().isEmpty()) {
        o.println(
            "无 " + r.gwpSet().name() + " GWP、未计入 CO2 当量: " + String.join(", ", r.unweighted()));
      }
    }
  }

  private static String number(Double v, boolean hasData) {
    if (v == null) {
      return hasData ? "—" : "无数据";
    }
    return String.format("%.3f", v);
  }

  /** Pads on the right to a display width, counting a CJK character as two columns. */
  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(1, width - width(s)));
  }

  /** Pads on the left (right-aligns) to a display width. */
  private static String left(String s, int width) {
    return " ".repeat(Math.max(0, width - width(s))) + s;
  }

  private static int width(String s) {
    return s.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
  }
}
