package org.cocontrol.server;

@H2ApiServer
class H2SecurityTests extends SecurityContract {}
