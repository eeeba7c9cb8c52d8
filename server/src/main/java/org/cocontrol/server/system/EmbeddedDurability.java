package org.cocontrol.server.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
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
 */
@Component
public class EmbeddedDurability implements TransactionExecutionListener {

  private final DataSource dataSource;
  private final boolean embedded;

  EmbeddedDurability(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
    this.dataSource = dataSource;
    this.embedded = url.startsWith("jdbc:h2:file:");
  }

  @Override
  public void afterCommit(TransactionExecution transaction, Throwable failure) {
    if (failure == null && transaction.isNewTransaction()) {
      flush();
    }
  }

  /**
   * Writes and syncs everything committed so far (for writes made outside a transaction, such as
   * the start-up data).
   */
  public void flush() {
    if (!embedded) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "committed, but could not write the change to disk: " + e.getMessage(), e);
    }
  }
}
