package org.cocontrol.core.accounting;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocontrol.core.substance.Substance;

/**
 * A record's measured emissions as one text, {@code SO2=12.5;PM2.5=1.2} (tonnes, sorted as text),
 * written and read in one place: the ledger stores a record's measured values this way and compares
 * revisions by it.
 */
public final class MeasuredValues {

  private MeasuredValues() {}

  public static String format(Map<Substance, Double> tonnes) {
    // sorted as text, as the ledger has always stored it, so a stored value still equals a
    // re-upload of it
    return tonnes.entrySet().stream()
        .map(e -> e.getKey().code() + "=" + e.getValue())
        .sorted()
        .collect(Collectors.joining(";"));
  }

  /**
   * The values of a text {@link #format} wrote.
   *
   * @throws IllegalArgumentException for text it did not write (an unknown substance, a value that
   *     is not a number)
   */
  public static Map<Substance, Double> parse(String text) {
    Map<Substance, Double> out = new EnumMap<>(Substance.class);
    if (text == null) {
      return out;
    }
    for (String m : text.split(";")) {
      if (m.isBlank()) {
        continue;
      }
      String[] p = m.split("=", -1);
      if (p.length != 2) {
        throw new IllegalArgumentException("measured value '" + m + "' is not SUBSTANCE=tonnes");
      }
      Substance s =
          Substance.parse(p[0])
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown substance in measured value '" + m + "'"));
      out.put(s, Double.parseDouble(p[1]));
    }
    return out;
  }
}
