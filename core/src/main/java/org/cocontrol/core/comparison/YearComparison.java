package org.cocontrol.core.comparison;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.substance.Substance;

/**
 * A base year against a later year, on the units reported in both (missing is not zero).
 *
 * <ul>
 *   <li>The emissions of each {@link ReportingUnit} are summed per year and substance, in the
 *       scopes that count in totals (direct, indirect, exported); CO2E rows are ignored. A unit is
 *       present in a year when it has any row there, even a zero one.
 *   <li>Units present in both years are <em>matched</em>: only their sums are compared ({@link
 *       #matchedBase()}, {@link #matchedLater()}). Units present in one year only are {@link
 *       Unmatched}: counted and summed, never read as a fall or a rise of 100 %.
 *   <li>{@link #coverage()}: for each basis, the share of each year's amount the matched units
 *       carry.
 *   <li>{@link #status()}: {@link ComparisonStatus#INSUFFICIENT_DATA} when a year has no unit at
 *       all, or a share of either year is below the rule's least share; a basis a year has none of
 *       does not decide, and when no basis does, the share of that year's units that are matched
 *       does.
 * </ul>
 */
public final class YearComparison {

  private final int baseYear;
  private final int year;
  private final Map<ReportingUnit, Map<Substance, Double>> base;
  private final Map<ReportingUnit, Map<Substance, Double>> later;
  private final List<Basis> bases;
  private final CoverageRule rule;
  private final List<ReportingUnit> matched;
  private final List<Coverage> coverage;

