package org.cocontrol.server.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means durable: the packaged server, on its embedded database, is killed with SIGKILL
 * right after it answered 201, started again, and must still have every record it acknowledged. (H2
 * writes a commit up to half a second later by default; {@code EmbeddedDurability} has it write and
 * sync each commit before the answer.)
 */
class DurabilityIT {

  private static final String PASSWORD = "durability-test-0123";
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path data;

  @Test
  void everyAcknowledgedUploadSurvivesAKillRightAfterItsAnswer() throws Exception {
    int port = freePort();
    List<String> acknowledged = new ArrayList<>();
    Process server = start(port);
    // a burst of small uploads, killed the moment the last one is acknowledged; then a single one,
    // killed at once
    for (int burst : new int[] {8, 1}) {
      String token = login(port);
      for (int i = 0; i < burst; i++) {
        String record = "K" + acknowledged.size();
        HttpResponse<String> r = upload(port, token, record);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        acknowledged.add(record);
      }
      server.destroyForcibly();
      assertThat(server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      server = start(port);
      String after = login(port);
      for (String record : acknowledged) {
        HttpResponse<String> h =
            get(port, after, "/api/v1/activities/history?entity=DUR-1&record=" + record);
        assertThat(h.statusCode())
            .as("record " + record + " after kill -9: " + h.body())
            .isEqualTo(200);
        assertThat(h.body()).contains("\"state\":\"current\"");
      }
    }
    server.destroyForcibly().waitFor();
  }

  private Process start(int port) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path jar =
        Path.of(System.getProperty("cocontrol.server.jar", "target/cocontrol-server.jar"))
            .toAbsolutePath();
    assertThat(jar).as("the packaged server (mvn package)").exists();
    ProcessBuilder b =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--cocontrol.data-dir=" + data,
                "--cocontrol.demo.enabled=false")
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("server-" + UUID.randomUUID() + ".log").toFile());
    b.environment().put("COCONTROL_DEMO_PASSWORD", PASSWORD);
    Process p = b.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("the server stopped at start:\n" + logs());
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return p;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    p.destroyForcibly();
    throw new IllegalStateException("the server did not become healthy in 180 s:\n" + logs());
  }

  private String logs() throws IOException {
    StringBuilder out = new StringBuilder();
    try (var files = Files.list(data)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
        List<String> lines = Files.readAllLines(f);
        out.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
      }
    }
    return out.toString();
  }

  private String login(int port) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"authority\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }

  private HttpResponse<String> upload(int port, String token, String record)
      throws IOException, InterruptedException {
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit\n"
            + record
            + ",DUR-1,410105,2023,IND_BOILER,raw_coal,100,t\n";
    String boundary = "----durability" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + record
            + ".csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + csv
            + "\r\n--"
            + boundary
            + "--\r\n";
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/activities"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(int port, String token, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
