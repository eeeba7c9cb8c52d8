package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.readside.CeadsClassification;
import org.junit.jupiter.api.Test;

class CeadsReferenceTests {

  private final CeadsClassification ceads = CeadsReference.classification();

  @Test
  void sectorsMapToProjectSourcesAndHaveChineseNames() {
    assertThat(ceads.source("Production and Supply of Electric Power, Steam and Hot Water"))
        .isEqualTo("POWER");
    assertThat(ceads.source("Smelting and Pressing of Ferrous Metals")).isEqualTo("STEEL");
    assertThat(ceads.source("Coal Mining and Dressing"))
        .isEqualTo(CeadsClassification.OTHER_SOURCE);
    assertThat(ceads.sectorName("Urban")).isEqualTo("城镇生活消费");
    assertThat(ceads.fuelName("Raw Coal")).isEqualTo("原煤");
    assertThat(ceads.fuelName("not a fuel")).isEqualTo("not a fuel");
  }

  /**
   * A sector mapped to a code the source classification does not know would drop its CO2 into a
   * source no one reports.
   */
  @Test
  void everyMappedSourceIsAProjectSourceCategory() throws IOException {
    Classification classification = ReferenceLoader.load().classification();
    try (var in =
        new InputStreamReader(
            CeadsReference.class.getResourceAsStream(
                "/org/cocontrol/reference/classification/ceads_sectors.csv"),
            StandardCharsets.UTF_8)) {
      int mapped = 0;
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String source = r.get("source_category").strip();
        if (!source.isEmpty()) {
          assertThat(classification.source(source)).as(r.get("sector_en")).isPresent();
          mapped++;
        }
      }
      assertThat(mapped).isEqualTo(20);
    }
  }
}
