package org.cocontrol.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.inventory.ActivityColumns;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.region.Regions;
import org.cocontrol.core.unit.Unit;

/**
 * A deterministic stream of realistic national activity records, for benchmarks: every county, the
 * years 2019–2022 and a fixed mix of source types (power plants with and without controls,
 * industrial boilers, households, cement, steel, aluminium, transport, livestock, rice,
 * fertiliser), amounts drawn from a lognormal distribution per type.
 *
 * <p>Records are produced on demand, chunk by chunk into a reused {@link ActivityColumns}, so ten
 * million of them never exist at once. The same seed always gives the same records in the same
 * order, so {@link #replay()} feeds another engine exactly what the kernel saw.
 */
public final class SyntheticActivities {

  /** The first year generated; records spread evenly over four years. */
  public static final int FIRST_YEAR = 2019;

  public static final int YEARS = 4;

  /**
   * One kind of record: what is burned or produced, where, with which technology and controls, and
   * how much a typical record holds.
   *
   * @param technology a technology code, or empty for none
   * @param medianAmount the median amount of one record, in {@code unit}
   * @param sigma the standard deviation of the amount's natural logarithm
   * @param weight how often this kind occurs, in records per thousand
   */
  public record Template(
      String activity,
      String source,
      Unit unit,
      String technology,
      List<String> controls,
      double medianAmount,
      double sigma,
      int weight) {

    public Template {
      Objects.requireNonNull(activity, "activity");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(unit, "unit");
      technology = technology == null ? "" : technology;
      controls = List.copyOf(controls);
      if (!(medianAmount > 0) || !(sigma >= 0) || weight <= 0) {
        throw new IllegalArgumentException(
            "a template needs a positive median, a sigma ≥ 0 and a positive weight");
      }
    }

    public List<ControlSpec> controlSpecs() {
      return controls.stream().map(ControlSpec::of).toList();
    }

    /** The template as one record of {@code amount}, the way the kernel accounts a shape. */
    public ActivityRecord record(String id, Adcode region, int year, double amount) {
      return ActivityRecord.builder(id)
          .region(region)
          .year(year)
          .source(source)
          .activity(activity, amount, unit)
          .technology(technology.isEmpty() ? null : technology)
          .controls(controlSpecs())
          .build();
    }
  }

  /**
   * How many records the magnitudes are calibrated for: ten million records over the four years add
   * up to roughly China's national activity levels (2020–2022), so the inventory a full run prints
   * is plausible.
   */
  public static final long CALIBRATION_RECORDS = 10_000_000;

