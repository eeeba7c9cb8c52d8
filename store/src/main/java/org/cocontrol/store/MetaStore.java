package org.cocontrol.store;

import static org.cocontrol.store.Db.META;
import static org.cocontrol.store.Db.f;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Small facts about the database itself, such as which demo data release it holds. */
public final class MetaStore {

  private static final Field<String> NAME = f("name", String.class);
  private static final Field<String> VALUE = f("amount", String.class);

  private final DSLContext db;

  public MetaStore(DSLContext db) {
    this.db = db;
  }

  public Optional<String> get(String name) {
    return db.select(VALUE).from(META).where(NAME.eq(name)).fetchOptional(VALUE);
  }

  public void put(String name, String value) {
    if (get(name).isPresent()) {
      db.update(META).set(VALUE, value).where(NAME.eq(name)).execute();
    } else {
      db.insertInto(META).set(NAME, name).set(VALUE, value).execute();
    }
  }
}
