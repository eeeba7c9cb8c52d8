package org.cocontrol.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The reporting-season benchmark (not a test): "2,000 enterprises submitting twelve months each
 * within one hour". On a fresh database of each {@code --db} ({@code h2}, {@code pg}) and for each
 * server jar of {@code --jars}, it starts the server once (schema and demo data), stops it, seeds
 * {@code --enterprises} reporting enterprises with their facilities (U1, U2 generating units,
 * COMMON) and one enterprise user each by SQL, starts the server again, and then runs {@code
 * --clients} concurrent clients, each taking the next enterprise: log in, {@code POST
 * /api/v1/reports} (its 2023 GHG report), {@code POST …/data} (a 12-month file: the clean demo
 * plant's, {@code --data-file}), {@code POST …/submit}. Prints wall time, submissions per second,
 * p50/p95/p99 of each step and every status other than the expected one.
 *
 * <p>Enterprises are seeded because the product has no API that registers them: enterprises come
 * from the registry the demo loads (a real deployment would load the authority's list of key
 * emitters the same way). Their users get the password hash the server wrote for the demo user
 * {@code enterprise}, so no hashing code is needed here. H2 is seeded with H2's own {@code
 * RunScript} from the server jar's H2 library, PostgreSQL with {@code psql}.
 *
 * <pre>
 * ./mvnw -B -ntp -o -pl server -am package -DskipTests
 * javac -d /tmp/bench bench/src/main/java/org/cocontrol/bench/ApiBenchmark.java \
 *     bench/src/main/java/org/cocontrol/bench/ReportingBenchmark.java
 * java -cp /tmp/bench org.cocontrol.bench.ReportingBenchmark --enterprises 2000 --clients 50 --db h2,pg
 * </pre>
 */
public final class ReportingBenchmark {

  private static final String[] STEPS = {"login", "create", "upload", "submit"};
  private static final int[] EXPECTED = {200, 201, 200, 200};

