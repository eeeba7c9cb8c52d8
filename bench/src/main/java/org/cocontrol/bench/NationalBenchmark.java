package org.cocontrol.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocontrol.bench.DuckDbInventory.Cell;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.inventory.ActivityColumns;
import org.cocontrol.core.inventory.InventoryKernel;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.reference.ReferenceLoader;

/**
 * Accounts and aggregates millions of generated national activity records with {@link
 * InventoryKernel}, computes the same inventory with DuckDB in the same run, checks that both
 * agree, and prints records per second for both and their ratio.
 *
 * <p>Run it from the repository root; it runs inside Maven's JVM, so the heap is set with {@code
 * MAVEN_OPTS}. The Java side holds one chunk plus the kernel's tables, whatever the number of
 * records: about 130 MB by city, 700 MB by county (one group of cells per county, year and source).
 * DuckDB's memory is native.
 *
 * <pre>
 * ./mvnw -q install -DskipTests
 * MAVEN_OPTS=-Xmx1g ./mvnw -q -pl bench exec:java -Dexec.args="--records 10000000"
 * </pre>
 *
 * <p>Options: {@code --records N} (10,000,000), {@code --chunk N} (1,000,000 records per batch),
 * {@code --level city|province|county} (city), {@code --seed N} (42), {@code --duckdb-threads N}
 * (all processors), {@code --warmup N} (1,000,000 records on a separate kernel before the timed
 * passes), {@code --repeat N} (3 timed runs on each side; the median is reported, since a shared
 * 2-core machine is noisy).
 *
 * <p>What is timed, so the two figures compare like with like: on the Java side the calls to {@link
 * InventoryKernel#add} (generating the records is reported apart, as DuckDB's load is); on the
 * DuckDB side the one SQL statement that joins the records with per-unit coefficients and
 * aggregates, materialised into a table inside DuckDB, after one untimed warm-up run. Each side is
 * timed {@code --repeat} times (the kernel on a fresh kernel each time) and the median counts. The
 * kernel figure includes compiling every shape with the real accountant; the DuckDB coefficient
 * table is built once, untimed, from far fewer keys (template, province, year). The exit status is
 * 1 when the two sides disagree.
 */
public final class NationalBenchmark {

  private static final String USAGE =
      "usage: NationalBenchmark [--records N] [--chunk N] [--level city|province|county] [--seed N]"
          + " [--duckdb-threads N] [--warmup N] [--repeat N]";

