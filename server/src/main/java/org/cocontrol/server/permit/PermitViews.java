package org.cocontrol.server.permit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cocontrol.server.system.MaxLength;

/** The JSON of facilities and permits, in and out. */
final class PermitViews {

  private PermitViews() {}

  /** {@code PUT …/facilities}: the whole list, replacing the stored one. */
  record FacilitiesIn(List<FacilityIn> facilities) {}

  /**
   * A facility as sent: {@code kind} power_unit, boiler, kiln or other; {@code capacityMw} for a
   * generating unit only; {@code outlets} the permit outlet codes its flue gas leaves by.
   */
  record FacilityIn(
      String code,
      String name,
      String kind,
      Double capacityMw,
      Map<String, String> attributes,
      List<String> outlets) {}

  record FacilityOut(
      String code,
      String name,
      String kind,
      String kindName,
      Double capacityMw,
      Map<String, String> attributes,
      List<String> outlets) {}

  record FacilitiesView(long enterpriseId, String entityCode, List<FacilityOut> facilities) {}

  /**
   * {@code PUT …/permit}: one permit version. Dates are ISO {@code yyyy-MM-dd}; {@code
   * managementTier} key, simplified or registration.
   */
  record PermitIn(
      String number,
      String validFrom,
      String validTo,
      @MaxLength(200) String issuingAuthority,
      String managementTier,
      List<OutletIn> outlets) {}

  record OutletIn(String code, String name, List<String> facilities, List<LimitIn> limits) {}

  /**
   * A limit: the pollutant's code (SO2, NOX, PM …), the concentration limit (mg/m³, standard dry
   * flue gas) and the annual permitted quantity (t/a); either may be absent, not both.
   */
  record LimitIn(String pollutant, Double concentrationMgM3, Double annualT) {}

  record LimitOut(
      String pollutant, String pollutantName, Double concentrationMgM3, Double annualT) {}

  record OutletOut(String code, String name, List<String> facilities, List<LimitOut> limits) {}

  /** One stored version of the enterprise's permit. */
  record Version(long id, String number, String validFrom, String validTo, String managementTier) {}

  /**
   * A permit version; {@code inForce} whether today lies in its validity; {@code versions} every
   * version the enterprise has, oldest first.
   */
  record PermitView(
      long id,
      long enterpriseId,
      String entityCode,
      String number,
      String validFrom,
      String validTo,
      boolean inForce,
      String issuingAuthority,
      String managementTier,
      String managementTierName,
      List<OutletOut> outlets,
      String savedBy,
      LocalDateTime savedAt,
      List<Version> versions) {}

  /** A row of the permit view: one pollutant at one outlet, with its permitted tonnes. */
  record Permitted(
      String outlet,
      String outletName,
      List<String> facilities,
      String pollutant,
      String pollutantName,
      Double concentrationMgM3,
      Double annualT) {}

  /**
   * The carbon block of the permit view: from the ledger ({@code source} "ledger": the enterprise's
   * direct CO2 of its latest reported year; both null when it reported none), and from the latest
   * verified annual GHG report its verified CO2 ({@code verifiedCo2T}), its status ({@code
   * compliance}: {@code verified}, or {@code confirmed} once the authority confirmed it) and its
   * year ({@code verifiedYear}); null while no report is verified, never a made-up value.
   */
  record Carbon(
      Integer year,
      Double co2T,
      String source,
      Double verifiedCo2T,
      String compliance,
      Integer verifiedYear) {}

  /**
   * {@code GET …/permit/view}: the permit in force, what it permits per outlet and pollutant, the
   * totals per pollutant (t/a; a pollutant with no annual quantity at any outlet is absent) and the
   * carbon block.
   */
  record PermitExecutionView(
      PermitView permit,
      List<Permitted> permitted,
      Map<String, Double> permittedTotalsT,
      Carbon carbon) {}
}
