package org.cocontrol.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cocontrol.core.synergy.Coupling;
import org.cocontrol.core.synergy.CouplingBands;
import org.cocontrol.core.synergy.CouplingModel;
import org.cocontrol.reference.SynergyReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol synergy coupling}: the coupling coordination degree of a pollution and a carbon
 * score.
 */
@Command(
    name = "coupling",
    mixinStandardHelpOptions = true,
    description = {
      "减污与降碳两系统耦合协调度 C、T、D 及等级 / coupling coordination degree of a pollution-reduction and a carbon-reduction score.",
      "C = 2√(U1·U2)/(U1+U2), T = α·U1 + (1−α)·U2, D = √(C·T)"
    })
final class SynergyCouplingCommand implements Callable<Integer> {

  @Option(
      names = "--u1",
      required = true,
      paramLabel = "X",
      description = "减污得分 U1, 0–1 / pollution-reduction score")
  double u1;

  @Option(
      names = "--u2",
      required = true,
      paramLabel = "Y",
      description = "降碳得分 U2, 0–1 / carbon-reduction score")
  double u2;

  @Option(
      names = "--alpha",
      defaultValue = "0.5",
      paramLabel = "A",
      description = "U1 的权重 α, 0–1 (默认 ${DEFAULT-VALUE}) / weight of U1 in T")
  double alpha;

  @Option(
      names = "--model",
      defaultValue = "standard",
      paramLabel = "MODEL",
      description =
          "耦合度模型 standard|wang2021 (王淑佳等 2021 修正模型; 默认 ${DEFAULT-VALUE}) / coupling model")
  String model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    check("--u1", u1, problems);
    check("--u2", u2, problems);
    check("--alpha", alpha, problems);
    CouplingModel m = CouplingModel.parse(model).orElse(null);
    if (m == null) {
      problems.add("--model: 未知模型 '" + model + "' (standard, wang2021) / unknown model");
    }
    SynergyFiles.refuse(problems, "synergy coupling");
    CouplingBands bands = SynergyReference.couplingBands();
    Coupling c = Coupling.of(u1, u2, alpha, m, bands);
    PrintWriter out = spec.commandLine().getOut();
    out.println("C=" + SynergyFiles.fmt(c.c()));
    out.println("T=" + SynergyFiles.fmt(c.t()));
    out.println("D=" + SynergyFiles.fmt(c.d()));
    out.println("level=" + c.band().nameZh());
    out.println("level_en=" + c.band().nameEn());
    out.println(
        "band="
            + c.band().level()
            + "/"
            + bands.bands().size()
            + " ["
            + SynergyFiles.fmt(c.band().lower())
            + ", "
            + SynergyFiles.fmt(c.band().upper())
            + ")");
    out.println("model=" + m.code() + "; bands: " + bands.document() + " [" + bands.tag() + "]");
    return 0;
  }

  private static void check(String option, double v, List<String> problems) {
    if (!(v >= 0 && v <= 1)) {
      problems.add(option + ": 必须在 0 到 1 之间, 实为 " + v + " / must be in [0, 1], got " + v);
    }
  }
}
