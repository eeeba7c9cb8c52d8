package org.cocontrol.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdcodeTests {

  @Test
  void aCountyRollsUpToItsCityProvinceAndTheNation() {
    Adcode heping = Adcode.parse("210102").orElseThrow();
    assertThat(heping.level()).isEqualTo(RegionLevel.COUNTY);
    assertThat(heping.at(RegionLevel.CITY)).hasToString("210100");
    assertThat(heping.at(RegionLevel.PROVINCE)).hasToString("210000");
    assertThat(heping.at(RegionLevel.NATION)).isEqualTo(Adcode.NATION);
    assertThat(heping.parent().orElseThrow()).hasToString("210100");
  }

  @Test
  void municipalitiesAreTheirOwnCityLevel() {
    Adcode yuzhong = Adcode.of(500103);
    assertThat(yuzhong.at(RegionLevel.CITY)).hasToString("500000");
    assertThat(Adcode.of(500229).parent().orElseThrow()).hasToString("500000");
  }

  @Test
  void aCoarserCodeStaysWhereItIs() {
    assertThat(Adcode.of(410000).at(RegionLevel.COUNTY)).hasToString("410000");
    assertThat(Adcode.of(350400).at(RegionLevel.COUNTY)).hasToString("350400");
  }

  @Test
  void malformedCodesAreRefused() {
    assertThat(Adcode.parse("21010")).isEmpty();
    assertThat(Adcode.parse("2101O2")).isEmpty();
    assertThat(Adcode.parse("990000")).isEmpty();
    assertThat(Adcode.parse("000000")).isEmpty();
    assertThat(Adcode.parseAny("000000")).contains(Adcode.NATION);
  }

  @Test
  void withinFollowsTheTree() {
    assertThat(Adcode.of(350404).isWithin(Adcode.of(350400))).isTrue();
    assertThat(Adcode.of(350404).isWithin(Adcode.of(350000))).isTrue();
    assertThat(Adcode.of(350404).isWithin(Adcode.of(210000))).isFalse();
    assertThat(Adcode.of(350000).isWithin(Adcode.of(350400))).isFalse();
  }
}
