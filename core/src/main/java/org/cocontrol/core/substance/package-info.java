/**
 * Substances (greenhouse gases, F-gases, air pollutants), GWP sets and CO2 equivalent kept apart
 * from masses.
 */
package org.cocontrol.core.substance;