  private ReportingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = ApiBenchmark.options(args);
    int enterprises = Integer.parseInt(o.getOrDefault("enterprises", "2000"));
    int clients = Integer.parseInt(o.getOrDefault("clients", "50"));
    Path dataFile =
        Path.of(
            o.getOrDefault(
                "data-file", "server/src/main/resources/demo/reports/2023/GPPD-1070681.csv"));
    byte[] file = monthlyFile(dataFile);
    Path work = Files.createTempDirectory("cocontrol-reporting-bench");
    o.putIfAbsent("pg-database", "bench_reporting");
    // Every client logs in from 127.0.0.1, and the login throttle counts a login in flight against
    // its address (30 by default) until it succeeds: 50 parallel logins from one address are
    // refused with 429. Real enterprises log in from their own addresses; the limit is lifted here.
    o.putIfAbsent("server-args", "--cocontrol.security.login.max-failures-per-address=1000000");
    List<String> table = new ArrayList<>();
    for (String db : o.getOrDefault("db", "h2").split(",")) {
      for (String jarSpec :
          o.getOrDefault("jars", "server/target/cocontrol-server.jar").split(",")) {
        String[] jarAndHeap = jarSpec.split("@", 2);
        String heap = jarAndHeap.length > 1 ? jarAndHeap[1] : o.getOrDefault("server-heap", "512m");
        Path jar = Path.of(jarAndHeap[0]);
        Path data = Files.createTempDirectory(work, db);
        table.add(run(o, jar, heap, db, data, enterprises, clients, file));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nmachine    %d processors, JVM %s, %,d enterprises, %d clients, load average %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        enterprises,
        clients,
        Files.readString(Path.of("/proc/loadavg")).strip());
    System.out.println(
        "| jar | database | server heap | wall | submissions/s | 2,000 would take | upload p50 | p95 | p99"
            + " | submit p50 | p95 | p99 | login p99 | errors |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    table.forEach(System.out::println);
  }

  private static String run(
      Map<String, String> o,
      Path jar,
      String heap,
      String db,
      Path data,
      int enterprises,
      int clients,
      byte[] file)
      throws Exception {
    long t0 = System.nanoTime();
    ApiBenchmark.start(o, jar, heap, db, data, true).stop();
    System.out.printf(
        Locale.ROOT,
        "%s on %s: schema and demo data in %.1f s (log %s)%n",
        jar,
        db,
        (System.nanoTime() - t0) / 1e9,
        data.resolve("server.log"));
    seed(o, jar, db, data, enterprises);
    ApiBenchmark.Started server = ApiBenchmark.start(o, jar, heap, db, data, false);
    try {
      return measure(server, jar, heap, db, enterprises, clients, file);
    } finally {
      server.stop();
    }
  }

  /** The SQL that registers the benchmark's enterprises, their facilities and users. */
  static String seedSql(int enterprises) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= enterprises; i++) {
      if ((i - 1) % 500 == 0) {
        b.append(
            "insert into enterprise (code, name_zh, industry, adcode, key_emitter, synthetic,"
                + " origin) values\n");
      }
      b.append(
          String.format(
              Locale.ROOT,
              "('BENCH-R%05d', '基准电厂%d（虚构）', 'D4411', '350481', true, true, 'bench')",
              i,
              i));
      b.append(i % 500 == 0 || i == enterprises ? ";\n" : ",\n");
    }
    String[][] units = {
      {"U1", "1号机组", "power_unit", "300"},
      {"U2", "2号机组", "power_unit", "300"},
      {"COMMON", "全厂公用系统", "other", "null"}
    };
    for (int u = 0; u < units.length; u++) {
      b.append(
          String.format(
              Locale.ROOT,
              "insert into facility (enterprise_id, position, code, name, kind, capacity_mw)"
                  + " select id, %d, '%s', '%s', '%s', %s from enterprise where origin = 'bench';\n",
              u,
              units[u][0],
              units[u][1],
              units[u][2],
              units[u][3]));
    }
    b.append(
        "insert into app_user (username, password_hash, role, scope_region, enterprise_id,"
            + " display_name) select lower(e.code), (select password_hash from app_user where"
            + " username = 'enterprise'), 'ENTERPRISE', e.adcode, e.id, e.name_zh from enterprise e"
            + " where e.origin = 'bench';\n");
    return b.toString();
  }

  private static void seed(Map<String, String> o, Path jar, String db, Path data, int n)
      throws Exception {
    Path sql = data.resolve("seed.sql");
    Files.writeString(sql, seedSql(n));
    long t0 = System.nanoTime();
    if (db.equals("pg")) {
      ApiBenchmark.exec(
          "psql",
          "-q",
          "-v",
          "ON_ERROR_STOP=1",
          "-h",
          o.getOrDefault("pg-host", "127.0.0.1"),
          "-U",
          "postgres",
          "-d",
          o.get("pg-database"),
          "-f",
          sql.toString());
    } else {
      Path h2 = h2Library(jar, data);
      ApiBenchmark.exec(
          "java",
          "-cp",
          h2.toString(),
          "org.h2.tools.RunScript",
          "-url",
          "jdbc:h2:file:" + data.resolve("cocontrol") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
          "-user",
          "sa",
          "-script",
          sql.toString());
    }
    System.out.printf(
        Locale.ROOT,
        "seeded     %,d enterprises, %,d facilities, %,d users in %.1f s%n",
        n,
        3 * n,
        n,
        (System.nanoTime() - t0) / 1e9);
  }

  /** H2's jar out of the Spring Boot jar (BOOT-INF/lib/h2-*.jar), for its RunScript tool. */
  private static Path h2Library(Path jar, Path dir) throws IOException {
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().matches("BOOT-INF/lib/h2-[0-9].*\\.jar")) {
          Path out = dir.resolve("h2.jar");
          Files.copy(z, out, StandardCopyOption.REPLACE_EXISTING);
          return out;
        }
      }
    }
    throw new IllegalStateException(jar + " holds no H2 library");
  }

  /**
   * The 12-month file every enterprise uploads: the given report file without the columns the
   * report supplies ({@code record_id, entity_id, region}), so it is valid for any enterprise.
   */
  static byte[] monthlyFile(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!List.of("record_id", "entity_id", "region").contains(header.get(i))) {
        keep.add(i);
      }
    }
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      List<String> kept = new ArrayList<>();
      keep.forEach(i -> kept.add(cells[i]));
      b.append(String.join(",", kept)).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String measure(
      ApiBenchmark.Started server,
      Path jar,
      String heap,
      String db,
      int enterprises,
      int clients,
      byte[] file)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    long[][] nanos = new long[STEPS.length][enterprises];
    for (long[] n : nanos) {
      Arrays.fill(n, -1);
    }
    Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger(1);
    AtomicInteger submitted = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(clients);
    double cpu0 = ApiBenchmark.cpuSeconds(server.process());
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      new Thread(
              () -> {
                try {
                  for (int i = next.getAndIncrement();
                      i <= enterprises;
                      i = next.getAndIncrement()) {
                    if (submitOne(http, server.url(), i, file, nanos, errors)) {
                      submitted.incrementAndGet();
                    }
                  }
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = ApiBenchmark.cpuSeconds(server.process()) - cpu0;
    double[][] p = new double[STEPS.length][];
    for (int s = 0; s < STEPS.length; s++) {
      long[] done1 = Arrays.stream(nanos[s]).filter(x -> x >= 0).sorted().toArray();
      p[s] =
          done1.length == 0
              ? new double[] {Double.NaN, Double.NaN, Double.NaN}
              : new double[] {
                ApiBenchmark.pct(done1, 50),
                ApiBenchmark.pct(done1, 95),
                ApiBenchmark.pct(done1, 99)
              };
      System.out.printf(
          Locale.ROOT,
          "%-10s %,d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          STEPS[s],
          done1.length,
          p[s][0],
          p[s][1],
          p[s][2],
          done1.length == 0 ? Double.NaN : done1[done1.length - 1] / 1e6);
    }
    double rate = submitted.get() / wall;
    System.out.printf(
        Locale.ROOT,
        "reporting  %,d of %,d enterprises submitted in %.1f s = %.2f submissions/s (2,000 in %.1f"
            + " min; one hour needs 0.56/s), server CPU %.0f s; errors %s%n",
        submitted.get(),
        enterprises,
        wall,
        rate,
        2000 / rate / 60,
        cpu,
        errors);
    return String.format(
        Locale.ROOT,
        "| %s | %s | -Xmx%s | %.1f s | %.2f | %.1f min | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f"
            + " ms | %.0f ms | %.0f ms | %s |",
        jar.getFileName(),
        db.equals("pg") ? "PostgreSQL" : "H2",
        heap,
        wall,
        rate,
        2000 / rate / 60,
        p[2][0],
        p[2][1],
        p[2][2],
        p[3][0],
        p[3][1],
        p[3][2],
        p[0][2],
        errors.isEmpty() ? "0" : errors.toString());
  }

  /** One enterprise's season: log in, open the report, upload the year, submit. */
  private static boolean submitOne(
      HttpClient http,
      String url,
      int i,
      byte[] file,
      long[][] nanos,
      Map<String, AtomicInteger> errors) {
    String code = String.format(Locale.ROOT, "BENCH-R%05d", i);
    try {
      long t = System.nanoTime();
      String token;
      try {
        token = ApiBenchmark.login(http, url, code.toLowerCase(Locale.ROOT), ApiBenchmark.PASSWORD);
      } catch (IllegalStateException e) {
        // "login failed: <status> <body>": counted by status, the first of each shown
        String[] words = String.valueOf(e.getMessage()).split(" ", 4);
        String key = "login HTTP " + (words.length > 2 ? words[2] : "?");
        if (errors.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1) {
          System.out.println(e.getMessage().substring(0, Math.min(400, e.getMessage().length())));
        }
        return false;
      }
      nanos[0][i - 1] = System.nanoTime() - t;
      HttpResponse<String> r =
          timed(
              http,
              json(url + "/api/v1/reports", token)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"entityId\":\"" + code + "\",\"year\":2023,\"kind\":\"ghg\"}"))
                  .build(),
              nanos[1],
              i);
      Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
      if (!expected(r, 1, errors) || !m.find()) {
        return false;
      }
      String report = url + "/api/v1/reports/" + m.group(1);
      String boundary = "----cocontrol-reporting-bench";
      byte[] head =
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"2023.csv\"\r\n"
                  + "Content-Type: text/csv\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[head.length + file.length + tail.length];
      System.arraycopy(head, 0, body, 0, head.length);
      System.arraycopy(file, 0, body, head.length, file.length);
      System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
      r =
          timed(
              http,
              HttpRequest.newBuilder(URI.create(report + "/data"))
                  .timeout(Duration.ofMinutes(10))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              nanos[2],
              i);
      if (!expected(r, 2, errors)) {
        return false;
      }
      r =
          timed(
              http,
              json(report + "/submit", token).POST(HttpRequest.BodyPublishers.noBody()).build(),
              nanos[3],
              i);
      return expected(r, 3, errors);
    } catch (IOException | InterruptedException | RuntimeException e) {
      errors
          .computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
          .incrementAndGet();
      return false;
    }
  }

  private static HttpRequest.Builder json(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json");
  }

  private static HttpResponse<String> timed(HttpClient http, HttpRequest req, long[] into, int i)
      throws IOException, InterruptedException {
    long t = System.nanoTime();
    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
    into[i - 1] = System.nanoTime() - t;
    return r;
  }

  /** Whether a step answered as it should; counts and shows the first of each kind otherwise. */
  private static boolean expected(
      HttpResponse<String> r, int step, Map<String, AtomicInteger> errors) {
    if (r.statusCode() == EXPECTED[step]) {
      return true;
    }
    String key = STEPS[step] + " HTTP " + r.statusCode();
    if (errors.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1) {
      System.out.println(key + ": " + r.body().substring(0, Math.min(400, r.body().length())));
    }
    return false;
  }
}
