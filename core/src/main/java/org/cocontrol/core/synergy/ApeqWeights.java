package org.cocontrol.core.synergy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocontrol.core.comparison.Basis;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.PollutionEquivalent;
import org.cocontrol.core.substance.Substance;

/**
 * The weights of the air-pollutant equivalent (APeq, 大气污染物当量; methods-china §5.1): APeq = Σ w_j ×
 * E_j over the pollutants that have a weight, in tonnes of the reference pollutant (SO2 in the
 * shipped set). A pollutant without a weight does not enter APeq.
 */
public record ApeqWeights(List<Weight> weights) {

  /**
   * The weight of one pollutant.
   *
   * @param value tonnes of APeq per tonne of the pollutant, ≥ 0
   * @param basis how the value was obtained, e.g. {@code 0.95 kg (二氧化硫) / 2.18 kg (烟尘)}
   * @param document where the value or its inputs come from
   */
  public record Weight(
      Substance substance, double value, String basis, String document, Verification tag) {
    public Weight {
      Objects.requireNonNull(substance, "substance");
      Objects.requireNonNull(tag, "tag");
      basis = basis == null ? "" : basis;
      document = document == null ? "" : document;
      if (substance.isGreenhouseGas()) {
        throw new IllegalArgumentException(
            substance.code() + " is a greenhouse gas, not an air pollutant: it has no APeq weight");
      }
      if (!Double.isFinite(value) || value < 0) {
        throw new IllegalArgumentException(
            "the APeq weight of "
                + substance.code()
                + " must be a finite number ≥ 0, got "
                + value);
      }
    }

    public static Weight of(
        Substance substance, double value, String basis, String document, Verification tag) {
      return new Weight(substance, value, basis, document, tag);
    }

    /**
     * A weight from pollution-equivalent values (污染当量值), normalised to a reference pollutant: w =
     * value(reference) / value(pollutant), so one tonne of the pollutant weighs as many tonnes of
     * the reference as it has pollution equivalents relative to it (SO2 0.95 kg, 烟尘 2.18 kg → PM
     * 0.95/2.18).
     *
     * @param tag the tag of the weight as used here (the weighting scheme itself is unverified,
     *     methods-china §5.1)
     */
    public static Weight fromEquivalents(
        PollutionEquivalent reference, PollutionEquivalent pollutant, Verification tag) {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(pollutant, "pollutant");
      if (pollutant.substance() == null) {
        throw new IllegalArgumentException(
            "pollution-equivalent row " + pollutant.nameZh() + " has no substance code");
      }
      return new Weight(
          pollutant.substance(),
          reference.valueKg() / pollutant.valueKg(),
          fmt(reference.valueKg())
              + " kg ("
              + reference.nameZh()
              + ") / "
              + fmt(pollutant.valueKg())
              + " kg ("
              + pollutant.nameZh()
              + ")",
          pollutant.document(),
          tag);
    }

    private static String fmt(double v) {
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
  }

  public ApeqWeights {
    weights = List.copyOf(weights);
    Set<Substance> seen = EnumSet.noneOf(Substance.class);
    for (Weight w : weights) {
      if (!seen.add(w.substance())) {
        throw new IllegalArgumentException("two APeq weights for " + w.substance().code());
      }
    }
  }

  public static ApeqWeights of(List<Weight> weights) {
    return new ApeqWeights(weights);
  }

  /** The weight of a pollutant; 0 when it has none. */
  public double weight(Substance s) {
    for (Weight w : weights) {
      if (w.substance() == s) {
        return w.value();
      }
    }
    return 0;
  }

  public boolean covers(Substance s) {
    return weights.stream().anyMatch(w -> w.substance() == s);
  }

  /** Σ w_j × tonnes_j over the substances given that have a weight, in tonnes of APeq. */
  public double apeq(Map<Substance, Double> tonnes) {
    return basis().amount(tonnes);
  }

  /** APeq as a basis whose coverage a comparison between years states ({@code APEQ}, 大气污染物当量). */
  public Basis basis() {
    Map<Substance, Double> w = new EnumMap<>(Substance.class);
    weights.forEach(x -> w.put(x.substance(), x.value()));
    return new Basis("APEQ", "大气污染物当量", "APeq", w);
  }
}
