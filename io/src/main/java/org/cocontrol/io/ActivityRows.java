package org.cocontrol.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.accounting.Controls;
import org.cocontrol.core.accounting.RateValue;
import org.cocontrol.core.classification.Activity;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.classification.Control;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.Regions;
import org.cocontrol.core.reporting.LabReport;
import org.cocontrol.core.reporting.MonthlyEntry;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.text.Message;
import org.cocontrol.core.text.Numbers;
import org.cocontrol.core.unit.Dimension;
import org.cocontrol.core.unit.RateUnit;
import org.cocontrol.core.unit.Unit;

/**
 * Turns the rows of one activity file into records, checking every cell and collecting every
 * problem: a person fixing a file wants the whole list at once, not one error per attempt.
 */
final class ActivityRows implements RowSink {

  private static final RateUnit NCV_PER_MASS = RateUnit.of(Unit.GJ, Unit.T);
  private static final RateUnit NCV_PER_VOLUME = RateUnit.of(Unit.GJ, Unit.WAN_NM3);
  private static final RateUnit CARBON_PER_ENERGY = new RateUnit(Unit.T, "C", Unit.GJ);

  /**
   * The widest a cell may be: the ledger's column for the stored text ones, {@link #WIDEST} for any
   * other.
   */
  private static final Map<Column, Integer> WIDTHS =
      Map.of(
          Column.RECORD_ID, 100, Column.ENTITY_ID, 64, Column.TECHNOLOGY, 64, Column.CONTROLS, 255);

  private static final int WIDEST = 255;

  /** A date as written in a lab-report column: 2023-01-05 or 2023/1/5. */
  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

  private final String fileName;
  private final Classification classification;
  private final Regions regions;
  private final Problems problems = new Problems();
  private final List<ActivityRecord> records = new ArrayList<>();
  private final List<Place> locations = new ArrayList<>();

  /** First row of each record_id, to name it when a duplicate turns up. */
  private final Map<String, Long> firstRow = new HashMap<>();

  /**
   * Columns without a header already warned about, so a stray column is reported once, not per row.
   */
  private final Set<Integer> strayWarned = new HashSet<>();

  private Places at;
  private Header header;
  private int rows;

  /**
   * Receives each valid record with its location instead of the lists, when the caller streams
   * (null: keep them).
   */
  private final java.util.function.BiConsumer<ActivityRecord, Place> handOver;

  ActivityRows(String fileName, Classification classification, Regions regions) {
    this(fileName, classification, regions, null, null);
  }

  /**
   * A report's monthly data being read ({@link Column.Layout#REPORT}): what the report says of its
   * rows, null for an activity file.
   */
  private final ReportDataReader.Frame frame;

  /** The rows of a report file, read into monthly entries (report layout only). */
  private final List<MonthlyEntry> entries = new ArrayList<>();

  ActivityRows(
      String fileName,
      Classification classification,
      Regions regions,
      java.util.function.BiConsumer<ActivityRecord, Place> handOver) {
    this(fileName, classification, regions, handOver, null);
  }

  /** The rows of a report's monthly data file, whose entity, region and year are the frame's. */
  ActivityRows(
      String fileName,
      Classification classification,
      Regions regions,
      ReportDataReader.Frame frame) {
    this(fileName, classification, regions, null, frame);
  }

  private ActivityRows(
      String fileName,
      Classification classification,
      Regions regions,
      java.util.function.BiConsumer<ActivityRecord, Place> handOver,
      ReportDataReader.Frame frame) {
    this.fileName = fileName;
    this.classification = classification;
    this.regions = regions;
    this.handOver = handOver;
    this.frame = frame;
  }

  private Column.Layout layout() {
    return frame == null ? Column.Layout.ACTIVITIES : Column.Layout.REPORT;
  }

  @Override
  public void start(Places places) {
    at = places;
  }

  @Override
  public void row(long number, List<String> cells, Double[] numbers) {
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    if (header == null) {
      header = Header.read(number, cells, at, problems, layout());
      return;
    }
    rows++;
    new Row(number, cells, numbers).parse();
  }

  @Override
  public void fail(Place where, String zh, String en) {
    problems.error(where, "", "", zh, en);
  }

  /** Problems found at the file level, then the result. */
  ActivityImport result() {
    if (header == null && !problems.hasErrors()) {
      problems.error(Place.of(fileName), "", "", "文件为空，没有表头", "the file is empty: no header row");
    } else if (rows == 0 && !problems.hasErrors()) {
      problems.error(
          Place.of(fileName), "", "", "文件只有表头，没有数据行", "the file has a header but no data rows");
    }
    return new ActivityImport(records, problems.list(), locations);
  }