  /**
   * The record mix, with rough national annual totals behind each line; weights add up to 1000. At
   * ten million records a power record is about a unit-month, a household record a village-year.
   */
  public static final List<Template> TEMPLATES =
      List.of(
          national(
              "raw_coal",
              "POWER",
              Unit.T,
              "pc_boiler",
              List.of("wet_fgd", "scr", "esp"),
              2.0e9,
              1.0,
              15),
          national("raw_coal", "POWER", Unit.T, "pc_boiler", List.of(), 0.1e9, 1.0, 5),
          national(
              "natural_gas", "POWER", Unit.WAN_NM3, "gas_turbine", List.of("scr"), 6e6, 0.8, 5),
          national(
              "raw_coal",
              "IND_BOILER",
              Unit.T,
              "stoker_boiler",
              List.of("bag_filter", "dry_fgd", "sncr"),
              0.5e9,
              1.2,
              40),
          national("raw_coal", "IND_BOILER", Unit.T, "stoker_boiler", List.of(), 0.1e9, 1.2, 40),
          national(
              "natural_gas",
              "IND_BOILER",
              Unit.WAN_NM3,
              "",
              List.of("low_nox_burner"),
              6e6,
              1.2,
              40),
          national("natural_gas", "IND_BOILER", Unit.WAN_NM3, "", List.of(), 2e6, 1.2, 30),
          national("diesel", "IND_BOILER", Unit.T, "", List.of(), 5e6, 1.2, 30),
          national("electricity_purchased", "IND_BOILER", Unit.MWH, "", List.of(), 5.5e9, 1.5, 120),
          national("raw_coal", "RESIDENTIAL", Unit.T, "stove", List.of(), 0.1e9, 1.0, 120),
          national("biomass", "RESIDENTIAL", Unit.T, "stove", List.of(), 0.2e9, 1.0, 100),
          national("clinker", "CEMENT", Unit.T, "", List.of(), 1.5e9, 0.8, 10),
          national(
              "clinker",
              "CEMENT_KILN",
              Unit.T,
              "dry_kiln",
              List.of("sncr", "bag_filter"),
              1.5e9,
              0.8,
              10),
          national("crude_steel", "IRON_STEEL", Unit.T, "bof", List.of(), 0.9e9, 0.8, 5),
          national("crude_steel", "IRON_STEEL", Unit.T, "eaf", List.of(), 0.1e9, 0.8, 5),
          national("sinter", "SINTERING", Unit.T, "", List.of("esp", "wet_fgd"), 1.0e9, 0.8, 5),
          national("coke_output", "COKING", Unit.T, "", List.of(), 0.47e9, 0.8, 5),
          national(
              "flat_glass", "GLASS_FURNACE", Unit.T, "", List.of("scr", "bag_filter"), 5e7, 0.6, 3),
          national("aluminium", "ALUMINIUM", Unit.T, "prebake", List.of(), 4e7, 0.6, 2),
          national("gasoline", "ROAD", Unit.T, "", List.of(), 1.4e8, 0.9, 60),
          national("diesel", "ROAD", Unit.T, "diesel_engine", List.of(), 1.2e8, 0.9, 60),
          national("dairy_cattle", "ENTERIC", Unit.HEAD, "", List.of(), 6e6, 1.2, 40),
          national("dairy_cattle", "MANURE", Unit.HEAD, "", List.of(), 6e6, 1.2, 40),
          national("swine", "MANURE", Unit.HEAD, "", List.of(), 4.5e8, 1.0, 80),
          national("rice_paddy", "RICE", Unit.HA, "", List.of(), 3e7, 1.0, 60),
          national("nitrogen_fertilizer", "SOILS", Unit.T, "", List.of(), 1.8e7, 1.0, 70));

  /**
   * A template whose records, at {@link #CALIBRATION_RECORDS} over {@link #YEARS} years, add up to
   * {@code nationalPerYear}: the median is the mean per record divided by the lognormal's mean
   * factor.
   */
  private static Template national(
      String activity,
      String source,
      Unit unit,
      String technology,
      List<String> controls,
      double nationalPerYear,
      double sigma,
      int weight) {
    double recordsOfThisKind = CALIBRATION_RECORDS * weight / 1000.0;
    double mean = nationalPerYear * YEARS / recordsOfThisKind;
    return new Template(
        activity,
        source,
        unit,
        technology,
        controls,
        mean / Math.exp(sigma * sigma / 2),
        sigma,
        weight);
  }

  /**
   * One county per province and municipality, for when the shipped region list is too small to be
   * national (a hand-built test world).
   */
  static final List<Integer> FALLBACK_COUNTIES =
      List.of(
          110105, 120101, 130102, 140105, 150102, 210102, 220102, 230102, 310101, 320102, 330102,
          340102, 350102, 360102, 370102, 410102, 420102, 430102, 440103, 450102, 460105, 500101,
          510104, 520102, 530102, 540102, 610102, 620102, 630102, 640104, 650102);

  /** Receives replayed records one at a time; {@code county} indexes {@link #counties()}. */
  @FunctionalInterface
  public interface Sink {
    void accept(int template, int county, int year, double amount);
  }

  private final List<Adcode> counties;
  private final long seed;
  private final long count;
  private final SplittableRandom random;

  /**
   * Template index for each of the 1000 per-mille slots, so picking one costs a single array read.
   */
  private final int[] slots;

  private final double[] logMedian;
  private final double[] sigma;
  private long produced;

  private int nextTemplate;
  private int nextCounty;
  private int nextYear;
  private double nextAmount;

  /**
   * Dictionary indexes of the last dictionaries filled, so each code is looked up once per run, not
   * per record.
   */
  private ActivityColumns.Dictionaries indexedFor;

  private int[] regionIndex;
  private int[] sourceIndex;
  private int[] activityIndex;
  private int[] unitIndex;
  private int[] technologyIndex;
  private int[] controlsIndex;

