package org.cocontrol.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cocontrol synergy}: evaluation of pollution-and-carbon co-control (减污降碳协同增效评价). */
@Command(
    name = "synergy",
    mixinStandardHelpOptions = true,
    description = {
      "减污降碳协同评价: 措施、区域、园区与企业 / synergy evaluation of measures, regions, parks and enterprises."
    },
    subcommands = {
      SynergyMeasuresCommand.class,
      SynergyRegionCommand.class,
      SynergyIndexCommand.class,
      SynergyCouplingCommand.class,
      SynergyCarbonEfficiencyCommand.class
    })
final class SynergyCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