  /** A report file's entries (every valid row) and every problem. */
  ReportDataReader.ReportData reportData() {
    ActivityImport read = result();
    return new ReportDataReader.ReportData(entries, read.problems());
  }

  /**
   * One data row being checked; {@link #ok} turns false at its first error, but checking goes on.
   */
  private final class Row {
    private final long number;
    private final List<String> cells;

    /**
     * What the source stored as numbers, by position; null (or a null entry) where a cell holds
     * text.
     */
    private final Double[] numbers;

    private boolean ok = true;

    Row(long number, List<String> cells, Double[] numbers) {
      this.number = number;
      this.cells = cells;
      this.numbers = numbers;
    }

    void parse() {
      String recordId = required(Column.RECORD_ID);
      if (recordId != null) {
        Long first = firstRow.putIfAbsent(recordId, number);
        if (first != null) {
          String firstAt = at.cell(first, header.indexOf(Column.RECORD_ID)).location();
          error(
              Column.RECORD_ID,
              recordId,
              "记录编号 '" + recordId + "' 重复，首次出现在 " + firstAt,
              "duplicate record_id '" + recordId + "', first seen at " + firstAt);
        }
      }
      String entityId = required(Column.ENTITY_ID);
      Integer year = year();
      Adcode region = region(year);
      String source = source();
      Activity activity = activity();
      Double amount = amount();
      Unit unit = unit(activity);
      plausibleAmount(activity, amount, unit);
      RateValue ncv = ncv(activity);
      RateValue carbonContent = carbonContent();
      Double oxidation = oxidation();
      Double sulfur = percent(Column.SULFUR_PCT, "硫分");
      Double ash = percent(Column.ASH_PCT, "灰分");
      Double volatiles = percent(Column.VOLATILE_PCT, "挥发分");
      Double voc = percent(Column.VOC_CONTENT_PCT, "VOCs含量");
      List<ControlSpec> controls = controls();
      String technology = text(Column.TECHNOLOGY);
      Map<Substance, Double> measured = measured();
      strayValues();
      Integer month = frame == null ? null : month();
      String facility = frame == null ? null : required(Column.FACILITY);
      LabReport lab = frame == null ? null : lab();
      if (frame != null) {
        sameAsReport(Column.ENTITY_ID, entityId, frame.entityId());
        sameAsReport(Column.YEAR, year, frame.year());
      }
      if (!ok || !header.complete()) {
        return;
      }
      try {
        ActivityRecord record =
            new ActivityRecord(
                recordId,
                entityId,
                region,
                year,
                source,
                activity.code(),
                amount,
                unit,
                ncv,
                carbonContent,
                oxidation,
                sulfur,
                ash,
                volatiles,
                controls,
                technology,
                measured,
                voc);
        if (frame != null) {
          entries.add(new MonthlyEntry(Math.toIntExact(number), facility, month, record, lab));
        } else if (handOver != null) {
          handOver.accept(record, at.row(number));
        } else {
          records.add(record);
          locations.add(at.row(number));
        }
      } catch (IllegalArgumentException e) {
        // The checks above mirror the record's own; this only fires if the two ever drift apart.
        problems.error(
            at.row(number), "", "", "记录无效：" + e.getMessage(), "invalid record: " + e.getMessage());
      }
    }

