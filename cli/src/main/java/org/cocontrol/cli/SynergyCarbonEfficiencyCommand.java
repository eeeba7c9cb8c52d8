package org.cocontrol.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cocontrol.core.synergy.CarbonEfficiency;
import org.cocontrol.core.synergy.CarbonEfficiencyRule;
import org.cocontrol.reference.SynergyReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol synergy carbon-efficiency}: Zhejiang-style 碳效码 level and grade of an enterprise.
 */
@Command(
    name = "carbon-efficiency",
    mixinStandardHelpOptions = true,
    description = {
      "企业碳效评价 (浙江碳效码): L = CO2/增加值 (t/万元) 与等级, K = L/行业平均 与 1–5 级 / Zhejiang-style carbon-efficiency grading."
    })
final class SynergyCarbonEfficiencyCommand implements Callable<Integer> {

  @Option(
      names = "--co2-t",
      required = true,
      paramLabel = "X",
      description = "CO2 排放 (t), 扣除零碳电力与碳汇后 / CO2 in tonnes, net of zero-carbon power and sinks")
  double co2;

  @Option(
      names = "--value-added",
      required = true,
      paramLabel = "Y",
      description = "工业增加值 (万元, 收入法) / value added in 万元")
  double valueAdded;

  @Option(
      names = "--industry-average",
      required = true,
      paramLabel = "Z",
      description = "同期行业平均碳排放强度 (t/万元) / the industry's average intensity, t/万元")
  double industryAverage;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    if (!Double.isFinite(co2) || co2 < 0) {
      problems.add("--co2-t: 必须 ≥ 0, 实为 " + co2 + " / must be ≥ 0");
    }
    if (!Double.isFinite(valueAdded) || valueAdded <= 0) {
      problems.add("--value-added: 必须 > 0, 实为 " + valueAdded + " / must be > 0");
    }
    if (!Double.isFinite(industryAverage) || industryAverage <= 0) {
      problems.add("--industry-average: 必须 > 0, 实为 " + industryAverage + " / must be > 0");
    }
    SynergyFiles.refuse(problems, "synergy carbon-efficiency");
    CarbonEfficiencyRule rule = SynergyReference.carbonEfficiency();
    CarbonEfficiency e = CarbonEfficiency.of(co2, valueAdded, industryAverage, rule);
    PrintWriter out = spec.commandLine().getOut();
    out.println("L=" + SynergyFiles.fmt(e.l()));
    out.println("level=" + e.level().nameZh());
    out.println("K=" + SynergyFiles.fmt(e.k()));
    out.println("grade=" + e.grade().code());
    out.println("level_en=" + e.level().nameEn());
    out.println("rule: " + rule.document() + " [" + rule.tag() + "]");
    return 0;
  }
}
