package org.cocontrol.core.reporting;

import java.util.Objects;
import org.cocontrol.core.parameter.Verification;

/**
 * One threshold of the report checks, as reference data: its id, what it applies to (an activity
 * code, a fuel class {@code coal}/{@code gas}/{@code oil}, or empty for every case), the value and
 * unit, the document it comes from, and how well that was verified.
 */
public record Threshold(
    String id,
    String appliesTo,
    double value,
    String unit,
    String source,
    Verification tag,
    String note) {

  public Threshold {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tag, "tag");
    appliesTo = appliesTo == null ? "" : appliesTo;
    unit = unit == null ? "" : unit;
    source = source == null ? "" : source;
    note = note == null ? "" : note;
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("threshold " + id + " is not a finite number");
    }
  }

  /** {@code value unit [id tag: source]}, as a check's trail names it. */
  public String cite() {
    return id
        + (appliesTo.isEmpty() ? "" : "(" + appliesTo + ")")
        + " ["
        + tag
        + ": "
        + source
        + "]";
  }
}
