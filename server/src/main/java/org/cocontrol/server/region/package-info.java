/** The GB/T 2260 region tree over the API. */
package org.cocontrol.server.region;
