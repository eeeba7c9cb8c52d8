package org.cocontrol.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Table and column handles for the schema in {@code db/migration}. Written by hand rather than
 * generated: the schema is small, and the names here are checked by the store tests against both
 * databases. Every table is named here and nowhere else in the code (the migrations aside): stores
 * use these handles, and a column that a join must qualify is {@link #col(Table, String, Class)},
 * so renaming a table is one line.
 */
final class Db {
  private Db() {}

  static final Table<Record> REGION = table("region");
  static final Table<Record> ENTERPRISE = table("enterprise");
  static final Table<Record> APP_USER = table("app_user");
  static final Table<Record> UPLOAD = table("upload");
  static final Table<Record> ACTIVITY = table("activity");
  static final Table<Record> RESULT_VERSION = table("result_version");
  static final Table<Record> EMISSION = table("emission");
  static final Table<Record> TOPDOWN = table("topdown_inventory");
  static final Table<Record> DENOMINATOR = table("denominator");
  static final Table<Record> AUDIT = table("audit_log");
  static final Table<Record> META = table("app_meta");
  static final Table<Record> AUDIT_CHAIN = table("audit_chain");
  static final Table<Record> CELL = table("inventory_cell");
  static final Table<Record> PLAN_TARGET = table("plan_target");
  static final Table<Record> PLAN_WAYPOINT = table("plan_waypoint");
  static final Table<Record> PLAN_VALUE = table("plan_value");
  static final Table<Record> PLAN_PROGRESS = table("plan_task_progress");
  static final Table<Record> PLAN_EVIDENCE = table("plan_evidence");
  static final Table<Record> ENERGY_BALANCE = table("energy_balance");
  static final Table<Record> REPORT = table("report");
  static final Table<Record> REPORT_DATA = table("report_data");
  static final Table<Record> REPORT_VERSION = table("report_version");
  static final Table<Record> REPORT_EXPLANATION = table("report_explanation");
  static final Table<Record> REPORT_FINDING = table("report_finding");
  static final Table<Record> REPORT_ASSIGNMENT = table("report_assignment");
  static final Table<Record> VERIFIER_CONFLICT = table("verifier_conflict");
  static final Table<Record> REPORT_SAMPLE = table("report_sample");
  static final Table<Record> FACILITY = table("facility");
  static final Table<Record> PERMIT = table("permit");
  static final Table<Record> PERMIT_OUTLET = table("permit_outlet");
  static final Table<Record> PERMIT_LIMIT = table("permit_limit");

  static final Field<Long> ID = field("id", Long.class);
  static final Field<String> ADCODE = field("adcode", String.class);
  static final Field<String> NAME_ZH = field("name_zh", String.class);
  static final Field<String> NAME_EN = field("name_en", String.class);
  static final Field<String> REGION_LEVEL = field("region_level", String.class);
  static final Field<String> PARENT = field("parent", String.class);
  static final Field<Integer> DATA_YEAR = field("data_year", Integer.class);
  static final Field<String> SOURCE = field("source", String.class);
  static final Field<String> SUBSTANCE = field("substance", String.class);
  static final Field<String> SCOPE = field("scope", String.class);
  static final Field<Double> AMOUNT_T = field("amount_t", Double.class);

  static <T> Field<T> f(String name, Class<T> type) {
    return field(name, type);
  }

  /**
   * A column qualified by its table ({@code activity.id}), for joins where the bare name would be
   * ambiguous.
   */
  static <T> Field<T> col(Table<?> table, String column, Class<T> type) {
    return field(table.getName() + "." + column, type);
  }
}
