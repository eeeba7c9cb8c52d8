package org.cocontrol.store;

import static org.cocontrol.store.Db.AUDIT;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.f;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.cocontrol.core.region.Adcode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Who changed reported data, when, and how: append-only and hash-chained. Each entry stores the
 * SHA-256 of its content together with the previous entry's hash, so {@link #verify} finds an entry
 * that was altered, removed or slipped in around this class. Writers take the chain head ({@code
 * audit_chain}) with {@code select … for update}, so entries are chained one at a time on H2 and
 * PostgreSQL alike.
 *
 * <p>{@link #record} joins the caller's transaction when there is one (a Spring-managed
 * transaction, or a jOOQ one the {@link DSLContext} belongs to): the entry then commits or rolls
 * back with the change it records, and the chain head stays locked until that transaction ends, so
 * record last. Without a transaction it runs in its own.
 *
 * <p>The chain proves that nothing was edited without the hashes being recomputed from the edit
 * onwards; anyone who can rewrite the whole table can rewrite the chain too (publishing the head
 * hash elsewhere now and then would catch that).
 */
public final class AuditLog {

  /**
   * One entry. {@code region} is the division the change is about (null when none); {@code
   * actorRegion} the acting user's jurisdiction, or the registered region of the acting enterprise,
   * when the entry was written.
   */
  public record Entry(
      LocalDateTime at,
      String username,
      String action,
      String target,
      String detail,
      long seq,
      String region,
      String actorRegion) {}

  /**
   * Which entries to list: written at or after {@code from} and before {@code to}, by {@code
   * username}, of {@code action}, about or by someone within {@code within}; null means no
   * restriction.
   */
  public record Filter(
      LocalDateTime from, LocalDateTime to, String username, String action, Adcode within) {}

  /** A page of entries, newest first, and how many match in all. */
  public record Page(List<Entry> items, int total) {}

  /**
   * Whether the chain is intact. When it is not, {@code brokenSeq} / {@code brokenId} name the
   * first entry where it breaks (either may be null: a removed last entry has no id, an entry
   * outside the chain no seq) and {@code problem} says why.
   */
  public record Verification(
      boolean intact, long entries, Long brokenSeq, Long brokenId, String problem) {}

  /** Column widths (V1), so an over-long value is cut here rather than refused by the database. */
  static final int USERNAME_MAX = 64;

  static final int ACTION_MAX = 32;
  static final int TARGET_MAX = 128;
  static final int DETAIL_MAX = 4000;
  static final String GENESIS = "0".repeat(64);

  private static final Table<Record> CHAIN = Db.AUDIT_CHAIN;
  private static final Field<Integer> HEAD = f("id", Integer.class);
  private static final Field<Long> LAST_SEQ = f("last_seq", Long.class);
  private static final Field<String> LAST_HASH = f("last_hash", String.class);
  private static final Field<LocalDateTime> AT = f("happened_at", LocalDateTime.class);
  private static final Field<String> USERNAME = f("username", String.class);
  private static final Field<String> ACTION = f("action", String.class);
  private static final Field<String> TARGET = f("target", String.class);
  private static final Field<String> DETAIL = f("detail", String.class);
  private static final Field<Long> SEQ = f("seq", Long.class);
  private static final Field<String> REGION = f("region", String.class);
  private static final Field<String> ACTOR_REGION = f("actor_region", String.class);
  private static final Field<String> PREV_HASH = f("prev_hash", String.class);
  private static final Field<String> ENTRY_HASH = f("entry_hash", String.class);
  private static final int BATCH = 1000;

  private final DSLContext db;

  public AuditLog(DSLContext db) {
    this.db = db;
  }

  /** Records an entry about no particular region. */
  public void record(String username, String action, String target, String detail) {
    record(username, action, target, detail, null);
  }

  /**
   * Records an entry about {@code region} (null for none); see the class comment on transactions.
   */
  public void record(String username, String action, String target, String detail, Adcode region) {
    LocalDateTime at =
        LocalDateTime.now()
            .truncatedTo(
                ChronoUnit.MICROS); // what timestamp(6) keeps, so the hash reads back equal
    String user = fit(username, USERNAME_MAX);
    String actor = actorRegion(db, user);
    db.transaction(
        cfg ->
            append(
                DSL.using(cfg),
                new Entry(
                    at,
                    user,
                    fit(action, ACTION_MAX),
                    fit(target, TARGET_MAX),
                    fit(detail, DETAIL_MAX),
                    0,
                    region == null ? null : region.toString(),
                    actor),
                null));
  }