  private YearComparison(
      int baseYear,
      int year,
      Map<ReportingUnit, Map<Substance, Double>> base,
      Map<ReportingUnit, Map<Substance, Double>> later,
      List<Basis> bases,
      CoverageRule rule) {
    if (baseYear == year) {
      throw new IllegalArgumentException(
          "the base year and the year compared must differ, both are " + baseYear);
    }
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("a comparison states its coverage of at least one basis");
    }
    this.baseYear = baseYear;
    this.year = year;
    this.base = Collections.unmodifiableMap(new TreeMap<>(base));
    this.later = Collections.unmodifiableMap(new TreeMap<>(later));
    this.bases = List.copyOf(bases);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.matched = this.base.keySet().stream().filter(this.later::containsKey).toList();
    List<Coverage> c = new ArrayList<>();
    for (Basis b : this.bases) {
      double[] bs = magnitudes(this.base, b);
      double[] ls = magnitudes(this.later, b);
      c.add(new Coverage(b, bs[0], bs[0] + bs[1], ls[0], ls[0] + ls[1]));
    }
    this.coverage = List.copyOf(c);
  }

  /**
   * From inventory rows broken down by entity and source at the regions the records were reported
   * at (rows of other years are ignored).
   *
   * @param bases the amounts whose coverage is stated and decides the status, e.g. CO2 and APeq
   */
  public static YearComparison of(
      int baseYear, int year, Collection<InventoryRow> rows, List<Basis> bases, CoverageRule rule) {
    Map<ReportingUnit, Map<Substance, CompensatedSum>> b = new TreeMap<>();
    Map<ReportingUnit, Map<Substance, CompensatedSum>> l = new TreeMap<>();
    for (InventoryRow r : rows) {
      if (r.year() != baseYear && r.year() != year) {
        continue;
      }
      Map<Substance, CompensatedSum> sums =
          (r.year() == baseYear ? b : l)
              .computeIfAbsent(ReportingUnit.of(r), k -> new EnumMap<>(Substance.class));
      Optional<Substance> s =
          InventoryRow.CO2E.equals(r.substance())
              ? Optional.empty()
              : Substance.parse(r.substance());
      if (s.isPresent() && countsInTotal(r.scope())) {
        sums.computeIfAbsent(s.get(), k -> new CompensatedSum()).add(r.tonnes());
      }
    }
    return new YearComparison(baseYear, year, values(b), values(l), bases, rule);
  }

  /**
   * The same comparison over the units that pass {@code test} (e.g. one source category), with its
   * own coverage and status.
   */
  public YearComparison restrictedTo(Predicate<ReportingUnit> test) {
    return new YearComparison(baseYear, year, filter(base, test), filter(later, test), bases, rule);
  }

  public int baseYear() {
    return baseYear;
  }

  public int year() {
    return year;
  }

  public CoverageRule rule() {
    return rule;
  }

  /** Units present in both years, in unit order. */
  public List<ReportingUnit> matched() {
    return matched;
  }

  /** How many units each year has. */
  public int baseUnits() {
    return base.size();
  }

  public int laterUnits() {
    return later.size();
  }

  /** Every unit of the base year or the later year, in unit order. */
  public List<ReportingUnit> units() {
    Map<ReportingUnit, Boolean> all = new TreeMap<>();
    base.keySet().forEach(u -> all.put(u, true));
    later.keySet().forEach(u -> all.put(u, true));
    return List.copyOf(all.keySet());
  }

  /** The matched units' net tonnes by substance in the base year. */
  public Map<Substance, Double> matchedBase() {
    return sum(matched.stream().map(base::get).toList());
  }

  /** The matched units' net tonnes by substance in the later year. */
  public Map<Substance, Double> matchedLater() {
    return sum(matched.stream().map(later::get).toList());
  }

  /** Units reported in the base year only. */
  public Unmatched baseOnly() {
    return new Unmatched(baseYear, filter(base, u -> !later.containsKey(u)));
  }

  /** Units reported in the later year only. */
  public Unmatched laterOnly() {
    return new Unmatched(year, filter(later, u -> !base.containsKey(u)));
  }

  /** One per basis, in the order given. */
  public List<Coverage> coverage() {
    return coverage;
  }

  public ComparisonStatus status() {
    return base.isEmpty() || later.isEmpty() || !shortfalls().isEmpty()
        ? ComparisonStatus.INSUFFICIENT_DATA
        : ComparisonStatus.COMPARABLE;
  }

  public boolean isComparable() {
    return status() == ComparisonStatus.COMPARABLE;
  }

  /**
   * What the comparison covers and leaves out, e.g. {@code 2022年与2023年均有报送的排放源3个，占2022年CO2的96.0%…};
   * when the data are insufficient, it starts with {@code 数据不足：} and says why.
   */
  public Explanation explanation() {
    String insufficientZh = ComparisonStatus.INSUFFICIENT_DATA.nameZh() + "：";
    String insufficientEn = ComparisonStatus.INSUFFICIENT_DATA.nameEn() + ": ";
    List<String> empty = new ArrayList<>();
    if (base.isEmpty()) {
      empty.add(String.valueOf(baseYear));
    }
    if (later.isEmpty()) {
      empty.add(String.valueOf(year));
    }
    if (!empty.isEmpty()) {
      return new Explanation(
          insufficientZh + String.join("年、", empty) + "年没有报送数据，不作比较",
          insufficientEn
              + "nothing was reported for "
              + String.join(" or ", empty)
              + ", so no comparison is made");
    }
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    zh.append(baseYear)
        .append("年与")
        .append(year)
        .append("年均有报送的排放源")
        .append(matched.size())
        .append("个，占")
        .append(sharesZh(baseYear, true))
        .append("，占")
        .append(sharesZh(year, false));
    en.append(matched.size())
        .append(matched.size() == 1 ? " source" : " sources")
        .append(" reported in both ")
        .append(baseYear)
        .append(" and ")
        .append(year)
        .append(matched.size() == 1 ? " carries " : " carry ")
        .append(sharesEn(baseYear, true))
        .append(", and ")
        .append(sharesEn(year, false));
    for (Unmatched u : List.of(baseOnly(), laterOnly())) {
      if (u.count() > 0) {
        zh.append("；仅")
            .append(u.year())
            .append("年报送的排放源")
            .append(u.count())
            .append("个（")
            .append(amountsZh(u))
            .append("）不计入比较");
        en.append("; ")
            .append(u.count())
            .append(u.count() == 1 ? " source" : " sources")
            .append(" reported in ")
            .append(u.year())
            .append(" only (")
            .append(amountsEn(u))
            .append(u.count() == 1 ? ") is" : ") are")
            .append(" left out");
      }
    }
    List<Explanation> shortfalls = shortfalls();
    if (!shortfalls.isEmpty()) {
      zh.insert(0, insufficientZh)
          .append("；覆盖率低于")
          .append(pct(rule.minShare()))
          .append("（")
          .append(String.join("、", shortfalls.stream().map(Explanation::zh).toList()))
          .append("），不作比较");
      en.insert(0, insufficientEn)
          .append("; coverage below the ")
          .append(pct(rule.minShare()))
          .append(" needed (")
          .append(String.join(", ", shortfalls.stream().map(Explanation::en).toList()))
          .append("), so no comparison is made");
    }
    return new Explanation(zh.toString(), en.toString());
  }

  // ---------------------------------------------------------------- rule

  /**
   * The shares below the least share, named by year and basis ({@code 2022年CO2 / 2022 CO2}), or by
   * the count of sources when no basis decides.
   */
  private List<Explanation> shortfalls() {
    List<Explanation> out = new ArrayList<>();
    for (boolean isBase : new boolean[] {true, false}) {
      int y = isBase ? baseYear : year;
      boolean decided = false;
      for (Coverage c : coverage) {
        OptionalDouble share = isBase ? c.baseShare() : c.laterShare();
        if (share.isPresent()) {
          decided = true;
          if (share.getAsDouble() < rule.minShare()) {
            out.add(new Explanation(y + "年" + c.basis().nameZh(), y + " " + c.basis().nameEn()));
          }
        }
      }
      if (!decided && unitShare(isBase) < rule.minShare()) {
        out.add(new Explanation(y + "年排放源数", y + " sources"));
      }
    }
    return out;
  }

  private double unitShare(boolean isBase) {
    Map<ReportingUnit, Map<Substance, Double>> side = isBase ? base : later;
    return side.isEmpty() ? 0 : (double) matched.size() / side.size();
  }

  /** [Σ |amount| of matched units, Σ |amount| of the others] in one year. */
  private double[] magnitudes(Map<ReportingUnit, Map<Substance, Double>> side, Basis b) {
    CompensatedSum in = new CompensatedSum();
    CompensatedSum out = new CompensatedSum();
    side.forEach((u, t) -> ((isMatched(u) ? in : out)).add(Math.abs(b.amount(t))));
    return new double[] {in.value(), out.value()};
  }

  private boolean isMatched(ReportingUnit u) {
    return base.containsKey(u) && later.containsKey(u);
  }

  // ---------------------------------------------------------------- wording

  private String sharesZh(int y, boolean isBase) {
    List<String> parts = new ArrayList<>();
    for (Coverage c : coverage) {
      OptionalDouble s = isBase ? c.baseShare() : c.laterShare();
      s.ifPresent(v -> parts.add(c.basis().nameZh() + "的" + pct(v)));
    }
    return parts.isEmpty()
        ? y + "年排放源数的" + pct(unitShare(isBase))
        : y + "年" + String.join("、", parts);
  }

  private String sharesEn(int y, boolean isBase) {
    List<String> parts = new ArrayList<>();
    for (Coverage c : coverage) {
      OptionalDouble s = isBase ? c.baseShare() : c.laterShare();
      s.ifPresent(v -> parts.add(pct(v) + " of " + y + "'s " + c.basis().nameEn()));
    }
    return parts.isEmpty()
        ? pct(unitShare(isBase)) + " of " + y + "'s sources"
        : String.join(" and ", parts);
  }

  private String amountsZh(Unmatched u) {
    return String.join(
        "、", bases.stream().map(b -> b.nameZh() + " " + tonnes(u.amount(b))).toList());
  }

  private String amountsEn(Unmatched u) {
    return String.join(
        ", ", bases.stream().map(b -> b.nameEn() + " " + tonnes(u.amount(b))).toList());
  }

  /**
   * A share with one decimal, rounded down so that a share just below the least share never reads
   * as equal to it.
   */
  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", Math.floor(share * 1000 + 1e-9) / 10);
  }

  /**
   * Tonnes for a sentence: whole tonnes from 100 t, one decimal from 1 t, else two significant
   * digits.
   */
  static String tonnes(double t) {
    double a = Math.abs(t);
    String n =
        a >= 100
            ? String.format(Locale.ROOT, "%,.0f", t)
            : a >= 1
                ? String.format(Locale.ROOT, "%.1f", t)
                : java.math.BigDecimal.valueOf(t)
                    .round(new java.math.MathContext(2))
                    .stripTrailingZeros()
                    .toPlainString();
    return n + " t";
  }

  // ---------------------------------------------------------------- sums

  static Map<Substance, Double> sum(Collection<Map<Substance, Double>> parts) {
    Map<Substance, CompensatedSum> s = new EnumMap<>(Substance.class);
    parts.forEach(p -> p.forEach((k, v) -> s.computeIfAbsent(k, x -> new CompensatedSum()).add(v)));
    Map<Substance, Double> out = new EnumMap<>(Substance.class);
    s.forEach((k, v) -> out.put(k, v.value()));
    return Collections.unmodifiableMap(out);
  }

  private static Map<ReportingUnit, Map<Substance, Double>> values(
      Map<ReportingUnit, Map<Substance, CompensatedSum>> sums) {
    Map<ReportingUnit, Map<Substance, Double>> out = new LinkedHashMap<>();
    sums.forEach(
        (u, m) -> {
          Map<Substance, Double> t = new EnumMap<>(Substance.class);
          m.forEach((s, sum) -> t.put(s, sum.value()));
          out.put(u, Collections.unmodifiableMap(t));
        });
    return out;
  }

  private static Map<ReportingUnit, Map<Substance, Double>> filter(
      Map<ReportingUnit, Map<Substance, Double>> m, Predicate<ReportingUnit> test) {
    Map<ReportingUnit, Map<Substance, Double>> out = new TreeMap<>();
    m.forEach(
        (u, t) -> {
          if (test.test(u)) {
            out.put(u, t);
          }
        });
    return out;
  }

  private static boolean countsInTotal(String scopeCode) {
    for (Scope s : Scope.values()) {
      if (s.code().equals(scopeCode)) {
        return s.countsInTotal();
      }
    }
    return false;
  }
}
