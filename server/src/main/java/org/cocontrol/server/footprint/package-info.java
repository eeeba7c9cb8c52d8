/**
 * Product carbon footprints and EU CBAM embedded emissions of an enterprise's products, from its
 * ledger (core.footprint): JSON, and the CBAM communication xlsx.
 */
package org.cocontrol.server.footprint;
