/**
 * A co-control plan's quantitative indicators followed over time (定期调度) and assessed (考核).
 *
 * <ul>
 *   <li>{@link org.cocontrol.core.plan.Target}: what an indicator asks for — its kind (reduction
 *       versus a base year, a level to reach or to stay below, an amount, a count, a level to hold,
 *       or a figure inherited from the level above) and the level that meets it.
 *   <li>{@link org.cocontrol.core.plan.ProgressTracker}: the expected value on the trajectory, the
 *       value projected for the target year from the trend, and the status (on track, at risk, off
 *       track, achieved, no data) for a year.
 *   <li>{@link org.cocontrol.core.plan.Assessment}: a scoring scheme (weights, a rule per kind,
 *       veto items, grade bands) applied to indicator statuses and task progress.
 *   <li>{@link org.cocontrol.core.plan.RollUp}: lower regions' progress on one indicator rolled up
 *       for the level above.
 * </ul>
 *
 * <p>Values are plain numbers in the indicator's own unit, as written in the plan; nothing here
 * converts.
 */
package org.cocontrol.core.plan;
