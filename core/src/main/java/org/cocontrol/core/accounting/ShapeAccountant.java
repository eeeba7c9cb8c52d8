package org.cocontrol.core.accounting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.Co2e;

/**
 * Accounts many records (one upload) with each distinct record <em>shape</em> accounted once.
 *
 * <p>A shape is everything of a record but its id and amount: year, source, activity, unit,
 * technology, controls, the record's own parameter values (NCV, carbon content, oxidation, sulfur,
 * ash), its region as precisely as parameter rows distinguish regions (as {@code InventoryKernel}),
 * and its entity when a parameter row is scoped to that entity. Every accounting method is linear
 * in the amount once the parameters are fixed (see {@code InventoryKernel}), and the parameters
 * depend only on the shape, so a record's result is its shape's result for an amount of 1 with
 * every line (tonnes, CO2e and the quantities derived for the record alone, such as the SO2 a
 * scrubber removed) multiplied by the amount. The parameter trail of a line without such a derived
 * quantity is the very same list for every record of the shape, so a store can keep the provenance
 * once per shape by that list's identity.
 *
 * <p>Not shared, accounted record by record as before:
 *
 * <ul>
 *   <li>records with measured emissions ({@code measured_<S>_t}): a measured tonnage does not scale
 *       with the amount;
 *   <li>an amount of 0: the side lines of controls (FGD CO2, ammonia slip) exist only when
 *       something was removed, so 0 × the unit result would keep lines the record does not have;
 *   <li>shapes whose result raised a coarse particle class to a finer one: the line's trail names
 *       the tonnage before raising in its text.
 * </ul>
 *
 * Σ over a shape's records of aᵢ × c and accounting each aᵢ directly differ by floating-point
 * rounding only (a few ulps: the same factors multiplied in another order).
 *
 * <p>Memory is bounded: at most {@link #MAX_SHAPES} shapes are kept; past that the cache starts
 * afresh. Not thread-safe: one instance serves one upload.
 */
public final class ShapeAccountant {

  /** Shapes kept at most: each a unit result of a few kilobytes, so some 30 MB at most. */
  public static final int MAX_SHAPES = 5_000;

  private final Accountant accountant;
  private final Map<ActivityRecord, Unit> shapes = new HashMap<>();

  /**
   * The entities some parameter row is scoped to: only their records keep the entity in a shape.
   */
  private final Set<String> entities = new HashSet<>();

  /**
   * The finest region level any parameter row distinguishes: a shape needs the record's region only
   * that precisely (regions match parameter rows by ancestry).
   */
  private final RegionLevel regionLevel;

  private long accounted;
  private long shared;

  public ShapeAccountant(Accountant accountant) {
    this.accountant = accountant;
    for (Parameter p : accountant.reference().parameters().all()) {
      if (p.entity() != null) {
        entities.add(p.entity());
      }
    }
    this.regionLevel = finestParameterRegion(accountant);
  }

  /**
   * The finest region level any parameter row of the accountant's registry is scoped to (at least
   * the province): two records whose regions agree at this level resolve the same parameters.
   */
  public static RegionLevel finestParameterRegion(Accountant accountant) {
    RegionLevel finest = RegionLevel.PROVINCE;
    for (Parameter p : accountant.reference().parameters().all()) {
      if (!Parameter.NATIONAL_SCOPE.equals(p.region())) {
        RegionLevel l = Adcode.parse(p.region()).map(Adcode::level).orElse(RegionLevel.COUNTY);
        if (l.ordinal() > finest.ordinal()) {
          finest = l;
        }
      }
    }
    return finest;
  }

  /** A shape's result for an amount of 1, or null when its records cannot share it. */
  private record Unit(RecordResult result, boolean[] derived, boolean gapsNameRegion) {}

  /**
   * Marks the unit of a shape that cannot be shared (kept so it is not accounted twice to learn).
   */
  private static final Unit UNSHARED = new Unit(null, null, false);

