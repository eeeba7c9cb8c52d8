package org.cocontrol.core.reporting;

import java.util.Objects;
import org.cocontrol.core.text.Message;

/** A cross-check that fired: its code, severity, bilingual message and exact location. */
public record Check(String code, Severity severity, Message message, Location location) {

  public Check {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    location = location == null ? Location.REPORT : location;
  }

  public boolean blocks() {
    return severity == Severity.ERROR;
  }
}
