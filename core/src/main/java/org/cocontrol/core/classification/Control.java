package org.cocontrol.core.classification;

import java.util.List;
import java.util.Objects;
import org.cocontrol.core.substance.Substance;

/**
 * An end-of-pipe or combustion control technology. A user-given efficiency applies to its primary
 * substance; its effect on other substances (co-benefits) comes from the parameter registry.
 */
public record Control(
    String code, String nameZh, String nameEn, Substance primarySubstance, List<String> aliases) {

  public Control {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(primarySubstance, "primarySubstance");
    aliases = List.copyOf(aliases);
  }
}
