package org.cocontrol.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.cocontrol.core.region.Adcode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log's hash chain on every database: tampering shows, transactions hold, concurrent
 * writers keep one chain.
 */
abstract class AuditLogContract {

  /** A migrated database of its own for each test. */
  abstract DataSource dataSource();

  /** A database without any migration. */
  abstract DataSource emptyDataSource();

  abstract SQLDialect dialect();

  DSLContext db;
  AuditLog audit;

  @BeforeEach
  void connect() {
    db = DSL.using(dataSource(), dialect());
    audit = new AuditLog(db);
  }

  private void five() {
    for (int i = 1; i <= 5; i++) {
      audit.record(
          "authority",
          "plan.value",
          "liaoning-2023/LN-02/210000/" + (2019 + i),
          "88 %",
          Adcode.of(210000));
    }
  }

  @Test
  void entriesFormAnIntactChain() {
    assertThat(audit.verify()).isEqualTo(new AuditLog.Verification(true, 0, null, null, null));
    five();
    AuditLog.Verification v = audit.verify();
    assertThat(v.intact()).as(v.problem()).isTrue();
    assertThat(v.entries()).isEqualTo(5);
    assertThat(audit.latest(10))
        .extracting(AuditLog.Entry::seq)
        .containsExactly(5L, 4L, 3L, 2L, 1L);
  }

  @Test
  void anAlteredEntryIsFound() {
    five();
    db.execute("update audit_log set detail = '8.8 %' where seq = 3");
    AuditLog.Verification v = audit.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenSeq()).isEqualTo(3);
    assertThat(v.problem()).contains("altered");
    db.execute("update audit_log set detail = '88 %' where seq = 3");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void anAlteredEntryWhoseHashWasRecomputedBreaksTheNextLink() {
    five();
    AuditLog.Entry third = audit.latest(5).get(2);
    AuditLog.Entry forged =
        new AuditLog.Entry(
            third.at(),
            third.username(),
            third.action(),
            third.target(),
            "8.8 %",
            3,
            third.region(),
            third.actorRegion());
    String prev = db.fetchValue("select prev_hash from audit_log where seq = 3").toString();
    db.execute(
        "update audit_log set detail = '8.8 %', entry_hash = ? where seq = 3",
        AuditLog.hash(forged, prev));
    AuditLog.Verification v = audit.verify();
    assertThat(v.brokenSeq()).isEqualTo(4);
    assertThat(v.problem()).contains("does not follow");
  }