  /** The run's settings. */
  public record Options(
      long records,
      int chunk,
      RegionLevel level,
      long seed,
      int duckdbThreads,
      long warmupRecords,
      int repeat) {

    public Options {
      if (records < 0 || chunk <= 0 || duckdbThreads <= 0 || warmupRecords < 0 || repeat <= 0) {
        throw new IllegalArgumentException(
            "records and warm-up must be ≥ 0, chunk, DuckDB threads and repeat > 0");
      }
      if (level == null || level == RegionLevel.NATION) {
        throw new IllegalArgumentException("level must be city, province or county");
      }
    }

    public static Options defaults() {
      return new Options(
          10_000_000,
          1_000_000,
          RegionLevel.CITY,
          42,
          Runtime.getRuntime().availableProcessors(),
          1_000_000,
          3);
    }

    public Options withRecords(long n) {
      return new Options(n, chunk, level, seed, duckdbThreads, warmupRecords, repeat);
    }

    public Options withChunk(int n) {
      return new Options(records, n, level, seed, duckdbThreads, warmupRecords, repeat);
    }

    public Options withWarmup(long n) {
      return new Options(records, chunk, level, seed, duckdbThreads, n, repeat);
    }

    public Options withRepeat(int n) {
      return new Options(records, chunk, level, seed, duckdbThreads, warmupRecords, n);
    }

    /**
     * Reads {@code --name value} pairs over the defaults.
     *
     * @throws IllegalArgumentException naming the bad option
     */
    public static Options parse(String... args) {
      Options d = defaults();
      long records = d.records;
      int chunk = d.chunk;
      RegionLevel level = d.level;
      long seed = d.seed;
      int threads = d.duckdbThreads;
      long warmup = d.warmupRecords;
      int repeat = d.repeat;
      for (int i = 0; i < args.length; i += 2) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String raw = args[i + 1];
        // Underscores allowed, so 10_000_000 reads as in Java source.
        String value = raw.replace("_", "");
        try {
          switch (name) {
            case "--records" -> records = Long.parseLong(value);
            case "--chunk" -> chunk = Integer.parseInt(value);
            case "--level" ->
                level =
                    RegionLevel.parse(value)
                        .orElseThrow(
                            () -> new IllegalArgumentException("unknown level '" + raw + "'"));
            case "--seed" -> seed = Long.parseLong(value);
            case "--duckdb-threads" -> threads = Integer.parseInt(value);
            case "--warmup" -> warmup = Long.parseLong(value);
            case "--repeat" -> repeat = Integer.parseInt(value);
            default -> throw new IllegalArgumentException("unknown option " + name);
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + " needs a whole number, got '" + raw + "'");
        }
      }
      return new Options(records, chunk, level, seed, threads, warmup, repeat);
    }
  }

  /**
   * Everything one run measured.
   *
   * @param kernelShapes distinct record shapes the kernel compiled (template × region at the finer
   *     of the inventory and parameter levels × year)
   * @param coefficientKeys distinct (template, parameter region, year) keys DuckDB's coefficients
   *     cover
   * @param javaRuns time inside {@link InventoryKernel#add} for each timed pass, each on a fresh
   *     kernel, shape compilation included
   * @param javaSeconds the median of {@code javaRuns}
   * @param generateSeconds time generating the records into the batches, outside {@code
   *     javaSeconds}
   * @param duckdbRuns the timed runs of the query, after one warm-up run
   * @param duckdbQuerySeconds the median of {@code duckdbRuns}
   * @param steadySeconds the same records again through the same kernel, every shape already
   *     compiled
   * @param heapUsedBytes heap in use after a full GC at the end of the Java pass, kernel and batch
   *     still live
   * @param heapPeakBytes the sum of the heap pools' peaks during the Java pass: an upper bound of
   *     the peak
   * @param rssPeakBytes the process's peak resident memory before DuckDB starts (VmHWM); -1 where
   *     unknown
   * @param rssPeakEndBytes the same at the end of the run, DuckDB's native memory included
   * @param duckdbMemoryBytes what DuckDB's buffer manager held after the query (native, outside the
   *     heap)
   */
  public record Report(
      Options options,
      long records,
      int kernelShapes,
      int coefficientKeys,
      long coefficientRows,
      List<Double> javaRuns,
      double javaSeconds,
      double generateSeconds,
      double steadySeconds,
      double duckdbLoadSeconds,
      double duckdbCoefficientSeconds,
      double duckdbWarmupSeconds,
      List<Double> duckdbRuns,
      double duckdbQuerySeconds,
      long heapUsedBytes,
      long heapPeakBytes,
      long rssPeakBytes,
      long rssPeakEndBytes,
      long duckdbMemoryBytes,
      String duckdbVersion,
      Agreement agreement) {

    public Report {
      javaRuns = List.copyOf(javaRuns);
      duckdbRuns = List.copyOf(duckdbRuns);
    }

    public double javaRecordsPerSecond() {
      return records / javaSeconds;
    }

    public double steadyRecordsPerSecond() {
      return records / steadySeconds;
    }

    public double duckdbRecordsPerSecond() {
      return records / duckdbQuerySeconds;
    }

    /** Java records/s over DuckDB records/s: above 1 means the kernel is faster. */
    public double ratio() {
      return javaRecordsPerSecond() / duckdbRecordsPerSecond();
    }
  }

  private NationalBenchmark() {}

  public static void main(String[] args) throws SQLException {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(USAGE);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Report report = run(options, ReferenceLoader.load(), System.out);
    print(report, System.out);
    if (!report.agreement().agrees()) {
      System.err.println("FAILED: the kernel and DuckDB disagree");
      System.exit(1);
    }
  }

  /** Runs both sides and the check; progress lines go to {@code log}. */
  public static Report run(Options o, ReferenceData reference, PrintStream log)
      throws SQLException {
    Accountant accountant = Accountant.of(reference, AccountingOptions.defaults());
    List<Adcode> counties = SyntheticActivities.counties(reference.regions());
    RegionLevel parameterLevel = parameterRegionLevel(reference);
    log.printf(
        Locale.ROOT,
        "generating %,d records over %,d counties, %d templates, years %d-%d; inventory by %s, parameters by %s%n",
        o.records(),
        counties.size(),
        SyntheticActivities.TEMPLATES.size(),
        SyntheticActivities.FIRST_YEAR,
        SyntheticActivities.FIRST_YEAR + SyntheticActivities.YEARS - 1,
        o.level().code(),
        parameterLevel.code());

    // Warm-up on its own kernel and its own records, so the timed kernel starts from nothing but
    // JIT-compiled code.
    if (o.warmupRecords() > 0) {
      long t = System.nanoTime();
      int capacity = (int) Math.min(o.chunk(), o.warmupRecords());
      ActivityColumns warmBatch = new ActivityColumns(new ActivityColumns.Dictionaries(), capacity);
      InventoryKernel warmKernel = new InventoryKernel(accountant, o.level());
      SyntheticActivities warm = new SyntheticActivities(counties, o.seed() + 1, o.warmupRecords());
      while (warm.fill(warmBatch) > 0) {
        warmKernel.add(warmBatch);
      }
      log.printf(
          Locale.ROOT,
          "java warm-up: %,d records, %,d shapes, %.2f s%n",
          o.warmupRecords(),
          warmKernel.shapes(),
          seconds(t));
    }

    heapUsedAfterGc();
    resetHeapPeaks();
    ActivityColumns batch =
        new ActivityColumns(
            new ActivityColumns.Dictionaries(),
            (int) Math.max(1, Math.min(o.chunk(), o.records())));
    InventoryKernel kernel = null;
    SyntheticActivities stream = null;
    List<Double> javaRuns = new ArrayList<>();
    double generateSeconds = 0;
    for (int run = 0; run < o.repeat(); run++) {
      if (kernel != null) {
        // The previous kernel is garbage now; collected outside the timing, so no pass pays for
        // another's.
        kernel = null;
        heapUsedAfterGc();
      }
      kernel = new InventoryKernel(accountant, o.level());
      stream = new SyntheticActivities(counties, o.seed(), o.records());
      long kernelNanos = 0;
      long start = System.nanoTime();
      while (stream.fill(batch) > 0) {
        long t = System.nanoTime();
        kernel.add(batch);
        kernelNanos += System.nanoTime() - t;
      }
      double wall = seconds(start);
      javaRuns.add(kernelNanos / 1e9);
      generateSeconds = wall - kernelNanos / 1e9;
      log.printf(
          Locale.ROOT,
          "java run %d: %,d records in %.3f s inside the kernel (%.3f s with generation), %,d shapes%n",
          run + 1,
          kernel.records(),
          kernelNanos / 1e9,
          wall,
          kernel.shapes());
    }
    double javaSeconds = median(javaRuns);
    long heapPeak = heapPeak();
    long rssPeak = rssPeakBytes();
    long heapUsed = heapUsedAfterGc();
    Reference.reachabilityFence(batch);
    Map<Cell, Double> kernelCells = cells(kernel, reference);

    Map<Cell, Double> duckdbCells;
    double load;
    double coefficientSeconds;
    double warmup;
    List<Double> duckdbRuns = new ArrayList<>();
    int keys;
    long coefficientRows;
    long duckdbMemory;
    String duckdbVersion;
    try (DuckDbInventory duck = new DuckDbInventory(o.duckdbThreads())) {
      long t = System.nanoTime();
      duck.load(stream.replay(), o.level(), parameterLevel);
      load = seconds(t);
      log.printf(
          Locale.ROOT,
          "duckdb %s: loaded %,d records in %.2f s%n",
          duck.version(),
          duck.records(),
          load);
      t = System.nanoTime();
      keys = duck.coefficients(accountant);
      coefficientSeconds = seconds(t);
      coefficientRows = duck.count("coefficients");
      t = System.nanoTime();
      duck.query();
      warmup = seconds(t);
      log.printf(
          Locale.ROOT, "duckdb: warm-up query %.3f s, %d thread(s)%n", warmup, duck.threads());
      for (int run = 0; run < o.repeat(); run++) {
        t = System.nanoTime();
        duck.query();
        duckdbRuns.add(seconds(t));
        log.printf(Locale.ROOT, "duckdb run %d: query %.3f s%n", run + 1, duckdbRuns.get(run));
      }
      duckdbMemory = duck.memoryBytes();
      duckdbVersion = duck.version();
      duckdbCells = duck.result();
    }

    Agreement agreement = Agreement.of(kernelCells, duckdbCells, kernel, Agreement.TOLERANCE);

    // Only after the check, since it adds every record a second time: the kernel's speed once all
    // shapes are compiled.
    SyntheticActivities again = stream.replay();
    long steadyNanos = 0;
    while (again.fill(batch) > 0) {
      long t = System.nanoTime();
      kernel.add(batch);
      steadyNanos += System.nanoTime() - t;
    }

    return new Report(
        o,
        o.records(),
        kernel.shapes(),
        keys,
        coefficientRows,
        javaRuns,
        javaSeconds,
        generateSeconds,
        steadyNanos / 1e9,
        load,
        coefficientSeconds,
        warmup,
        duckdbRuns,
        median(duckdbRuns),
        heapUsed,
        heapPeak,
        rssPeak,
        rssPeakBytes(),
        duckdbMemory,
        duckdbVersion,
        agreement);
  }

  /** Prints the summary block. */
  public static void print(Report r, PrintStream out) {
    Runtime rt = Runtime.getRuntime();
    Agreement a = r.agreement();
    out.println();
    out.println("== CoControl national benchmark ==");
    out.printf(
        Locale.ROOT,
        "JVM        %s %s (%s), max heap %s%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        mb(rt.maxMemory()));
    out.printf(
        Locale.ROOT,
        "machine    %d processors (%s), %s %s %s%n",
        rt.availableProcessors(),
        cpuModel(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"));
    out.printf(
        Locale.ROOT,
        "records    %,d (seed %d, %d templates, chunk %,d), inventory by %s%n",
        r.records(),
        r.options().seed(),
        SyntheticActivities.TEMPLATES.size(),
        r.options().chunk(),
        r.options().level().code());
    out.printf(
        Locale.ROOT,
        "shapes     %,d kernel shapes; DuckDB: %,d coefficient keys, %,d coefficient rows; %,d inventory cells%n",
        r.kernelShapes(),
        r.coefficientKeys(),
        r.coefficientRows(),
        a.duckdbCells());
    out.printf(
        Locale.ROOT,
        "Java       %.3f s -> %s records/s (1 thread; median of %s s; generating the records took %.3f s more, untimed)%n",
        r.javaSeconds(),
        rate(r.javaRecordsPerSecond()),
        runs(r.javaRuns()),
        r.generateSeconds());
    out.printf(
        Locale.ROOT,
        "           steady state, shapes already compiled: %.3f s -> %s records/s%n",
        r.steadySeconds(),
        rate(r.steadyRecordsPerSecond()));
    out.printf(
        Locale.ROOT,
        "DuckDB     %.3f s -> %s records/s (%d thread%s, %s; median of %s s after a %.3f s warm-up run)%n",
        r.duckdbQuerySeconds(),
        rate(r.duckdbRecordsPerSecond()),
        r.options().duckdbThreads(),
        r.options().duckdbThreads() == 1 ? "" : "s",
        r.duckdbVersion(),
        runs(r.duckdbRuns()),
        r.duckdbWarmupSeconds());
    out.printf(
        Locale.ROOT,
        "           untimed: load %.2f s with the appender, coefficients %.2f s%n",
        r.duckdbLoadSeconds(),
        r.duckdbCoefficientSeconds());
    out.printf(
        Locale.ROOT,
        "ratio      Java/DuckDB = %.2f (steady state %.2f)%n",
        r.ratio(),
        r.steadyRecordsPerSecond() / r.duckdbRecordsPerSecond());
    out.printf(
        Locale.ROOT,
        "memory     Java heap in use after GC %s, heap peak <= %s, process peak RSS before DuckDB %s;%n",
        mb(r.heapUsedBytes()),
        mb(r.heapPeakBytes()),
        r.rssPeakBytes() < 0 ? "n/a" : mb(r.rssPeakBytes()));
    out.printf(
        Locale.ROOT,
        "           DuckDB holds %s natively; process peak RSS at the end %s%n",
        r.duckdbMemoryBytes() < 0 ? "n/a" : mb(r.duckdbMemoryBytes()),
        r.rssPeakEndBytes() < 0 ? "n/a" : mb(r.rssPeakEndBytes()));
    out.printf(
        Locale.ROOT,
        "check      %s: %d (substance, scope) totals, %d substance totals, %,d cells (%,d unmatched); max relative difference"
            + " %.2e in totals, %.2e in cells (tolerance %.0e)%n",
        a.agrees() ? "AGREE" : "DISAGREE",
        a.totals().size(),
        a.substanceTotals().size(),
        a.kernelCells(),
        a.unmatchedCells(),
        a.maxTotalRelativeDifference(),
        a.maxCellRelativeDifference(),
        a.tolerance());
    for (Agreement.Total t : a.substanceTotals()) {
      out.printf(
          Locale.ROOT,
          "           %-5s kernel %.9e t, DuckDB %.9e t, relative difference %.1e%n",
          t.substance().code(),
          t.kernel(),
          t.duckdb(),
          t.relativeDifference());
    }
    if (!a.agrees()) {
      out.println("           worst cell: " + a.worstCell());
    }
  }

  /** The kernel's inventory as cells, without the derived CO2E rows. */
  static Map<Cell, Double> cells(InventoryKernel kernel, ReferenceData reference) {
    Map<Cell, Double> out = new HashMap<>();
    for (InventoryRow row : kernel.rows(AccountingOptions.defaults().gwpSet(), reference.gwp())) {
      if (!InventoryRow.CO2E.equals(row.substance())) {
        Substance s = Substance.parse(row.substance()).orElseThrow();
        Scope scope = Scope.valueOf(row.scope().toUpperCase(Locale.ROOT));
        out.put(new Cell(row.region().value(), row.year(), row.source(), s, scope), row.tonnes());
      }
    }
    return out;
  }

  /**
   * The finest region level any parameter distinguishes, never coarser than province: the same rule
   * the kernel applies, so DuckDB resolves coefficients per the same regions.
   */
  static RegionLevel parameterRegionLevel(ReferenceData reference) {
    RegionLevel finest = RegionLevel.PROVINCE;
    for (Parameter p : reference.parameters().all()) {
      if (!Parameter.NATIONAL_SCOPE.equals(p.region())) {
        RegionLevel l = Adcode.parse(p.region()).map(Adcode::level).orElse(RegionLevel.COUNTY);
        if (l.ordinal() > finest.ordinal()) {
          finest = l;
        }
      }
    }
    return finest;
  }

  private static long heapUsedAfterGc() {
    // Twice, because one collection may leave garbage that only the next one finalises and frees.
    System.gc();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void resetHeapPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        p.resetPeakUsage();
      }
    }
  }

  private static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    // The pools peak at different moments, so their sum can exceed the heap; the heap's maximum is
    // the tighter bound then.
    return Math.min(sum, Runtime.getRuntime().maxMemory());
  }

  private static long rssPeakBytes() {
    return procLine(Path.of("/proc/self/status"), "VmHWM:")
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
        .orElse(-1L);
  }

  private static String cpuModel() {
    return procLine(Path.of("/proc/cpuinfo"), "model name")
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .orElse("cpu unknown");
  }

  private static java.util.Optional<String> procLine(Path file, String prefix) {
    try {
      List<String> lines = Files.exists(file) ? Files.readAllLines(file) : new ArrayList<>();
      return lines.stream().filter(l -> l.startsWith(prefix)).findFirst();
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  static double median(List<Double> xs) {
    List<Double> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String runs(List<Double> xs) {
    return String.join(", ", xs.stream().map(x -> String.format(Locale.ROOT, "%.3f", x)).toList());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.1f M", perSecond / 1e6);
  }
}