  /** The newest entries. */
  public List<Entry> latest(int limit) {
    return search(new Filter(null, null, null, null, null), 0, limit).items();
  }

  public Page search(Filter filter, int offset, int limit) {
    Condition c = DSL.trueCondition();
    if (filter.from() != null) {
      c = c.and(AT.ge(filter.from()));
    }
    if (filter.to() != null) {
      c = c.and(AT.lt(filter.to()));
    }
    if (filter.username() != null) {
      c = c.and(USERNAME.eq(filter.username()));
    }
    if (filter.action() != null) {
      c = c.and(ACTION.eq(filter.action()));
    }
    if (filter.within() != null && !filter.within().codePrefix().isEmpty()) {
      String prefix = filter.within().codePrefix() + "%";
      c = c.and(REGION.like(prefix).or(ACTOR_REGION.like(prefix)));
    }
    int total = db.fetchCount(AUDIT, c);
    List<Entry> items =
        db.select(AT, USERNAME, ACTION, TARGET, DETAIL, SEQ, REGION, ACTOR_REGION)
            .from(AUDIT)
            .where(c)
            .orderBy(ID.desc())
            .offset(offset)
            .limit(limit)
            .fetch(AuditLog::entry);
    return new Page(items, total);
  }

  /** Walks the whole chain from the first entry to the head. */
  public Verification verify() {
    String previous = GENESIS;
    long expected = 1;
    while (true) {
      List<? extends Record> rows =
          db.select(
                  ID,
                  AT,
                  USERNAME,
                  ACTION,
                  TARGET,
                  DETAIL,
                  SEQ,
                  REGION,
                  ACTOR_REGION,
                  PREV_HASH,
                  ENTRY_HASH)
              .from(AUDIT)
              .where(SEQ.ge(expected))
              .orderBy(SEQ)
              .limit(BATCH)
              .fetch();
      for (Record r : rows) {
        Entry e = entry(r);
        if (e.seq() != expected) {
          return broken(
              expected,
              e.seq(),
              r.get(ID),
              "第 " + expected + " 条记录缺失 / entry " + expected + " is missing");
        }
        if (!hash(e, r.get(PREV_HASH)).equals(r.get(ENTRY_HASH))) {
          return broken(
              expected,
              e.seq(),
              r.get(ID),
              "内容与其哈希不符（已被改动）/ its content does not match its hash (altered)");
        }
        if (!previous.equals(r.get(PREV_HASH))) {
          return broken(
              expected,
              e.seq(),
              r.get(ID),
              "与前一条记录不相接（前一条已被改动或替换）/ it does not follow from the entry before it"
                  + " (that one was altered or replaced)");
        }
        previous = r.get(ENTRY_HASH);
        expected++;
      }
      if (rows.size() < BATCH) {
        break;
      }
    }
    long entries = expected - 1;
    Record head = db.select(LAST_SEQ, LAST_HASH).from(CHAIN).where(HEAD.eq(1)).fetchSingle();
    if (head.get(LAST_SEQ) != entries || !head.get(LAST_HASH).equals(previous)) {
      return new Verification(
          false,
          entries,
          expected,
          null,
          "链尾记录缺失或链头不符：链头记为第 "
              + head.get(LAST_SEQ)
              + " 条 / the last entries are"
              + " missing or the head does not match: the head records entry "
              + head.get(LAST_SEQ));
    }
    Long outside = db.select(DSL.min(ID)).from(AUDIT).where(SEQ.isNull()).fetchOne(0, Long.class);
    if (outside != null) {
      return new Verification(
          false,
          entries,
          null,
          outside,
          "有记录未经审计日志写入、不在链中 / an entry was written around the audit log and is"
              + " outside the chain");
    }
    return new Verification(true, entries, null, null, null);
  }

