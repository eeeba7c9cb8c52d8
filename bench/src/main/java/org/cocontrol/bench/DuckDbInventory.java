package org.cocontrol.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.Substance;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The same inventory computed by DuckDB, as the yardstick for {@link
 * org.cocontrol.core.inventory.InventoryKernel}: the records in one table, tonnes per unit for each
 * (template, parameter region, year) in another, and one SQL join and aggregation to (region, year,
 * source, substance, scope).
 *
 * <p>The coefficients come from the real {@link Accountant} for an amount of 1, exactly as the
 * kernel compiles its shapes, so both sides rest on the same linearity and the same numbers; only
 * the arithmetic engine differs. Codes are stored as small integers so DuckDB gets the same
 * dictionary encoding the kernel uses.
 */
final class DuckDbInventory implements AutoCloseable {

  /** One inventory cell, the key both sides are compared on. */
  record Cell(int region, int year, String source, Substance substance, Scope scope) {}

  private static final String QUERY =
      """
      SELECT r.region, r.year, c.source, c.substance, c.scope, SUM(r.amount * c.coefficient) AS tonnes
      FROM records r JOIN coefficients c ON r.template = c.template AND r.param_region = c.param_region AND r.year = c.year
      GROUP BY r.region, r.year, c.source, c.substance, c.scope""";

  private final DuckDBConnection connection;
  private final int threads;
  private final List<String> sources = new ArrayList<>();
  private long records;

  DuckDbInventory(int threads) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    this.connection = c.unwrap(DuckDBConnection.class);
    this.threads = threads;
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute(
          "CREATE TABLE records (template SMALLINT, region INTEGER, param_region INTEGER, year SMALLINT, amount DOUBLE)");
      s.execute(
          "CREATE TABLE coefficients (template SMALLINT, param_region INTEGER, year SMALLINT, source SMALLINT, substance SMALLINT,"
              + " scope SMALLINT, coefficient DOUBLE)");
    }
  }

  /**
   * Appends every record of the stream, with its region at the inventory level and at the level the
   * parameters are resolved at.
   */
  void load(SyntheticActivities stream, RegionLevel level, RegionLevel parameterLevel)
      throws SQLException {
    List<Adcode> counties = stream.counties();
    int[] region = new int[counties.size()];
    int[] paramRegion = new int[counties.size()];
    for (int c = 0; c < counties.size(); c++) {
      region[c] = counties.get(c).at(level).value();
      paramRegion[c] = counties.get(c).at(parameterLevel).value();
    }
    try (DuckDBAppender appender = connection.createAppender("records")) {
      SyntheticActivities.Sink sink =
          (template, county, year, amount) -> {
            try {
              appender
                  .beginRow()
                  .append((short) template)
                  .append(region[county])
                  .append(paramRegion[county])
                  .append((short) year)
                  .append(amount)
                  .endRow();
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          };
      int n;
      while ((n = stream.emit(sink, 1 << 16)) > 0) {
        records += n;
      }
    }
  }

  /**
   * Accounts an amount of 1 for each distinct (template, parameter region, year) in the records and
   * stores the tonnes per unit by substance and scope.
   *
   * @return the number of distinct keys accounted
   */
  int coefficients(Accountant accountant) throws SQLException {
    List<int[]> keys = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT template, param_region, year FROM records ORDER BY ALL")) {
      while (rs.next()) {
        keys.add(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)});
      }
    }
    Map<String, Integer> sourceIds = new HashMap<>();
    Scope[] scopes = Scope.values();
    try (DuckDBAppender appender = connection.createAppender("coefficients")) {
      for (int[] k : keys) {
        SyntheticActivities.Template t = SyntheticActivities.TEMPLATES.get(k[0]);
        RecordResult result = accountant.account(t.record("coefficient", Adcode.of(k[1]), k[2], 1));
        int source =
            sourceIds.computeIfAbsent(
                result.source().code(),
                code -> {
                  sources.add(code);
                  return sources.size() - 1;
                });
        // Summed in line order from zero, as the kernel compiles a shape, so the coefficients are
        // bit for bit the same.
        double[] bySubstanceScope = new double[Substance.values().length * scopes.length];
        for (EmissionLine l : result.lines()) {
          bySubstanceScope[l.substance().ordinal() * scopes.length + l.scope().ordinal()] +=
              l.tonnes();
        }
        for (int cell = 0; cell < bySubstanceScope.length; cell++) {
          if (bySubstanceScope[cell] != 0) {
            appender
                .beginRow()
                .append((short) k[0])
                .append(k[1])
                .append((short) k[2])
                .append((short) source)
                .append((short) (cell / scopes.length))
                .append((short) (cell % scopes.length))
                .append(bySubstanceScope[cell])
                .endRow();
          }
        }
      }
    }
    return keys.size();
  }

  /**
   * Joins and aggregates into the table {@code result}, so the timing covers the query and not the
   * JDBC transfer of its rows.
   */
  void query() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE OR REPLACE TABLE result AS " + QUERY);
    }
  }

  /** The cells of the last {@link #query()}. */
  Map<Cell, Double> result() throws SQLException {
    Substance[] substances = Substance.values();
    Scope[] scopes = Scope.values();
    Map<Cell, Double> out = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT region, year, source, substance, scope, tonnes FROM result")) {
      while (rs.next()) {
        out.put(
            new Cell(
                rs.getInt(1),
                rs.getInt(2),
                sources.get(rs.getInt(3)),
                substances[rs.getInt(4)],
                scopes[rs.getInt(5)]),
            rs.getDouble(6));
      }
    }
    return out;
  }

  long count(String table) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Bytes DuckDB's buffer manager holds (tables, hash tables), outside the Java heap; -1 if it
   * cannot tell.
   */
  long memoryBytes() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
      return rs.next() ? rs.getLong(1) : -1;
    } catch (SQLException e) {
      return -1;
    }
  }

  String version() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT version()")) {
      return rs.next() ? rs.getString(1) : "?";
    } catch (SQLException e) {
      return "?";
    }
  }

  long records() {
    return records;
  }

  int threads() {
    return threads;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
