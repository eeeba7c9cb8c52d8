package org.cocontrol.core.classification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;

/**
 * The largest amount one activity record, or one emission line, can plausibly carry. A value above
 * its bound is a typing or unit mistake (a 10⁶ slip, 万t for t), or an attack, never a fact: it is
 * refused at intake with its row and column, so one absurd record cannot swamp a region's
 * inventory. The bounds are data, each with its reason ({@code classification/plausibility.csv}); a
 * record's own activity bound comes before its kind's.
 */
public final class Plausibility {

  /** What a bound applies to. */
  public enum Subject {
    /** One activity code ({@code raw_coal}). */
    ACTIVITY,
    /**
     * Every activity of a kind ({@code FOSSIL_FUEL}) without a bound of its own in the same
     * dimension.
     */
    ACTIVITY_KIND,
    /** One emission line, calculated or measured, of a substance. */
    SUBSTANCE
  }

  /** No amount above {@code max} {@code unit}; {@code reason} says where the figure comes from. */
  public record Bound(Subject subject, String code, double max, Unit unit, String reason) {
    public Bound {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(unit, "unit");
      if (!(max > 0) || !Double.isFinite(max)) {
        throw new IllegalArgumentException(
            "a plausibility bound must be a finite number > 0, got " + max + " for " + code);
      }
      reason = reason == null ? "" : reason;
    }

    /** {@code 1.0E9 t}. */
    public String text() {
      return max + " " + unit.symbol();
    }
  }

  /** No bounds: only non-finite values are refused. */
  public static final Plausibility NONE = new Plausibility(List.of());

  private final Map<String, List<Bound>> byActivity = new HashMap<>();
  private final Map<ActivityKind, List<Bound>> byKind = new EnumMap<>(ActivityKind.class);
  private final Map<Substance, Bound> bySubstance = new EnumMap<>(Substance.class);

  private Plausibility(List<Bound> bounds) {
    for (Bound b : bounds) {
      switch (b.subject()) {
        case ACTIVITY -> byActivity.computeIfAbsent(b.code(), k -> new ArrayList<>()).add(b);
        case ACTIVITY_KIND ->
            byKind.computeIfAbsent(ActivityKind.valueOf(b.code()), k -> new ArrayList<>()).add(b);
        case SUBSTANCE -> {
          Substance s =
              Substance.parse(b.code())
                  .orElseThrow(() -> new IllegalArgumentException("unknown substance " + b.code()));
          if (bySubstance.put(s, b) != null) {
            throw new IllegalArgumentException("two plausibility bounds for " + s.code());
          }
        }
      }
    }
  }

  public static Plausibility of(List<Bound> bounds) {
    return new Plausibility(bounds);
  }

  /**
   * The bound an amount of an activity goes over, if any: the activity's own bound in the amount's
   * dimension, else its kind's. A non-finite amount goes over every bound; with no bound in its
   * dimension an amount is only checked for being finite.
   */
  public Optional<Bound> exceeded(Activity activity, double amount, Unit unit) {
    Optional<Bound> bound =
        inDimension(byActivity.getOrDefault(activity.code(), List.of()), unit)
            .or(() -> inDimension(byKind.getOrDefault(activity.kind(), List.of()), unit));
    if (!Double.isFinite(amount)) {
      return Optional.of(
          bound.orElse(new Bound(Subject.ACTIVITY, activity.code(), Double.MAX_VALUE, unit, "")));
    }
    // amount [unit] × unit→bound-unit factor, compared in the bound's unit
    return bound.filter(b -> Math.abs(amount) * unit.factorTo(b.unit()) > b.max());
  }

  /**
   * The bound an emission line (tonnes of the substance) goes over, if any; a non-finite amount
   * always does.
   */
  public Optional<Bound> exceeded(Substance substance, double tonnes) {
    Bound b = bySubstance.get(substance);
    if (!Double.isFinite(tonnes)) {
      return Optional.of(
          b != null
              ? b
              : new Bound(Subject.SUBSTANCE, substance.code(), Double.MAX_VALUE, Unit.T, ""));
    }
    return Optional.ofNullable(b)
        .filter(x -> Math.abs(tonnes) * Unit.T.factorTo(x.unit()) > x.max());
  }

  private static Optional<Bound> inDimension(List<Bound> bounds, Unit unit) {
    return bounds.stream().filter(b -> b.unit().dimension() == unit.dimension()).findFirst();
  }
}
