package org.cocontrol.core.synergy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.text.Message;

/**
 * The one check of measures given by their emissions before and after, for the command line's
 * measures file and the REST body alike: the same rules and the same words. Each caller says where
 * a problem is in its own terms (a CSV cell, a JSON path) from the problem's {@link Field}, side
 * and substance. One instance checks one batch, so a repeated id is caught.
 */
public final class MeasureCheck {

  /** What a problem is about. */
  public enum Field {
    /** The measure's id. */
    ID,
    /** The annualised cost. */
    COST,
    /** One substance's amount on one side. */
    AMOUNT
  }

  /** Before or after the measure. */
  public enum Side {
    BASE,
    AFTER
  }

  /**
   * One problem with one measure.
   *
   * @param side and {@code substance}: the amount concerned, for {@link Field#AMOUNT}; null
   *     otherwise
   * @param value the offending value as given, or null
   */
  public record Problem(
      Field field, Side side, Substance substance, String value, Message message) {}

  private final Set<String> ids = new HashSet<>();

  /**
   * A substance named in a column or key ({@code SO2}, {@code nox}); empty when unknown ({@link
   * #unknownSubstance}).
   */
  public static Optional<Substance> substance(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Substance.parse(text.strip());
  }

  public static Message unknownSubstance(String text) {
    return new Message("未知物质 '" + text + "'", "unknown substance '" + text + "'");
  }

  /**
   * The same substance given twice on one side (two columns, or two keys such as {@code so2} and
   * {@code SO2}).
   */
  public static Message substanceTwice(Substance s) {
    return new Message("物质 " + s.code() + " 重复给出", "substance " + s.code() + " is given twice");
  }

  /**
   * Checks one measure and builds it when nothing is wrong.
   *
   * @param base amounts before, tonnes, by substance: a null value is "left blank"; {@link
   *     Double#NaN} is a value the caller could not read and has already reported (no further
   *     problem is raised for it)
   * @param after amounts after, likewise
   * @param problems where every problem found is added
   * @return the measure, or null when anything is wrong with it
   */
  public Measure check(
      String id,
      String name,
      Double annualCostYuan,
      Map<Substance, Double> base,
      Map<Substance, Double> after,
      List<Problem> problems) {
    int before = problems.size();
    String key = id == null ? "" : id.strip();
    if (key.isEmpty()) {
      problems.add(
          new Problem(
              Field.ID, null, null, null, new Message("措施编号必填", "a measure id is required")));
    } else if (!ids.add(key)) {
      problems.add(
          new Problem(
              Field.ID,
              null,
              null,
              key,
              new Message("措施编号 '" + key + "' 重复", "duplicate measure id '" + key + "'")));
    }
    if (annualCostYuan != null && !Double.isFinite(annualCostYuan)) {
      problems.add(
          new Problem(
              Field.COST,
              null,
              null,
              String.valueOf(annualCostYuan),
              new Message("成本须为有限数", "the cost must be a finite number")));
    }
    Set<Substance> all = EnumSet.noneOf(Substance.class);
    all.addAll(base.keySet());
    all.addAll(after.keySet());
    all.add(Substance.CO2);
    Map<Substance, Double> b = new EnumMap<>(Substance.class);
    Map<Substance, Double> a = new EnumMap<>(Substance.class);
    boolean allReadable = true;
    for (Substance s : all) {
      Double x = base.get(s);
      Double y = after.get(s);
      boolean readable = amount(Side.BASE, s, x, problems) & amount(Side.AFTER, s, y, problems);
      if (!readable) {
        allReadable = false;
        continue;
      }
      if (x == null && y == null && s != Substance.CO2) {
        continue; // this measure does not give this pollutant
      }
      if (x == null && y == null) {
        problems.add(
            new Problem(
                Field.AMOUNT,
                Side.BASE,
                s,
                null,
                new Message("CO2 前后排放量必填", "CO2 before and after are required")));
      } else if (x == null || y == null) {
        problems.add(
            new Problem(
                Field.AMOUNT,
                x == null ? Side.BASE : Side.AFTER,
                s,
                null,
                new Message("缺少数值（前后须同时给出）", "missing value (before and after go together)")));
      } else {
        b.put(s, x);
        a.put(s, y);
      }
    }
    return problems.size() > before || !allReadable
        ? null
        : Measure.of(key, name, annualCostYuan, b, a);
  }

  /**
   * Whether an amount can be used (blank counts: the pair check decides); an unusable one is
   * reported unless it was already.
   */
  private static boolean amount(Side side, Substance s, Double v, List<Problem> problems) {
    if (v == null) {
      return true;
    }
    if (v.isNaN()) {
      return false;
    }
    if (Double.isInfinite(v) || v < 0) {
      problems.add(
          new Problem(
              Field.AMOUNT,
              side,
              s,
              String.valueOf(v),
              new Message("排放量须为 ≥ 0 的有限数", "an emission must be a finite number ≥ 0")));
      return false;
    }
    return true;
  }
}
