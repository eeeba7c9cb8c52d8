package org.cocontrol.server.permit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.FacilityKind;
import org.cocontrol.core.reporting.Permit;
import org.cocontrol.core.reporting.PermitLimit;
import org.cocontrol.core.reporting.PermitOutlet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.Messages;

/**
 * Checks a facility list or a permit as sent and turns it into the core types; every problem is
 * placed at its JSON path ({@code outlets[1].limits[0].annualT}), and nothing is returned while
 * there is one.
 */
final class PermitInput {

  /**
   * HJ 608-2017 permit number: the 18-character unified social credit code (GB 32100-2015: digits
   * and capital letters without I, O, S, V, Z), or for a unit without one an 18-character code
   * beginning {@code H9} and the 6-digit administrative code, then a 3-digit sequence and one
   * capital letter (e.g. {@code 91130200699229617X001P}).
   */
  static final Pattern PERMIT_NUMBER =
      Pattern.compile("(?:[0-9A-HJ-NPQRTUWXY]{18}|H9[0-9]{6}[0-9A-Z]{10})[0-9]{3}[A-Z]");

  /** HJ 608-2017 outlet code: D, A (air) or W (water), 3 digits. */
  static final Pattern OUTLET = Pattern.compile("D[AW][0-9]{3}");

  static final Pattern FACILITY_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");
  static final List<String> TIERS = List.of("key", "simplified", "registration");

  /** A checked input: the value, or the problems that stopped it. */
  record Checked<T>(T value, List<ApiError.Problem> problems) {
    boolean isValid() {
      return problems.isEmpty();
    }
  }

  /** A checked permit with the fields the core type does not carry. */
  record PermitFields(Permit permit, String issuingAuthority, String managementTier) {}

  private final List<ApiError.Problem> problems = new ArrayList<>();

  private PermitInput() {}

  static Checked<List<Facility>> facilities(PermitViews.FacilitiesIn in) {
    PermitInput p = new PermitInput();
    if (in == null || in.facilities() == null) {
      p.problem("facilities", null, Messages.text("error.required"));
      return new Checked<>(null, p.problems);
    }
    List<Facility> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < in.facilities().size(); i++) {
      String at = "facilities[" + i + "]";
      PermitViews.FacilityIn f = in.facilities().get(i);
      if (f == null) {
        p.problem(at, null, Messages.text("error.required"));
        continue;
      }
      String code = p.code(at + ".code", f.code(), FACILITY_CODE, "permit.facility.code");
      if (code != null && !codes.add(code)) {
        p.problem(at + ".code", code, Messages.text("permit.duplicate", code));
      }
      String name = p.text(at + ".name", f.name(), 200, false);
      FacilityKind kind = null;
      if (f.kind() == null || f.kind().isBlank()) {
        p.problem(at + ".kind", null, Messages.text("error.required"));
      } else {
        try {
          kind = FacilityKind.of(f.kind().strip());
        } catch (IllegalArgumentException e) {
          p.problem(at + ".kind", f.kind(), Messages.text("permit.facility.kind"));
        }
      }
      if (kind == FacilityKind.POWER_UNIT
          && (f.capacityMw() == null || !(f.capacityMw() > 0) || f.capacityMw().isInfinite())) {
        p.problem(
            at + ".capacityMw",
            f.capacityMw() == null ? null : String.valueOf(f.capacityMw()),
            Messages.text("permit.facility.capacity"));
      } else if (kind != null && kind != FacilityKind.POWER_UNIT && f.capacityMw() != null) {
        p.problem(
            at + ".capacityMw",
            String.valueOf(f.capacityMw()),
            Messages.text("permit.facility.capacityOnlyUnits"));
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      if (f.attributes() != null) {
        f.attributes()
            .forEach(
                (k, v) -> {
                  if (!ATTRIBUTE_KEY.matcher(k).matches()
                      || v == null
                      || v.isBlank()
                      || v.length() > 100
                      || v.contains(";")) {
                    p.problem(
                        at + ".attributes." + k, v, Messages.text("permit.facility.attribute"));
                  } else {
                    attributes.put(k, v.strip());
                  }
                });
      }
      List<String> outlets = p.outletCodes(at + ".outlets", f.outlets());
      if (code != null && kind != null) {
        out.add(new Facility(code, name, kind, f.capacityMw(), attributes, outlets));
      }
    }
    return new Checked<>(p.problems.isEmpty() ? out : null, p.problems);
  }

