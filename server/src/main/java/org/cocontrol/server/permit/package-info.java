/**
 * Facilities and discharge permits (排污许可证). In branch {@code server} only the placeholder the
 * reports call; branch {@code permits} brings the registry itself.
 */
package org.cocontrol.server.permit;