  /**
   * The record's result: the same lines (to rounding) as {@link Accountant#account}, from its
   * shape's result when its shape was seen before.
   *
   * @throws AccountingException as {@link Accountant#account} does
   */
  public RecordResult account(ActivityRecord record) {
    if (!record.measuredTonnes().isEmpty() || !(record.amount() > 0)) {
      accounted++;
      return accountant.account(record);
    }
    ActivityRecord key = shape(record);
    Unit unit = shapes.get(key);
    if (unit == null) {
      if (shapes.size() >= MAX_SHAPES) {
        shapes.clear();
      }
      unit = unit(record);
      shapes.put(key, unit);
    } else if (unit != UNSHARED
        && unit.gapsNameRegion()
        && !unit.result().record().region().equals(record.region())) {
      // a gap that names the first record's region would be wrong for another region's record
      unit = UNSHARED;
    } else if (unit != UNSHARED) {
      shared++;
    }
    if (unit == UNSHARED) {
      accounted++;
      return accountant.account(record);
    }
    return scaled(unit, record);
  }

  /** Records accounted by the accountant (shapes first seen, and records that share nothing). */
  public long accounted() {
    return accounted;
  }

  /** Records whose result came from their shape's. */
  public long shared() {
    return shared;
  }

  /**
   * The record without its id and amount, its entity only when a parameter row names it, its region
   * only as precisely as parameter rows distinguish regions: equal for two records of one shape.
   */
  private ActivityRecord shape(ActivityRecord r) {
    return new ActivityRecord(
        "",
        entities.contains(r.entityId()) ? r.entityId() : "",
        r.region().at(regionLevel),
        r.year(),
        r.source(),
        r.activity(),
        1,
        r.unit(),
        r.ncv(),
        r.carbonContent(),
        r.oxidation(),
        r.sulfurPct(),
        r.ashPct(),
        r.volatilePct(),
        r.controls(),
        r.technology(),
        r.measuredTonnes(),
        r.vocContentPct());
  }

  /** The first record of a shape accounted for an amount of 1. */
  private Unit unit(ActivityRecord first) {
    accounted++;
    RecordResult one = accountant.account(first.withAmount(1));
    boolean[] derived = new boolean[one.lines().size()];
    for (int i = 0; i < derived.length; i++) {
      for (ParameterUse u : one.lines().get(i).parameters()) {
        if (isDerived(u)) {
          if (u.role().startsWith("raised to ")) {
            return UNSHARED;
          }
          derived[i] = true;
        }
      }
    }
    String region = first.region().toString();
    return new Unit(one, derived, one.gaps().stream().anyMatch(g -> g.contains(region)));
  }

  /** The shape's result times the record's amount, for the record. */
  private static RecordResult scaled(Unit unit, ActivityRecord record) {
    double a = record.amount();
    RecordResult one = unit.result();
    List<EmissionLine> lines = new ArrayList<>(one.lines().size());
    for (int i = 0; i < one.lines().size(); i++) {
      EmissionLine l = one.lines().get(i);
      lines.add(
          new EmissionLine(
              l.substance(),
              l.tonnes() * a,
              l.scope(),
              l.method(),
              unit.derived()[i] ? scaled(l.parameters(), a) : l.parameters()));
    }
    Map<Scope, Co2e> co2e = new EnumMap<>(Scope.class);
    one.co2e().forEach((s, c) -> co2e.put(s, new Co2e(c.tonnes() * a, c.gwpSet())));
    return new RecordResult(record, one.source(), one.activity(), lines, co2e, one.gaps());
  }

  /** The trail with each quantity derived for the record (tonnes, MWh) times the amount. */
  private static List<ParameterUse> scaled(List<ParameterUse> trail, double a) {
    List<ParameterUse> out = new ArrayList<>(trail.size());
    for (ParameterUse u : trail) {
      out.add(
          isDerived(u)
              ? new ParameterUse(
                  u.role(),
                  u.value() * a,
                  u.unit(),
                  u.key(),
                  u.level(),
                  u.source(),
                  u.tag(),
                  u.outsideValidity())
              : u);
    }
    return out;
  }

  /**
   * A quantity of the record alone: derived inside the calculation (tonnes removed, MWh used) or
   * the record's own amount written into the trail (the waste methods' W, TOW, R).
   */
  private static boolean isDerived(ParameterUse u) {
    return (u.level() == null && "derived".equals(u.key())) || AMOUNT_KEY.equals(u.key());
  }

  /** The key of a trail entry that is the record's amount ({@link ParameterUse#fromRecord}). */
  private static final String AMOUNT_KEY = "record:amount";
}
