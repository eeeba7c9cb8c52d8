package org.cocontrol.core.reporting;

import java.util.Locale;

/** Which report: the annual GHG emission report or the permit execution report (执行报告). */
public enum ReportKind {
  GHG("ghg"),
  PERMIT("permit");

  private final String code;

  ReportKind(String code) {
    this.code = code;
  }

  /** The code in the API and the store. */
  public String code() {
    return code;
  }

  /** The kind with this code, case-insensitive. */
  public static ReportKind of(String code) {
    for (ReportKind k : values()) {
      if (k.code.equals(code == null ? null : code.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown report kind '" + code + "' (ghg or permit)");
  }
}
