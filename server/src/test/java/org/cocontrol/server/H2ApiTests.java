package org.cocontrol.server;

@H2ApiServer
class H2ApiTests extends ApiContract {}
