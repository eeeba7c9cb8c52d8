package org.cocontrol.store;

import static org.cocontrol.store.Db.APP_USER;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.f;

import java.util.Optional;
import org.cocontrol.core.region.Adcode;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Platform users: their role, the region an authority oversees, the enterprise an enterprise user
 * is.
 */
public final class UserStore {

  /** A user; the password only as its hash. */
  public record User(
      Long id,
      String username,
      String passwordHash,
      String role,
      Adcode scope,
      Long enterpriseId,
      String displayName) {}

  private static final Field<String> USERNAME = f("username", String.class);
  private static final Field<String> HASH = f("password_hash", String.class);
  private static final Field<String> ROLE = f("role", String.class);
  private static final Field<String> SCOPE = f("scope_region", String.class);
  private static final Field<Long> ENTERPRISE = f("enterprise_id", Long.class);
  private static final Field<String> DISPLAY = f("display_name", String.class);

  private final DSLContext db;

  public UserStore(DSLContext db) {
    this.db = db;
  }

  public Optional<User> find(String username) {
    return db.select(ID, USERNAME, HASH, ROLE, SCOPE, ENTERPRISE, DISPLAY)
        .from(APP_USER)
        .where(USERNAME.eq(username))
        .fetchOptional()
        .map(
            r ->
                new User(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    Adcode.parseAny(r.value5().strip()).orElse(Adcode.NATION),
                    r.value6(),
                    r.value7()));
  }

  /** The users of a role (VERIFIER …), by name; without their password hashes. */
  public java.util.List<User> withRole(String role) {
    return db.select(ID, USERNAME, ROLE, SCOPE, ENTERPRISE, DISPLAY)
        .from(APP_USER)
        .where(ROLE.eq(role))
        .orderBy(USERNAME)
        .fetch(
            r ->
                new User(
                    r.value1(),
                    r.value2(),
                    null,
                    r.value3(),
                    Adcode.parseAny(r.value4().strip()).orElse(Adcode.NATION),
                    r.value5(),
                    r.value6()));
  }

  /** Creates the user, or sets a new password hash (and role, scope, enterprise) if it exists. */
  public void upsert(User u) {
    if (find(u.username()).isPresent()) {
      db.update(APP_USER)
          .set(HASH, u.passwordHash())
          .set(ROLE, u.role())
          .set(SCOPE, u.scope().toString())
          .set(ENTERPRISE, u.enterpriseId())
          .set(DISPLAY, u.displayName())
          .where(USERNAME.eq(u.username()))
          .execute();
    } else {
      db.insertInto(APP_USER)
          .set(USERNAME, u.username())
          .set(HASH, u.passwordHash())
          .set(ROLE, u.role())
          .set(SCOPE, u.scope().toString())
          .set(ENTERPRISE, u.enterpriseId())
          .set(DISPLAY, u.displayName())
          .execute();
    }
  }
}
