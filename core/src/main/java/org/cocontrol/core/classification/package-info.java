/**
 * The one source classification (mapped to IPCC 2006, GB/T 4754-2017 and the pollutant census),
 * activities and controls.
 */
package org.cocontrol.core.classification;
