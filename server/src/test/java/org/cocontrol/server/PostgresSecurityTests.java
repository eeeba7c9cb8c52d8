package org.cocontrol.server;

@PostgresApiServer
class PostgresSecurityTests extends SecurityContract {}
