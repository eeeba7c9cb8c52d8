package org.cocontrol.core.energybalance;

import java.util.List;
import java.util.Optional;
import org.cocontrol.core.parameter.ParameterKind;
import org.cocontrol.core.parameter.ParameterQuery;
import org.cocontrol.core.parameter.ParameterRegistry;
import org.cocontrol.core.parameter.ResolvedParameter;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.unit.Dimension;
import org.cocontrol.core.unit.Unit;

/**
 * One fuel's factors, the same for both approaches (so their difference comes from the flows only).
 *
 * @param ncv GJ per base unit of the column's dimension (GJ/t or GJ/m3)
 * @param carbonContent tC/GJ
 * @param oxidation fraction
 * @param used the parameters, {@code NCV=id@version} …, as the ledger names them
 */
public record FuelFactors(double ncv, double carbonContent, double oxidation, List<String> used) {

  public FuelFactors {
    used = List.copyOf(used);
  }

  /** tCO2 per base unit (t or m3): NCV × CC × OF × 44/12. */
  public double co2PerUnit() {
    return ncv * carbonContent * oxidation * 44.0 / 12.0;
  }

  /** tC per base unit before oxidation: NCV × CC. */
  public double carbonPerUnit() {
    return ncv * carbonContent;
  }

  /**
   * The registry's national-scheme (general) NCV per {@code per} (mass or volume), carbon content
   * and oxidation of a project activity for a region and year, by the registry's own precedence;
   * empty when any of the three is missing.
   */
  public static Optional<FuelFactors> resolve(
      ParameterRegistry registry, String activity, Dimension per, Adcode region, int year) {
    ParameterQuery q =
        new ParameterQuery(
            ParameterKind.NCV,
            null,
            activity,
            null,
            null,
            null,
            region.toString(),
            null,
            year,
            Scheme.GENERAL);
    Unit base = per == Dimension.MASS ? Unit.T : per == Dimension.VOLUME ? Unit.M3 : null;
    if (base == null) {
      return Optional.empty();
    }
    Optional<ResolvedParameter> ncv = registry.resolve(q, p -> p.perDimension() == per);
    Optional<ResolvedParameter> cc = registry.resolve(q.withKind(ParameterKind.CARBON_CONTENT));
    Optional<ResolvedParameter> of = registry.resolve(q.withKind(ParameterKind.OXIDATION));
    if (ncv.isEmpty() || cc.isEmpty() || of.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FuelFactors(
            ncv.get().parameter().valueIn(Unit.GJ, base),
            cc.get().parameter().valueIn(Unit.T, Unit.GJ),
            of.get().parameter().asFraction(),
            List.of(
                "NCV=" + ncv.get().parameter().key(),
                "CC=" + cc.get().parameter().key(),
                "OF=" + of.get().parameter().key())));
  }

  /**
   * The factors of every carbon fuel column of a table that has a project activity and a mass or
   * volume unit, for the table's region and year; a fuel left out is a gap.
   */
  public static java.util.Map<String, FuelFactors> forTable(
      ParameterRegistry registry, EnergyBalance table) {
    java.util.Map<String, FuelFactors> out = new java.util.LinkedHashMap<>();
    for (EnergyBalance.Column c : table.columns()) {
      if (c.fuel().carbon() && c.fuel().activity() != null) {
        resolve(registry, c.fuel().activity(), c.unit().dimension(), table.region(), table.year())
            .ifPresent(f -> out.put(c.fuel().code(), f));
      }
    }
    return out;
  }
}
