package org.cocontrol.server;

/** The API on a real PostgreSQL ({@link TestPostgres}). */
@PostgresApiServer
class PostgresApiTests extends ApiContract {}
