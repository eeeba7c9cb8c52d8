package org.cocontrol.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform benchmark (not a test): imports a generated activity file of {@code --rows} records
 * through {@code POST /api/v1/activities}, then measures dashboard API latency (p50/p95/p99) with
 * {@code --clients} concurrent clients on loopback, while sampling the server's heap. It starts
 * each packaged server jar of {@code --jars} (comma-separated, e.g. the code before and after a
 * change) on each database of {@code --db} ({@code h2}: a fresh embedded database; {@code pg}: a
 * fresh database {@code --pg-database} on the PostgreSQL server at {@code --pg-host}, user
 * postgres, recreated with {@code dropdb}/{@code createdb}), one after the other, and prints one
 * table of all runs at the end. {@code --url} measures a running server instead.
 *
 * <pre>
 * ./mvnw -B -ntp -o -pl server -am package -DskipTests
 * javac -d /tmp/bench bench/src/main/java/org/cocontrol/bench/ApiBenchmark.java
 * java -cp /tmp/bench org.cocontrol.bench.ApiBenchmark --rows 1000000 --db h2,pg \
 *     --jars /tmp/speed-before.jar@4g,server/target/cocontrol-server.jar@512m
 * </pre>
 */
public final class ApiBenchmark {

  static final String PASSWORD = "bench-password-2026";
  private static final List<String> DASHBOARD =
      List.of(
          "/api/v1/public/map?parent=000000&year=2019&substance=CO2",
          "/api/v1/public/map?parent=410000&year=2022&substance=SO2",
          "/api/v1/inventory?region=410000&year=2022",
          "/api/v1/inventory?region=210000&year=2019&groupBy=sector",
          "/api/v1/public/trend?region=410000&groupBy=fuel",
          "/api/v1/regions/410000");

  /** What one run measured. */
  record Run(
      String jar,
      String db,
      int rows,
      int status,
      double importSeconds,
      double importCpuSeconds,
      double requestsPerSecond,
      double p50,
      double p95,
      double p99,
      long peakHeapBytes,
      String heapLimit) {
    Run withHeap(String limit) {
      return new Run(
          jar,
          db,
          rows,
          status,
          importSeconds,
          importCpuSeconds,
          requestsPerSecond,
          p50,
          p95,
          p99,
          peakHeapBytes,
          limit);
    }
  }

  private ApiBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    int rows = Integer.parseInt(o.getOrDefault("rows", "1000000"));
    Path data = Files.createTempDirectory("cocontrol-bench");
    Path csv = data.resolve("activities.csv");
    writeActivities(csv, rows, 7);
    List<Run> runs = new java.util.ArrayList<>();
    if (o.containsKey("url")) {
      runs.add(measure(o, o.get("url"), "(running)", "(running)", csv, rows, null));
    } else {
      for (String db : o.getOrDefault("db", "h2").split(",")) {
        for (String jar :
            o.getOrDefault("jars", o.getOrDefault("jar", "server/target/cocontrol-server.jar"))
                .split(",")) {
          // a jar may name its own heap after an @ (the code before streaming uploads needed
          // gigabytes for a million rows)
          String[] jarAndHeap = jar.split("@", 2);
          String heap =
              jarAndHeap.length > 1 ? jarAndHeap[1] : o.getOrDefault("server-heap", "512m");
          runs.add(
              run(
                  o,
                  Path.of(jarAndHeap[0]),
                  heap,
                  db,
                  csv,
                  rows,
                  Files.createTempDirectory(data, "server")));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nmachine    %d processors, JVM %s, %,d rows, %s clients%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        rows,
        o.getOrDefault("clients", "50"));
    System.out.println(
        "| jar | database | server heap | import | rows/s | server CPU in import | peak heap used | dashboard req/s | p50 | p95 | p99 |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (Run r : runs) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s%.1f s | %,.0f | %.0f s | %s | %,.0f | %.1f ms | %.1f ms | %.1f ms |%n",
          r.jar(),
          r.db(),
          r.heapLimit(),
          r.status() == 201 ? "" : "HTTP " + r.status() + ", ",
          r.importSeconds(),
          r.rows() / r.importSeconds(),
          r.importCpuSeconds(),
          r.peakHeapBytes() < 0
              ? "?"
              : String.format(Locale.ROOT, "%,d MB", r.peakHeapBytes() >> 20),
          r.requestsPerSecond(),
          r.p50(),
          r.p95(),
          r.p99());
    }
  }

  /** Starts a server jar on a fresh database, measures it, stops it. */
  private static Run run(
      Map<String, String> o, Path jar, String heap, String db, Path csv, int rows, Path data)
      throws Exception {
    long t0 = System.nanoTime();
    Started s = start(o, jar, heap, db, data, true);
    try {
      System.out.printf(
          Locale.ROOT,
          "%s on %s: started with demo data in %.1f s (log %s)%n",
          jar,
          db,
          (System.nanoTime() - t0) / 1e9,
          data.resolve("server.log"));
      return measure(o, s.url(), jar.getFileName().toString(), db + "", csv, rows, s.process())
          .withHeap("-Xmx" + heap);
    } finally {
      s.stop();
    }
  }

