package org.cocontrol.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code cocontrol} command. Exit codes: 0 done, 1 failure, 2 invalid input or
 * usage, 3 ({@code report}) error checks fired.
 */
@Command(
    name = "cocontrol",
    mixinStandardHelpOptions = true,
    version = "CoControl 0.1.0",
    description = {
      "CoControl 减污降碳协同增效: 大气污染物与温室气体一本账 / one ledger of air pollutants and greenhouse gases."
    },
    subcommands = {
      AccountCommand.class,
      FootprintCommand.class,
      ReportCommand.class,
      InventoryCommand.class,
      ParametersCommand.class,
      SourcesCommand.class,
      EnergyBalanceCommand.class,
      SynergyCommand.class
    })
public final class CoControl implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // POI logs through log4j-api, which complains on stderr when no logging backend is present; its
    // own
    // simple logger (errors only) is all a command line needs.
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (used by tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new CoControl());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("错误 / error: " + e.getMessage());
          return e instanceof InvalidInputException ? 2 : 1;
        });
    cl.setParameterExceptionHandler(
        (e, args2) -> {
          e.getCommandLine().getErr().println("错误 / error: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return 2;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
