package org.cocontrol.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A landfill site's years depend on each other (first-order decay): adding or withdrawing one year
 * re-accounts the site's other years in the same transaction.
 */
@H2ApiServer
class H2LandfillTests {

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  private double ch4(int year) {
    JsonNode inv =
        api.get("/api/v1/inventory?region=410000&year=" + year + "&substance=CH4", null).json();
    return inv.get("totalT") == null || inv.get("totalT").isNull()
        ? 0
        : inv.get("totalT").asDouble();
  }

  private static byte[] csv(String... rows) {
    return ("record_id,entity_id,region,year,source,activity,amount,unit,technology\n"
            + String.join("\n", rows)
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A managed anaerobic site in Zhengzhou (Henan: dry temperate zone, k = 0.05; OX 0.1): 1000 t a
   * year gives DDOCmd = 1000 × 0.138 × 0.5 × 1 = 69 t; 50 years before the first reported year are
   * estimated at DDOCmd_first × 1.05^(y − first); CH4 = decomposed × 0.5 × 16/12 × 0.9. Computed by
   * hand from each deposit (d_y loses d_y × e^(−k(T−1−y)) × (1 − e^(−k)) in year T):
   *
   * <pre>
   *   upload 1 (2021, 2022 at 1000 t):                 2021 20.2960127224 t, 2022 21.3252663273 t
   *   upload 2 adds 2020 at 3000 t (207 t DDOCm):      2021 63.9757989818 t, 2022 62.8747642731 t
   *   withdrawing upload 2 brings upload 1's values back.
   * </pre>
   */
  @Test
  void addingOrWithdrawingAYearReaccountsTheSitesOtherYears() {
    String token = api.login("authority", ApiContract.PASSWORD);
    double before2021 = ch4(2021);
    double before2022 = ch4(2022);
    Api.Response first =
        api.upload(
            "/api/v1/activities",
            "landfill.csv",
            csv(
                "LF-2021,TEST-LF,410105,2021,4.A,msw_landfilled,1000,t,managed_anaerobic",
                "LF-2022,TEST-LF,410105,2022,4.A,msw_landfilled,1000,t,managed_anaerobic"),
            token);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    double a2021 = 20.2960127224;
    double a2022 = 21.3252663273;
    assertThat(ch4(2021) - before2021).isCloseTo(a2021, within(1e-6));
    assertThat(ch4(2022) - before2022).isCloseTo(a2022, within(1e-6));

    Api.Response second =
        api.upload(
            "/api/v1/activities",
            "landfill-2020.csv",
            csv("LF-2020,TEST-LF,410105,2020,4.A,msw_landfilled,3000,t,managed_anaerobic"),
            token);
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(ch4(2021) - before2021).isCloseTo(63.9757989818, within(1e-6));
    assertThat(ch4(2022) - before2022).isCloseTo(62.8747642731, within(1e-6));

    long id = second.json().get("uploadId").asLong();
    Api.Response w =
        api.postJson("/api/v1/uploads/" + id + "/withdraw", Map.of("reason", "测试"), token);
    assertThat(w.status()).as(w.body()).isEqualTo(200);
    assertThat(ch4(2021) - before2021).isCloseTo(a2021, within(1e-6));
    assertThat(ch4(2022) - before2022).isCloseTo(a2022, within(1e-6));
  }
}
