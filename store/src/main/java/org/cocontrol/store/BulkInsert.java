package org.cocontrol.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes many rows of one table inside the caller's transaction, the fastest way each database
 * offers: on PostgreSQL {@code COPY … FROM STDIN} (through pgjdbc's {@link CopyManager}), elsewhere
 * one JDBC batch per call. jOOQ's own batch binds every value through its type machinery, which
 * cost more than H2's insert itself for a million-row upload.
 */
abstract sealed class BulkInsert {

  final String table;
  final String[] columns;

  private BulkInsert(String table, String[] columns) {
    this.table = table;
    this.columns = columns.clone();
  }

  /** The writer for {@code table}'s {@code columns} on {@code tx}'s database. */
  static BulkInsert of(DSLContext tx, String table, String... columns) {
    return tx.dialect().family() == SQLDialect.POSTGRES
        ? new Copy(table, columns)
        : new Batch(table, columns);
  }

  /**
   * Inserts the rows (values in column order); returns the generated ids in row order when {@code
   * ids}, else null.
   */
  final long[] insert(DSLContext tx, List<Object[]> rows, boolean ids) {
    if (rows.isEmpty()) {
      return new long[0];
    }
    return tx.connectionResult(
        c -> {
          try {
            return write(c, rows, ids);
          } catch (SQLException e) {
            throw new DataAccessException(
                "bulk insert into " + table + " failed: " + e.getMessage(), e);
          }
        });
  }

  abstract long[] write(Connection c, List<Object[]> rows, boolean ids) throws SQLException;

  /** One JDBC batch; the identities come back as generated keys. */
  private static final class Batch extends BulkInsert {
    private final String sql;

    Batch(String table, String[] columns) {
      super(table, columns);
      sql =
          "insert into "
              + table
              + " ("
              + String.join(", ", columns)
              + ") values ("
              + "?, ".repeat(columns.length - 1)
              + "?)";
    }

    @Override
    long[] write(Connection c, List<Object[]> rows, boolean ids) throws SQLException {
      try (PreparedStatement ps =
          ids ? c.prepareStatement(sql, new String[] {"id"}) : c.prepareStatement(sql)) {
        for (Object[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
          ps.addBatch();
        }
        ps.executeBatch();
        if (!ids) {
          return null;
        }
        long[] out = new long[rows.size()];
        int n = 0;
        try (ResultSet keys = ps.getGeneratedKeys()) {
          while (keys.next()) {
            out[n++] = keys.getLong(1);
          }
        }
        if (n != out.length) {
          throw new SQLException(table + ": " + n + " generated keys for " + out.length + " rows");
        }
        return out;
      }
    }
  }

  /**
   * PostgreSQL's COPY in text format. Ids, when wanted, are taken from the table's identity
   * sequence first ({@code nextval} is atomic, so concurrent writers never share one) and copied
   * with the rows.
   */
  private static final class Copy extends BulkInsert {

    Copy(String table, String[] columns) {
      super(table, columns);
    }

    @Override
    long[] write(Connection c, List<Object[]> rows, boolean ids) throws SQLException {
      long[] out = null;
      if (ids) {
        out = new long[rows.size()];
        try (PreparedStatement ps =
            c.prepareStatement(
                "select nextval(pg_get_serial_sequence('"
                    + table
                    + "', 'id')) from generate_series(1, ?)")) {
          ps.setInt(1, rows.size());
          try (ResultSet r = ps.executeQuery()) {
            for (int i = 0; r.next(); i++) {
              out[i] = r.getLong(1);
            }
          }
        }
      }
      StringBuilder text = new StringBuilder(rows.size() * 64 * columns.length / 4);
      for (int r = 0; r < rows.size(); r++) {
        if (ids) {
          text.append(out[r]).append('\t');
        }
        Object[] row = rows.get(r);
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            text.append('\t');
          }
          append(text, row[i]);
        }
        text.append('\n');
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      try {
        copy.copyIn(
            "copy "
                + table
                + " ("
                + (ids ? "id, " : "")
                + String.join(", ", columns)
                + ") from stdin",
            new StringReader(text.toString()));
      } catch (IOException e) {
        throw new SQLException("COPY into " + table + ": " + e.getMessage(), e);
      }
      return out;
    }

    /**
     * A value in COPY's text format: {@code \N} for null, backslash escapes for the characters that
     * delimit.
     */
    private static void append(StringBuilder b, Object v) {
      if (v == null) {
        b.append("\\N");
        return;
      }
      if (v instanceof Boolean x) {
        b.append(x ? 't' : 'f');
        return;
      }
      if (v instanceof Number) {
        // Double.toString reads back as the same double (also "NaN", "Infinity", which PostgreSQL
        // accepts).
        b.append(v);
        return;
      }
      String s = v.toString();
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        switch (ch) {
          case '\\' -> b.append("\\\\");
          case '\t' -> b.append("\\t");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          default -> b.append(ch);
        }
      }
    }
  }
}
