package org.cocontrol.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.io.ActivityImport;
import org.cocontrol.io.ActivityReader;
import org.cocontrol.reference.ReferenceDataException;
import org.cocontrol.reference.ReferenceLoader;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that account activity data, and the reading of the activity file.
 */
final class AccountingSetup {

  @Option(
      names = "--activities",
      required = true,
      paramLabel = "FILE",
      description = "活动数据文件 (.csv / .xlsx) / activity data file")
  Path activities;

  @Option(
      names = "--gwp",
      defaultValue = "AR5",
      paramLabel = "SET",
      description = "GWP 值版本 SAR|AR4|AR5|AR6 (默认 ${DEFAULT-VALUE})")
  GwpSet gwp;

  @Option(
      names = "--scheme",
      defaultValue = "GENERAL",
      paramLabel = "RULES",
      description = "核算规则 general|ets: ets 使用全国碳市场缺省值(电网因子、燃煤单位热值含碳量) / carbon-market defaults")
  Scheme scheme;

  @Option(
      names = "--tier",
      defaultValue = "AUTO",
      paramLabel = "TIER",
      description = "燃烧CO2方法 auto|tier1|tier2 (默认 auto: 有含碳量时用 tier2) / combustion CO2 method")
  AccountingOptions.Tier tier;

  @Option(
      names = "--parameters",
      paramLabel = "FILE",
      description =
          "追加参数表 (与 reference 参数表同列), 如省级或企业特定值 / extra parameter rows, e.g. provincial or enterprise values")
  Path extraParameters;

  ReferenceData reference() {
    ReferenceData shipped = ReferenceLoader.load();
    if (extraParameters == null) {
      return shipped;
    }
    try (Reader r = Files.newBufferedReader(extraParameters, StandardCharsets.UTF_8)) {
      List<Parameter> more =
          ReferenceLoader.parameters(
              extraParameters.getFileName().toString(), r, shipped.classification());
      return new ReferenceData(
          shipped.parameters().plus(more),
          shipped.classification(),
          shipped.gwp(),
          shipped.regions());
    } catch (ReferenceDataException e) {
      throw new InvalidInputException(e.getMessage());
    } catch (IOException e) {
      throw new InvalidInputException("cannot read " + extraParameters + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(extraParameters + ": " + e.getMessage());
    }
  }

  Accountant accountant(ReferenceData reference) {
    return Accountant.of(reference, new AccountingOptions(scheme, tier, gwp));
  }

  /**
   * Reads and validates the activity file; any error rejects the whole file with every problem
   * listed.
   */
  List<ActivityRecord> read(ReferenceData reference, java.io.PrintWriter err) {
    if (!Files.isRegularFile(activities)) {
      throw new InvalidInputException("找不到活动数据文件 / no such file: " + activities);
    }
    ActivityImport result;
    try {
      result = new ActivityReader(reference.classification(), reference.regions()).read(activities);
    } catch (IOException e) {
      throw new InvalidInputException("无法读取 / cannot read " + activities + ": " + e.getMessage());
    }
    result.warnings().forEach(w -> err.println("提示 / warning: " + w));
    if (!result.isValid()) {
      StringBuilder b = new StringBuilder();
      b.append(activities.getFileName())
          .append(": ")
          .append(result.errors().size())
          .append(" 处错误, 未写出任何结果 / error(s), nothing written:");
      result.errors().forEach(e -> b.append("\n  ").append(e));
      throw new InvalidInputException(b.toString());
    }
    return result.records();
  }
}
