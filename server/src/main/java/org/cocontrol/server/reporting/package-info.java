/**
 * Enterprise reporting and third-party verification (issue 11): reports computed from the year's
 * monthly data entered once, submitted versions, verifiers' findings and conclusions, the
 * authority's confirmation, overview, random samples and verifiers' records.
 */
package org.cocontrol.server.reporting;