  /**
   * Chains the entries written before the chain existed (seq null), in id order, with the actor's
   * region as it is now. For the V7 migration only: run later, it would chain an entry slipped in
   * around this class.
   */
  public static int chainEarlierEntries(DSLContext tx) {
    List<? extends Record> rows =
        tx.select(ID, AT, USERNAME, ACTION, TARGET, DETAIL)
            .from(AUDIT)
            .where(SEQ.isNull())
            .orderBy(ID)
            .fetch();
    for (Record r : rows) {
      String user = r.get(USERNAME);
      append(
          tx,
          new Entry(
              r.get(AT),
              user,
              r.get(ACTION),
              r.get(TARGET),
              r.get(DETAIL),
              0,
              null,
              actorRegion(tx, user)),
          r.get(ID));
    }
    return rows.size();
  }

  /**
   * Appends {@code e} at the head (inserting it, or chaining the existing row {@code id}); seq is
   * the head's next.
   */
  private static void append(DSLContext tx, Entry e, Long id) {
    Record head =
        tx.select(LAST_SEQ, LAST_HASH).from(CHAIN).where(HEAD.eq(1)).forUpdate().fetchSingle();
    long seq = head.get(LAST_SEQ) + 1;
    Entry chained =
        new Entry(
            e.at(),
            e.username(),
            e.action(),
            e.target(),
            e.detail(),
            seq,
            e.region(),
            e.actorRegion());
    String prev = head.get(LAST_HASH);
    String hash = hash(chained, prev);
    if (id == null) {
      tx.insertInto(AUDIT)
          .set(AT, e.at())
          .set(USERNAME, e.username())
          .set(ACTION, e.action())
          .set(TARGET, e.target())
          .set(DETAIL, e.detail())
          .set(SEQ, seq)
          .set(REGION, e.region())
          .set(ACTOR_REGION, e.actorRegion())
          .set(PREV_HASH, prev)
          .set(ENTRY_HASH, hash)
          .execute();
    } else {
      tx.update(AUDIT)
          .set(SEQ, seq)
          .set(REGION, e.region())
          .set(ACTOR_REGION, e.actorRegion())
          .set(PREV_HASH, prev)
          .set(ENTRY_HASH, hash)
          .where(ID.eq(id))
          .execute();
    }
    tx.update(CHAIN).set(LAST_SEQ, seq).set(LAST_HASH, hash).where(HEAD.eq(1)).execute();
  }

  /**
   * The enterprise's registered region for an enterprise user, the jurisdiction for any other; null
   * for an unknown name.
   */
  private static String actorRegion(DSLContext db, String username) {
    String region =
        db.select(DSL.coalesce(f("e.adcode", String.class), f("u.scope_region", String.class)))
            .from(Db.APP_USER.as("u"))
            .leftJoin(Db.ENTERPRISE.as("e"))
            .on(f("e.id", Long.class).eq(f("u.enterprise_id", Long.class)))
            .where(f("u.username", String.class).eq(username))
            .fetchOne(0, String.class);
    return region == null ? null : region.strip();
  }

  /**
   * SHA-256 over every field with its length (null distinct from empty) and the previous hash, in
   * hex.
   */
  static String hash(Entry e, String previous) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(e.seq());
      for (String s :
          new String[] {
            e.at().toString(),
            e.username(),
            e.action(),
            e.target(),
            e.detail(),
            e.region(),
            e.actorRegion(),
            previous
          }) {
        if (s == null) {
          out.writeInt(-1);
        } else {
          byte[] b = s.getBytes(StandardCharsets.UTF_8);
          out.writeInt(b.length);
          out.write(b);
        }
      }
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    } catch (NoSuchAlgorithmException x) {
      throw new IllegalStateException("every Java platform has SHA-256", x);
    }
  }

  private static Verification broken(long expected, long seq, Long id, String problem) {
    return new Verification(false, expected - 1, seq, id, problem);
  }

  private static Entry entry(Record r) {
    Long seq = r.get(SEQ);
    return new Entry(
        r.get(AT),
        r.get(USERNAME),
        r.get(ACTION),
        r.get(TARGET),
        r.get(DETAIL),
        seq == null ? 0 : seq,
        r.get(REGION),
        r.get(ACTOR_REGION));
  }

  /** Not null, no NUL (PostgreSQL cannot store it), at most {@code max} characters. */
  private static String fit(String s, int max) {
    String v = s == null ? "" : s.replace('\0', '\uFFFD');
    return v.length() > max ? v.substring(0, max - 1) + "…" : v;
  }
}
