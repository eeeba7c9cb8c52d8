package org.cocontrol.store;

import static org.cocontrol.store.Db.AUDIT;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.f;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Who changed reported data, when, and how. Append-only. */
public final class AuditLog {

  /** One entry. */
  public record Entry(LocalDateTime at, String username, String action, String target, String detail) {}

  private final DSLContext db;

  public AuditLog(DSLContext db) {
    this.db = db;
  }

  public void record(String username, String action, String target, String detail) {
    db.insertInto(AUDIT).set(f("happened_at", LocalDateTime.class), LocalDateTime.now()).set(f("username", String.class), username)
        .set(f("action", String.class), action).set(f("target", String.class), target)
        .set(f("detail", String.class), detail.length() > 4000 ? detail.substring(0, 4000) : detail).execute();
  }

  public List<Entry> latest(int limit) {
    return db.select(f("happened_at", LocalDateTime.class), f("username", String.class), f("action", String.class), f("target", String.class),
        f("detail", String.class)).from(AUDIT).orderBy(ID.desc()).limit(limit).fetch(r -> new Entry(r.value1(), r.value2(), r.value3(),
            r.value4(), r.value5()));
  }
}
