package org.cocontrol.core.energybalance;

import static org.cocontrol.core.energybalance.BalanceRow.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.energybalance.BalanceResult.Cause;
import org.cocontrol.core.energybalance.BalanceResult.Explanation;
import org.cocontrol.core.energybalance.BalanceResult.Gap;
import org.cocontrol.core.energybalance.BalanceResult.GapReason;
import org.cocontrol.core.energybalance.BalanceResult.ReferenceLine;
import org.cocontrol.core.energybalance.BalanceResult.SectoralLine;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.unit.Dimension;

/**
 * The reference and sectoral approaches over one energy balance table (IPCC 2006 Vol. 2 Ch. 6 and
 * Ch. 2), with the same factors for both.
 *
 * <p>Per fuel, with e = NCV × CC × OF × 44/12 (tCO2 per t or m3) and c = NCV × CC (tC per t or m3),
 * amounts in base units (the column's unit × its size):
 *
 * <ul>
 *   <li>apparent consumption AC = production (primary fuels only) + 调入 + 进口 − 调出 − 出口 −
 *       境外轮船和飞机在境内的加油量 + 库存增(-)减(+) as printed;
 *   <li>reference CO2 = (AC × c − NEU × c) × OF × 44/12, NEU the industry's 用作原料、材料 (carbon
 *       excluded, Eq. 6.1);
 *   <li>sectoral CO2 = (火力发电 and 供热 inputs + Σ final sectors − NEU) × e; the other transformation
 *       rows (coking, refining …) are not combustion;
 *   <li>the difference AC − NEU − burned = losses + (−other transformation, net) + statistical
 *       difference + (−bunkers abroad − secondary production), each × e: the explanation lines add
 *       up to the difference exactly, whatever the table's own 平衡差额 row says (the statistical
 *       difference is recomputed from the table: supply + transformation − losses − final
 *       consumption).
 * </ul>
 */
public final class BalanceAccounts {

  private BalanceAccounts() {}

  /**
   * @param factors per fuel code, the factors of its project activity in its column's dimension; a
   *     carbon fuel without factors is a gap
   */
  public static BalanceResult compute(
      EnergyBalance table, BalanceLabels labels, Map<String, FuelFactors> factors) {
    List<ReferenceLine> reference = new ArrayList<>();
    List<SectoralLine> sectoral = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    CompensatedSum referenceT = new CompensatedSum();
    CompensatedSum sectoralT = new CompensatedSum();
    Map<Cause, CompensatedSum> causes = new EnumMap<>(Cause.class);
    Map<Cause, Map<String, Double>> causesByFuel = new EnumMap<>(Cause.class);
    for (Cause c : Cause.values()) {
      causes.put(c, new CompensatedSum());
      causesByFuel.put(c, new LinkedHashMap<>());
    }
    for (EnergyBalance.Column col : table.columns()) {
      BalanceFuel fuel = col.fuel();
      if (!fuel.carbon()) {
        continue;
      }
      String f = fuel.code();
      Flows q = flows(table, fuel);
      FuelFactors ff = factors.get(f);
      GapReason gap =
          fuel.activity() == null
              ? GapReason.NO_ACTIVITY
              : col.unit().dimension() == Dimension.ENERGY
                  ? GapReason.UNIT
                  : ff == null ? GapReason.NO_FACTORS : null;
      if (gap != null) {
        if (q.apparent != 0 || q.burned() != 0) {
          gaps.add(new Gap(f, fuel.nameZh(), col.unit(), gap, q.apparent, q.burned()));
        }
        continue;
      }
      double size = col.unit().toBase();
      // tC per column unit; tCO2 per column unit
      double c = ff.carbonPerUnit() * size;
      double e = ff.co2PerUnit() * size;
      double carbon = q.apparent * c;
      double excluded = q.feedstock * c;
      double co2 = (carbon - excluded) * ff.oxidation() * 44.0 / 12.0;
      if (q.apparent != 0 || q.feedstock != 0) {
        reference.add(
            new ReferenceLine(
                f,
                fuel.nameZh(),
                col.unit(),
                q.apparent,
                q.feedstock,
                carbon,
                excluded,
                co2,
                ff.used()));
        referenceT.add(co2);
      }
      for (Map.Entry<BalanceRow, Double> b : q.burnedByRow.entrySet()) {
        if (b.getValue() != 0) {
          double t = b.getValue() * e;
          sectoral.add(
              new SectoralLine(
                  b.getKey(), labels.row(b.getKey()).nameZh(), f, fuel.nameZh(), b.getValue(), t));
          sectoralT.add(t);
        }
      }
      explain(causes, causesByFuel, Cause.LOSSES, f, q.loss * e);
      explain(causes, causesByFuel, Cause.TRANSFORMATION, f, -q.otherTransformation * e);
      explain(causes, causesByFuel, Cause.STATISTICAL_DIFFERENCE, f, q.statisticalDifference * e);
      explain(
          causes,
          causesByFuel,
          Cause.BUNKERS_ABROAD_AND_SECONDARY_PRODUCTION,
          f,
          -(q.bunkerAbroad + q.secondaryProduction) * e);
      explain(causes, causesByFuel, Cause.NON_ENERGY_USE, f, q.feedstock * e);
    }
    List<Explanation> explanations = new ArrayList<>();
    for (Cause c : Cause.values()) {
      explanations.add(
          new Explanation(
              c, causes.get(c).value(), causesByFuel.get(c), c == Cause.NON_ENERGY_USE));
    }
    return new BalanceResult(
        table.region(),
        table.year(),
        reference,
        sectoral,
        referenceT.value(),
        sectoralT.value(),
        explanations,
        gaps);
  }

