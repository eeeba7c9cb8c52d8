package org.cocontrol.server.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.cocontrol.store.AuditLog;
import org.cocontrol.store.UserStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a login: throttled per user name and per address ({@link LoginThrottle}); an unknown name
 * is hashed against a dummy so it costs what a known one does; every failure and lock-out is
 * audited; a success gets a signed token.
 */
@Service
class Logins {

  /** What a login attempt came to. */
  sealed interface Outcome permits Throttled, Refused, Issued {}

  /** Too many failures: try again after {@code retryAfter}. */
  record Throttled(Duration retryAfter) implements Outcome {}

  /** Wrong name or password (the answer does not say which). */
  record Refused() implements Outcome {}

  /** A token for the user. */
  record Issued(String token, UserStore.User user) implements Outcome {}

  private final UserStore users;
  private final PasswordEncoder passwords;
  private final TokenService tokens;
  private final AuditLog audit;
  private final LoginThrottle throttle;

  /**
   * Checked against when the name is unknown, so that path hashes exactly as much as a wrong
   * password does.
   */
  private final String dummyHash;

  Logins(
      UserStore users,
      PasswordEncoder passwords,
      TokenService tokens,
      AuditLog audit,
      LoginThrottle throttle) {
    this.users = users;
    this.passwords = passwords;
    this.tokens = tokens;
    this.audit = audit;
    this.throttle = throttle;
    this.dummyHash = passwords.encode(UUID.randomUUID().toString());
  }

  Outcome login(String username, String password, String address) {
    LoginThrottle.Decision decision = throttle.acquire(username, address);
    if (decision instanceof LoginThrottle.Refusal r) {
      return new Throttled(r.retryAfter());
    }
    LoginThrottle.Attempt attempt = (LoginThrottle.Attempt) decision;
    Optional<UserStore.User> user = users.find(username);
    boolean matches =
        passwords.matches(password, user.map(UserStore.User::passwordHash).orElse(dummyHash));
    if (!matches || user.isEmpty()) {
      audit.record(username, "LOGIN_FAILED", "user:" + username, "");
      if (attempt.locksUser()) {
        audit.record(username, "LOGIN_LOCKED", "user:" + username, "too many failed logins");
      }
      return new Refused();
    }
    throttle.succeeded(attempt);
    return new Issued(tokens.issue(user.get()), user.get());
  }
}