  /** A server this benchmark started: its process and base URL. */
  record Started(Process process, String url) {
    void stop() throws InterruptedException {
      process.destroy();
      process.waitFor();
    }
  }

  /**
   * Starts a server jar with the demo data (password {@link #PASSWORD}) on the embedded database in
   * {@code data} ({@code h2}) or on the PostgreSQL database {@code --pg-database} ({@code pg}),
   * which is recreated first when {@code fresh}; returns once it is up.
   */
  static Started start(
      Map<String, String> o, Path jar, String heap, String db, Path data, boolean fresh)
      throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new java.util.ArrayList<>(List.of("java", "-Xmx" + heap));
    if (o.containsKey("jfr")) {
      command.add(
          "-XX:StartFlightRecording=filename="
              + data.resolve("server.jfr")
              + ",settings=profile,dumponexit=true");
    }
    command.addAll(
        List.of("-jar", jar.toString(), "--server.port=" + port, "--cocontrol.data-dir=" + data));
    if (o.containsKey("server-args")) {
      command.addAll(List.of(o.get("server-args").strip().split("\\s+")));
    }
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile()));
    pb.environment().put("COCONTROL_DEMO_PASSWORD", PASSWORD);
    if (db.equals("pg")) {
      String host = o.getOrDefault("pg-host", "127.0.0.1");
      String name = o.getOrDefault("pg-database", "bench_speed");
      if (fresh) {
        exec("dropdb", "-h", host, "-U", "postgres", "--if-exists", name);
        exec("createdb", "-h", host, "-U", "postgres", name);
      }
      command.add("--spring.profiles.active=postgres");
      pb.command(command);
      pb.environment().put("COCONTROL_DB_URL", "jdbc:postgresql://" + host + ":5432/" + name);
    }
    Process server = pb.start();
    String url = "http://127.0.0.1:" + port;
    try {
      waitUntilUp(url, server);
    } catch (RuntimeException | InterruptedException e) {
      server.destroy();
      throw e;
    }
    return new Started(server, url);
  }

  static void exec(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  /**
   * Imports the file through the API, then measures the dashboard; samples the server's heap
   * throughout when it is ours.
   */
  private static Run measure(
      Map<String, String> o, String url, String jar, String db, Path csv, int rows, Process server)
      throws Exception {
    int clients = Integer.parseInt(o.getOrDefault("clients", "50"));
    int requests = Integer.parseInt(o.getOrDefault("requests", "20000"));
    HeapSampler heap = server == null ? null : new HeapSampler(server.pid());
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String token = login(http, url, o.getOrDefault("password", PASSWORD));
      long size = Files.size(csv);
      String boundary = "----cocontrol-bench";
      InputStream body =
          new SequenceInputStream(
              Collections.enumeration(
                  List.of(
                      new java.io.ByteArrayInputStream(
                          ("--"
                                  + boundary
                                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                                  + "Content-Type: text/csv\r\n\r\n")
                              .getBytes(StandardCharsets.UTF_8)),
                      Files.newInputStream(csv),
                      new java.io.ByteArrayInputStream(
                          ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)))));
      HttpRequest upload =
          HttpRequest.newBuilder(URI.create(url + "/api/v1/activities"))
              .timeout(Duration.ofHours(2))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
              .build();
      long t0 = System.nanoTime();
      double cpu0 = cpuSeconds(server);
      HttpResponse<String> r = http.send(upload, HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - t0) / 1e9;
      // the server's own CPU time: on a shared machine wall time also counts what others ran
      // meanwhile
      double cpu = cpuSeconds(server) - cpu0;
      System.out.printf(
          Locale.ROOT,
          "import     %,d rows (%.1f MB CSV) -> HTTP %d in %.1f s = %,.0f rows/s, server CPU %.1f s%n",
          rows,
          size / 1e6,
          r.statusCode(),
          seconds,
          rows / seconds,
          cpu);
      if (r.statusCode() != 201) {
        System.out.println("           " + r.body().substring(0, Math.min(500, r.body().length())));
      }
      latency(http, url, clients, Math.max(1000, requests / 10));
      double[] l = latency(http, url, clients, requests);
      return new Run(
          jar,
          db,
          rows,
          r.statusCode(),
          seconds,
          cpu,
          l[0],
          l[1],
          l[2],
          l[3],
          heap == null ? -1 : heap.peak(),
          "");
    } finally {
      if (heap != null) {
        heap.stop();
      }
    }
  }

  static double cpuSeconds(Process server) {
    return server == null
        ? Double.NaN
        : server.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  /**
   * The server's used heap (survivor, eden and old generation), sampled every half second by {@code
   * jstat}; the peak is kept.
   */
  private static final class HeapSampler {
    private final Process jstat;
    private volatile long peak = -1;

    HeapSampler(long pid) throws IOException {
      jstat =
          new ProcessBuilder("jstat", "-gc", Long.toString(pid), "500")
              .redirectErrorStream(true)
              .start();
      Thread t =
          new Thread(
              () -> {
                try (var lines =
                    new java.io.BufferedReader(
                        new java.io.InputStreamReader(
                            jstat.getInputStream(), StandardCharsets.UTF_8))) {
                  String[] header = null;
                  for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] cells = line.trim().split("\\s+");
                    if (cells.length > 0 && cells[0].equals("S0C")) {
                      header = cells;
                    } else if (header != null && cells.length == header.length) {
                      double kb = 0;
                      for (int i = 0; i < header.length; i++) {
                        if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                          kb += Double.parseDouble(cells[i]);
                        }
                      }
                      peak = Math.max(peak, (long) (kb * 1024));
                    }
                  }
                } catch (IOException | NumberFormatException e) {
                  // the server went away
                }
              });
      t.setDaemon(true);
      t.start();
    }

    long peak() {
      return peak;
    }

    void stop() {
      jstat.destroy();
    }
  }

  /**
   * Runs {@code total} GET requests over the dashboard endpoints from {@code clients} threads;
   * prints percentiles when asked.
   */
  private static double[] latency(HttpClient http, String url, int clients, int total)
      throws InterruptedException {
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      new Thread(
              () -> {
                try {
                  for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    HttpRequest req =
                        HttpRequest.newBuilder(
                                URI.create(url + DASHBOARD.get(i % DASHBOARD.size())))
                            .timeout(Duration.ofSeconds(60))
                            .build();
                    long t = System.nanoTime();
                    int status;
                    try {
                      status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException | InterruptedException e) {
                      status = -1;
                    }
                    nanos[i] = System.nanoTime() - t;
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                  }
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    double wall = (System.nanoTime() - start) / 1e9;
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "dashboard  %,d GETs over %d endpoints, %d concurrent clients, %.1f s = %,.0f req/s; statuses %s%n",
        total,
        DASHBOARD.size(),
        clients,
        wall,
        total / wall,
        statuses);
    System.out.printf(
        Locale.ROOT,
        "latency    p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        pct(sorted, 50),
        pct(sorted, 95),
        pct(sorted, 99),
        sorted[sorted.length - 1] / 1e6);
    return new double[] {total / wall, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99)};
  }

  static double pct(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
  }

  /** A realistic mix of records across Henan's counties for 2023. */
  static void writeActivities(Path file, int rows, long seed) throws IOException {
    String[] counties = {
      "410102", "410103", "410105", "410122", "410181", "410183", "410202", "410305", "410308",
      "410411", "410502", "410602", "410703", "410803", "410902", "411002", "411102", "411202",
      "411302", "411402", "411502", "411602", "411702", "419001"
    };
    String[][] kinds = {
      {"IND_BOILER", "raw_coal", "t", "wet_fgd;bag_filter", "stoker_boiler"},
      {"IND_BOILER", "natural_gas", "万Nm3", "low_nox_burner", "gas_boiler"},
      {"IND_BOILER", "electricity_purchased", "MWh", "", ""},
      {"POWER", "bituminous_coal", "t", "wet_fgd;scr;esp", "pc_boiler"},
      {"CEMENT", "clinker", "t", "", ""},
      {"ROAD", "diesel", "t", "", "diesel_engine"}
    };
    Random random = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("record_id,entity_id,region,year,source,activity,amount,unit,controls,technology\n");
      for (int i = 0; i < rows; i++) {
        String[] k = kinds[random.nextInt(kinds.length)];
        double amount = Math.round(Math.exp(4 + 2 * random.nextGaussian()) * 100) / 100.0;
        w.write(
            "B"
                + i
                + ",BENCH-"
                + (i % 5000)
                + ","
                + counties[random.nextInt(counties.length)]
                + ",2023,"
                + k[0]
                + ","
                + k[1]
                + ","
                + amount
                + ","
                + k[2]
                + ","
                + k[3]
                + ","
                + k[4]
                + "\n");
      }
    }
  }

  private static String login(HttpClient http, String url, String password)
      throws IOException, InterruptedException {
    return login(http, url, "authority", password);
  }

  /** Logs in as {@code username}; the bearer token. */
  static String login(HttpClient http, String url, String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  static void waitUntilUp(String url, Process server) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 1200; i++) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server stopped; see its log");
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("server did not come up at " + url);
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return o;
  }
}
