package org.cocontrol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.inventory.ActivityColumns;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.reference.ReferenceLoader;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's logic on a small run, so CI catches a kernel–DuckDB disagreement without a
 * ten-million-record run.
 */
class NationalBenchmarkTests {

  private static final ReferenceData REFERENCE = ReferenceLoader.load();
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void theKernelAndDuckDbAgreeOnEverySubstanceTotal() throws Exception {
    NationalBenchmark.Options options =
        NationalBenchmark.Options.defaults()
            .withRecords(20_000)
            .withChunk(4_096)
            .withWarmup(2_000)
            .withRepeat(1);
    NationalBenchmark.Report report = NationalBenchmark.run(options, REFERENCE, QUIET);

    Agreement a = report.agreement();
    assertThat(a.unmatchedCells()).isZero();
    assertThat(a.kernelCells()).isEqualTo(a.duckdbCells()).isPositive();
    assertThat(a.substanceTotals())
        .extracting(Agreement.Total::substance)
        .contains(
            Substance.CO2,
            Substance.CH4,
            Substance.N2O,
            Substance.SO2,
            Substance.NOX,
            Substance.PM25,
            Substance.CF4);
    for (Agreement.Total t : a.substanceTotals()) {
      assertThat(t.kernel()).as(t.substance().code()).isPositive();
      assertThat(t.relativeDifference())
          .as(t.substance().code() + " total")
          .isLessThanOrEqualTo(1e-9);
    }
    for (Agreement.Total t : a.totals()) {
      assertThat(t.relativeDifference())
          .as(t.substance().code() + "/" + t.scope().code())
          .isLessThanOrEqualTo(1e-9);
    }
    assertThat(a.maxCellRelativeDifference()).isLessThanOrEqualTo(1e-9);
    assertThat(a.agrees()).isTrue();
    assertThat(report.records()).isEqualTo(20_000);
  }

  @Test
  void theSameSeedReplaysTheSameRecords() {
    SyntheticActivities stream = SyntheticActivities.national(REFERENCE.regions(), 7, 5_000);
    ActivityColumns batch = new ActivityColumns(new ActivityColumns.Dictionaries(), 1_000);
    int filled = 0;
    while (stream.fill(batch) > 0) {
      filled += batch.size();
    }
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    stream
        .replay()
        .emit((t, c, y, a) -> first.add(t + " " + c + " " + y + " " + a), Integer.MAX_VALUE);
    stream
        .replay()
        .emit((t, c, y, a) -> second.add(t + " " + c + " " + y + " " + a), Integer.MAX_VALUE);

    assertThat(filled).isEqualTo(5_000);
    assertThat(stream.remaining()).isZero();
    assertThat(first).hasSize(5_000).isEqualTo(second);
    assertThat(stream.counties()).hasSizeGreaterThan(2_000);
  }

  @Test
  void optionsReadTheCommandLine() {
    NationalBenchmark.Options o =
        NationalBenchmark.Options.parse(
            "--records", "10_000", "--level", "county", "--duckdb-threads", "1", "--repeat", "5");

    assertThat(o.records()).isEqualTo(10_000);
    assertThat(o.level().code()).isEqualTo("county");
    assertThat(o.duckdbThreads()).isEqualTo(1);
    assertThat(o.repeat()).isEqualTo(5);
    assertThat(o.chunk()).isEqualTo(1_000_000);
  }
}
