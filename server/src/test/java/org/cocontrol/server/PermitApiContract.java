package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Facilities and discharge permits over HTTP, without the demo data: keeping them, the located
 * 400s, versions by validity, the permit view beside the ledger's CO2, tenancy and audit. The same
 * on H2 ({@link H2PermitApiTests}) and PostgreSQL ({@link PostgresPermitApiTests}).
 */
abstract class PermitApiContract {

  /** A GB 32100-form credit code of a made-up enterprise (organisation part MA0DEM…). */
  static final String CREDIT = "91410102MA0DEMP01X";

  @LocalServerPort int port;
  @Autowired EnterpriseStore enterprises;
  @Autowired UserStore users;
  @Autowired PasswordEncoder passwords;
  @Autowired org.cocontrol.server.permit.PermitRegistry registry;
  Api api;
  long plant;
  long other;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    plant = enterprise("PERMIT-PLANT-1", CREDIT, Adcode.of(410102));
    other = enterprise("PERMIT-OTHER-1", null, Adcode.of(410105));
    user("permit-plant", "ENTERPRISE", plant);
    user("permit-other", "ENTERPRISE", other);
  }

  long enterprise(String code, String credit, Adcode region) {
    EnterpriseStore.Registration r = enterprises.registrations().get(code);
    if (r != null) {
      return r.id();
    }
    return enterprises.save(
        new EnterpriseStore.Enterprise(
            null,
            code,
            credit,
            "示范电厂（" + code + "，虚构）",
            "",
            "D4411",
            region,
            "",
            null,
            null,
            null,
            true,
            true,
            true,
            "synthetic"));
  }

  void user(String name, String role, Long enterprise) {
    if (users.find(name).isEmpty()) {
      users.upsert(
          new UserStore.User(
              null,
              name,
              passwords.encode(ApiContract.PASSWORD),
              role,
              Adcode.NATION,
              enterprise,
              name));
    }
  }

  String login(String name) {
    return api.login(name, ApiContract.PASSWORD);
  }

  static Map<String, Object> facility(String code, String kind, Double mw, String... outlets) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("code", code);
    f.put("name", code + "号机组");
    f.put("kind", kind);
    f.put("capacityMw", mw);
    f.put("attributes", Map.of("fuel", "coal"));
    f.put("outlets", List.of(outlets));
    return f;
  }

  static Map<String, Object> limit(String pollutant, Double mg, Double t) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("pollutant", pollutant);
    l.put("concentrationMgM3", mg);
    l.put("annualT", t);
    return l;
  }

  static Map<String, Object> permit(String from, String to, Map<String, Object>... outlets) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("number", CREDIT + "001P");
    p.put("validFrom", from);
    p.put("validTo", to);
    p.put("issuingAuthority", "郑州市生态环境局");
    p.put("managementTier", "key");
    p.put("outlets", List.of(outlets));
    return p;
  }

  static Map<String, Object> outlet(String code, List<String> facilities, Object... limits) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("code", code);
    o.put("name", code + " 烟囱");
    o.put("facilities", facilities);
    o.put("limits", List.of(limits));
    return o;
  }

  String base(long id) {
    return "/api/v1/enterprises/" + id;
  }

  void putFacilities(String token) {
    Api.Response r =
        api.putJson(
            base(plant) + "/facilities",
            Map.of(
                "facilities",
                List.of(
                    facility("U1", "power_unit", 660.0, "DA001"),
                    facility("U2", "power_unit", 660.0, "DA001"),
                    facility("B1", "boiler", null, "DA002"))),
            token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  /** 660 MW × 2 × 5,000 h × 2,900 Nm3/MWh × 35 mg/m3 × 1e-9 = 669.9 t SO2 (the demo's rule). */
  Map<String, Object> currentPermit() {
    String today = LocalDate.now().toString();
    return permit(
        LocalDate.now().minusYears(1).toString(),
        LocalDate.now().plusYears(4).toString(),
        outlet(
            "DA001",
            List.of("U1", "U2"),
            limit("SO2", 35.0, 669.9),
            limit("NOX", 50.0, 957.0),
            limit("PM", 10.0, null)),
        outlet("DA002", List.of("B1"), limit("SO2", 300.0, 12.5)));
  }

  @Test
  void anEnterpriseKeepsItsFacilitiesAndPermitAndSeesItsView() {
    String token = login("permit-plant");
    putFacilities(token);
    JsonNode f = api.get(base(plant) + "/facilities", token).json();
    assertThat(f.get("entityCode").asString()).isEqualTo("PERMIT-PLANT-1");
    assertThat(f.get("facilities")).hasSize(3);
    assertThat(f.get("facilities").get(0).get("capacityMw").asDouble()).isEqualTo(660.0);
    assertThat(f.get("facilities").get(0).get("kindName").asString()).isEqualTo("发电机组");
    assertThat(f.get("facilities").get(2).get("capacityMw").isNull()).isTrue();
    assertThat(f.get("facilities").get(1).get("outlets").get(0).asString()).isEqualTo("DA001");

    Api.Response saved = api.putJson(base(plant) + "/permit", currentPermit(), token);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    JsonNode p = api.get(base(plant) + "/permit", token).json();
    assertThat(p.get("number").asString()).isEqualTo(CREDIT + "001P");
    assertThat(p.get("inForce").asBoolean()).isTrue();
    assertThat(p.get("managementTierName").asString()).isEqualTo("重点管理");
    assertThat(p.get("outlets")).hasSize(2);
    JsonNode pm = p.get("outlets").get(0).get("limits").get(2);
    assertThat(pm.get("pollutant").asString()).isEqualTo("PM");
    assertThat(pm.get("annualT").isNull()).isTrue();
    assertThat(p.get("versions")).hasSize(1);

    // the ledger: 10,000 t raw coal burnt in 2022 → 10,000 × 20.908 × 0.02637 × 0.94 × 44/12 =
    // 19,002.988488 t CO2 (direct); an earlier year is not the latest
    byte[] csv =
        ("record_id,entity_id,region,year,source,activity,amount,unit\n"
                + "PP-2021,PERMIT-PLANT-1,410102,2021,POWER,raw_coal,5000,t\n"
                + "PP-2022,PERMIT-PLANT-1,410102,2022,POWER,raw_coal,10000,t\n")
            .getBytes(StandardCharsets.UTF_8);
    Api.Response up = api.upload("/api/v1/activities", "plant.csv", csv, token);
    assertThat(up.status()).as(up.body()).isEqualTo(201);

    Api.Response v = api.get(base(plant) + "/permit/view", token);
    assertThat(v.status()).as(v.body()).isEqualTo(200);
    JsonNode view = v.json();
    assertThat(view.get("permitted")).hasSize(4);
    // SO2: 669.9 (DA001) + 12.5 (DA002); PM has no annual quantity anywhere: absent, not 0
    assertThat(view.get("permittedTotalsT").get("SO2").asDouble()).isCloseTo(682.4, within(1e-9));
    assertThat(view.get("permittedTotalsT").get("NOX").asDouble()).isCloseTo(957.0, within(1e-9));
    assertThat(view.get("permittedTotalsT").has("PM")).isFalse();
    JsonNode carbon = view.get("carbon");
    assertThat(carbon.get("year").asInt()).isEqualTo(2022);
    assertThat(carbon.get("co2T").asDouble()).isCloseTo(19_002.988488, within(1e-6));
    assertThat(carbon.get("source").asString()).isEqualTo("ledger");
    assertThat(carbon.get("compliance").isNull()).isTrue();
    assertThat(carbon.get("verifiedCo2T").isNull()).isTrue();

    // an enterprise with no permit and no data: 404 for the permit, its facilities are empty
    String otherToken = login("permit-other");
    assertThat(api.get(base(other) + "/permit", otherToken).status()).isEqualTo(404);
    assertThat(api.get(base(other) + "/permit/view", otherToken).status()).isEqualTo(404);
    assertThat(api.get(base(other) + "/facilities", otherToken).json().get("facilities")).isEmpty();
  }

  @Test
  void aRenewedPermitIsANewVersionAndTheOldOneStays() {
    String token = login("permit-plant");
    putFacilities(token);
    Map<String, Object> old =
        permit(
            "2017-07-01",
            "2022-06-30",
            outlet("DA001", List.of("U1", "U2"), limit("SO2", 100.0, 1914.0)));
    assertThat(api.putJson(base(plant) + "/permit", old, token).status()).isEqualTo(200);
    assertThat(api.putJson(base(plant) + "/permit", currentPermit(), token).status())
        .isEqualTo(200);
    // a correction of the old version (same start): replaces its content, no third version
    old.put("outlets", List.of(outlet("DA001", List.of("U1"), limit("SO2", 100.0, 957.0))));
    assertThat(api.putJson(base(plant) + "/permit", old, token).status()).isEqualTo(200);

    JsonNode now = api.get(base(plant) + "/permit", token).json();
    assertThat(now.get("versions")).hasSize(2);
    assertThat(now.get("outlets").get(0).get("limits").get(0).get("concentrationMgM3").asDouble())
        .isEqualTo(35.0);
    JsonNode in2020 = api.get(base(plant) + "/permit?year=2020", token).json();
    assertThat(in2020.get("validFrom").asString()).isEqualTo("2017-07-01");
    assertThat(in2020.get("inForce").asBoolean()).isFalse();
    assertThat(in2020.get("outlets").get(0).get("facilities")).hasSize(1);
    assertThat(in2020.get("outlets").get(0).get("limits").get(0).get("annualT").asDouble())
        .isEqualTo(957.0);
    assertThat(api.get(base(plant) + "/permit?year=2010", token).status()).isEqualTo(404);

    // what reporting reads: the core types, by entity code
    assertThat(registry.facilities("PERMIT-PLANT-1"))
        .extracting(org.cocontrol.core.reporting.Facility::code)
        .containsExactly("U1", "U2", "B1");
    assertThat(registry.facilities("PERMIT-PLANT-1").get(0).kind())
        .isEqualTo(org.cocontrol.core.reporting.FacilityKind.POWER_UNIT);
    org.cocontrol.core.reporting.Permit inForce = registry.permit("PERMIT-PLANT-1").orElseThrow();
    assertThat(inForce.validFrom()).isEqualTo(LocalDate.now().minusYears(1));
    assertThat(inForce.outlets().get(0).limits().get(0).annualT()).isEqualTo(669.9);
    assertThat(inForce.outlets().get(0).limits().get(0).substance())
        .isEqualTo(org.cocontrol.core.substance.Substance.SO2);
    // a year is served by the version whose validity overlaps it
    assertThat(registry.permit("PERMIT-PLANT-1", 2019).orElseThrow().validFrom())
        .isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(registry.permit("PERMIT-PLANT-1", 2022).orElseThrow().validFrom())
        .isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(registry.permit("PERMIT-PLANT-1", inForce.validFrom().getYear()).orElseThrow())
        .isEqualTo(inForce);
    assertThat(registry.permit("PERMIT-PLANT-1", 2010)).isEmpty();
    assertThat(registry.permit("NO-SUCH-ENTITY")).isEmpty();
    assertThat(registry.facilities("NO-SUCH-ENTITY")).isEmpty();
    assertThat(api.get(base(plant) + "/permit?year=20100", token).status()).isEqualTo(400);
    assertThat(api.get(base(plant) + "/permit?year=abc", token).status()).isEqualTo(400);

    // every save audited, with who and what
    String henan = api.login("authority-henan", ApiContract.PASSWORD);
    Api.Response audit = api.get("/api/v1/audit?action=permit.save&size=200", henan);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    assertThat(audit.body()).contains("corrected " + CREDIT + "001P valid 2017-07-01");
    assertThat(audit.body()).contains("permit-plant");
    Api.Response fa = api.get("/api/v1/audit?action=facilities.replace&size=200", henan);
    assertThat(fa.body()).contains("U1 power_unit 660.0 MW");
  }

  @Test
  void badFieldsAre400sAtTheirPathAndChangeNothing() {
    String token = login("permit-plant");
    putFacilities(token);
    assertThat(api.putJson(base(plant) + "/permit", currentPermit(), token).status())
        .isEqualTo(200);

    Map<String, Object> bad =
        permit(
            "2023-02-30",
            "2022-01-01",
            outlet("DA001", List.of("U9"), limit("SO2", 35.0, 1.0)),
            outlet("XA01", List.of("U1"), limit("SO2", 35.0, -1.0), limit("XYZ", 1.0, null)),
            outlet("DA003", List.of(), limit("NOX", null, null), limit("NOX", 5.0, null)));
    bad.put("number", "91410102MA0DEMP01X01P");
    bad.put("managementTier", "major");
    Api.Response r = api.putJson(base(plant) + "/permit", bad, token);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    Map<String, String> at = problems(r.json());
    assertThat(at)
        .containsKeys(
            "number",
            "validFrom",
            "managementTier",
            "outlets[0].facilities[0]",
            "outlets[1].code",
            "outlets[1].limits[0].annualT",
            "outlets[1].limits[1].pollutant",
            "outlets[2].limits[0]",
            "outlets[2].limits[1].pollutant");
    assertThat(at.get("outlets[1].limits[0].annualT")).contains("≥ 0");
    assertThat(r.json().get("message").asString()).contains("未作修改");

    // the number must begin with the enterprise's credit code; the end of validity after its start
    Map<String, Object> foreign = currentPermit();
    foreign.put("number", "91130200699229617X001P");
    foreign.put("validTo", "2000-01-01");
    Map<String, String> f = problems(api.putJson(base(plant) + "/permit", foreign, token).json());
    assertThat(f).containsKeys("number", "validTo");
    assertThat(f.get("number")).contains(CREDIT);

    JsonNode still = api.get(base(plant) + "/permit", token).json();
    assertThat(still.get("outlets")).hasSize(2);
    assertThat(still.get("versions")).hasSize(1);

    Map<String, Object> noCapacity = facility("U1", "power_unit", null, "DA001");
    Map<String, Object> badOutlet = facility("B1", "boiler", 10.0, "D001");
    Map<String, Object> badKind = facility("U1", "turbine", null);
    Api.Response fr =
        api.putJson(
            base(plant) + "/facilities",
            Map.of("facilities", List.of(noCapacity, badOutlet, badKind)),
            token);
    assertThat(fr.status()).as(fr.body()).isEqualTo(400);
    assertThat(problems(fr.json()))
        .containsKeys(
            "facilities[0].capacityMw",
            "facilities[1].capacityMw",
            "facilities[1].outlets[0]",
            "facilities[2].code",
            "facilities[2].kind");
    assertThat(api.get(base(plant) + "/facilities", token).json().get("facilities")).hasSize(3);
    // a body Jackson cannot bind is a 400 too, never a 500
    assertThat(
            api.raw(
                    "PUT",
                    base(plant) + "/permit",
                    "application/json",
                    "{\"outlets\": 5}".getBytes(StandardCharsets.UTF_8),
                    token)
                .status())
        .isEqualTo(400);
    assertThat(
            api.raw("PUT", base(plant) + "/facilities", "application/json", new byte[0], token)
                .status())
        .isEqualTo(400);
  }

  @Test
  void onlyTheEnterpriseAndItsAuthoritiesSeeAndChangeIt() {
    String token = login("permit-plant");
    putFacilities(token);
    assertThat(api.putJson(base(plant) + "/permit", currentPermit(), token).status())
        .isEqualTo(200);

    // another enterprise: as if it did not exist
    String otherToken = login("permit-other");
    for (String path : List.of("/facilities", "/permit", "/permit/view")) {
      assertThat(api.get(base(plant) + path, otherToken).status()).isEqualTo(404);
    }
    assertThat(api.putJson(base(plant) + "/permit", currentPermit(), otherToken).status())
        .isEqualTo(404);
    assertThat(
            api.putJson(base(plant) + "/facilities", Map.of("facilities", List.of()), otherToken)
                .status())
        .isEqualTo(404);
    // an authority outside its jurisdiction: 404, as for an enterprise's detail
    String liaoning = api.login("authority-liaoning", ApiContract.PASSWORD);
    assertThat(api.get(base(plant) + "/permit", liaoning).status()).isEqualTo(404);
    assertThat(api.putJson(base(plant) + "/permit", currentPermit(), liaoning).status())
        .isEqualTo(404);
    // the public: 403; no token: 401
    String pub = api.login("public", ApiContract.PASSWORD);
    assertThat(api.get(base(plant) + "/permit", pub).status()).isEqualTo(403);
    assertThat(api.get(base(plant) + "/permit", null).status()).isEqualTo(401);
    assertThat(api.putJson(base(plant) + "/permit", currentPermit(), null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/enterprises/999999/permit", token).status()).isEqualTo(404);

    // the authority of the jurisdiction reads and changes it (audited under its name)
    String henan = api.login("authority-henan", ApiContract.PASSWORD);
    assertThat(api.get(base(plant) + "/permit/view", henan).status()).isEqualTo(200);
    Api.Response r =
        api.putJson(
            base(plant) + "/facilities",
            Map.of("facilities", List.of(facility("U1", "power_unit", 1320.0, "DA001"))),
            henan);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(api.get("/api/v1/audit?action=facilities.replace&size=200", henan).body())
        .contains("authority-henan");
  }

  /** The problems of a 400 by their field path. */
  static Map<String, String> problems(JsonNode error) {
    Map<String, String> out = new HashMap<>();
    List<String> seen = new ArrayList<>();
    for (JsonNode e : error.get("errors")) {
      out.put(e.get("column").asString(), e.get("message").asString());
      seen.add(e.get("location").asString());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(out.keySet());
    return out;
  }
}
