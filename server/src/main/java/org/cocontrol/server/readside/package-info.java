/**
 * The read path: {@link org.cocontrol.server.readside.ReadSide} gathers the stores' typed rows for
 * a question once and hands them to the core's read model ({@code core.readside}), which holds
 * every rule of the answer; the dashboard, inventory, plan and synergy endpoints ask it and only
 * shape the JSON.
 */
package org.cocontrol.server.readside;
