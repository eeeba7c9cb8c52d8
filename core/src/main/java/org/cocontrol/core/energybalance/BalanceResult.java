package org.cocontrol.core.energybalance;

import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.unit.Unit;

/**
 * The reference and sectoral approaches' CO2 from one energy balance table, and their difference
 * explained. Amounts of fuel are in the column's unit as printed; CO2 in tonnes, carbon in tonnes
 * C.
 *
 * @param referenceT the reference approach's CO2 over the fuels with factors
 * @param sectoralT the sectoral approach's CO2 over the same fuels
 * @param explanations the lines that make up {@code referenceT − sectoralT}, which they add up to
 *     exactly (to rounding); the non-energy-use line is a memo (deducted in both approaches)
 * @param gaps fuels with carbon whose CO2 could not be estimated (no project activity, no factors,
 *     a unit that is neither mass nor volume) with their consumption: missing, not zero
 */
public record BalanceResult(
    Adcode region,
    int year,
    List<ReferenceLine> reference,
    List<SectoralLine> sectoral,
    double referenceT,
    double sectoralT,
    List<Explanation> explanations,
    List<Gap> gaps) {

  public BalanceResult {
    reference = List.copyOf(reference);
    sectoral = List.copyOf(sectoral);
    explanations = List.copyOf(explanations);
    gaps = List.copyOf(gaps);
  }

  /** {@code referenceT − sectoralT}. */
  public double differenceT() {
    return referenceT - sectoralT;
  }

  /**
   * One fuel in the reference approach (IPCC 2006 Vol. 2 Eq. 6.1).
   *
   * @param apparentConsumption production (primary fuels) + imports (进口, 调入) − exports (出口, 调出) −
   *     international bunkers + stock change as printed (库存增(-)减(+)), in the column's unit
   * @param nonEnergyUse 用作原料、材料, in the column's unit
   * @param carbonT apparent consumption × NCV × CC, tC
   * @param excludedCarbonT non-energy use × NCV × CC, tC
   * @param co2T (carbonT − excludedCarbonT) × OF × 44/12
   * @param factors the parameters used
   */
  public record ReferenceLine(
      String fuel,
      String nameZh,
      Unit unit,
      double apparentConsumption,
      double nonEnergyUse,
      double carbonT,
      double excludedCarbonT,
      double co2T,
      List<String> factors) {
    public ReferenceLine {
      factors = List.copyOf(factors);
    }
  }

  /**
   * Fuel burned in one row (火力发电 and 供热 inputs, a final-consumption sector's use; industry less its
   * non-energy use), in the column's unit, and its CO2.
   */
  public record SectoralLine(
      BalanceRow row,
      String rowNameZh,
      String fuel,
      String fuelNameZh,
      double amount,
      double co2T) {}

  /** What a part of the difference between the two approaches is. */
  public enum Cause {
    /**
     * 平衡差额: supply + transformation − losses − final consumption, as the table's own figures give.
     */
    STATISTICAL_DIFFERENCE,
    /** 损失量: fuel lost in transport and distribution, never burned. */
    LOSSES,
    /**
     * Transformation other than power and heat (炼焦, 炼油, 洗选, 制气 …): carbon of inputs less outputs
     * (losses of coking and refining, not combustion in the sectoral approach).
     */
    TRANSFORMATION,
    /**
     * Supply the reference approach leaves out: fuel bought abroad by the territory's ships and
     * aircraft (境内轮船和飞机在境外的加油量), and production printed for a secondary fuel.
     */
    BUNKERS_ABROAD_AND_SECONDARY_PRODUCTION,
    /** 用作原料、材料: carbon deducted in both approaches (memo, not part of the difference). */
    NON_ENERGY_USE
  }

  /**
   * A part of the difference, tCO2 (at the fuel's factors), in total and by fuel.
   *
   * @param memo true for a line shown for information, not part of the difference
   */
  public record Explanation(Cause cause, double co2T, Map<String, Double> byFuel, boolean memo) {
    public Explanation {
      byFuel = Map.copyOf(byFuel);
    }
  }

  /** Why a fuel has no CO2 here. */
  public enum GapReason {
    /** The fuel has no project activity code (its factors are not in the registry). */
    NO_ACTIVITY,
    /** The registry lacks its NCV, carbon content or oxidation. */
    NO_FACTORS,
    /** Its column is in an energy unit (e.g. tce), which the NCV cannot convert. */
    UNIT
  }

  /**
   * A fuel with carbon that is not estimated.
   *
   * @param apparentConsumption as the reference approach would count it, in the column's unit
   * @param burned as the sectoral approach would count it, in the column's unit
   */
  public record Gap(
      String fuel,
      String nameZh,
      Unit unit,
      GapReason reason,
      double apparentConsumption,
      double burned) {}
}