  public SyntheticActivities(List<Adcode> counties, long seed, long count) {
    if (counties.isEmpty()) {
      throw new IllegalArgumentException("no counties to spread records over");
    }
    if (count < 0) {
      throw new IllegalArgumentException("record count must be ≥ 0, got " + count);
    }
    this.counties = List.copyOf(counties);
    this.seed = seed;
    this.count = count;
    this.random = new SplittableRandom(seed);
    int total = TEMPLATES.stream().mapToInt(Template::weight).sum();
    slots = new int[total];
    logMedian = new double[TEMPLATES.size()];
    sigma = new double[TEMPLATES.size()];
    for (int t = 0, s = 0; t < TEMPLATES.size(); t++) {
      Template template = TEMPLATES.get(t);
      for (int w = 0; w < template.weight(); w++) {
        slots[s++] = t;
      }
      logMedian[t] = Math.log(template.medianAmount());
      sigma[t] = template.sigma();
    }
  }

  /**
   * Records over every county-level code of {@code regions}, or over {@link #FALLBACK_COUNTIES}
   * when it lists fewer than 100.
   */
  public static SyntheticActivities national(Regions regions, long seed, long count) {
    return new SyntheticActivities(counties(regions), seed, count);
  }

  /**
   * The county-level codes of {@code regions}, in code order, or the fallback list when there are
   * fewer than 100.
   */
  public static List<Adcode> counties(Regions regions) {
    List<Adcode> out = new ArrayList<>();
    for (Regions.Region r : regions.all()) {
      if (r.code().level() == RegionLevel.COUNTY) {
        out.add(r.code());
      }
    }
    if (out.size() < 100) {
      return FALLBACK_COUNTIES.stream().map(Adcode::of).toList();
    }
    return out;
  }

  /** A fresh stream of exactly the same records from the start, whatever this one has produced. */
  public SyntheticActivities replay() {
    return new SyntheticActivities(counties, seed, count);
  }

  /**
   * Clears {@code batch} and fills it with the next records, up to its capacity.
   *
   * @return the number of records put in; 0 once the stream is exhausted
   */
  public int fill(ActivityColumns batch) {
    batch.clear();
    index(batch.dictionaries());
    int room = (int) Math.min(batch.capacity(), count - produced);
    for (int i = 0; i < room; i++) {
      next();
      int t = nextTemplate;
      batch.add(
          regionIndex[nextCounty],
          nextYear,
          sourceIndex[t],
          activityIndex[t],
          unitIndex[t],
          technologyIndex[t],
          controlsIndex[t],
          nextAmount);
    }
    return room;
  }

  /**
   * Hands the next records, at most {@code max}, to {@code sink}.
   *
   * @return the number of records emitted; 0 once the stream is exhausted
   */
  public int emit(Sink sink, int max) {
    int n = (int) Math.min(max, count - produced);
    for (int i = 0; i < n; i++) {
      next();
      sink.accept(nextTemplate, nextCounty, nextYear, nextAmount);
    }
    return n;
  }

  /**
   * Draws one record. The order of the draws is part of the stream's definition: changing it
   * changes every record.
   */
  private void next() {
    nextCounty = random.nextInt(counties.size());
    nextYear = FIRST_YEAR + random.nextInt(YEARS);
    int t = slots[random.nextInt(slots.length)];
    nextTemplate = t;
    nextAmount = Math.exp(logMedian[t] + sigma[t] * random.nextGaussian());
    produced++;
  }

  private void index(ActivityColumns.Dictionaries d) {
    if (d == indexedFor) {
      return;
    }
    regionIndex = new int[counties.size()];
    for (int c = 0; c < counties.size(); c++) {
      regionIndex[c] = d.region(counties.get(c));
    }
    int n = TEMPLATES.size();
    sourceIndex = new int[n];
    activityIndex = new int[n];
    unitIndex = new int[n];
    technologyIndex = new int[n];
    controlsIndex = new int[n];
    for (int t = 0; t < n; t++) {
      Template template = TEMPLATES.get(t);
      sourceIndex[t] = d.source(template.source());
      activityIndex[t] = d.activity(template.activity());
      unitIndex[t] = d.unit(template.unit());
      technologyIndex[t] = d.technology(template.technology());
      controlsIndex[t] = d.controls(template.controlSpecs());
    }
    indexedFor = d;
  }

  public List<Adcode> counties() {
    return counties;
  }

  public long seed() {
    return seed;
  }

  /** How many records the whole stream holds. */
  public long count() {
    return count;
  }

  /** How many records are still to come. */
  public long remaining() {
    return count - produced;
  }
}
