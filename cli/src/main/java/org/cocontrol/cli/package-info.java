/**
 * The {@code cocontrol} command line: account activity files, build inventories, browse parameters
 * and codes.
 */
package org.cocontrol.cli;
