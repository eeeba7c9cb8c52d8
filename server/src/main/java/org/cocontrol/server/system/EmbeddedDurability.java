package org.cocontrol.server.system;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Acknowledged means durable on the embedded database. H2 writes committed pages in the background,
 * up to half a second later, so a {@code kill -9} right after an answer lost acknowledged uploads.
 * Writing every commit before the answer ({@code WRITE_DELAY=0}) made large uploads half again
 * slower, since all page writing then ran in the request thread. Instead the background writer
 * keeps writing during a transaction, and after each committed transaction this listener (Spring
 * Boot adds it to the transaction manager) has H2 write and sync what is left ({@code CHECKPOINT
 * SYNC}, about 10 ms) before the answer goes out. PostgreSQL is durable at commit by itself; there
 * this does nothing.
 *
 * <p>The checkpoint runs on a connection of its own, outside the pool: the listener runs while the
 * committed transaction still holds its pooled connection, so taking a second one from the pool
 * deadlocked as soon as every pooled connection was held by a request waiting for another (the
 * reporting-season benchmark: 500s after commit under 50 concurrent submissions). Checkpoints run
 * one at a time; a commit whose changes a checkpoint started after it already wrote does not wait
 * for another.
 */
@Component
public class EmbeddedDurability implements TransactionExecutionListener {

  private final String url;
  private final String user;
  private final String password;
  private final boolean embedded;

  /** Commits seen so far; a commit's number is taken after it committed. */
  private final AtomicLong commits = new AtomicLong();

  /** The last commit number a finished checkpoint covers; guarded by {@code this}. */
  private long synced;

  /** The checkpoint connection, opened on first use; guarded by {@code this}. */
  private Connection connection;

  EmbeddedDurability(
      @Value("${spring.datasource.url:}") String url,
      @Value("${spring.datasource.username:}") String user,
      @Value("${spring.datasource.password:}") String password) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.embedded = url.startsWith("jdbc:h2:file:");
  }

  @Override
  public void afterCommit(TransactionExecution transaction, Throwable failure) {
    if (failure == null && transaction.isNewTransaction()) {
      flush();
    }
  }

  /**
   * Writes and syncs everything committed so far (also for writes made outside a transaction, such
   * as the start-up data).
   */
  public void flush() {
    if (!embedded) {
      return;
    }
    long mine = commits.incrementAndGet();
    synchronized (this) {
      if (synced >= mine) {
        return; // a checkpoint that started after this commit has written it
      }
      long upTo = commits.get(); // every commit numbered so far had committed before this point
      try {
        checkpoint();
      } catch (SQLException first) {
        close(); // a broken connection: open a new one and try once more
        try {
          checkpoint();
        } catch (SQLException e) {
          e.addSuppressed(first);
          throw new IllegalStateException(
              "committed, but could not write the change to disk: " + e.getMessage(), e);
        }
      }
      synced = upTo;
    }
  }

  private void checkpoint() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = DriverManager.getConnection(url, user, password);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    }
  }

  @PreDestroy
  synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing at shutdown or after a failure: nothing left to write through it
      }
      connection = null;
    }
  }
}