  /**
   * A permit checked against the enterprise's credit code (the number must begin with it when the
   * enterprise has one) and its facility codes (every facility an outlet names must exist).
   */
  static Checked<PermitFields> permit(
      PermitViews.PermitIn in, String creditCode, Set<String> facilityCodes) {
    PermitInput p = new PermitInput();
    if (in == null) {
      p.problem("", null, Messages.text("error.bodyMissing"));
      return new Checked<>(null, p.problems);
    }
    String number = null;
    if (in.number() == null || in.number().isBlank()) {
      p.problem("number", null, Messages.text("error.required"));
    } else if (!PERMIT_NUMBER.matcher(in.number().strip()).matches()) {
      p.problem("number", in.number(), Messages.text("permit.number"));
    } else if (creditCode != null && !in.number().strip().startsWith(creditCode)) {
      p.problem("number", in.number(), Messages.text("permit.number.creditCode", creditCode));
    } else {
      number = in.number().strip();
    }
    LocalDate from = p.date("validFrom", in.validFrom());
    LocalDate to = p.date("validTo", in.validTo());
    if (from != null && to != null && to.isBefore(from)) {
      p.problem("validTo", in.validTo(), Messages.text("permit.validity"));
    }
    String authority = p.text("issuingAuthority", in.issuingAuthority(), 200, true);
    String tier = null;
    if (in.managementTier() == null || in.managementTier().isBlank()) {
      p.problem("managementTier", null, Messages.text("error.required"));
    } else if (!TIERS.contains(in.managementTier().strip())) {
      p.problem("managementTier", in.managementTier(), Messages.text("permit.tier"));
    } else {
      tier = in.managementTier().strip();
    }
    List<PermitOutlet> outlets = new ArrayList<>();
    Set<String> outletCodes = new HashSet<>();
    List<PermitViews.OutletIn> given = in.outlets() == null ? List.of() : in.outlets();
    for (int i = 0; i < given.size(); i++) {
      String at = "outlets[" + i + "]";
      PermitViews.OutletIn o = given.get(i);
      if (o == null) {
        p.problem(at, null, Messages.text("error.required"));
        continue;
      }
      String code = p.code(at + ".code", o.code(), OUTLET, "permit.outlet.code");
      if (code != null && !outletCodes.add(code)) {
        p.problem(at + ".code", code, Messages.text("permit.duplicate", code));
      }
      String name = p.text(at + ".name", o.name(), 200, false);
      List<String> facilities = new ArrayList<>();
      List<String> named = o.facilities() == null ? List.of() : o.facilities();
      for (int j = 0; j < named.size(); j++) {
        String fc = named.get(j) == null ? null : named.get(j).strip();
        if (fc == null || !facilityCodes.contains(fc)) {
          p.problem(
              at + ".facilities[" + j + "]",
              named.get(j),
              Messages.text("permit.outlet.facility", String.valueOf(named.get(j))));
        } else {
          facilities.add(fc);
        }
      }
      List<PermitLimit> limits = p.limits(at, o.limits());
      if (code != null) {
        outlets.add(new PermitOutlet(code, name, facilities, limits));
      }
    }
    if (!p.problems.isEmpty()) {
      return new Checked<>(null, p.problems);
    }
    return new Checked<>(
        new PermitFields(new Permit(number, from, to, outlets), authority, tier), p.problems);
  }

  private List<PermitLimit> limits(String outlet, List<PermitViews.LimitIn> given) {
    List<PermitLimit> out = new ArrayList<>();
    Set<Substance> seen = new HashSet<>();
    List<PermitViews.LimitIn> limits = given == null ? List.of() : given;
    for (int k = 0; k < limits.size(); k++) {
      String at = outlet + ".limits[" + k + "]";
      PermitViews.LimitIn l = limits.get(k);
      if (l == null) {
        problem(at, null, Messages.text("error.required"));
        continue;
      }
      Optional<Substance> s =
          l.pollutant() == null || l.pollutant().isBlank()
              ? Optional.empty()
              : Substance.parse(l.pollutant().strip());
      if (s.isEmpty()) {
        problem(
            at + ".pollutant",
            l.pollutant(),
            l.pollutant() == null || l.pollutant().isBlank()
                ? Messages.text("error.required")
                : Messages.text("permit.limit.pollutant", l.pollutant()));
      } else if (!seen.add(s.get())) {
        problem(at + ".pollutant", l.pollutant(), Messages.text("permit.duplicate", l.pollutant()));
      }
      boolean ok = amount(at + ".concentrationMgM3", l.concentrationMgM3());
      ok &= amount(at + ".annualT", l.annualT());
      if (l.concentrationMgM3() == null && l.annualT() == null) {
        problem(at, null, Messages.text("permit.limit.empty"));
        ok = false;
      }
      if (s.isPresent() && ok) {
        out.add(new PermitLimit(s.get(), l.concentrationMgM3(), l.annualT()));
      }
    }
    return out;
  }

  private boolean amount(String at, Double value) {
    if (value != null && (!(value >= 0) || value.isInfinite())) {
      problem(at, String.valueOf(value), Messages.text("permit.limit.negative"));
      return false;
    }
    return true;
  }

  private List<String> outletCodes(String at, List<String> given) {
    List<String> out = new ArrayList<>();
    List<String> codes = given == null ? List.of() : given;
    for (int j = 0; j < codes.size(); j++) {
      String c = code(at + "[" + j + "]", codes.get(j), OUTLET, "permit.outlet.code");
      if (c != null && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private String code(String at, String value, Pattern form, String message) {
    if (value == null || value.isBlank()) {
      problem(at, null, Messages.text("error.required"));
      return null;
    }
    if (!form.matcher(value.strip()).matches()) {
      problem(at, value, Messages.text(message));
      return null;
    }
    return value.strip();
  }

  private String text(String at, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problem(at, null, Messages.text("error.required"));
      }
      return null;
    }
    if (value.strip().length() > max) {
      problem(at, value, Messages.text("error.tooLong", max));
      return null;
    }
    return value.strip();
  }

  private LocalDate date(String at, String value) {
    if (value == null || value.isBlank()) {
      problem(at, null, Messages.text("error.required"));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problem(at, value, Messages.text("permit.date"));
      return null;
    }
  }

  private void problem(String at, String value, String message) {
    problems.add(new ApiError.Problem(null, at, at, value, message));
  }
}
