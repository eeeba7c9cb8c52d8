package org.cocontrol.core.reporting;

/** How much a failed check weighs: an error blocks submission, a warning must be explained. */
public enum Severity {
  ERROR,
  WARNING;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
