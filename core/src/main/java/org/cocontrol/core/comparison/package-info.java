/**
 * Comparisons between two years (missing is not zero): what was reported in both years is compared,
 * what was reported in one year only is set apart and counted, and the comparison says how much of
 * each year it covers.
 *
 * <ul>
 *   <li>A {@link org.cocontrol.core.comparison.ReportingUnit} is what must be present on both
 *       sides: an entity's source for facility data, a reporting region's source for records
 *       without an entity.
 *   <li>{@link org.cocontrol.core.comparison.YearComparison} pairs the units, sums the matched
 *       ones, and states the coverage of each {@link org.cocontrol.core.comparison.Basis} (CO2,
 *       APeq, one substance).
 *   <li>Below the {@link org.cocontrol.core.comparison.CoverageRule}'s share (reference data), the
 *       status is {@link org.cocontrol.core.comparison.ComparisonStatus#INSUFFICIENT_DATA}: no
 *       change, no quadrant is stated.
 * </ul>
 */
package org.cocontrol.core.comparison;