    /**
     * A division code in use in the record's year. A code abolished before that year (or not yet
     * set up, and not in today's list) is refused with the years it was in use; a code of today's
     * list that was set up after the year is accepted with a warning, since time series are
     * commonly reported under today's divisions.
     */
    private Adcode region(Integer year) {
      String s = required(Column.REGION);
      if (s == null) {
        return null;
      }
      // 000000 stands for national-level data (a national total with no finer region).
      Optional<Adcode> code = Adcode.parseAny(s);
      if (code.isEmpty()) {
        String why = s.matches("\\d{6}") ? "省级代码 " + s.substring(0, 2) + " 不存在" : "应为6位数字";
        String whyEn =
            s.matches("\\d{6}")
                ? "no province has code " + s.substring(0, 2)
                : "it must have 6 digits";
        error(
            Column.REGION,
            s,
            "行政区划代码 '" + s + "' 不是有效的 GB/T 2260 代码（" + why + "）",
            "region '" + s + "' is not a GB/T 2260 division code (" + whyEn + ")");
        return null;
      }
      if (year == null) {
        return code.get();
      }
      switch (regions.validity(code.get(), year)) {
        case IN_USE -> {}
        case CURRENT_ONLY -> {
          String since = regions.history(code.get()).map(Regions.History::yearsText).orElse("");
          problems.warning(
              where(Column.REGION),
              Column.REGION.key(),
              s,
              "行政区划代码 '"
                  + s
                  + "'（"
                  + regions.nameZh(code.get())
                  + "）在 "
                  + year
                  + " 年尚未设立（使用年份："
                  + since
                  + "），按现行区划记入",
              "region '"
                  + s
                  + "' was set up after "
                  + year
                  + " (in use "
                  + since
                  + "); the record is kept under today's divisions");
        }
        case NOT_YET_OR_NO_LONGER -> {
          Regions.History h = regions.history(code.get()).orElseThrow();
          error(
              Column.REGION,
              s,
              "行政区划代码 '"
                  + s
                  + "'（"
                  + h.nameZh()
                  + "）在 "
                  + year
                  + " 年不存在（使用年份："
                  + h.yearsText()
                  + "）",
              "region '"
                  + s
                  + "' ("
                  + h.nameZh()
                  + ") did not exist in "
                  + year
                  + " (in use "
                  + h.yearsText()
                  + ")");
          return null;
        }
        case UNKNOWN -> {
          error(
              Column.REGION,
              s,
              "行政区划代码 '" + s + "' 不在 GB/T 2260 区划代码表中",
              "region '" + s + "' is not in the GB/T 2260 code list");
          return null;
        }
      }
      return code.get();
    }

    /** The month of a report row: a whole number from 1 to 12. */
    private Integer month() {
      String s = required(Column.MONTH);
      if (s == null) {
        return null;
      }
      try {
        double v = plain(Column.MONTH, s.endsWith("月") ? s.substring(0, s.length() - 1) : s);
        if (v == Math.rint(v) && v >= 1 && v <= 12) {
          return (int) v;
        }
      } catch (Numbers.BadValue e) {
        // reported below with the range
      }
      error(
          Column.MONTH,
          s,
          "月份应为 1–12 之间的整数，得到 '" + s + "'",
          "month must be a whole number from 1 to 12, got '" + s + "'");
      return null;
    }

    /** The lab report behind a row's measurements; null when the row names none. */
    private LabReport lab() {
      LabReport lab =
          new LabReport(
              text(Column.LAB),
              text(Column.REPORT_NO),
              date(Column.SAMPLE_DATE),
              date(Column.TEST_DATE),
              date(Column.REPORT_DATE));
      return lab.isEmpty() ? null : lab;
    }

    /** A date written 2023-01-05 or 2023/1/5 (an xlsx date cell reads as the former). */
    private LocalDate date(Column c) {
      String s = text(c);
      if (s == null) {
        return null;
      }
      java.util.regex.Matcher m = DATE.matcher(s);
      if (m.matches()) {
        try {
          return LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
          // reported below with the form
        }
      }
      error(
          c,
          s,
          c.nameZh() + "应为有效日期，如 2023-01-05 或 2023/1/5，得到 '" + s + "'",
          c.key() + " must be a valid date such as 2023-01-05 or 2023/1/5, got '" + s + "'");
      return null;
    }

    /**
     * A report file's row must be about the report's enterprise and year (the columns may be left
     * out; given, they must agree).
     */
    private void sameAsReport(Column c, Object value, Object expected) {
      if (value != null
          && header.has(c)
          && !String.valueOf(value).equals(String.valueOf(expected))) {
        error(
            c,
            String.valueOf(value),
            c.nameZh() + "应为本报告的 " + expected + "，得到 '" + value + "'",
            c.key() + " must be the report's " + expected + ", got '" + value + "'");
      }
    }

    private Integer year() {
      String s = required(Column.YEAR);
      if (s == null) {
        return null;
      }
      try {
        double v = plain(Column.YEAR, s);
        if (v == Math.rint(v) && v >= 1900 && v <= 2100) {
          return (int) v;
        }
      } catch (Numbers.BadValue e) {
        // reported below with the year's own message
      }
      error(
          Column.YEAR,
          s,
          "年份应为 1900–2100 之间的整数，得到 '" + s + "'",
          "year must be a whole number from 1900 to 2100, got '" + s + "'");
      return null;
    }

