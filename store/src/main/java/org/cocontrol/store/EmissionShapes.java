package org.cocontrol.store;

import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.f;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.Method;
import org.cocontrol.core.accounting.ParameterUse;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The shapes of emission lines: a method and its provenance (parameters by {@code id@version},
 * record values, rules), kept once in {@code emission_shape} and referenced by id from every line
 * with that shape. Quantities derived inside one record's calculation (PM generated, SO2 removed by
 * a scrubber) differ from line to line, so the shape holds a marker where each stands and the line
 * keeps their text ({@code emission.detail}); {@link #provenance} puts them back.
 *
 * <p>One instance serves one transaction: shapes it inserted are only known to it, so a rolled-back
 * upload never leaves a cached id behind. Two transactions may insert the same shape twice; both
 * rows say the same thing.
 */
final class EmissionShapes {

  static final Table<org.jooq.Record> SHAPE = DSL.table("emission_shape");
  static final Field<Long> SHAPE_ID = f("shape_id", Long.class);
  static final Field<String> DETAIL = f("detail", String.class);
  private static final Field<String> METHOD = f("method", String.class);
  private static final Field<String> PROVENANCE = f("provenance", String.class);
  private static final Field<String> DIGEST = f("digest", String.class);

  /**
   * Stands for a derived quantity in a shape's provenance; control characters never occur in
   * provenance text.
   */
  private static final char MARK = '\u001e';

  /** Separates a line's derived quantities. */
  private static final char SEPARATOR = '\u001f';

  /** The longest provenance kept (the column's width); a longer one is cut and says so. */
  private static final int MAX = 4000;

  /** Trails remembered by identity at most; past that the memo starts afresh. */
  private static final int MAX_TRAILS = 20_000;

  private final DSLContext tx;
  private final Map<String, Long> ids = new HashMap<>();

  /**
   * Shape ids by the identity of a line's parameter list: the lines of one record shape share that
   * list (core's {@code ShapeAccountant}), so their shape is found without building its text again.
   */
  private final Map<List<ParameterUse>, Known> byTrail = new IdentityHashMap<>();

  private record Known(Method method, long id) {}

  EmissionShapes(DSLContext tx) {
    this.tx = tx;
  }

  /** The id of a line's shape: from this transaction's own map, else the table, else a new row. */
  long id(EmissionLine line) {
    List<ParameterUse> trail = line.parameters();
    Known known = byTrail.get(trail);
    if (known != null && known.method() == line.method()) {
      return known.id();
    }
    long id = id(line.method().code(), template(line));
    if (byTrail.size() >= MAX_TRAILS) {
      byTrail.clear();
    }
    byTrail.put(trail, new Known(line.method(), id));
    return id;
  }

  private long id(String method, String provenance) {
    String key = method + SEPARATOR + provenance;
    Long id = ids.get(key);
    if (id == null) {
      String digest = digest(key);
      id =
          tx.select(ID)
              .from(SHAPE)
              .where(DIGEST.eq(digest))
              .and(METHOD.eq(method))
              .and(PROVENANCE.eq(provenance))
              .limit(1)
              .fetchOne(ID);
      if (id == null) {
        id =
            tx.insertInto(SHAPE, METHOD, PROVENANCE, DIGEST)
                .values(method, provenance, digest)
                .returningResult(ID)
                .fetchOne()
                .value1();
      }
      ids.put(key, id);
    }
    return id;
  }

  /**
   * The line's provenance with a marker for each derived quantity (see {@link
   * ParameterUse#toCompactString()}).
   */
  static String template(EmissionLine line) {
    StringBuilder b = new StringBuilder();
    for (ParameterUse u : line.parameters()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      if (derived(u)) {
        b.append(MARK);
      } else {
        b.append(u.toCompactString());
      }
    }
    return cut(b.toString());
  }

  /** The line's derived quantities, in order, or null when it has none. */
  static String detail(EmissionLine line) {
    StringBuilder b = null;
    for (ParameterUse u : line.parameters()) {
      if (derived(u)) {
        b = b == null ? new StringBuilder() : b.append(SEPARATOR);
        b.append(u.toCompactString());
      }
    }
    return b == null ? null : cut(b.toString());
  }

  /**
   * The compact provenance of a stored line: its shape's text with the line's derived quantities
   * put back.
   */
  static String provenance(String template, String detail) {
    if (detail == null || template.indexOf(MARK) < 0) {
      return template;
    }
    String[] parts = detail.split(String.valueOf(SEPARATOR), -1);
    StringBuilder out = new StringBuilder(template.length() + detail.length());
    int part = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == MARK && part < parts.length) {
        out.append(parts[part++]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A quantity calculated for this record alone (no registry row, no record column): see {@code
   * ParameterUse.derived}.
   */
  private static boolean derived(ParameterUse u) {
    return u.level() == null && "derived".equals(u.key());
  }

  private static String cut(String s) {
    return s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s;
  }

  private static String digest(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * V8: creates the shape table, gives every stored line the shape of its method and provenance
   * (stored before V8 as one text, so it has no markers and no detail), and drops the per-line
   * columns.
   */
  static void migrate(DSLContext db) {
    db.execute(
        "create table emission_shape (id bigint generated by default as identity primary key, method varchar(32) not null, "
            + "provenance varchar(4000) not null, digest char(64) not null)");
    db.execute("create index emission_shape_digest on emission_shape (digest)");
    // No foreign key: H2 gives every foreign key an index of its own, a fourth index write per
    // line; shapes are never deleted.
    db.execute("alter table emission add column shape_id bigint");
    db.execute("alter table emission add column detail varchar(4000)");
    EmissionShapes shapes = new EmissionShapes(db);
    for (Record2<String, String> s :
        db.selectDistinct(METHOD, PROVENANCE).from(Db.EMISSION).fetch()) {
      long id = shapes.id(s.value1(), s.value2());
      db.update(Db.EMISSION)
          .set(SHAPE_ID, id)
          .where(METHOD.eq(s.value1()))
          .and(PROVENANCE.eq(s.value2()))
          .execute();
    }
    db.execute("alter table emission alter column shape_id set not null");
    db.execute("alter table emission drop column method");
    db.execute("alter table emission drop column provenance");
  }
}
