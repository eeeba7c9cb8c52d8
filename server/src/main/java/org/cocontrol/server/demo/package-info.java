/**
 * The demo region loaded at first start (idempotently): GB/T 2260 regions, the CEADs top-down
 * layer, GPPD power plants and synthetic enterprises accounted through the core, and the demo
 * users.
 */
package org.cocontrol.server.demo;
