package org.cocontrol.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.Method;
import org.cocontrol.core.accounting.ParameterUse;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.substance.Co2e;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.io.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol account}: every record's greenhouse gases and air pollutants, each with method
 * and parameters.
 */
@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    description = {
      "逐条核算活动数据的温室气体与大气污染物排放 / account each activity record for greenhouse gases and air pollutants."
    })
final class AccountCommand implements Callable<Integer> {

  static final List<String> HEADER =
      List.of(
          "record_id",
          "entity_id",
          "region",
          "year",
          "source",
          "activity",
          "substance",
          "amount_t",
          "method",
          "gwp_set",
          "provenance",
          "scope",
          "source_category",
          "ipcc");

  @Mixin AccountingSetup setup;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "结果文件 (.csv / .xlsx) / result file")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReferenceData reference = setup.reference();
    List<ActivityRecord> records = setup.read(reference, spec.commandLine().getErr());
    List<RecordResult> results = accountAll(setup.accountant(reference), records);
    int rows = 0;
    try (TableWriter w = TableWriter.open(out, HEADER)) {
      for (RecordResult r : results) {
        rows += write(w, r, reference.gwp());
      }
      w.commit();
    }
    reportGaps(results, spec.commandLine().getErr());
    reportOutsideValidity(results, spec.commandLine().getErr());
    spec.commandLine()
        .getOut()
        .printf(
            "已核算 %d 条记录, 写出 %d 行 → %s / accounted %d records, wrote %d rows%n",
            results.size(), rows, out, results.size(), rows);
    return 0;
  }

  /**
   * Accounts every record together (a landfill site's records as one deposit series, see {@link
   * Accountant#accountAll}); a record the accountant refuses rejects the run, listing every such
   * record.
   */
  static List<RecordResult> accountAll(Accountant accountant, List<ActivityRecord> records) {
    List<String> problems = new ArrayList<>();
    List<RecordResult> results =
        accountant.accountAll(
            records,
            (r, e) ->
                problems.add(
                    "record_id " + r.recordId() + ", column " + e.field() + ": " + e.getMessage()));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.size()
              + " 条记录无法核算, 未写出任何结果 / record(s) cannot be accounted, nothing written:\n  "
              + String.join("\n  ", problems));
    }
    return results;
  }

  private static int write(TableWriter w, RecordResult r, GwpTable gwp) throws java.io.IOException {
    ActivityRecord rec = r.record();
    int n = 0;
    for (EmissionLine l : r.lines()) {
      w.row(
          Arrays.asList(
              rec.recordId(),
              rec.entityId(),
              rec.region().toString(),
              rec.year(),
              rec.source(),
              r.activity().code(),
              l.substance().code(),
              l.tonnes(),
              l.method().code(),
              null,
              l.provenance(),
              l.scope().code(),
              r.source().code(),
              r.source().ipcc()));
      n++;
    }
    for (Map.Entry<Scope, Co2e> e : new TreeMap<>(r.co2e()).entrySet()) {
      w.row(
          Arrays.asList(
              rec.recordId(),
              rec.entityId(),
              rec.region().toString(),
              rec.year(),
              rec.source(),
              r.activity().code(),
              "CO2E",
              e.getValue().tonnes(),
              Method.GWP_WEIGHTED.code(),
              e.getValue().gwpSet().name(),
              gwpProvenance(r, e.getKey(), gwp),
              e.getKey().code(),
              r.source().code(),
              r.source().ipcc()));
      n++;
    }
    return n;
  }

  /**
   * Which gases went into a CO2E row and with which GWP, e.g. {@code CO2×1 + CH4×28 + N2O×265
   * (AR5)}.
   */
  private static String gwpProvenance(RecordResult r, Scope scope, GwpTable gwp) {
    Set<Substance> gases = new TreeSet<>();
    for (EmissionLine l : r.lines()) {
      if (l.scope() == scope && l.substance().isGreenhouseGas()) {
        gases.add(l.substance());
      }
    }
    GwpSet set = r.co2e().get(scope).gwpSet();
    List<String> terms = new ArrayList<>();
    for (Substance s : gases) {
      gwp.entry(s, set)
          .ifPresent(
              e ->
                  terms.add(
                      s.code()
                          + "×"
                          + format(e.value())
                          + " ["
                          + e.document()
                          + (e.documentRef().isEmpty() ? "" : ", " + e.documentRef())
                          + " "
                          + e.tag()
                          + "]"));
    }
    return String.join(" + ", terms) + " (" + set + ")";
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * Values used outside their valid years, e.g. the latest published grid factor reused for a year
   * whose own factor is not out yet: each is already marked in the line's provenance; this says it
   * once per value.
   */
  static void reportOutsideValidity(List<RecordResult> results, java.io.PrintWriter err) {
    Map<String, Set<String>> byKey = new TreeMap<>();
    Map<String, Set<Integer>> years = new TreeMap<>();
    for (RecordResult r : results) {
      for (EmissionLine l : r.lines()) {
        for (ParameterUse u : l.parameters()) {
          if (u.outsideValidity()) {
            byKey.computeIfAbsent(u.key(), k -> new TreeSet<>()).add(r.record().recordId());
            years.computeIfAbsent(u.key(), k -> new TreeSet<>()).add(r.record().year());
          }
        }
      }
    }
    byKey.forEach(
        (key, ids) ->
            err.printf(
                "提示：%s 用于其有效年份之外的 %s 年（沿用最近年份的值），%d 条记录 / note: %s used outside its valid years for %s"
                    + " (the nearest year's value), %d record(s)%n",
                key, years.get(key), ids.size(), key, years.get(key), ids.size()));
  }

  /**
   * Substances that could not be estimated, counted by reason so a large file does not flood the
   * terminal.
   */
  static void reportGaps(List<RecordResult> results, java.io.PrintWriter err) {
    Map<String, List<String>> byReason = new TreeMap<>();
    for (RecordResult r : results) {
      for (String g : r.gaps()) {
        byReason.computeIfAbsent(g, k -> new ArrayList<>()).add(r.record().recordId());
      }
    }
    byReason.forEach(
        (reason, ids) ->
            err.printf(
                "未估算 / not estimated: %s — %d 条记录 / record(s): %s%s%n",
                reason,
                ids.size(),
                String.join(", ", ids.subList(0, Math.min(5, ids.size()))),
                ids.size() > 5 ? ", …" : ""));
  }
}
