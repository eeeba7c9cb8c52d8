package org.cocontrol.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocontrol.core.energybalance.BalanceFuel;
import org.cocontrol.core.energybalance.BalanceLabels;
import org.cocontrol.core.energybalance.BalanceRow;
import org.cocontrol.core.energybalance.EnergyBalance;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.text.Numbers;
import org.cocontrol.core.unit.Unit;

/**
 * Reads an energy balance table (能源平衡表) in the statistical yearbooks' layout from an xlsx sheet (or
 * a CSV): rows the flows by their Chinese labels, columns the fuels in physical units.
 *
 * <p>Tolerated: title lines above the header; the header row found as the row naming the most
 * fuels, a fuel name merged down from a group row above it; units in the header ({@code 原煤(万吨)},
 * {@code 原煤\n万吨}) or in a units row ({@code 计量单位}), else the yearbooks' usual unit of the fuel; row
 * labels in any of the columns left of the fuels, with "其中：", numbering and "(-)" signs; total
 * columns (合计); blank, "-" and "…" cells (nil); notes below the table (注, 资料来源). Anything else it
 * cannot place is an error naming its cell or row: an unknown row label or fuel column, a row or
 * fuel given twice, a value that is not a number, a unit of the wrong kind, a table without supply
 * or final consumption rows.
 */
public final class EnergyBalanceReader {

  /** What was read: the table when there is no error, and every problem. */
  public record Result(EnergyBalance balance, List<ImportProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean isValid() {
      return balance != null && problems.stream().noneMatch(ImportProblem::isError);
    }
  }

  private static final Pattern BRACKETED = Pattern.compile("[(（\\[【]([^)）\\]】]*)[)）\\]】]");
  private static final List<String> TOTAL_COLUMNS =
      List.of("合计", "总计", "能源合计", "能源消费总量", "标准量合计", "折标准煤合计", "小计");
  private static final List<String> UNIT_LABELS = List.of("单位", "计量单位", "实物单位");
  private static final List<String> NIL = List.of("-", "—", "－", "--", "…", "...", "/", "×");

  private final BalanceLabels labels;
  private final String name;
  private final List<Raw> raw = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private Places places = Places.CSV;

  private record Raw(long number, List<String> cells, Double[] numbers) {
    String cell(int c) {
      return c < cells.size() ? cells.get(c).strip() : "";
    }

    Double number(int c) {
      return numbers != null && c < numbers.length ? numbers[c] : null;
    }
  }

  private EnergyBalanceReader(BalanceLabels labels, String name) {
    this.labels = labels;
    this.name = name;
  }

