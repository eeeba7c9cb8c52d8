package org.cocontrol.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.ParameterKind;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.io.TableWriter;
import org.cocontrol.reference.ReferenceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol parameters}: the parameter registry, filtered, each value with its source and
 * verification tag.
 */
@Command(
    name = "parameters",
    mixinStandardHelpOptions = true,
    description = {"列出参数及其来源与核实等级 / list parameters with their sources and verification tags."})
final class ParametersCommand implements Callable<Integer> {

  static final List<String> HEADER =
      List.of(
          "id",
          "version",
          "kind",
          "substance",
          "activity",
          "source",
          "technology",
          "scheme",
          "region",
          "level",
          "year_from",
          "year_to",
          "value",
          "unit",
          "tag",
          "document",
          "document_ref",
          "note");

  @Option(names = "--substance", paramLabel = "CODE", description = "物质, 如 CO2, SO2, NOX")
  String substance;

  @Option(
      names = "--activity",
      paramLabel = "CODE",
      description = "活动, 如 raw_coal, 原煤, electricity")
  String activity;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "参数类型, 如 NCV, CARBON_CONTENT, EMISSION_FACTOR, REMOVAL_EFFICIENCY")
  String kind;

  @Option(names = "--source", paramLabel = "CODE", description = "排放源代码或 IPCC 类别")
  String source;

  @Option(names = "--out", paramLabel = "FILE", description = "写入文件 (.csv / .xlsx); 默认输出到屏幕")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReferenceData reference = ReferenceLoader.load();
    Substance s =
        substance == null
            ? null
            : Substance.parse(substance)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "--substance: unknown substance '" + substance + "'"));
    String a =
        activity == null
            ? null
            : reference
                .classification()
                .activity(activity)
                .map(x -> x.factorActivity())
                .orElse(activity);
    ParameterKind k =
        kind == null
            ? null
            : Arrays.stream(ParameterKind.values())
                .filter(x -> x.name().equalsIgnoreCase(kind))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "--kind: unknown kind '"
                                + kind
                                + "' "
                                + Arrays.toString(ParameterKind.values())));
    List<Parameter> rows =
        reference
            .parameters()
            .latest(
                p ->
                    (s == null || p.substance() == s)
                        && (a == null || a.equals(p.activity()) || activity.equals(p.activity()))
                        && (k == null || p.kind() == k)
                        && (source == null || source.equalsIgnoreCase(p.source())));
    if (out != null) {
      try (TableWriter w = TableWriter.open(out, HEADER)) {
        for (Parameter p : rows) {
          w.row(cells(p));
        }
        w.commit();
      }
      spec.commandLine()
          .getOut()
          .printf(
              "%d 个参数 → %s (registry release %s)%n",
              rows.size(), out, reference.parameters().release());
      return 0;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "参数库版本 / registry release %s: %d 个参数 / parameters%n",
        reference.parameters().release(), rows.size());
    for (Parameter p : rows) {
      o.printf(
          "%s@%d  %s %s %s %s%s  = %s %s  [%s, %s]  %s%s%n",
          p.id(),
          p.version(),
          p.kind(),
          p.substance() == null ? "" : p.substance().code(),
          p.activity() == null ? "*" : p.activity(),
          p.source() == null ? "*" : p.source(),
          p.technology() == null ? "" : " " + p.technology(),
          p.value(),
          p.unit(),
          p.level(),
          p.tag(),
          p.citation(),
          years(p));
    }
    return 0;
  }

  private static String years(Parameter p) {
    if (p.yearFrom() == null && p.yearTo() == null) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "  (%s–%s)",
        p.yearFrom() == null ? "" : p.yearFrom(),
        p.yearTo() == null ? "" : p.yearTo());
  }

  private static List<Object> cells(Parameter p) {
    return Arrays.asList(
        p.id(),
        p.version(),
        p.kind().name(),
        p.substance() == null ? null : p.substance().code(),
        p.activity(),
        p.source(),
        p.technology(),
        p.scheme().name().toLowerCase(Locale.ROOT),
        p.region(),
        p.level().name(),
        p.yearFrom(),
        p.yearTo(),
        p.value(),
        p.unit().toString(),
        p.tag().name(),
        p.citation().document(),
        p.citation().reference(),
        p.note());
  }
}
