/** Waste sector models (IPCC 2006 Vol.5): the first-order decay of landfilled organic carbon. */
package org.cocontrol.core.waste;
