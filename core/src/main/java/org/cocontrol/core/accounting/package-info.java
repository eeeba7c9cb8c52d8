/**
 * Accounting of activity records into greenhouse gases and air pollutants, each line with its
 * method and parameters.
 */
package org.cocontrol.core.accounting;
