/**
 * {@code /api/v1/plans}: the co-control plans as living data — their items, tasks and indicators
 * (public documents, open to all), and the progress recorded against them (values, completed
 * targets, trajectories, task reports with evidence), statuses, roll-ups, comparisons and
 * assessments (authorities, within their jurisdiction).
 */
package org.cocontrol.server.plan;
