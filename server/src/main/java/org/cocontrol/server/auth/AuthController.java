package org.cocontrol.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.Messages;
import org.cocontrol.server.system.TextLimits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/login}: a username and password for a bearer token. Guessing is
 * throttled per user name and per address ({@link LoginThrottle}, 429 with {@code Retry-After}); an
 * unknown name costs the same password hashing as a known one and gets the same answer, so neither
 * the answer nor its time tells which names exist.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  record Login(String username, String password) {}

  record Token(
      String token,
      String username,
      String role,
      String scope,
      Long enterprise,
      String displayName) {}

  /**
   * bcrypt reads at most 72 bytes of a password; a longer one would be cut silently, so it is
   * refused.
   */
  static final int PASSWORD_MAX_BYTES = 72;

  static final int USERNAME_MAX = 64;

  private final Logins logins;

  AuthController(Logins logins) {
    this.logins = logins;
  }

  @PostMapping("/login")
  ResponseEntity<?> login(@RequestBody Login login, HttpServletRequest request) {
    check(login);
    Logins.Outcome outcome =
        logins.login(login.username(), login.password(), request.getRemoteAddr());
    if (outcome instanceof Logins.Throttled t) {
      long seconds = Math.max(1, t.retryAfter().toSeconds());
      long minutes = (seconds + 59) / 60;
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
          .body(ApiError.of(Messages.text("auth.throttled", minutes)));
    }
    if (!(outcome instanceof Logins.Issued i)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(ApiError.of(Messages.text("auth.wrongPassword")));
    }
    return ResponseEntity.ok(
        new Token(
            i.token(),
            i.user().username(),
            i.user().role().toLowerCase(Locale.ROOT),
            i.user().scope().toString(),
            i.user().enterpriseId(),
            i.user().displayName()));
  }

  /** Both fields present and within bounds, before anything is counted or hashed. */
  private static void check(Login login) {
    List<ApiError.Problem> problems = new ArrayList<>();
    String name = login == null ? null : login.username();
    String password = login == null ? null : login.password();
    if (name == null || name.isBlank()) {
      problems.add(
          new ApiError.Problem(
              null, "username", "username", null, Messages.text("error.required")));
    } else {
      ApiError.Problem p = TextLimits.name("username", name, USERNAME_MAX);
      if (p != null) {
        problems.add(p);
      }
    }
    if (password == null || password.isEmpty()) {
      problems.add(
          new ApiError.Problem(
              null, "password", "password", null, Messages.text("error.required")));
    } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
      problems.add(
          new ApiError.Problem(
              null,
              "password",
              "password",
              null,
              Messages.text("auth.passwordTooLong", PASSWORD_MAX_BYTES)));
    }
    if (!problems.isEmpty()) {
      throw TextLimits.rejected(problems);
    }
  }
}