  private static void explain(
      Map<Cause, CompensatedSum> causes,
      Map<Cause, Map<String, Double>> byFuel,
      Cause cause,
      String fuel,
      double t) {
    if (t != 0) {
      causes.get(cause).add(t);
      byFuel.get(cause).merge(fuel, t, Double::sum);
    }
  }

  /** One fuel's flows in its column's unit. */
  private static final class Flows {
    double apparent;
    double feedstock;
    double loss;
    double otherTransformation;
    double statisticalDifference;
    double bunkerAbroad;
    double secondaryProduction;
    final Map<BalanceRow, Double> burnedByRow = new LinkedHashMap<>();

    double burned() {
      double s = 0;
      for (double v : burnedByRow.values()) {
        s += v;
      }
      return s;
    }
  }

  private static Flows flows(EnergyBalance t, BalanceFuel fuel) {
    String f = fuel.code();
    Flows q = new Flows();
    double production = t.value(PRODUCTION, f);
    double trade =
        t.signed(INFLOW, f)
            + t.signed(IMPORT, f)
            + t.signed(OUTFLOW, f)
            + t.signed(EXPORT, f)
            + t.signed(BUNKER_FOREIGN, f)
            + t.signed(STOCK_CHANGE, f);
    q.apparent = (fuel.primary() ? production : 0) + trade;
    q.secondaryProduction = fuel.primary() ? 0 : production;
    q.bunkerAbroad = t.value(BUNKER_ABROAD, f);
    double supply = production + trade + q.bunkerAbroad;
    double transformation = 0;
    for (BalanceRow r : BalanceRow.values()) {
      if (r.section() == Section.TRANSFORMATION && r != TRANSFORMATION_TOTAL) {
        transformation += t.value(r, f);
      }
    }
    double power = t.value(THERMAL_POWER, f);
    double heat = t.value(HEATING, f);
    q.otherTransformation = transformation - power - heat;
    q.feedstock = t.value(FEEDSTOCK, f);
    q.loss = t.value(LOSS, f);
    // inputs are printed negative: the fuel burned is their opposite
    q.burnedByRow.put(THERMAL_POWER, -power);
    q.burnedByRow.put(HEATING, -heat);
    double finalUse = 0;
    for (BalanceRow r : FINAL_SECTORS) {
      double v =
          r == RESIDENTIAL && !t.has(RESIDENTIAL)
              ? t.value(RESIDENTIAL_URBAN, f) + t.value(RESIDENTIAL_RURAL, f)
              : t.value(r, f);
      finalUse += v;
      q.burnedByRow.put(r, r == INDUSTRY ? v - q.feedstock : v);
    }
    q.statisticalDifference = supply + transformation - q.loss - finalUse;
    return q;
  }
}
