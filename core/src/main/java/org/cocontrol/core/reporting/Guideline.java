package org.cocontrol.core.reporting;

import java.util.Objects;
import java.util.Set;
import org.cocontrol.core.parameter.Scheme;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.Substance;

/**
 * The accounting guideline a GHG report follows, as reference data ({@code
 * reporting/guidelines.csv}): which enterprises it covers (a GB/T 4754 industry prefix, or any
 * enterprise with a facility of a kind), in which years, the accounting scheme, the gases the
 * report states and whether purchased and exported electricity and heat count in its total.
 *
 * @param industryPrefix GB/T 4754-2017 code prefix ({@code D441}); empty matches every industry
 * @param facilityKind the guideline also covers any enterprise with a facility of this kind; null
 *     when it does not
 * @param gases the gases the report states; empty: every greenhouse gas
 * @param indirectCounted purchased electricity and heat added, exported deducted (GB/T 32150-2015);
 *     false: direct emissions only (carbon-market sector guidelines from 2024)
 * @param combustionOnly the direct emissions the report states are fuel combustion only (the
 *     power-facility guideline: no desulfurisation CO2, no process lines)
 * @param measuredMonthsRule the power-facility rule: a coal with fewer measured months than {@code
 *     measured_months.min} takes the default carbon content in every month
 */
public record Guideline(
    String id,
    String industryPrefix,
    FacilityKind facilityKind,
    Integer yearFrom,
    Integer yearTo,
    String nameZh,
    String nameEn,
    String document,
    Scheme scheme,
    Set<Substance> gases,
    boolean indirectCounted,
    boolean combustionOnly,
    boolean measuredMonthsRule,
    Verification tag) {

  public Guideline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(tag, "tag");
    industryPrefix = industryPrefix == null ? "" : industryPrefix;
    nameZh = nameZh == null ? id : nameZh;
    nameEn = nameEn == null ? id : nameEn;
    document = document == null ? "" : document;
    gases = gases == null ? Set.of() : Set.copyOf(gases);
  }

  /** Whether the report states this substance. */
  public boolean states(Substance s) {
    return gases.isEmpty() ? s.isGreenhouseGas() : gases.contains(s);
  }

  boolean validIn(int year) {
    return (yearFrom == null || year >= yearFrom) && (yearTo == null || year <= yearTo);
  }

  /** True for the power-facility guideline (a facility kind of generating units). */
  public boolean isPower() {
    return facilityKind == FacilityKind.POWER_UNIT;
  }
}
