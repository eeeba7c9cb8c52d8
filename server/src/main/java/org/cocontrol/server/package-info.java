/**
 * The Spring Boot application: REST {@code /api/v1}, security, demo data and the packaged web UI.
 */
package org.cocontrol.server;
