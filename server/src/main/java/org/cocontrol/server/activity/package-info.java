/**
 * Reporting activity data: upload (CSV, xlsx or JSON), validation, accounting and storage in one
 * go.
 */
package org.cocontrol.server.activity;
