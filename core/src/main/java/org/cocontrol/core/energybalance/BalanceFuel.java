package org.cocontrol.core.energybalance;

import java.util.List;
import java.util.Objects;
import org.cocontrol.core.unit.Unit;

/**
 * A fuel column of an energy balance table.
 *
 * @param code the column's own code (e.g. {@code raw_coal}, {@code other_washed_coal})
 * @param nameZh the yearbook's name (原煤)
 * @param aliases other labels meaning the same column (normalised by {@link BalanceLabels})
 * @param activity the project activity code whose NCV, carbon content and oxidation apply; null
 *     when the project has none (the fuel is then a gap, never zero)
 * @param primary whether the fuel is primary (原煤, 原油, 天然气): only a primary fuel's production enters
 *     the reference approach
 * @param carbon whether the fuel carries fossil carbon (false for 热力, 电力, 其他能源)
 * @param unit the unit the yearbooks print the column in, when the table does not say
 */
public record BalanceFuel(
    String code,
    String nameZh,
    List<String> aliases,
    String activity,
    boolean primary,
    boolean carbon,
    Unit unit) {

  public BalanceFuel {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(unit, "unit");
    aliases = List.copyOf(aliases);
    activity = activity == null || activity.isBlank() ? null : activity;
  }
}
