/** Units and quantities: the one place conversions (t, 万t, GJ, tce, MWh, 万Nm3, ...) are defined. */
package org.cocontrol.core.unit;