    private String source() {
      String s = required(Column.SOURCE);
      if (s == null) {
        return null;
      }
      Optional<SourceCategory> c = classification.source(s);
      if (c.isEmpty()) {
        error(
            Column.SOURCE,
            s,
            "未知排放源 '" + s + "'（既不是项目排放源代码，也不是 IPCC 2006 类别）",
            "unknown source '" + s + "': neither a project source code nor an IPCC 2006 category");
        return null;
      }
      // A project code is stored as the classification spells it; an IPCC code stays as written,
      // since a
      // finer IPCC code than the category's default is kept for factor lookups.
      return c.get().code().equalsIgnoreCase(s) ? c.get().code() : s;
    }

    private Activity activity() {
      String s = required(Column.ACTIVITY);
      if (s == null) {
        return null;
      }
      Optional<Activity> a = classification.activity(s);
      if (a.isEmpty()) {
        error(Column.ACTIVITY, s, "未知活动类型 '" + s + "'", "unknown activity '" + s + "'");
        return null;
      }
      return a.get();
    }

    private Double amount() {
      String s = required(Column.AMOUNT);
      return s == null ? null : nonNegative(Column.AMOUNT, s);
    }

    /**
     * An amount above what any facility or province could have (a 10⁶ slip, 万t for t) is refused,
     * not stored.
     */
    private void plausibleAmount(Activity activity, Double amount, Unit unit) {
      if (activity == null || amount == null || unit == null) {
        return;
      }
      classification
          .plausibility()
          .exceeded(activity, amount, unit)
          .ifPresent(
              b ->
                  error(
                      Column.AMOUNT,
                      cell(header.indexOf(Column.AMOUNT)),
                      "活动水平 "
                          + amount
                          + " "
                          + unit.symbol()
                          + " 超出"
                          + activity.nameZh()
                          + "的合理上限 "
                          + b.text()
                          + "，请检查数值和计量单位",
                      "amount "
                          + amount
                          + " "
                          + unit.symbol()
                          + " is above the plausible maximum for "
                          + activity.code()
                          + " ("
                          + b.text()
                          + "); check the value and its unit"));
    }

