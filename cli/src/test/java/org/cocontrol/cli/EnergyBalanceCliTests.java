package org.cocontrol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cocontrol energy-balance} on the shipped example (the table of core's
 * BalanceAccountsTests, whose hand computation gives reference 5,300,772.669911 t and sectoral
 * 5,157,572.498166 t).
 */
class EnergyBalanceCliTests {

  static final Path EXAMPLE = Path.of("../examples/energy-balance.xlsx");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsBothApproaches() {
    assertThat(
            CoControl.run(
                "energy-balance", EXAMPLE.toString(), "--region", "410200", "--year", "2020"))
        .isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("开封市")
        .contains("参考方法 reference 5300772.670")
        .contains("部门方法 sectoral 5157572.498");
  }

  @Test
  void writesATable() throws Exception {
    Path csv = dir.resolve("eb.csv");
    assertThat(
            CoControl.run(
                "energy-balance",
                EXAMPLE.toString(),
                "--region",
                "410200",
                "--year",
                "2020",
                "--out",
                csv.toString()))
        .isZero();
    assertThat(Files.readString(csv)).contains("STATISTICAL_DIFFERENCE").contains("THERMAL_POWER");
  }

  @Test
  void aBrokenTableExitsWith2AndNamesThePlace() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "项目,原煤,天然气\n一次能源生产量,1,2\n工业,x,1\n");
    assertThat(
            CoControl.run("energy-balance", bad.toString(), "--region", "410200", "--year", "2020"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3").contains("不是数字");
  }
}
