/**
 * Who is calling: login, signed bearer tokens, roles ({@code authority}, {@code enterprise}, {@code
 * public}) and tenancy (an authority sees its jurisdiction, an enterprise only itself).
 */
package org.cocontrol.server.auth;
