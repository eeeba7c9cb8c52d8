package org.cocontrol.io;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The columns of an activity file, with the Chinese headers accepted for each. The
 * measured-emission columns ({@code measured_SO2_t}) are open-ended and handled by {@link Header}.
 * A report's monthly data file ({@link Layout#REPORT}) has the same columns plus the month, the
 * facility and the lab report's; there the entity, region, year and record id may be left out,
 * since the report says them.
 */
enum Column {
  RECORD_ID("record_id", true, "记录编号", "记录号"),
  ENTITY_ID("entity_id", true, "单位编号", "企业编号", "单位代码", "企业代码", "统一社会信用代码"),
  REGION("region", true, "行政区划代码", "区划代码", "adcode"),
  YEAR("year", true, "年份", "年度"),
  SOURCE("source", true, "排放源", "排放源类别", "源类别"),
  ACTIVITY("activity", true, "活动类型", "活动", "燃料品种"),
  AMOUNT("amount", true, "活动水平", "数量", "活动量"),
  // 单位 alone means the unit of measure here; the reporting unit (企业) is 单位编号.
  UNIT("unit", true, "计量单位", "单位"),
  NCV("ncv", false, "低位发热量"),
  NCV_UNIT("ncv_unit", false, "低位发热量单位"),
  CARBON_CONTENT("carbon_content", false, "含碳量", "单位热值含碳量"),
  CARBON_CONTENT_UNIT("carbon_content_unit", false, "含碳量单位", "单位热值含碳量单位"),
  OXIDATION("oxidation", false, "碳氧化率"),
  SULFUR_PCT("sulfur_pct", false, "硫分", "含硫量"),
  ASH_PCT("ash_pct", false, "灰分"),
  VOLATILE_PCT("volatile_pct", false, "挥发分"),
  CONTROLS("controls", false, "治理设施", "污染治理设施"),
  TECHNOLOGY("technology", false, "工艺", "技术", "工艺技术"),
  VOC_CONTENT_PCT("voc_content_pct", false, "VOCs含量", "VOC含量", "挥发性有机物含量"),
  // The columns of a report's monthly data only (Layout.REPORT).
  MONTH("month", Layout.REPORT, "月份", "月"),
  FACILITY("facility", Layout.REPORT, "设施", "机组", "设施编号", "机组编号"),
  LAB("lab", Layout.REPORT, "检测机构", "化验机构", "实验室"),
  REPORT_NO("report_no", Layout.REPORT, "报告编号", "检测报告编号"),
  SAMPLE_DATE("sample_date", Layout.REPORT, "采样日期"),
  TEST_DATE("test_date", Layout.REPORT, "检测日期", "化验日期"),
  REPORT_DATE("report_date", Layout.REPORT, "报告日期");

  /**
   * Which table a file is: an activity file of the ledger, or a report's monthly data (the activity
   * columns plus month, facility and lab report; entity, region, year and record id optional).
   */
  enum Layout {
    ACTIVITIES,
    REPORT
  }

  /** The columns a report file may leave out: the report gives the entity, region and year. */
  private static final java.util.Set<String> FILLED_BY_REPORT =
      java.util.Set.of("record_id", "entity_id", "region", "year");

  private static final Map<String, Column> BY_HEADER = new HashMap<>();

  /** Null for the columns of every layout; the one layout otherwise. */
  private final Layout only;

  static {
    for (Column c : values()) {
      BY_HEADER.put(c.key, c);
      for (String a : c.aliases) {
        BY_HEADER.put(normalise(a), c);
      }
    }
  }

  private final String key;
  private final boolean required;
  private final List<String> aliases;

  Column(String key, boolean required, String... aliases) {
    this.key = key;
    this.required = required;
    this.only = null;
    this.aliases = List.of(aliases);
  }

  /** A column of one layout only (whether required there: {@link #required(Layout)}). */
  Column(String key, Layout only, String... aliases) {
    this.key = key;
    this.required = false;
    this.only = only;
    this.aliases = List.of(aliases);
  }

  /** The canonical header, used in messages. */
  String key() {
    return key;
  }

  /**
   * The Chinese header of the template (the first alias), for the Chinese half of a message; the
   * key where none.
   */
  String nameZh() {
    return aliases.isEmpty() ? key : aliases.get(0);
  }

  /** Whether an activity file must have the column. */
  boolean required() {
    return required(Layout.ACTIVITIES);
  }

  /**
   * Whether a file of this layout must have the column: a report file needs its month and facility,
   * and may leave out what the report gives; the lab report's columns are optional.
   */
  boolean required(Layout layout) {
    if (!in(layout)) {
      return false;
    }
    if (layout == Layout.REPORT) {
      return (required && !FILLED_BY_REPORT.contains(key)) || this == MONTH || this == FACILITY;
    }
    return required;
  }

  /** Whether a file of this layout has the column. */
  boolean in(Layout layout) {
    return only == null || only == layout;
  }

  List<String> aliases() {
    return aliases;
  }

  static Optional<Column> byHeader(String header) {
    return byHeader(header, Layout.ACTIVITIES);
  }

  /** The column of a layout a header names. */
  static Optional<Column> byHeader(String header, Layout layout) {
    return Optional.ofNullable(BY_HEADER.get(normalise(header))).filter(c -> c.in(layout));
  }

  /**
   * The known header closest to an unknown one ({@code sulphur_pct} → {@code sulfur_pct}, {@code
   * 含硫率} → {@code 含硫量}): at most a third of its letters changed (at least one, at most three), or
   * none when nothing is that close.
   */
  static Optional<String> closest(String header) {
    return closest(header, Layout.ACTIVITIES);
  }

  /** As {@link #closest(String)}, among the columns of a layout. */
  static Optional<String> closest(String header, Layout layout) {
    String h = normalise(header);
    int allowed = Math.max(1, Math.min(3, h.length() / 3));
    LevenshteinDistance distance = new LevenshteinDistance(allowed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Column c : values()) {
      if (!c.in(layout)) {
        continue;
      }
      for (String name : c.names()) {
        int d = distance.apply(h, normalise(name));
        if (d >= 0 && d < bestDistance) {
          best = name;
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private List<String> names() {
    List<String> names = new java.util.ArrayList<>(aliases);
    names.add(0, key);
    return names;
  }

  /**
   * Case and surrounding spaces never matter; inner spaces count as underscores ({@code Record
   * ID}).
   */
  static String normalise(String header) {
    return header
        .replace('\uFEFF', ' ')
        .replace('\u3000', ' ')
        .strip()
        .replaceAll("\\s+", "_")
        .toLowerCase(Locale.ROOT);
  }
}
