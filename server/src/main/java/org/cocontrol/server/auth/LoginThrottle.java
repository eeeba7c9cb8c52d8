package org.cocontrol.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits password guessing: at most {@code perUser} failed logins for one user name and {@code
 * perAddress} from one address within {@code window}; past either, logins are refused until the
 * window that began with the first failure ends. Known and unknown user names are counted alike, so
 * the lock-out says nothing about which names exist.
 *
 * <p>An attempt is counted before its password is checked and given back when it succeeds, so
 * parallel guesses cannot slip past the limit while the first ones are still being hashed; the
 * bookkeeping is synchronised (it is a few map operations, the hashing happens outside). The counts
 * live in memory: the platform runs as one process, the counters are consulted before any hashing
 * and cost nothing under a flood, and a restart only ends lock-outs early; several instances behind
 * one name would each count for themselves.
 */
final class LoginThrottle {

  /** What {@link #acquire} decided. */
  sealed interface Decision permits Attempt, Refusal {}

  /** How long until a refused login may be tried again. */
  record Refusal(Duration retryAfter) implements Decision {}

  /**
   * An attempt that was let through; {@code locksUser} when its failure is the user's last allowed
   * one.
   */
  record Attempt(String username, String address, boolean locksUser) implements Decision {}

  private record Count(int attempts, Instant since) {}

  /** Past this many names or addresses, windows that have ended are dropped. */
  private static final int TIDY_ABOVE = 10_000;

  private final int perUser;
  private final int perAddress;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Count> users = new HashMap<>();
  private final Map<String, Count> addresses = new HashMap<>();
  private Instant tidied = Instant.EPOCH;

  LoginThrottle(int perUser, int perAddress, Duration window, Clock clock) {
    this.perUser = perUser;
    this.perAddress = perAddress;
    this.window = window;
    this.clock = clock;
  }

  /** Counts an attempt against both limits, or says how long to wait when either is reached. */
  synchronized Decision acquire(String username, String address) {
    Instant now = clock.instant();
    tidy(now);
    Duration waitUser = wait(users.get(username), perUser, now);
    Duration waitAddress = wait(addresses.get(address), perAddress, now);
    Duration wait = waitUser.compareTo(waitAddress) >= 0 ? waitUser : waitAddress;
    if (!wait.isZero()) {
      return new Refusal(wait);
    }
    Count u =
        users.merge(
            username,
            new Count(1, now),
            (old, one) -> current(old, now) ? new Count(old.attempts() + 1, old.since()) : one);
    addresses.merge(
        address,
        new Count(1, now),
        (old, one) -> current(old, now) ? new Count(old.attempts() + 1, old.since()) : one);
    return new Attempt(username, address, u.attempts() >= perUser);
  }

  /**
   * A correct password: the user's count starts again, and the attempt no longer counts against the
   * address.
   */
  synchronized void succeeded(Attempt a) {
    users.remove(a.username());
    addresses.computeIfPresent(
        a.address(), (k, c) -> c.attempts() <= 1 ? null : new Count(c.attempts() - 1, c.since()));
  }

  private boolean current(Count c, Instant now) {
    return c != null && now.isBefore(c.since().plus(window));
  }

  private Duration wait(Count c, int limit, Instant now) {
    return current(c, now) && c.attempts() >= limit
        ? Duration.between(now, c.since().plus(window))
        : Duration.ZERO;
  }

  /**
   * Drops ended windows once there are many, at most once a minute, so a flood of made-up names
   * cannot grow the maps for long.
   */
  private void tidy(Instant now) {
    if (users.size() + addresses.size() > TIDY_ABOVE && now.isAfter(tidied.plusSeconds(60))) {
      users.values().removeIf(c -> !current(c, now));
      addresses.values().removeIf(c -> !current(c, now));
      tidied = now;
    }
  }
}
