package org.cocontrol.core.readside;

/**
 * How much of a source's top-down CO2 the ledger's facilities explain: their direct CO2 over the
 * published amount. The two are never added: the top-down amount already contains the facilities.
 *
 * @param explainedShare {@code bottomUpT / topDownT}; null when the top-down layer has no positive
 *     amount for the source
 */
public record Reconciliation(
    String source, double topDownT, double bottomUpT, Double explainedShare) {

  /**
   * The share of {@code topDown} that {@code bottomUp} explains, or null when there is no positive
   * top-down amount.
   */
  static Double share(double topDown, double bottomUp) {
    return topDown > 0 ? bottomUp / topDown : null;
  }
}
