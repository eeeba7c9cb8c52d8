package org.cocontrol.core.reporting;

import org.cocontrol.core.accounting.RecordResult;

/** The accounted result of one monthly entry: which facility and month, and its emission lines. */
public record ReportLine(String facility, int month, RecordResult result) {}
