/**
 * Persistence: the Flyway migrations (one set for H2 and PostgreSQL) and jOOQ stores that read and
 * write core records. No framework: each store takes a jOOQ {@code DSLContext}.
 */
package org.cocontrol.store;
