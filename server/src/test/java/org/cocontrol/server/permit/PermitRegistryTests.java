package org.cocontrol.server.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cocontrol.core.reporting.Permit;
import org.cocontrol.store.PermitStore;
import org.junit.jupiter.api.Test;

/** Which permit version serves a year or a day. */
class PermitRegistryTests {

  static PermitStore.StoredPermit version(long id, String from, String to) {
    return new PermitStore.StoredPermit(
        id,
        1,
        new Permit("91410102MA0DEMP01X001P", LocalDate.parse(from), LocalDate.parse(to), List.of()),
        "郑州市生态环境局",
        "key",
        "test",
        null);
  }

  @Test
  void ofTheVersionsOverlappingAYearTheOneThatStartedLastServesIt() {
    List<PermitStore.StoredPermit> versions =
        List.of(
            version(1, "2018-07-01", "2023-06-30"),
            version(2, "2023-05-01", "2028-04-30"),
            version(3, "2030-01-01", "2034-12-31"));
    assertThat(PermitRegistry.versionIn(versions, 2020).orElseThrow().id()).isEqualTo(1);
    // 2023: both 1 and 2 are valid in part of it; 2 started last
    assertThat(PermitRegistry.versionIn(versions, 2023).orElseThrow().id()).isEqualTo(2);
    assertThat(PermitRegistry.versionIn(versions, 2029)).isEmpty();
    assertThat(PermitRegistry.versionIn(versions, 2034).orElseThrow().id()).isEqualTo(3);
    assertThat(PermitRegistry.versionIn(versions, 2017)).isEmpty();
  }

  @Test
  void aPermitIsInForceFromItsFirstToItsLastDay() {
    Permit p = version(1, "2018-07-01", "2023-06-30").permit();
    assertThat(PermitRegistry.inForce(p, LocalDate.of(2018, 7, 1))).isTrue();
    assertThat(PermitRegistry.inForce(p, LocalDate.of(2023, 6, 30))).isTrue();
    assertThat(PermitRegistry.inForce(p, LocalDate.of(2018, 6, 30))).isFalse();
    assertThat(PermitRegistry.inForce(p, LocalDate.of(2023, 7, 1))).isFalse();
  }
}
