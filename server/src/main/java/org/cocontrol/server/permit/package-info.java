/**
 * Facilities and pollutant discharge permits (排污许可证) of enterprises: kept by the enterprise (or an
 * authority of its jurisdiction) over the API, validated field by field (HJ 608-2017 numbers and
 * outlet codes), audited in the same transaction, versioned by validity; {@link
 * org.cocontrol.server.permit.PermitRegistry} gives them to reporting as core types, and the permit
 * view puts the permitted tonnes beside the enterprise's carbon emissions.
 */
package org.cocontrol.server.permit;
