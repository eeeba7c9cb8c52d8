package org.cocontrol.core.waste;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The IPCC first-order decay (FOD) of decomposable degradable organic carbon in a solid waste
 * disposal site (2006 IPCC Guidelines Vol.5 Ch.3, Eq. 3.4–3.5 and Annex 3A.1), year by year, with
 * every intermediate kept. Pure: masses in t of DDOCm, rates per year.
 *
 * <p>With a delay of D months (the IPCC Waste Model's default is 6: decomposition starts on 1
 * January of the year after deposition), M = D + 7 and the part of the deposit year in which the
 * year's own deposit decays is (13 − M)/12:
 *
 * <pre>
 *   decomposed from the deposit_T = DDOCmd_T × (1 − e^(−k_T × (13 − M)/12))
 *   remaining of the deposit_T    = DDOCmd_T × e^(−k_T × (13 − M)/12)
 *   decomposed from earlier_T     = DDOCma_(T−1) × (1 − e^(−k_T))                (Eq. 3.5)
 *   DDOCma_T                      = remaining_T + DDOCma_(T−1) × e^(−k_T)         (Eq. 3.4)
 *   DDOCm decomposed_T            = decomposed from the deposit_T + from earlier_T
 * </pre>
 *
 * With D = 6 the deposit year contributes nothing: DDOCma_T = DDOCmd_T + DDOCma_(T−1) × e^(−k) and
 * decomposed_T = DDOCma_(T−1) × (1 − e^(−k)). CH4 generated = decomposed × F × 16/12 (Eq. 3.6) is
 * applied by the caller, which knows F, recovery and oxidation.
 */
public final class FirstOrderDecay {

  /** The IPCC Waste Model's default delay between deposition and the start of decay, in months. */
  public static final double DEFAULT_DELAY_MONTHS = 6;

  /** Mass ratio CH4/C (16/12), IPCC 2006 Vol.5 Eq. 3.6. */
  public static final double CH4_PER_C = 16.0 / 12.0;

  private FirstOrderDecay() {}

  /**
   * One year of the series: what was deposited (as DDOCm, t) and the decay rate k (per year) that
   * applies in that year.
   */
  public record Input(int year, double ddocmDeposited, double k) {
    public Input {
      if (!Double.isFinite(ddocmDeposited) || ddocmDeposited < 0) {
        throw new IllegalArgumentException("DDOCm deposited must be ≥ 0, got " + ddocmDeposited);
      }
      if (!Double.isFinite(k) || k <= 0) {
        throw new IllegalArgumentException("k must be > 0, got " + k);
      }
    }
  }

  /**
   * One year's state (t DDOCm).
   *
   * @param ddocmaBefore DDOCm accumulated at the end of the previous year
   * @param fromDeposit DDOCm of this year's own deposit decomposed this year
   * @param fromEarlier DDOCm of earlier deposits decomposed this year
   * @param decomposed all DDOCm decomposed this year
   * @param ddocma DDOCm accumulated at the end of this year
   */
  public record Year(
      int year,
      double ddocmDeposited,
      double k,
      double ddocmaBefore,
      double fromDeposit,
      double fromEarlier,
      double decomposed,
      double ddocma) {}

  /**
   * Runs the decay over consecutive years, from nothing accumulated before the first.
   *
   * @param delayMonths 0 to 6 (IPCC Waste Model range); {@link #DEFAULT_DELAY_MONTHS} as the model
   *     does it
   * @throws IllegalArgumentException when the years are not consecutive and ascending
   */
  public static List<Year> run(List<Input> years, double delayMonths) {
    Objects.requireNonNull(years, "years");
    if (!(delayMonths >= 0 && delayMonths <= 6)) {
      throw new IllegalArgumentException("delay must be 0 to 6 months, got " + delayMonths);
    }
    double m = delayMonths + 7;
    double depositYearShare = (13 - m) / 12;
    List<Year> out = new ArrayList<>(years.size());
    double accumulated = 0;
    Integer previous = null;
    for (Input in : years) {
      if (previous != null && in.year() != previous + 1) {
        throw new IllegalArgumentException(
            "years must be consecutive: " + previous + " then " + in.year());
      }
      previous = in.year();
      double keptFromDeposit = Math.exp(-in.k() * depositYearShare);
      double keptFromEarlier = Math.exp(-in.k());
      double fromDeposit = in.ddocmDeposited() * (1 - keptFromDeposit);
      double fromEarlier = accumulated * (1 - keptFromEarlier);
      double next = in.ddocmDeposited() * keptFromDeposit + accumulated * keptFromEarlier;
      out.add(
          new Year(
              in.year(),
              in.ddocmDeposited(),
              in.k(),
              accumulated,
              fromDeposit,
              fromEarlier,
              fromDeposit + fromEarlier,
              next));
      accumulated = next;
    }
    return List.copyOf(out);
  }
}
