package org.cocontrol.core.accounting;

import java.util.Objects;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.substance.GwpSet;

/**
 * Choices an analyst makes for a whole run.
 *
 * @param scheme {@link Scheme#ETS} applies carbon-market rules (ETS grid factor, the power-facility
 *     coal default carbon content) where they exist
 * @param tier {@link Tier#AUTO} uses tier 2 (carbon content) when a carbon content is known and
 *     tier 1 otherwise; the others force one
 * @param gwpSet the GWP set for CO2e
 */
public record AccountingOptions(Scheme scheme, Tier tier, GwpSet gwpSet) {

  /** Which combustion CO2 method to prefer. */
  public enum Tier {
    AUTO,
    TIER1,
    TIER2
  }

  public AccountingOptions {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(gwpSet, "gwpSet");
  }

  public static AccountingOptions defaults() {
    return new AccountingOptions(Scheme.GENERAL, Tier.AUTO, GwpSet.AR5);
  }

  public AccountingOptions withGwp(GwpSet set) {
    return new AccountingOptions(scheme, tier, set);
  }

  public AccountingOptions withScheme(Scheme s) {
    return new AccountingOptions(s, tier, gwpSet);
  }

  public AccountingOptions withTier(Tier t) {
    return new AccountingOptions(scheme, t, gwpSet);
  }
}
