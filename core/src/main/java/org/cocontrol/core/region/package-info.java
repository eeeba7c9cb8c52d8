/**
 * GB/T 2260 administrative divisions: codes, levels and the county → city → province → nation tree.
 */
package org.cocontrol.core.region;
