package org.cocontrol.core.accounting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;

/**
 * One row of activity data: who (entity), where (adcode), when (year), which source, what activity
 * and how much, plus whatever the reporter measured. Optional fields are null when not given.
 *
 * @param source a project source code or an IPCC 2006 category code
 * @param activity an activity code or name ({@code raw_coal}, {@code 原煤})
 * @param ncv measured net calorific value ({@code GJ/t}, {@code GJ/万Nm3}, {@code kJ/kg})
 * @param carbonContent measured carbon content, per energy ({@code tC/GJ}) or as-received per mass
 *     ({@code tC/t})
 * @param oxidation measured carbon oxidation rate, a fraction
 * @param sulfurPct sulfur content, as-received mass percent
 * @param ashPct ash content, as-received mass percent
 * @param volatilePct volatile matter, mass percent (kept for the record; no default method uses it
 *     yet)
 * @param measuredTonnes emissions measured (e.g. by CEMS), in tonnes, which override calculated
 *     ones
 * @param vocContentPct VOC content of a solvent-containing product as used (coating, ink,
 *     adhesive), mass percent; lowering it is how low-VOC substitution is stated
 */
public record ActivityRecord(
    String recordId,
    String entityId,
    Adcode region,
    int year,
    String source,
    String activity,
    double amount,
    Unit unit,
    RateValue ncv,
    RateValue carbonContent,
    Double oxidation,
    Double sulfurPct,
    Double ashPct,
    Double volatilePct,
    List<ControlSpec> controls,
    String technology,
    Map<Substance, Double> measuredTonnes,
    Double vocContentPct) {

  public ActivityRecord {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(unit, "unit");
    entityId = entityId == null ? "" : entityId;
    technology = technology == null || technology.isBlank() ? null : technology.strip();
    controls = controls == null ? List.of() : List.copyOf(controls);
    measuredTonnes =
        measuredTonnes == null || measuredTonnes.isEmpty()
            ? Map.of()
            : Map.copyOf(new EnumMap<>(measuredTonnes));
    if (!Double.isFinite(amount) || amount < 0) {
      throw new IllegalArgumentException("amount must be a finite number ≥ 0, got " + amount);
    }
    if (year < 1900 || year > 2100) {
      throw new IllegalArgumentException("year must be between 1900 and 2100, got " + year);
    }
    if (oxidation != null && !(oxidation > 0 && oxidation <= 1)) {
      throw new IllegalArgumentException(
          "oxidation must be a fraction in (0, 1], got " + oxidation);
    }
    for (Double pct : new Double[] {sulfurPct, ashPct, volatilePct, vocContentPct}) {
      if (pct != null && !(pct >= 0 && pct <= 100)) {
        throw new IllegalArgumentException(
            "a content in mass percent must be between 0 and 100, got " + pct);
      }
    }
    for (Map.Entry<Substance, Double> m : measuredTonnes.entrySet()) {
      if (m.getValue() == null || !Double.isFinite(m.getValue()) || m.getValue() < 0) {
        throw new IllegalArgumentException(
            "measured " + m.getKey().code() + " must be a number ≥ 0");
      }
    }
  }

  /** The same record with another amount, for computing per-unit coefficients. */
  public ActivityRecord withAmount(double newAmount) {
    return copy(newAmount, carbonContent);
  }

  /**
   * The same record with another measured carbon content (null: none, so the registry's default
   * applies), as a report's rule on measured months requires.
   */
  public ActivityRecord withCarbonContent(RateValue newCarbonContent) {
    return copy(amount, newCarbonContent);
  }

  private ActivityRecord copy(double newAmount, RateValue newCarbonContent) {
    return new ActivityRecord(
        recordId,
        entityId,
        region,
        year,
        source,
        activity,
        newAmount,
        unit,
        ncv,
        newCarbonContent,
        oxidation,
        sulfurPct,
        ashPct,
        volatilePct,
        controls,
        technology,
        measuredTonnes,
        vocContentPct);
  }

  public static Builder builder(String recordId) {
    return new Builder(recordId);
  }

  /** Builds a record field by field; used by tests and importers. */
  public static final class Builder {
    private final String recordId;
    private String entityId = "";
    private Adcode region;
    private int year;
    private String source;
    private String activity;
    private double amount;
    private Unit unit;
    private RateValue ncv;
    private RateValue carbonContent;
    private Double oxidation;
    private Double sulfurPct;
    private Double ashPct;
    private Double volatilePct;
    private Double vocContentPct;
    private List<ControlSpec> controls = List.of();
    private String technology;
    private final Map<Substance, Double> measured = new EnumMap<>(Substance.class);

    private Builder(String recordId) {
      this.recordId = recordId;
    }

    public Builder entity(String v) {
      entityId = v;
      return this;
    }

    public Builder region(Adcode v) {
      region = v;
      return this;
    }

    public Builder region(int adcode) {
      region = Adcode.of(adcode);
      return this;
    }

    public Builder year(int v) {
      year = v;
      return this;
    }

    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder activity(String code, double amountValue, Unit amountUnit) {
      activity = code;
      amount = amountValue;
      unit = amountUnit;
      return this;
    }

    public Builder ncv(RateValue v) {
      ncv = v;
      return this;
    }

    public Builder carbonContent(RateValue v) {
      carbonContent = v;
      return this;
    }

    public Builder oxidation(Double v) {
      oxidation = v;
      return this;
    }

    public Builder sulfurPct(Double v) {
      sulfurPct = v;
      return this;
    }

    public Builder ashPct(Double v) {
      ashPct = v;
      return this;
    }

    public Builder volatilePct(Double v) {
      volatilePct = v;
      return this;
    }

    public Builder vocContentPct(Double v) {
      vocContentPct = v;
      return this;
    }

    public Builder controls(List<ControlSpec> v) {
      controls = v;
      return this;
    }

    public Builder controls(String... codes) {
      controls = java.util.Arrays.stream(codes).map(ControlSpec::of).toList();
      return this;
    }

    public Builder technology(String v) {
      technology = v;
      return this;
    }

    public Builder measured(Substance s, double tonnes) {
      measured.put(s, tonnes);
      return this;
    }

    public ActivityRecord build() {
      return new ActivityRecord(
          recordId,
          entityId,
          region,
          year,
          source,
          activity,
          amount,
          unit,
          ncv,
          carbonContent,
          oxidation,
          sulfurPct,
          ashPct,
          volatilePct,
          controls,
          technology,
          measured,
          vocContentPct);
    }
  }
}
