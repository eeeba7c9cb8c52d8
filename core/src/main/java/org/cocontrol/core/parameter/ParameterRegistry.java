package org.cocontrol.core.parameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * All parameter values, every version kept, and the rule for which one a calculation uses.
 *
 * <p>Among the rows whose scope matches the query (latest version of each id only), the winner is,
 * in this order: a row valid in the record's year before one that is not; an enterprise-specific or
 * measured row before published defaults; under ETS rules an ETS row before a general one (the
 * carbon market prescribes its defaults); the higher {@link ParameterLevel} (measured > enterprise
 * > provincial > regional > national > IPCC default); the more specific row (entity, technology — a
 * longer dotted technology code before its prefix — activity, source — an exact project source
 * before an IPCC category, a longer IPCC code before a shorter one — region, substance); for rows
 * outside their validity the nearest in years; the row whose validity starts latest; and finally
 * the id, so the choice never depends on file order.
 *
 * <p>Technology codes are dotted like IPCC codes: a row for {@code pc_boiler} matches a record of
 * {@code pc_boiler.ge300mw} (a pulverised-coal unit of 300 MW or more), a row for {@code
 * pc_boiler.ge300mw} only that class. An id whose latest version is {@linkplain
 * Parameter#withdrawn() withdrawn} takes no part.
 */
public final class ParameterRegistry {

  private final String release;
  private final List<Parameter> all;
  private final Map<ParameterKind, List<Parameter>> latestByKind =
      new EnumMap<>(ParameterKind.class);
  private final Map<String, Parameter> byKey = new HashMap<>();

  private ParameterRegistry(String release, List<Parameter> parameters) {
    this.release = Objects.requireNonNull(release, "release");
    this.all = List.copyOf(parameters);
    Map<String, Parameter> latest = new HashMap<>();
    for (Parameter p : all) {
      if (byKey.put(p.key(), p) != null) {
        throw new IllegalArgumentException("parameter " + p.key() + " is defined twice");
      }
      latest.merge(p.id(), p, (a, b) -> a.version() >= b.version() ? a : b);
    }
    for (Parameter p : latest.values()) {
      if (p.withdrawn()) {
        continue;
      }
      latestByKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
    }
    latestByKind.values().forEach(l -> l.sort(Comparator.comparing(Parameter::id)));
  }

  /**
   * A registry of the given rows; {@code release} names the reference data release they come from.
   */
  public static ParameterRegistry of(String release, List<Parameter> parameters) {
    return new ParameterRegistry(release, parameters);
  }

  /** The same registry with more rows, e.g. a user's enterprise-specific or provincial values. */
  public ParameterRegistry plus(List<Parameter> more) {
    List<Parameter> merged = new ArrayList<>(all);
    merged.addAll(more);
    return new ParameterRegistry(release, merged);
  }

  public String release() {
    return release;
  }

  /** Every row, every version. */
  public List<Parameter> all() {
    return all;
  }

  /** One exact version, as pinned by a result. */
  public Optional<Parameter> find(String id, int version) {
    return Optional.ofNullable(byKey.get(id + "@" + version));
  }

  /**
   * The latest version of each id in force (not withdrawn) that passes {@code filter}, sorted by
   * id.
   */
  public List<Parameter> latest(Predicate<Parameter> filter) {
    List<Parameter> out = new ArrayList<>();
    latestByKind.values().forEach(l -> l.stream().filter(filter).forEach(out::add));
    out.sort(Comparator.comparing(Parameter::id));
    return out;
  }

  /** Answers already given; the registry never changes, so a query's answer never does either. */
  private final Map<ParameterQuery, Optional<ResolvedParameter>> answers =
      new ConcurrentHashMap<>();

  /** The parameter a calculation should use, or empty when none matches the query's scope. */
  public Optional<ResolvedParameter> resolve(ParameterQuery q) {
    Optional<ResolvedParameter> known = answers.get(q);
    if (known != null) {
      return known;
    }
    Optional<ResolvedParameter> answer = resolve(q, p -> true);
    if (answers.size() > 200_000) {
      answers
          .clear(); // bounded: a run over very many regions and years must not grow without limit
    }
    answers.put(q, answer);
    return answer;
  }

  /**
   * Like {@link #resolve(ParameterQuery)} among the rows that also pass {@code filter} (e.g. an NCV
   * per mass, not per volume).
   */
  public Optional<ResolvedParameter> resolve(ParameterQuery q, Predicate<Parameter> filter) {
    Parameter best = null;
    Score bestScore = null;
    for (Parameter p : latestByKind.getOrDefault(q.kind(), Collections.emptyList())) {
      if (!filter.test(p)) {
        continue;
      }
      Score s = score(p, q);
      if (s != null && (best == null || s.compareTo(bestScore) > 0)) {
        best = p;
        bestScore = s;
      }
    }
    return best == null
        ? Optional.empty()
        : Optional.of(new ResolvedParameter(best, !best.validIn(q.year())));
  }

  private final Map<String, List<Parameter>> byActivity = new ConcurrentHashMap<>();

  /**
   * Rows of {@code kind} that name {@code activity} explicitly (used to find which substances an
   * activity has factors for).
   */
  public List<Parameter> forActivity(ParameterKind kind, String activity) {
    return byActivity.computeIfAbsent(
        kind + "/" + activity,
        k -> {
          List<Parameter> out = new ArrayList<>();
          for (Parameter p : latestByKind.getOrDefault(kind, Collections.emptyList())) {
            if (Objects.equals(p.activity(), activity)) {
              out.add(p);
            }
          }
          return List.copyOf(out);
        });
  }

  /** The ranking of one candidate; null when it does not match at all. Larger is better. */
  private static Score score(Parameter p, ParameterQuery q) {
    if (p.substance() != null && p.substance() != q.substance()) {
      return null;
    }
    if (p.activity() != null && !p.activity().equals(q.activity())) {
      return null;
    }
    int technologySpec = technologySpecificity(p.technology(), q.technology());
    if (technologySpec < 0) {
      return null;
    }
    if (p.entity() != null && !p.entity().equals(q.entity())) {
      return null;
    }
    if (p.scheme() == Scheme.ETS && q.scheme() != Scheme.ETS) {
      return null;
    }
    int sourceSpec = sourceSpecificity(p.source(), q.source(), q.ipcc());
    if (sourceSpec < 0) {
      return null;
    }
    int regionSpec = regionSpecificity(p.region(), q.region());
    if (regionSpec < 0) {
      return null;
    }
    int specificity =
        (p.entity() != null ? 1_000_000 : 0)
            + technologySpec * 100_000
            + (p.activity() != null ? 10_000 : 0)
            + sourceSpec * 100
            + regionSpec * 10
            + (p.substance() != null ? 1 : 0);
    return new Score(
        p.validIn(q.year()),
        p.level().rank() >= ParameterLevel.ENTERPRISE.rank(),
        p.scheme() == q.scheme(),
        p.level().rank(),
        specificity,
        -p.yearDistance(q.year()),
        p.yearFrom() == null ? Integer.MIN_VALUE : p.yearFrom(),
        p.id());
  }

  /**
   * -1: no match; 0: any source; 1–20: IPCC category prefix (longer = more specific); 50: exact
   * project code.
   */
  static int sourceSpecificity(String paramSource, String source, String ipcc) {
    if (paramSource == null) {
      return 0;
    }
    if (paramSource.equals(source)) {
      return 50;
    }
    if (ipcc != null && (ipcc.equals(paramSource) || ipcc.startsWith(paramSource + "."))) {
      return Math.min(paramSource.length(), 20);
    }
    return -1;
  }

  /**
   * -1: no match; 0: any technology; otherwise the number of dotted segments of the row's code,
   * which is the record's code or a prefix of it ending at a dot ({@code pc_boiler} matches {@code
   * pc_boiler.ge300mw}).
   */
  static int technologySpecificity(String paramTechnology, String technology) {
    if (paramTechnology == null) {
      return 0;
    }
    if (technology == null
        || !(technology.equals(paramTechnology) || technology.startsWith(paramTechnology + "."))) {
      return -1;
    }
    return Math.min(paramTechnology.split("\\.", -1).length, 9);
  }

  /** -1: no match; 0: national; otherwise the length of the adcode prefix that matched. */
  static int regionSpecificity(String paramRegion, String region) {
    if (Parameter.NATIONAL_SCOPE.equals(paramRegion)) {
      return 0;
    }
    String prefix =
        paramRegion.endsWith("0000")
            ? paramRegion.substring(0, 2)
            : paramRegion.endsWith("00") ? paramRegion.substring(0, 4) : paramRegion;
    return region != null && region.startsWith(prefix) ? prefix.length() : -1;
  }

  private record Score(
      boolean valid,
      boolean ownValue,
      boolean schemeMatch,
      int level,
      int specificity,
      int negDistance,
      int yearFrom,
      String id)
      implements Comparable<Score> {
    private static final Comparator<Score> ORDER =
        Comparator.comparing(Score::valid)
            .thenComparing(Score::ownValue)
            .thenComparing(Score::schemeMatch)
            .thenComparingInt(Score::level)
            .thenComparingInt(Score::specificity)
            .thenComparingInt(Score::negDistance)
            .thenComparingInt(Score::yearFrom)
            // Reverse id so that, everything else equal, the alphabetically first id wins (any
            // fixed rule would do).
            .thenComparing(Score::id, Comparator.reverseOrder());

    @Override
    public int compareTo(Score o) {
      return ORDER.compare(this, o);
    }
  }
}
