/**
 * Synergy evaluation over the API (减污降碳协同评价): measures on the co-control coordinate chart, a
 * region's stored inventory between two years, the synergy index, the coupling coordination degree
 * and the carbon-efficiency grade. The calculations are the core's ({@code
 * org.cocontrol.core.synergy}); the parameters are {@code SynergyReference}'s.
 */
package org.cocontrol.server.synergy;
