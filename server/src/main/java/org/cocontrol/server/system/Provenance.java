package org.cocontrol.server.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocontrol.core.accounting.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Turns a stored (compact) provenance back into the full one users read: each {@code [id@version]}
 * gets the parameter's level, verification tag and citation from the registry, as at the time of
 * accounting.
 */
@Component
public class Provenance {

  private static final Pattern KEY =
      Pattern.compile("\\[([^\\]\\s@]+)@(\\d+)( outside-validity)?\\]");

  private final ReferenceData reference;

  public Provenance(ReferenceData reference) {
    this.reference = reference;
  }

  public String expand(String compact) {
    Matcher m = KEY.matcher(compact);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          reference
              .parameters()
              .find(m.group(1), Integer.parseInt(m.group(2)))
              .map(
                  p ->
                      "["
                          + p.key()
                          + " "
                          + p.level()
                          + " "
                          + p.tag()
                          + (m.group(3) == null ? "" : " outside-validity")
                          + ": "
                          + p.citation()
                          + "]")
              .orElse(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