    private Unit unit(Activity activity) {
      String s = required(Column.UNIT);
      if (s == null) {
        return null;
      }
      Optional<Unit> u = Unit.parse(s);
      if (u.isEmpty()) {
        error(Column.UNIT, s, "未知计量单位 '" + s + "'", "unknown unit '" + s + "'");
        return null;
      }
      if (activity != null && !activity.kind().allowedDimensions().contains(u.get().dimension())) {
        Set<Dimension> allowed = activity.kind().allowedDimensions();
        String allowedZh = allowed.stream().map(ActivityRows::zh).collect(Collectors.joining("、"));
        String allowedEn =
            allowed.stream()
                .map(d -> d.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        error(
            Column.UNIT,
            s,
            "计量单位 '" + s + "' 不适用于活动 " + activity.code() + "（应为" + allowedZh + "单位）",
            "unit '"
                + s
                + "' does not fit activity "
                + activity.code()
                + " (needs a unit of "
                + allowedEn
                + ")");
        return null;
      }
      return u.get();
    }

    private RateValue ncv(Activity activity) {
      String v = text(Column.NCV);
      String u = text(Column.NCV_UNIT);
      if (v == null) {
        if (u != null) {
          problems.warning(
              where(Column.NCV_UNIT),
              Column.NCV_UNIT.key(),
              u,
              "给出了低位发热量单位但没有低位发热量，已忽略",
              "ncv_unit given without ncv: ignored");
        }
        return null;
      }
      Double value = nonNegative(Column.NCV, v);
      RateUnit unit;
      if (u == null) {
        if (activity == null) {
          return null;
        }
        // Documented default: NCVs are quoted per tonne for solids and liquids and per 10^4 Nm3 for
        // gases.
        Dimension d = activity.defaultUnit().dimension();
        if (d != Dimension.MASS && d != Dimension.VOLUME) {
          error(
              Column.NCV,
              v,
              "活动 " + activity.code() + " 的低位发热量需要给出单位（ncv_unit）",
              "ncv_unit is required for activity "
                  + activity.code()
                  + ", whose amounts are not masses or volumes");
          return null;
        }
        unit = d == Dimension.MASS ? NCV_PER_MASS : NCV_PER_VOLUME;
      } else {
        Optional<RateUnit> parsed = RateUnit.parse(u);
        if (parsed.isEmpty() || !isNcvUnit(parsed.get())) {
          error(
              Column.NCV_UNIT,
              u,
              "低位发热量单位 '" + u + "' 无效，应为每质量或每体积的热量（如 GJ/t、GJ/万Nm3、kJ/kg）",
              "NCV unit '"
                  + u
                  + "' is not an energy per mass or per volume (e.g. GJ/t, GJ/万Nm3, kJ/kg)");
          return null;
        }
        unit = parsed.get();
      }
      return value == null ? null : RateValue.of(value, unit);
    }

    private RateValue carbonContent() {
      String v = text(Column.CARBON_CONTENT);
      String u = text(Column.CARBON_CONTENT_UNIT);
      if (v == null) {
        if (u != null) {
          problems.warning(
              where(Column.CARBON_CONTENT_UNIT),
              Column.CARBON_CONTENT_UNIT.key(),
              u,
              "给出了含碳量单位但没有含碳量，已忽略",
              "carbon_content_unit given without carbon_content: ignored");
        }
        return null;
      }
      Double value = nonNegative(Column.CARBON_CONTENT, v);
      RateUnit unit = CARBON_PER_ENERGY;
      if (u != null) {
        Optional<RateUnit> parsed = RateUnit.parse(u);
        if (parsed.isEmpty() || !isCarbonUnit(parsed.get())) {
          error(
              Column.CARBON_CONTENT_UNIT,
              u,
              "含碳量单位 '" + u + "' 无效，应为每热量或每质量的碳（如 tC/GJ、tC/TJ、tC/t）",
              "carbon content unit '"
                  + u
                  + "' is not carbon per energy or per mass (e.g. tC/GJ, tC/TJ, tC/t)");
          return null;
        }
        unit = parsed.get();
      }
      return value == null ? null : RateValue.of(value, unit);
    }

    private Double oxidation() {
      String s = text(Column.OXIDATION);
      if (s == null) {
        return null;
      }
      try {
        Double stored = stored(header.indexOf(Column.OXIDATION));
        double v = stored != null ? Numbers.finite(stored, s) : Numbers.fraction(s);
        if (v > 0 && v <= 1) {
          return v;
        }
      } catch (Numbers.BadValue e) {
        // reported below with the range
      }
      error(
          Column.OXIDATION,
          s,
          "碳氧化率应为 (0, 1] 之间的小数或百分数（如 0.99 或 99%），得到 '" + s + "'",
          "oxidation must be a fraction in (0, 1] or a percentage (0.99 or 99%), got '" + s + "'");
      return null;
    }

    private Double percent(Column c, String nameZh) {
      String s = text(c);
      if (s == null) {
        return null;
      }
      try {
        Double stored = stored(header.indexOf(c));
        double v = stored != null ? Numbers.finite(stored, s) : Numbers.percent(s);
        if (v >= 0 && v <= 100) {
          return v;
        }
      } catch (Numbers.BadValue e) {
        // reported below with the range
      }
      error(
          c,
          s,
          nameZh + "应为 0–100 之间的质量百分数，得到 '" + s + "'",
          c.key() + " must be a mass percent from 0 to 100, got '" + s + "'");
      return null;
    }

    /**
     * The controls column, read by the one rule for it ({@link Controls}); controls are named by
     * code or alias.
     */
    private List<ControlSpec> controls() {
      String s = text(Column.CONTROLS);
      if (s == null) {
        return List.of();
      }
      Controls.Parsed parsed =
          Controls.parse(s, name -> classification.control(name).map(Control::code));
      parsed
          .problems()
          .forEach(p -> error(Column.CONTROLS, p.entry(), p.message().zh(), p.message().en()));
      return parsed.controls();
    }

    private Map<Substance, Double> measured() {
      Map<Substance, Double> out = new EnumMap<>(Substance.class);
      for (Map.Entry<Integer, Substance> m : header.measured().entrySet()) {
        String s = cell(m.getKey());
        if (s.isEmpty()) {
          continue;
        }
        String column = "measured_" + m.getValue().code() + "_t";
        try {
          Double stored = stored(m.getKey());
          double tonnes = stored != null ? Numbers.nonNegative(stored, s) : Numbers.nonNegative(s);
          var bound = classification.plausibility().exceeded(m.getValue(), tonnes);
          if (bound.isPresent()) {
            ok = false;
            problems.error(
                at.cell(number, m.getKey()),
                column,
                s,
                "实测排放量 " + s + " t 超出合理上限 " + bound.get().text(),
                "measured emission "
                    + s
                    + " t is above the plausible maximum of "
                    + bound.get().text());
          } else {
            out.put(m.getValue(), tonnes);
          }
        } catch (Numbers.BadValue e) {
          ok = false;
          problems.error(at.cell(number, m.getKey()), column, s, e.text());
        }
      }
      return out;
    }

    /**
     * Values under no header: warned once per column, since the reader cannot know what they mean.
     */
    private void strayValues() {
      for (int i = 0; i < cells.size(); i++) {
        if (!header.named(i) && !cells.get(i).isBlank() && strayWarned.add(i)) {
          problems.warning(
              at.cell(number, i),
              "",
              cells.get(i).strip(),
              "该列没有表头，其中的值已忽略",
              "values in a column without a header are ignored");
        }
      }
    }

    // ------------------------------------------------------------ cells

    /**
     * A required cell's text; null (reported) when blank, null (already reported on the header)
     * when the column is missing.
     */
    private String required(Column c) {
      String given = fromReport(c);
      if (!header.has(c)) {
        ok &= given != null;
        return given;
      }
      String s = cell(header.indexOf(c));
      if (s.isEmpty() && given != null) {
        return given;
      }
      if (s.isEmpty()) {
        error(c, "", "必填项“" + c.nameZh() + "”为空", "required value " + c.key() + " is empty");
        return null;
      }
      return fits(c, s);
    }

    /**
     * What a report file may leave out, as the report says it (its enterprise, region and year; the
     * row as the record id); null for an activity file and any other column.
     */
    private String fromReport(Column c) {
      if (frame == null) {
        return null;
      }
      return switch (c) {
        case RECORD_ID -> "R" + number;
        case ENTITY_ID -> frame.entityId();
        case REGION -> frame.region().toString();
        case YEAR -> String.valueOf(frame.year());
        default -> null;
      };
    }

    /** An optional cell's text, or null when blank or absent. */
    private String text(Column c) {
      String s = header.has(c) ? cell(header.indexOf(c)) : "";
      return s.isEmpty() ? null : fits(c, s);
    }

    /**
     * The text when it is no wider than its column and holds no control character but the line
     * breaks and tabs a spreadsheet cell may hold (NUL cannot even be stored); else null, reported.
     */
    private String fits(Column c, String s) {
      Message wrong = Table.fits(s, WIDTHS.getOrDefault(c, WIDEST));
      if (wrong == null) {
        return s;
      }
      String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
      error(
          c,
          shown.replaceAll("\\p{Cntrl}", "\uFFFD"),
          c.key() + " " + wrong.zh(),
          c.key() + " " + wrong.en());
      return null;
    }

    private String cell(int i) {
      return i < cells.size() ? cells.get(i).strip() : "";
    }

    private Double nonNegative(Column c, String s) {
      try {
        Double stored = stored(header.indexOf(c));
        return stored != null ? Numbers.nonNegative(stored, s) : Numbers.nonNegative(s);
      } catch (Numbers.BadValue e) {
        error(c, s, e.text().zh(), e.text().en());
        return null;
      }
    }

    /**
     * A number as the source stored it or, for text, as written; never text printed from a number
     * and read back.
     */
    private double plain(Column c, String s) throws Numbers.BadValue {
      Double stored = stored(header.indexOf(c));
      return stored != null ? Numbers.finite(stored, s) : Numbers.parse(s);
    }

    private Double stored(int i) {
      return numbers != null && i >= 0 && i < numbers.length ? numbers[i] : null;
    }

    private Place where(Column c) {
      return at.cell(number, header.indexOf(c));
    }

    private void error(Column c, String value, String zh, String en) {
      ok = false;
      problems.error(where(c), c.key(), value, zh, en);
    }
  }

  private static boolean isNcvUnit(RateUnit u) {
    return u.numerator().dimension() == Dimension.ENERGY
        && u.numeratorSubstance().isEmpty()
        && u.denominator() != null
        && (u.denominator().dimension() == Dimension.MASS
            || u.denominator().dimension() == Dimension.VOLUME);
  }

  private static boolean isCarbonUnit(RateUnit u) {
    return u.numerator().dimension() == Dimension.MASS
        && u.numeratorSubstance().equals("C")
        && u.denominator() != null
        && (u.denominator().dimension() == Dimension.ENERGY
            || u.denominator().dimension() == Dimension.MASS);
  }

  private static String zh(Dimension d) {
    return switch (d) {
      case MASS -> "质量";
      case ENERGY -> "能量";
      case VOLUME -> "体积";
      case COUNT -> "头数";
      case AREA -> "面积";
      case NONE -> "无量纲";
      case DISTANCE -> "里程";
    };
  }
}
