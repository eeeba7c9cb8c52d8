package org.cocontrol.core.accounting;

import java.util.Objects;
import org.cocontrol.core.parameter.Parameter;
import org.cocontrol.core.parameter.ParameterLevel;
import org.cocontrol.core.parameter.ResolvedParameter;
import org.cocontrol.core.parameter.Verification;

/**
 * One value that went into an emission line: what role it played, its value and unit, and where it
 * came from (a registry row pinned as {@code id@version}, or a column of the record itself).
 *
 * @param role what the value is in the formula: {@code NCV}, {@code CC}, {@code OF}, {@code EF},
 *     {@code η(scr)}, ...
 * @param key {@code id@version} of the registry row, or {@code record:<column>} for a record's own
 *     value
 * @param level null for a quantity derived inside the calculation
 * @param outsideValidity whether a registry value was used outside its valid years
 */
public record ParameterUse(
    String role,
    double value,
    String unit,
    String key,
    ParameterLevel level,
    String source,
    Verification tag,
    boolean outsideValidity) {

  public ParameterUse {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
  }

  static ParameterUse of(String role, ResolvedParameter r) {
    Parameter p = r.parameter();
    return new ParameterUse(
        role,
        p.value(),
        p.unit().toString(),
        p.key(),
        p.level(),
        p.citation().toString(),
        p.tag(),
        r.outsideValidity());
  }

  /**
   * A value the record itself supplied (a measured calorific value, a sulfur content, a control
   * efficiency).
   */
  static ParameterUse fromRecord(String role, double value, String unit, String column) {
    return new ParameterUse(
        role,
        value,
        unit,
        "record:" + column,
        ParameterLevel.MEASURED,
        "activity record column " + column,
        null,
        false);
  }

  /**
   * A quantity derived inside the calculation (e.g. the SO2 an FGD removed), shown so the line can
   * be recomputed.
   */
  static ParameterUse derived(String role, double value, String unit) {
    return new ParameterUse(
        role, value, unit, "derived", null, "calculated from the lines above", null, false);
  }

  /**
   * An accounting rule that decided how the line counts (e.g. why it is a memo line); no value of
   * its own.
   */
  public static ParameterUse rule(String text) {
    return new ParameterUse(text, 0, "", RULE, null, "accounting rule", null, false);
  }

  private static final String RULE = "rule";

  @Override
  public String toString() {
    if (key.equals(RULE)) {
      return role;
    }
    StringBuilder b = new StringBuilder();
    b.append(role).append('=').append(format(value)).append(unit.isEmpty() ? "" : " " + unit);
    if (level == null) {
      return b.toString();
    }
    b.append(" [").append(key).append(' ').append(level);
    if (tag != null) {
      b.append(' ').append(tag);
    }
    if (outsideValidity) {
      b.append(" outside-validity");
    }
    if (!key.startsWith("record:")) {
      b.append(": ").append(source);
    }
    return b.append(']').toString();
  }

  /**
   * The value and where it came from, without the citation: {@code NCV=20.908 GJ/t
   * [cn.ncv.raw_coal@1]}. The citation is recoverable from the registry by {@code id@version};
   * stores keep this form.
   */
  public String toCompactString() {
    if (key.equals(RULE)) {
      return role;
    }
    StringBuilder b = new StringBuilder();
    b.append(role).append('=').append(format(value)).append(unit.isEmpty() ? "" : " " + unit);
    if (level != null) {
      b.append(" [").append(key).append(outsideValidity ? " outside-validity" : "").append(']');
    }
    return b.toString();
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
