package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.store.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Login under attack: a user name is locked after five failures whether it exists or not, an
 * address after thirty, parallel guesses cannot pass the limit, an unknown name costs the same
 * hashing as a known one, and credentials out of bounds are a 400 naming the field. Each test calls
 * from a loopback address of its own (127.0.0.x), so the address limit of one never touches
 * another, nor the other tests' logins from 127.0.0.1.
 */
@H2ApiServer
class H2LoginTests {

  @LocalServerPort int port;
  @Autowired UserStore users;
  @Autowired PasswordEncoder passwords;

  private String user(String prefix, String password) {
    String name = prefix + "-" + Long.toHexString(System.nanoTime());
    users.upsert(
        new UserStore.User(
            null, name, passwords.encode(password), "AUTHORITY", Adcode.of(410000), null, "测试"));
    return name;
  }

  private static Map<String, Object> login(String user, String password) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", user);
    body.put("password", password);
    return body;
  }

  @Test
  void aUserNameIsLockedAfterFiveFailuresWhetherItExistsOrNot() {
    Api api = new Api(port, "127.0.0.2");
    String known = user("lock", "right-password-1");
    String unknown = "nobody-" + Long.toHexString(System.nanoTime());
    List<Api.Response> answers = new ArrayList<>();
    for (String name : List.of(known, unknown)) {
      for (int i = 0; i < 5; i++) {
        Api.Response r = api.postJson("/api/v1/auth/login", login(name, "wrong-" + i), null);
        assertThat(r.status()).as(name + " attempt " + i).isEqualTo(401);
        answers.add(r);
      }
      Api.Response locked = api.postJson("/api/v1/auth/login", login(name, "wrong-again"), null);
      assertThat(locked.status()).isEqualTo(429);
      assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 15 * 60L);
      assertThat(locked.json().get("message").asString()).contains("too many failed logins");
      answers.add(locked);
    }
    // the right password does not open a locked name
    assertThat(api.postJson("/api/v1/auth/login", login(known, "right-password-1"), null).status())
        .isEqualTo(429);
    // known and unknown names get the same answers
    assertThat(answers.get(0).body()).isEqualTo(answers.get(6).body());
    assertThat(answers.get(5).json().get("message"))
        .isEqualTo(answers.get(11).json().get("message"));
    // another name from the same address is not locked
    assertThat(
            api.postJson("/api/v1/auth/login", login(user("free", "pw-1"), "pw-1"), null).status())
        .isEqualTo(200);
  }

  @Test
  void aSuccessfulLoginStartsTheCountAgain() {
    Api api = new Api(port, "127.0.0.3");
    String name = user("reset", "right-password-2");
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        assertThat(api.postJson("/api/v1/auth/login", login(name, "wrong"), null).status())
            .isEqualTo(401);
      }
      assertThat(api.postJson("/api/v1/auth/login", login(name, "right-password-2"), null).status())
          .isEqualTo(200);
    }
  }

  @Test
  void anAddressIsThrottledAfterThirtyFailures() {
    Api api = new Api(port, "127.0.0.4");
    for (int i = 0; i < 30; i++) {
      assertThat(
              api.postJson(
                      "/api/v1/auth/login",
                      login("guess-" + i + "-" + System.nanoTime(), "x"),
                      null)
                  .status())
          .as("attempt " + i)
          .isEqualTo(401);
    }
    assertThat(api.postJson("/api/v1/auth/login", login("guess-31", "x"), null).status())
        .isEqualTo(429);
    assertThat(
            api.postJson("/api/v1/auth/login", login("authority", ApiContract.PASSWORD), null)
                .status())
        .isEqualTo(429);
    assertThat(
            new Api(port)
                .postJson("/api/v1/auth/login", login("authority", ApiContract.PASSWORD), null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void parallelGuessesCannotPassTheLimit() throws Exception {
    Api api = new Api(port, "127.0.0.5");
    String name = user("race", "right-password-3");
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () ->
                    api.postJson("/api/v1/auth/login", login(name, "wrong-" + n), null).status()));
      }
      int[] statuses = new int[answers.size()];
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = answers.get(i).get();
      }
      assertThat(Arrays.stream(statuses).filter(s -> s == 401).count()).isEqualTo(5);
      assertThat(Arrays.stream(statuses).filter(s -> s == 429).count()).isEqualTo(19);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Without the dummy hash an unknown name answers in a few milliseconds and a known one in tens: a
   * user list by timing.
   */
  @Test
  void anUnknownNameCostsTheSamePasswordHashingAsAKnownOne() {
    Api api = new Api(port, "127.0.0.6");
    long[] known = new long[5];
    long[] unknown = new long[5];
    String name = user("timing", "right-password-4");
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      assertThat(api.postJson("/api/v1/auth/login", login(name, "wrong-" + i), null).status())
          .isEqualTo(401);
      known[i] = System.nanoTime() - t0;
      long t1 = System.nanoTime();
      assertThat(
              api.postJson(
                      "/api/v1/auth/login",
                      login("ghost-" + i + "-" + System.nanoTime(), "wrong"),
                      null)
                  .status())
          .isEqualTo(401);
      unknown[i] = System.nanoTime() - t1;
    }
    Arrays.sort(known);
    Arrays.sort(unknown);
    assertThat((double) unknown[2])
        .as("median unknown vs known, ns")
        .isGreaterThan(0.5 * known[2])
        .isLessThan(2.0 * known[2]);
  }

  @Test
  void credentialsOutOfBoundsAreA400NamingTheField() {
    Api api = new Api(port, "127.0.0.7");
    // user name, password, the field the answer must name
    List<List<String>> cases =
        List.of(
            List.of("u".repeat(65), "password", "username"),
            List.of("nul\u0000name", "password", "username"),
            List.of("", "password", "username"),
            List.of("authority", "p".repeat(73), "password"),
            List.of(
                "ghost-" + System.nanoTime(),
                "密".repeat(25),
                "password")); // 75 bytes in UTF-8: the same answer for an unknown name
    for (List<String> c : cases) {
      Api.Response r = api.postJson("/api/v1/auth/login", login(c.get(0), c.get(1)), null);
      assertThat(r.status()).as(c.get(0)).isEqualTo(400);
      assertThat(r.json().get("errors").get(0).get("column").asString())
          .as(c.get(0))
          .isEqualTo(c.get(2));
    }
    assertThat(api.postJson("/api/v1/auth/login", login("authority", null), null).status())
        .isEqualTo(400);
    assertThat(
            api.raw("POST", "/api/v1/auth/login", "application/json", "null".getBytes(), null)
                .status())
        .isEqualTo(400);
    assertThat(
            api.raw("POST", "/api/v1/auth/login", "application/json", "[null]".getBytes(), null)
                .status())
        .isEqualTo(400);
    assertThat(
            api.raw(
                    "POST",
                    "/api/v1/auth/login",
                    "application/json",
                    "{\"username\":".getBytes(),
                    null)
                .status())
        .isEqualTo(400);
  }
}
