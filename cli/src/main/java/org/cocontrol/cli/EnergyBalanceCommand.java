package org.cocontrol.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.energybalance.BalanceAccounts;
import org.cocontrol.core.energybalance.BalanceLabels;
import org.cocontrol.core.energybalance.BalanceResult;
import org.cocontrol.core.energybalance.FuelFactors;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.io.EnergyBalanceReader;
import org.cocontrol.io.TableWriter;
import org.cocontrol.reference.EnergyBalanceReference;
import org.cocontrol.reference.ReferenceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cocontrol energy-balance TABLE.xlsx --region X --year Y}: the reference and sectoral
 * approaches' CO2 of an energy balance table and their difference explained.
 */
@Command(
    name = "energy-balance",
    mixinStandardHelpOptions = true,
    description = {
      "能源平衡表: 参考方法与部门方法的 CO2 及其差异说明 / the reference and sectoral approaches from an energy"
          + " balance table."
    })
final class EnergyBalanceCommand implements Callable<Integer> {

  static final List<String> HEADER =
      List.of(
          "approach", "row", "row_name", "fuel", "fuel_name", "amount", "unit", "co2_t", "note");

  @Parameters(index = "0", paramLabel = "TABLE", description = "能源平衡表 (.xlsx / .csv)")
  Path table;

  @Option(names = "--region", required = true, paramLabel = "ADCODE", description = "行政区划代码")
  String region;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "年份")
  int year;

  @Option(names = "--out", paramLabel = "FILE", description = "写入文件 (.csv / .xlsx); 默认输出到屏幕")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Adcode adcode =
        Adcode.parse(region)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "--region 应为 6 位行政区划代码 / --region must be a 6-digit adcode: " + region));
    BalanceLabels labels = EnergyBalanceReference.labels();
    EnergyBalanceReader.Result read = EnergyBalanceReader.read(table, labels, adcode, year);
    if (!read.isValid()) {
      StringBuilder b = new StringBuilder();
      b.append(table.getFileName())
          .append(": 无法读取能源平衡表, 未写出任何结果 / cannot read the table, nothing written:");
      read.problems().forEach(p -> b.append("\n  ").append(p));
      throw new InvalidInputException(b.toString());
    }
    ReferenceData reference = ReferenceLoader.load();
    BalanceResult r =
        BalanceAccounts.compute(
            read.balance(), labels, FuelFactors.forTable(reference.parameters(), read.balance()));
    List<List<Object>> rows = rows(r);
    if (out != null) {
      TableWriter.write(out, HEADER, rows);
      return 0;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "%s %d  参考方法 reference %.3f t CO2  部门方法 sectoral %.3f t CO2  差异 difference %.3f t (%.2f%%)%n",
        reference.regions().nameZh(adcode),
        year,
        r.referenceT(),
        r.sectoralT(),
        r.differenceT(),
        r.sectoralT() == 0 ? Double.NaN : 100 * r.differenceT() / r.sectoralT());
    for (List<Object> row : rows) {
      o.println(String.join("\t", row.stream().map(x -> x == null ? "" : x.toString()).toList()));
    }
    return 0;
  }

  /** One row per reference fuel, sectoral row and fuel, explanation line and gap. */
  static List<List<Object>> rows(BalanceResult r) {
    List<List<Object>> rows = new ArrayList<>();
    for (BalanceResult.ReferenceLine l : r.reference()) {
      rows.add(
          Arrays.asList(
              "reference",
              "",
              "表观消费量−用作原料、材料",
              l.fuel(),
              l.nameZh(),
              l.apparentConsumption() - l.nonEnergyUse(),
              l.unit().symbol(),
              l.co2T(),
              String.join(" ", l.factors())));
    }
    for (BalanceResult.SectoralLine l : r.sectoral()) {
      rows.add(
          Arrays.asList(
              "sectoral",
              l.row().name(),
              l.rowNameZh(),
              l.fuel(),
              l.fuelNameZh(),
              l.amount(),
              "",
              l.co2T(),
              ""));
    }
    for (BalanceResult.Explanation e : r.explanations()) {
      rows.add(
          Arrays.asList(
              "difference",
              e.cause().name(),
              "",
              "",
              "",
              null,
              "",
              e.co2T(),
              e.memo() ? "memo: deducted in both approaches" : ""));
    }
    for (BalanceResult.Gap g : r.gaps()) {
      rows.add(
          Arrays.asList(
              "not_estimated",
              g.reason().name(),
              "",
              g.fuel(),
              g.nameZh(),
              g.burned(),
              g.unit().symbol(),
              null,
              "missing, not zero"));
    }
    return rows;
  }
}
