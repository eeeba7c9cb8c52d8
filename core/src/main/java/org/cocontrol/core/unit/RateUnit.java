package org.cocontrol.core.unit;

import java.util.Objects;
import java.util.Optional;

/**
 * The unit of a parameter: a numerator over an optional denominator, e.g. {@code tC/GJ}, {@code
 * kg/TJ}, {@code tCO2/MWh}, {@code GJ/万Nm3}, {@code fraction}. A mass numerator may name what is
 * weighed ({@code tC}, {@code tCO2}, {@code kgCH4}); CO2-equivalent numerators ({@code tCO2e}) are
 * refused, because parameters are per substance and CO2e depends on a GWP set chosen per report.
 *
 * @param numerator the numerator unit
 * @param numeratorSubstance what the numerator weighs ({@code C}, {@code CO2}, ...), or empty
 * @param denominator the denominator unit, or null for a plain unit such as {@code fraction} or
 *     {@code kg}
 */
public record RateUnit(Unit numerator, String numeratorSubstance, Unit denominator) {

  public RateUnit {
    Objects.requireNonNull(numerator, "numerator");
    numeratorSubstance = numeratorSubstance == null ? "" : numeratorSubstance;
  }

  public static RateUnit of(Unit numerator, Unit denominator) {
    return new RateUnit(numerator, "", denominator);
  }

  /** Reads a unit such as {@code tC/GJ}; empty when it is not understood. */
  public static Optional<RateUnit> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip();
    int slash = s.indexOf('/');
    String num = slash < 0 ? s : s.substring(0, slash).strip();
    Unit den = null;
    if (slash >= 0) {
      Optional<Unit> d = Unit.parse(s.substring(slash + 1));
      if (d.isEmpty() || d.get().dimension() == Dimension.NONE) {
        return Optional.empty();
      }
      den = d.get();
    }
    Optional<Unit> plain = Unit.parse(num);
    if (plain.isPresent()) {
      return Optional.of(new RateUnit(plain.get(), "", den));
    }
    // A mass unit followed by a chemical formula: tC, tCO2, kgCH4, gN2O, kgNH3.
    for (Unit mass : new Unit[] {Unit.KG, Unit.G, Unit.T}) {
      String sym = mass.symbol();
      if (num.startsWith(sym)
          && num.length() > sym.length()
          && Character.isUpperCase(num.charAt(sym.length()))) {
        String what = num.substring(sym.length());
        if (what.endsWith("e") || what.endsWith("eq") || what.endsWith("当量")) {
          return Optional.empty();
        }
        return Optional.of(new RateUnit(mass, what, den));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the numerator is CO2 equivalent, which {@link #parse} never produces; kept for loaders'
   * messages.
   */
  public static boolean isCo2eUnit(String text) {
    String num = text == null ? "" : text.split("/")[0].strip();
    return num.matches("(t|kg|g)CO2(e|eq|-eq|当量)");
  }

  /**
   * The factor that converts a value in this unit into a value in {@code num/den}. Throws when the
   * dimensions differ.
   */
  public double factorTo(Unit num, Unit den) {
    double f = numerator.factorTo(num);
    if (den == null && denominator == null) {
      return f;
    }
    if (den == null || denominator == null) {
      throw new IllegalArgumentException(
          "cannot convert "
              + this
              + " to "
              + num.symbol()
              + (den == null ? "" : "/" + den.symbol()));
    }
    // value [num_a / den_a] = value × (num_a→num_b) / (den_a→den_b)
    return f / denominator.factorTo(den);
  }

  @Override
  public String toString() {
    return numerator.symbol()
        + numeratorSubstance
        + (denominator == null ? "" : "/" + denominator.symbol());
  }
}
