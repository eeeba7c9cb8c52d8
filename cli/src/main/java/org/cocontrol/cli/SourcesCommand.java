package org.cocontrol.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.io.TableWriter;
import org.cocontrol.reference.ReferenceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol sources}: the one source classification with its IPCC, GB/T 4754 and census
 * mapping.
 */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = {
      "统一排放源分类及其与 IPCC 2006、GB/T 4754-2017、排放源统计调查的对应 / the unified source classification."
    })
final class SourcesCommand implements Callable<Integer> {

  static final List<String> HEADER =
      List.of(
          "code",
          "name_zh",
          "name_en",
          "ipcc",
          "ipcc_name",
          "gbt4754",
          "gbt4754_name",
          "census_type");

  @Option(names = "--out", paramLabel = "FILE", description = "写入文件 (.csv / .xlsx); 默认输出到屏幕")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReferenceData reference = ReferenceLoader.load();
    Classification c = reference.classification();
    if (out != null) {
      try (TableWriter w = TableWriter.open(out, HEADER)) {
        for (SourceCategory s : c.sources()) {
          w.row(cells(c, s));
        }
        w.commit();
      }
      return 0;
    }
    PrintWriter o = spec.commandLine().getOut();
    for (SourceCategory s : c.sources()) {
      o.printf(
          "%-14s %-16s IPCC %-8s %-40s GB/T 4754 %-6s %s | %s%n",
          s.code(),
          s.nameZh(),
          s.ipcc(),
          c.ipccCategory(s.ipcc()).map(x -> x.nameZh()).orElse(""),
          s.gbt4754(),
          c.industryName(s.gbt4754()).orElse(""),
          s.censusType());
    }
    return 0;
  }

  private static List<Object> cells(Classification c, SourceCategory s) {
    return Arrays.asList(
        s.code(),
        s.nameZh(),
        s.nameEn(),
        s.ipcc(),
        c.ipccCategory(s.ipcc()).map(x -> x.nameEn()).orElse(""),
        s.gbt4754(),
        c.industryName(s.gbt4754()).orElse(""),
        s.censusType());
  }
}
