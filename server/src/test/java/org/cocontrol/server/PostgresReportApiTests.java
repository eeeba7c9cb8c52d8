package org.cocontrol.server;

/** Reports and verification on a real PostgreSQL ({@link TestPostgres}). */
@PostgresApiServer
class PostgresReportApiTests extends ReportApiContract {}
