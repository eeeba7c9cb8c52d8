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
 * The platform benchmark (not a test): imports a generated activity file of {@code --rows} records through
 * {@code POST /api/v1/activities}, then measures dashboard API latency (p50/p95/p99) with {@code --clients}
 * concurrent clients on loopback. It starts the packaged server ({@code server/target/cocontrol-server.jar})
 * on a free port with a fresh data directory, or uses {@code --url} of a running one.
 *
 * <pre>
 * ./mvnw -q install -DskipTests
 * ./mvnw -q -pl bench exec:java -Dexec.mainClass=org.cocontrol.bench.ApiBenchmark -Dexec.args="--rows 1000000"
 * </pre>
 */
public final class ApiBenchmark {

  private static final String PASSWORD = "bench-password-2026";
  private static final List<String> DASHBOARD = List.of(
      "/api/v1/public/map?parent=000000&year=2019&substance=CO2",
      "/api/v1/public/map?parent=410000&year=2022&substance=SO2",
      "/api/v1/inventory?region=410000&year=2022",
      "/api/v1/inventory?region=210000&year=2019&groupBy=sector",
      "/api/v1/public/trend?region=410000&groupBy=fuel",
      "/api/v1/regions/410000");

  private ApiBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    int rows = Integer.parseInt(o.getOrDefault("rows", "1000000"));
    int clients = Integer.parseInt(o.getOrDefault("clients", "50"));
    int requests = Integer.parseInt(o.getOrDefault("requests", "20000"));
    Process server = null;
    String url = o.get("url");
    Path data = Files.createTempDirectory("cocontrol-bench");
    try {
      if (url == null) {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
          port = s.getLocalPort();
        }
        Path jar = Path.of(o.getOrDefault("jar", "../server/target/cocontrol-server.jar"));
        if (!Files.exists(jar)) {
          jar = Path.of("server/target/cocontrol-server.jar");
        }
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx" + o.getOrDefault("server-heap", "6g"), "-jar", jar.toString(),
            "--server.port=" + port, "--cocontrol.data-dir=" + data).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        pb.environment().put("COCONTROL_DEMO_PASSWORD", PASSWORD);
        long t0 = System.nanoTime();
        server = pb.start();
        url = "http://127.0.0.1:" + port;
        waitUntilUp(url);
        System.out.printf(Locale.ROOT, "server     started with demo data in %.1f s (log %s)%n", (System.nanoTime() - t0) / 1e9, data.resolve("server.log"));
      }
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String token = login(http, url, o.getOrDefault("password", PASSWORD));

      Path csv = data.resolve("activities.csv");
      writeActivities(csv, rows, 7);
      long size = Files.size(csv);
      String boundary = "----cocontrol-bench";
      InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
          new java.io.ByteArrayInputStream(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
              + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8)),
          Files.newInputStream(csv),
          new java.io.ByteArrayInputStream(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)))));
      HttpRequest upload = HttpRequest.newBuilder(URI.create(url + "/api/v1/activities")).timeout(Duration.ofHours(2))
          .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(upload, HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "import     %,d rows (%.1f MB CSV) -> HTTP %d in %.1f s = %,.0f rows/s%n", rows, size / 1e6, r.statusCode(),
          seconds, rows / seconds);
      if (r.statusCode() != 201) {
        System.out.println("           " + r.body().substring(0, Math.min(500, r.body().length())));
      }

      latency(http, url, clients, Math.max(1000, requests / 10), false);
      latency(http, url, clients, requests, true);
      System.out.printf(Locale.ROOT, "machine    %d processors, JVM %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    } finally {
      if (server != null) {
        server.destroy();
        server.waitFor();
      }
    }
  }

  /** Runs {@code total} GET requests over the dashboard endpoints from {@code clients} threads; prints percentiles when asked. */
  private static void latency(HttpClient http, String url, int clients, int total, boolean print) throws InterruptedException {
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url + DASHBOARD.get(i % DASHBOARD.size()))).timeout(Duration.ofSeconds(60)).build();
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
      }).start();
    }
    done.await();
    double wall = (System.nanoTime() - start) / 1e9;
    if (!print) {
      return;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "dashboard  %,d GETs over %d endpoints, %d concurrent clients, %.1f s = %,.0f req/s; statuses %s%n", total,
        DASHBOARD.size(), clients, wall, total / wall, statuses);
    System.out.printf(Locale.ROOT, "latency    p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
        sorted[sorted.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
  }

  /** A realistic mix of records across Henan's counties for 2023. */
  static void writeActivities(Path file, int rows, long seed) throws IOException {
    String[] counties = {"410102", "410103", "410105", "410122", "410181", "410183", "410202", "410305", "410308", "410411", "410502", "410602",
        "410703", "410803", "410902", "411002", "411102", "411202", "411302", "411402", "411502", "411602", "411702", "419001"};
    String[][] kinds = {
        {"IND_BOILER", "raw_coal", "t", "wet_fgd;bag_filter", "stoker_boiler"},
        {"IND_BOILER", "natural_gas", "万Nm3", "low_nox_burner", "gas_boiler"},
        {"IND_BOILER", "electricity_purchased", "MWh", "", ""},
        {"POWER", "bituminous_coal", "t", "wet_fgd;scr;esp", "pc_boiler"},
        {"CEMENT", "clinker", "t", "", ""},
        {"ROAD", "diesel", "t", "", "diesel_engine"}};
    Random random = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("record_id,entity_id,region,year,source,activity,amount,unit,controls,technology\n");
      for (int i = 0; i < rows; i++) {
        String[] k = kinds[random.nextInt(kinds.length)];
        double amount = Math.round(Math.exp(4 + 2 * random.nextGaussian()) * 100) / 100.0;
        w.write("B" + i + ",BENCH-" + (i % 5000) + "," + counties[random.nextInt(counties.length)] + ",2023," + k[0] + "," + k[1] + "," + amount + ","
            + k[2] + "," + k[3] + "," + k[4] + "\n");
      }
    }
  }

  private static String login(HttpClient http, String url, String password) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"authority\",\"password\":\"" + password + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  private static void waitUntilUp(String url) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
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

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return o;
  }

}
