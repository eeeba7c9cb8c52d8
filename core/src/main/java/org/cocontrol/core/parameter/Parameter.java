package org.cocontrol.core.parameter;

import java.util.Objects;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Dimension;
import org.cocontrol.core.unit.RateUnit;
import org.cocontrol.core.unit.Unit;

/**
 * One parameter value with its scope, validity and provenance: a row of the parameter registry.
 *
 * <p>Scope fields that are null match anything: {@code substance}, {@code activity} (an activity
 * code), {@code source} (a project source code or an IPCC category code, which also matches the
 * categories below it), {@code technology}, {@code entity}. {@code region} is an adcode; {@code
 * 000000} is national scope. {@code yearFrom}/{@code yearTo} are inclusive and null when
 * open-ended.
 */
public record Parameter(
    String id,
    int version,
    ParameterKind kind,
    Substance substance,
    String activity,
    String source,
    String technology,
    Scheme scheme,
    String region,
    String entity,
    ParameterLevel level,
    Integer yearFrom,
    Integer yearTo,
    double value,
    RateUnit unit,
    Citation citation,
    Verification tag,
    String note) {

  public static final String NATIONAL_SCOPE = "000000";

  /**
   * The value of a version that withdraws its id: the earlier versions stay (results that cite them
   * can still be explained) but no calculation uses the id any more, e.g. a default whose source
   * could not be found. Written {@code withdrawn} in the parameter files.
   */
  public static final double WITHDRAWN = Double.NaN;

  public Parameter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(tag, "tag");
    region = region == null || region.isBlank() ? NATIONAL_SCOPE : region;
    note = note == null ? "" : note;
    activity = blankToNull(activity);
    source = blankToNull(source);
    technology = blankToNull(technology);
    entity = blankToNull(entity);
    if (version < 1) {
      throw new IllegalArgumentException(id + ": version must be 1 or more");
    }
    if (!region.matches("\\d{6}")) {
      throw new IllegalArgumentException(id + ": region must be a 6-digit adcode, got " + region);
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException(
          id + ": year_from " + yearFrom + " is after year_to " + yearTo);
    }
    if (!Double.isNaN(value) && (!Double.isFinite(value) || value < 0)) {
      throw new IllegalArgumentException(id + ": value must be a finite number ≥ 0, got " + value);
    }
    if (kind.needsSubstance() && substance == null) {
      throw new IllegalArgumentException(id + ": a " + kind + " parameter must name its substance");
    }
    checkUnit(id, kind, unit, substance);
    if (kind.isFraction() && value * unit.numerator().toBase() > 1 + 1e-12) {
      throw new IllegalArgumentException(
          id + ": a " + kind + " is a fraction and cannot exceed 1, got " + value + " " + unit);
    }
  }

  private static void checkUnit(String id, ParameterKind kind, RateUnit unit, Substance substance) {
    boolean numOk = kind.numeratorDimensions().contains(unit.numerator().dimension());
    boolean denOk =
        kind.denominatorDimensions() == null
            ? unit.denominator() == null
            : unit.denominator() != null
                && kind.denominatorDimensions().contains(unit.denominator().dimension());
    if (!numOk || !denOk) {
      throw new IllegalArgumentException(
          id + ": unit " + unit + " does not fit a " + kind + " parameter");
    }
    String what = unit.numeratorSubstance();
    if (kind == ParameterKind.CARBON_CONTENT || kind == ParameterKind.CARBON_CONTENT_MASS) {
      if (!what.isEmpty() && !what.equals("C")) {
        throw new IllegalArgumentException(id + ": carbon content must be in tC, got " + unit);
      }
    } else if (what.equals("C")) {
      throw new IllegalArgumentException(
          id + ": a " + kind + " cannot be in tonnes of carbon (" + unit + ")");
    } else if (!what.isEmpty() && substance != null && !substance.code().equalsIgnoreCase(what)) {
      throw new IllegalArgumentException(
          id + ": unit " + unit + " weighs " + what + " but the row is for " + substance.code());
    }
  }

  /** Whether this version withdraws its id (see {@link #WITHDRAWN}). */
  public boolean withdrawn() {
    return Double.isNaN(value);
  }

  /** The value converted to {@code numerator/denominator} (denominator null for plain units). */
  public double valueIn(Unit numerator, Unit denominator) {
    return value * unit.factorTo(numerator, denominator);
  }

  /** For parameters without a denominator: the value as a pure number (a % becomes a fraction). */
  public double asFraction() {
    if (unit.numerator().dimension() != Dimension.NONE) {
      throw new IllegalStateException(id + " is not dimensionless");
    }
    return value * unit.numerator().toBase();
  }

  /**
   * The denominator dimension, which decides which activity quantity the value is multiplied with.
   */
  public Dimension perDimension() {
    return unit.denominator() == null ? Dimension.NONE : unit.denominator().dimension();
  }

  public boolean validIn(int year) {
    return (yearFrom == null || yearFrom <= year) && (yearTo == null || year <= yearTo);
  }

  /** Years between {@code year} and this parameter's validity; 0 when valid. */
  public int yearDistance(int year) {
    if (yearFrom != null && year < yearFrom) {
      return yearFrom - year;
    }
    if (yearTo != null && year > yearTo) {
      return year - yearTo;
    }
    return 0;
  }

  /** {@code id@version}, how results pin the parameters they used. */
  public String key() {
    return id + "@" + version;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
