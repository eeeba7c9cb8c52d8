/** Wiring: reference data, stores, accounting options and the data directory. */
package org.cocontrol.server.system;
