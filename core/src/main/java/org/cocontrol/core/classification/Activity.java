package org.cocontrol.core.classification;

import java.util.List;
import java.util.Objects;
import org.cocontrol.core.unit.Unit;

/**
 * A kind of activity data: a fuel, a product, electricity or heat, livestock, land.
 *
 * @param code the project code ({@code raw_coal})
 * @param aliases other names users write, Chinese first ({@code 原煤})
 * @param state SOLID, LIQUID, GAS or empty, for fuels
 * @param defaultUnit the unit the activity is usually reported in
 * @param factorActivity the activity whose factors apply when they are shared (exported and
 *     purchased electricity both use the grid factor of {@code electricity}); the code itself
 *     otherwise
 */
public record Activity(
    String code,
    String nameZh,
    String nameEn,
    List<String> aliases,
    ActivityKind kind,
    String state,
    Unit defaultUnit,
    String factorActivity) {

  public Activity {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defaultUnit, "defaultUnit");
    aliases = List.copyOf(aliases);
    state = state == null ? "" : state;
    factorActivity = factorActivity == null || factorActivity.isBlank() ? code : factorActivity;
  }

  public boolean isSolid() {
    return state.equals("SOLID");
  }

  public boolean isCoal() {
    return kind == ActivityKind.FOSSIL_FUEL && isSolid() && !code.equals("coke");
  }
}