  /** Reads an upload ({@code .xlsx} or {@code .csv} by its name). */
  public static Result read(
      String fileName, byte[] content, BalanceLabels labels, Adcode region, int year) {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    EnergyBalanceReader r = new EnergyBalanceReader(labels, name);
    TableFormat format;
    try {
      format = TableFormat.of(Path.of(name));
    } catch (IllegalArgumentException e) {
      return new Result(
          null, List.of(ImportProblem.error(Place.of(name), "", name, e.getMessage())));
    }
    try {
      TableReader.read(name, new ByteArrayInputStream(content), format, List.of("能源平衡表"), r.sink());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r.interpret(region, year);
  }

  /** Reads a file; a missing one is a problem on the file. */
  public static Result read(Path file, BalanceLabels labels, Adcode region, int year) {
    String name = String.valueOf(file.getFileName());
    if (!Files.isRegularFile(file)) {
      return new Result(
          null,
          List.of(ImportProblem.error(Place.of(name), "", "", "找不到文件 / no such file: " + file)));
    }
    try {
      return read(name, Files.readAllBytes(file), labels, region, year);
    } catch (IOException e) {
      return new Result(
          null,
          List.of(
              ImportProblem.error(
                  Place.of(name), "", "", "无法读取 / cannot be read: " + e.getMessage())));
    }
  }

  private RowSink sink() {
    return new RowSink() {
      @Override
      public void start(Places p) {
        places = p;
      }

      @Override
      public void row(long number, List<String> cells, Double[] numbers) {
        if (raw.size() < 2000) {
          raw.add(new Raw(number, cells, numbers));
        } else if (raw.size() == 2000) {
          raw.add(new Raw(number, List.of(), null));
          problem(
              places.row(number),
              "",
              "",
              "表格行数过多（能源平衡表不超过 2000 行）",
              "too many rows for an energy balance table (at most 2000)");
        }
      }

      @Override
      public void fail(Place where, String zh, String en) {
        problems.add(ImportProblem.error(where, "", "", zh + " / " + en));
      }
    };
  }

  private void problem(Place where, String column, String value, String zh, String en) {
    problems.add(ImportProblem.error(where, column, value, zh + " / " + en));
  }

  /** A fuel column: where it is, the fuel, the unit, and where that unit was read. */
  private record FuelColumn(int index, BalanceFuel fuel, Unit unit) {}

  private Result interpret(Adcode region, int year) {
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    // the header: the row naming the most fuels
    int header = -1;
    int best = 1;
    for (int i = 0; i < raw.size(); i++) {
      int n = 0;
      for (String c : raw.get(i).cells()) {
        if (fuelOf(c).isPresent()) {
          n++;
        }
      }
      if (n > best) {
        best = n;
        header = i;
      }
    }
    if (header < 0) {
      problem(
          Place.of(name),
          "",
          "",
          "找不到燃料列标题行（应有“原煤”“焦炭”“天然气”等列名）",
          "no header row naming the fuels (原煤, 焦炭, 天然气 …) was found");
      return new Result(null, problems);
    }
    Raw head = raw.get(header);
    int width = 0;
    for (int i = header; i < raw.size(); i++) {
      width = Math.max(width, raw.get(i).cells().size());
    }
    // the fuel columns, from the header row or merged down from a group row above it
    List<FuelColumn> columns = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    int firstFuel = -1;
    for (int c = 0; c < width; c++) {
      String text = head.cell(c);
      if (text.isEmpty()) {
        for (int up = header - 1; up >= Math.max(0, header - 2) && text.isEmpty(); up--) {
          String above = raw.get(up).cell(c);
          if (fuelOf(above).isPresent()) {
            text = above;
          }
        }
      }
      Optional<BalanceFuel> fuel = fuelOf(text);
      if (fuel.isEmpty()) {
        if (firstFuel >= 0 && !text.isEmpty() && !isTotal(text)) {
          problem(
              places.cell(head.number(), c),
              text,
              text,
              "无法识别的燃料列“" + text + "”（可用列名见 energy_balance_fuels.csv）",
              "unknown fuel column '" + text + "'");
        }
        continue;
      }
      if (firstFuel < 0) {
        firstFuel = c;
      }
      BalanceFuel f = fuel.get();
      Integer before = seen.put(f.code(), c);
      if (before != null) {
        problem(
            places.cell(head.number(), c),
            text,
            text,
            "燃料列“" + f.nameZh() + "”出现两次",
            "fuel column '" + f.nameZh() + "' appears twice");
        continue;
      }
      Unit unit = unitIn(text);
      columns.add(new FuelColumn(c, f, unit));
    }
    // a units row right below the header
    int first = header + 1;
    if (first < raw.size() && isUnitsRow(raw.get(first), firstFuel)) {
      Raw units = raw.get(first);
      for (int i = 0; i < columns.size(); i++) {
        FuelColumn fc = columns.get(i);
        String u = units.cell(fc.index());
        if (u.isEmpty()) {
          continue;
        }
        Optional<Unit> parsed = Unit.parse(u.replaceAll("\\s", ""));
        if (parsed.isEmpty()) {
          problem(
              places.cell(units.number(), fc.index()),
              fc.fuel().nameZh(),
              u,
              "无法识别的计量单位“" + u + "”",
              "unknown unit '" + u + "'");
        } else {
          columns.set(i, new FuelColumn(fc.index(), fc.fuel(), parsed.get()));
        }
      }
      first++;
    }
    List<EnergyBalance.Column> out = new ArrayList<>();
    for (FuelColumn fc : columns) {
      Unit unit = fc.unit() == null ? fc.fuel().unit() : fc.unit();
      out.add(new EnergyBalance.Column(fc.fuel(), unit));
    }
    // the rows
    Map<BalanceRow, Map<String, Double>> values = new EnumMap<>(BalanceRow.class);
    Map<BalanceRow, Long> rowAt = new EnumMap<>(BalanceRow.class);
    for (int i = first; i < raw.size(); i++) {
      Raw r = raw.get(i);
      List<String> texts = new ArrayList<>();
      BalanceRow row = null;
      for (int c = firstFuel - 1; c >= 0; c--) {
        String t = r.cell(c);
        if (t.isEmpty()) {
          continue;
        }
        texts.add(0, t);
        if (row == null) {
          row = labels.rowOf(t).orElse(null);
        }
      }
      if (row == null && texts.size() > 1) {
        row = labels.rowOf(String.join("", texts)).orElse(null);
      }
      boolean hasValues = columns.stream().anyMatch(fc -> !r.cell(fc.index()).isEmpty());
      if (row == null) {
        String label = String.join(" ", texts);
        if (label.startsWith("注") || label.startsWith("资料来源") || label.startsWith("说明")) {
          break;
        }
        if (texts.isEmpty() && !hasValues) {
          continue;
        }
        problem(
            places.row(r.number()),
            "",
            label,
            texts.isEmpty() ? "有数值却没有行名" : "无法识别的行“" + label + "”（可用行名见 energy_balance_rows.csv）",
            texts.isEmpty() ? "a row with values has no label" : "unknown row '" + label + "'");
        continue;
      }
      Long before = rowAt.put(row, r.number());
      if (before != null) {
        problem(
            places.row(r.number()),
            "",
            String.join(" ", texts),
            "行“" + labels.row(row).nameZh() + "”出现两次（另见第 " + before + " 行）",
            "row '" + labels.row(row).nameZh() + "' appears twice (also row " + before + ")");
        continue;
      }
      Map<String, Double> v = new LinkedHashMap<>();
      for (FuelColumn fc : columns) {
        Double n = r.number(fc.index());
        String text = r.cell(fc.index());
        if (n == null) {
          if (text.isEmpty() || NIL.contains(text)) {
            continue;
          }
          try {
            n = Numbers.parse(text);
          } catch (Numbers.BadValue e) {
            problem(
                places.cell(r.number(), fc.index()),
                fc.fuel().nameZh(),
                text,
                "“" + labels.row(row).nameZh() + "”行“" + fc.fuel().nameZh() + "”列不是数字：" + text,
                "row '"
                    + labels.row(row).nameZh()
                    + "', column '"
                    + fc.fuel().nameZh()
                    + "' is not a number: "
                    + text);
            continue;
          }
        }
        if (!Double.isFinite(n)) {
          problem(
              places.cell(r.number(), fc.index()),
              fc.fuel().nameZh(),
              text,
              "不是有限数值",
              "not a finite number");
          continue;
        }
        v.put(fc.fuel().code(), n);
      }
      values.put(row, v);
    }
    boolean supply =
        values.keySet().stream()
            .anyMatch(
                r -> r.section() == BalanceRow.Section.SUPPLY && r != BalanceRow.SUPPLY_TOTAL);
    boolean finalUse =
        values.keySet().stream().anyMatch(BalanceRow.FINAL_SECTORS::contains)
            || values.containsKey(BalanceRow.RESIDENTIAL_URBAN);
    if (!supply || !finalUse) {
      problem(
          Place.of(name),
          "",
          "",
          "表中缺少" + (!supply ? "可供量各项（一次能源生产量、调入、调出、库存增减等）" : "终端消费各部门（农林牧渔业、工业、居民生活等）") + "行",
          "the table has no "
              + (!supply
                  ? "supply rows (production, inflow, outflow, stock change …)"
                  : "final consumption rows (agriculture, industry, residential …)"));
    }
    if (problems.stream().anyMatch(ImportProblem::isError)) {
      return new Result(null, problems);
    }
    return new Result(new EnergyBalance(region, year, out, values), problems);
  }

  private Optional<BalanceFuel> fuelOf(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String[] lines = text.split("[\\r\\n]+");
    return labels.fuelOf(lines[0]);
  }

  private static boolean isTotal(String text) {
    String n = BalanceLabels.normalise(text.split("[\\r\\n]+")[0]);
    return TOTAL_COLUMNS.contains(n);
  }

  /**
   * The unit in a header cell: bracketed ({@code 原煤(万吨)}) or on a line of its own; null if none.
   */
  private static Unit unitIn(String text) {
    Matcher m = BRACKETED.matcher(text);
    while (m.find()) {
      Optional<Unit> u = Unit.parse(m.group(1).replaceAll("\\s", ""));
      if (u.isPresent()) {
        return u.get();
      }
    }
    String[] lines = text.split("[\\r\\n]+");
    for (int i = 1; i < lines.length; i++) {
      Optional<Unit> u = Unit.parse(lines[i].replaceAll("[\\s()（）]", ""));
      if (u.isPresent()) {
        return u.get();
      }
    }
    return null;
  }

  /** A row whose label says 单位, or whose cells under the fuels are all units. */
  private boolean isUnitsRow(Raw r, int firstFuel) {
    for (int c = 0; c < firstFuel; c++) {
      if (UNIT_LABELS.contains(BalanceLabels.normalise(r.cell(c)))) {
        return true;
      }
    }
    boolean any = false;
    for (int c = firstFuel; c < r.cells().size(); c++) {
      String t = r.cell(c);
      if (t.isEmpty()) {
        continue;
      }
      if (Unit.parse(t.replaceAll("\\s", "")).isEmpty()) {
        return false;
      }
      any = true;
    }
    return any;
  }
}