  @Test
  void aRemovedEntryIsFound() {
    five();
    db.execute("delete from audit_log where seq = 2");
    AuditLog.Verification v = audit.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenSeq()).isEqualTo(3);
    assertThat(v.problem()).contains("entry 2 is missing");
    assertThat(v.entries()).isEqualTo(1);
  }

  @Test
  void aRemovedLastEntryIsFound() {
    five();
    db.execute("delete from audit_log where seq = 5");
    AuditLog.Verification v = audit.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenSeq()).isEqualTo(5);
    assertThat(v.brokenId()).isNull();
    assertThat(v.problem()).contains("head records entry 5");
  }

  @Test
  void anEntryWrittenAroundTheLogIsFound() {
    five();
    db.execute(
        "insert into audit_log (happened_at, username, action, target, detail) values (?, 'mallory', 'plan.value', 'x', '')",
        LocalDateTime.now());
    AuditLog.Verification v = audit.verify();
    assertThat(v.intact()).isFalse();
    assertThat(v.brokenSeq()).isNull();
    assertThat(v.brokenId()).isNotNull();
    assertThat(v.problem()).contains("outside the chain");
  }

  @Test
  void anEntryCommitsOrRollsBackWithTheCallersTransaction() {
    assertThatThrownBy(
            () ->
                db.transaction(
                    cfg -> {
                      DSLContext tx = DSL.using(cfg);
                      new MetaStore(tx).put("changed", "yes");
                      new AuditLog(tx).record("authority", "meta", "changed", "yes");
                      throw new IllegalStateException("the change fails after its audit entry");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(new MetaStore(db).get("changed")).isEmpty();
    assertThat(audit.latest(5)).isEmpty();
    assertThat(audit.verify()).isEqualTo(new AuditLog.Verification(true, 0, null, null, null));

    db.transaction(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          new MetaStore(tx).put("changed", "yes");
          new AuditLog(tx).record("authority", "meta", "changed", "yes");
        });
    assertThat(audit.latest(5)).singleElement().satisfies(e -> assertThat(e.seq()).isEqualTo(1));
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void concurrentWritersKeepOneChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String user = "writer-" + t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    audit.record(user, "test", "entry " + i, "");
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    AuditLog.Verification v = audit.verify();
    assertThat(v.intact()).as(v.problem()).isTrue();
    assertThat(v.entries()).isEqualTo(200);
  }

  @Test
  void entriesAreFoundByTimeUserActionAndRegion() {
    UserStore users = new UserStore(db);
    users.upsert(
        new UserStore.User(
            null, "authority-henan", "{noop}x", "AUTHORITY", Adcode.of(410000), null, "河南"));
    long plant =
        new EnterpriseStore(db)
            .save(
                new EnterpriseStore.Enterprise(
                    null,
                    "E-ZZ",
                    null,
                    "郑州示范厂",
                    "",
                    "D4411",
                    Adcode.of(410102),
                    "",
                    null,
                    null,
                    null,
                    true,
                    true,
                    true,
                    "synthetic"));
    users.upsert(
        new UserStore.User(null, "plant", "{noop}x", "ENTERPRISE", Adcode.NATION, plant, "郑州示范厂"));
    LocalDateTime start = LocalDateTime.now().minusSeconds(1);
    audit.record("authority", "plan.value", "liaoning", "", Adcode.of(210000));
    audit.record("authority", "plan.value", "henan", "", Adcode.of(410100));
    audit.record("authority-henan", "statistics", "410000", "");
    audit.record("plant", "UPLOAD", "upload:1", "");
    audit.record("nobody", "LOGIN_FAILED", "user:nobody", "");

    assertThat(
            audit.search(new AuditLog.Filter(null, null, null, null, Adcode.NATION), 0, 10).total())
        .isEqualTo(5);
    AuditLog.Page henan =
        audit.search(new AuditLog.Filter(null, null, null, null, Adcode.of(410000)), 0, 10);
    assertThat(henan.items())
        .extracting(AuditLog.Entry::target)
        .containsExactly("upload:1", "410000", "henan");
    assertThat(henan.items().get(0).actorRegion()).isEqualTo("410102");
    assertThat(henan.items().get(1).actorRegion()).isEqualTo("410000");
    assertThat(
            audit
                .search(new AuditLog.Filter(null, null, "authority", "plan.value", null), 0, 10)
                .total())
        .isEqualTo(2);
    assertThat(audit.search(new AuditLog.Filter(null, null, null, null, null), 1, 2).items())
        .extracting(AuditLog.Entry::seq)
        .containsExactly(4L, 3L);
    assertThat(
            audit
                .search(
                    new AuditLog.Filter(
                        start, LocalDateTime.now().plusSeconds(1), null, null, null),
                    0,
                    10)
                .total())
        .isEqualTo(5);
    assertThat(
            audit
                .search(
                    new AuditLog.Filter(LocalDateTime.now().plusSeconds(1), null, null, null, null),
                    0,
                    10)
                .total())
        .isZero();
  }

  @Test
  void overLongValuesAreCutAndNulIsReplaced() {
    audit.record("u".repeat(100), "a".repeat(40), "t\0".repeat(100), "d".repeat(5000));
    AuditLog.Entry e = audit.latest(1).get(0);
    assertThat(e.username()).hasSize(AuditLog.USERNAME_MAX).endsWith("…");
    assertThat(e.action()).hasSize(AuditLog.ACTION_MAX);
    assertThat(e.target()).hasSize(AuditLog.TARGET_MAX).doesNotContain("\0");
    assertThat(e.detail()).hasSize(AuditLog.DETAIL_MAX);
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void entriesWrittenBeforeTheChainAreChainedByTheMigration() {
    DataSource ds = TestDatabases.migrate(emptyDataSource(), "4");
    DSLContext old = DSL.using(ds, dialect());
    old.execute(
        "insert into app_user (username, password_hash, role, scope_region) values ('authority-liaoning', 'x', 'AUTHORITY', '210000')");
    for (int i = 0; i < 3; i++) {
      old.execute(
          "insert into audit_log (happened_at, username, action, target, detail) values (?, 'authority-liaoning', 'UPLOAD', ?, '')",
          LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000 + i * 1000),
          "upload:" + i);
    }
    TestDatabases.migrate(ds, null);
    AuditLog migrated = new AuditLog(DSL.using(ds, dialect()));
    AuditLog.Verification v = migrated.verify();
    assertThat(v.intact()).as(v.problem()).isTrue();
    assertThat(v.entries()).isEqualTo(3);
    assertThat(migrated.latest(5))
        .extracting(AuditLog.Entry::target)
        .containsExactly("upload:2", "upload:1", "upload:0");
    assertThat(migrated.latest(5)).allSatisfy(e -> assertThat(e.actorRegion()).isEqualTo("210000"));
    migrated.record("authority-liaoning", "UPLOAD", "upload:3", "");
    assertThat(migrated.verify().entries()).isEqualTo(4);
  }
}
