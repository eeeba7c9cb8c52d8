package org.cocontrol.core.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report is computed and checked against, loaded from reference data: the thresholds of the
 * cross-checks ({@code reporting/check_thresholds.csv}) and the guidelines ({@code
 * reporting/guidelines.csv}). No number of a check is a constant in code.
 */
public final class ReportRules {

  /** Thresholds every report needs, whatever its data: loading fails without them. */
  public static final List<String> REQUIRED =
      List.of(
          "measured_months.min",
          "fuel_match.tolerance",
          "cc_band.far",
          "lab.report_days_after_month",
          "lab.same_test_date.months",
          "repeat.identical_months",
          "coal_balance.tolerance",
          "heat_rate.boiler_efficiency",
          "so2.sulfur_tolerance",
          "so2.low_share");

  private final Map<String, Threshold> thresholds = new LinkedHashMap<>();
  private final List<Guideline> guidelines;

  private ReportRules(List<Threshold> thresholds, List<Guideline> guidelines) {
    for (Threshold t : thresholds) {
      Threshold old = this.thresholds.put(key(t.id(), t.appliesTo()), t);
      if (old != null) {
        throw new IllegalArgumentException(
            "threshold " + t.id() + " for '" + t.appliesTo() + "' given twice");
      }
    }
    List<String> missing = new ArrayList<>();
    for (String id : REQUIRED) {
      if (!this.thresholds.containsKey(key(id, ""))) {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("thresholds missing: " + String.join(", ", missing));
    }
    if (guidelines.stream()
        .noneMatch(g -> g.industryPrefix().isEmpty() && g.facilityKind() == null)) {
      throw new IllegalArgumentException("no general guideline (empty industry prefix)");
    }
    this.guidelines = List.copyOf(guidelines);
  }

  public static ReportRules of(List<Threshold> thresholds, List<Guideline> guidelines) {
    return new ReportRules(thresholds, guidelines);
  }

  private static String key(String id, String appliesTo) {
    return id + "\u001f" + appliesTo;
  }

  /** The threshold for {@code appliesTo} (an activity or a fuel class), else the general one. */
  public Optional<Threshold> threshold(String id, String... appliesTo) {
    for (String a : appliesTo) {
      Threshold t = a == null ? null : thresholds.get(key(id, a));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.ofNullable(thresholds.get(key(id, "")));
  }

  /** A threshold every rule set has ({@link #REQUIRED}). */
  public Threshold required(String id) {
    return Objects.requireNonNull(thresholds.get(key(id, "")), id);
  }

  /**
   * Only the row for exactly {@code appliesTo}: bands by activity or fuel class have no default.
   */
  public Optional<Threshold> exactly(String id, String appliesTo) {
    return Optional.ofNullable(thresholds.get(key(id, appliesTo)));
  }

  public List<Threshold> thresholds() {
    return List.copyOf(thresholds.values());
  }

  public List<Guideline> guidelines() {
    return guidelines;
  }

  /**
   * The guideline of an enterprise of {@code industry} with {@code facilities} in {@code year}:
   * among the rows valid in the year, those whose industry prefix the code starts with or whose
   * facility kind the enterprise has; the longest prefix wins, a facility-kind match counting as
   * its prefix's length, the general row last.
   */
  public Guideline guideline(String industry, List<Facility> facilities, int year) {
    Guideline best = null;
    int bestLength = -1;
    for (Guideline g : guidelines) {
      if (!g.validIn(year)) {
        continue;
      }
      boolean byIndustry =
          !g.industryPrefix().isEmpty()
              && industry != null
              && industry.startsWith(g.industryPrefix());
      boolean byFacility =
          g.facilityKind() != null
              && facilities.stream().anyMatch(f -> f.kind() == g.facilityKind());
      boolean general = g.industryPrefix().isEmpty() && g.facilityKind() == null;
      if (!byIndustry && !byFacility && !general) {
        continue;
      }
      int length = general ? 0 : Math.max(1, g.industryPrefix().length());
      if (length > bestLength) {
        best = g;
        bestLength = length;
      }
    }
    if (best == null) {
      throw new IllegalStateException("no guideline valid in " + year);
    }
    return best;
  }
}
