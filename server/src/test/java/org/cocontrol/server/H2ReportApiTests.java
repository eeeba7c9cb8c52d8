package org.cocontrol.server;

/** Reports and verification on the embedded H2 database. */
@H2ApiServer
class H2ReportApiTests extends ReportApiContract {}
