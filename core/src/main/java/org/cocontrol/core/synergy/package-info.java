/**
 * Synergy evaluation (减污降碳协同增效评价): whether a measure, a region's change between two years, or an
 * entity's indicator profile cuts air pollutants and CO2 together.
 *
 * <ul>
 *   <li>Measures: reductions per substance, the co-control coordinate quadrant, the
 *       cross-elasticity of each pollutant against CO2, the reduction in air-pollutant equivalents
 *       (APeq) and costs per tonne ({@link org.cocontrol.core.synergy.MeasureEvaluator}); a measure
 *       may be given as emissions before and after, or as activity records accounted before and
 *       after ({@link org.cocontrol.core.synergy.MeasureAccounting}), which brings control side
 *       effects (FGD CO2, SCR ammonia, control electricity) onto the ledger.
 *   <li>Regions over time: the same metrics for two inventory years, for the region and by source
 *       ({@link org.cocontrol.core.synergy.RegionSynergy}).
 *   <li>Indicator systems: normalisation, weighting (equal, expert, entropy, CRITIC, AHP) and
 *       aggregation into a synergy index with ranks and shortfalls ({@link
 *       org.cocontrol.core.synergy.SynergyIndex}); the two-system coupling coordination degree
 *       ({@link org.cocontrol.core.synergy.Coupling}).
 *   <li>Zhejiang-style carbon-efficiency grading of enterprises ({@link
 *       org.cocontrol.core.synergy.CarbonEfficiency}).
 * </ul>
 *
 * <p>Every weight, threshold, band and reference value is an argument (a record loaded from the
 * reference module with its source and verification tag), never a constant here.
 */
package org.cocontrol.core.synergy;
