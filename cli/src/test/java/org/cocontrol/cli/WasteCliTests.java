package org.cocontrol.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IPCC sector 4 through the command line: landfill sites are accounted as deposit series. */
class WasteCliTests {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void captureOutput() {
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords();
    }
  }

  private static double ch4(List<CSVRecord> rows, String record) {
    return rows.stream()
        .filter(r -> r.get("record_id").equals(record) && r.get("substance").equals("CH4"))
        .mapToDouble(r -> Double.parseDouble(r.get("amount_t")))
        .sum();
  }

  /**
   * One managed anaerobic landfill in Sanming (k 0.09), rows out of order: 2021 and 2022 at 1000 t,
   * 2020 given by its Chinese name at 0.1 万t (= 1000 t). DDOCmd = 1000 × 0.138 × 0.5 × 1 = 69 t a
   * year, 1970–2019 estimated as 69 × 1.05^(y − 2020); a deposit d_y loses d_y × e^(−k(T−1−y)) × (1
   * − e^(−k)) in year T; CH4 = decomposed × 0.5 × 16/12 × (1 − 0.1). By hand: 2020 26.1617406903 t,
   * 2021 27.4732796077 t. A second site (unmanaged_shallow: MCF 0.4, DDOCmd 27.6 t, OX 0) of the
   * same entity is its own series.
   */
  @Test
  void accountsLandfillRowsAsOneSitePerTechnology() throws IOException {
    Path file = dir.resolve("waste.csv");
    Files.writeString(
        file,
        """
        record_id,entity_id,region,year,source,activity,amount,unit,technology
        L-2022,SM-LF,350400,2022,4.A,msw_landfilled,1000,t,managed_anaerobic
        L-2021,SM-LF,350400,2021,4.A,msw_landfilled,1000,t,managed_anaerobic
        L-2020,SM-LF,350400,2020,LANDFILL,生活垃圾填埋量,0.1,万t,managed_anaerobic
        S-2022,SM-LF,350400,2022,4.A,msw_landfilled,1000,t,unmanaged_shallow
        WW-1,SM-WW,350400,2022,4.D.1,wastewater_bod,100,t,anaerobic_reactor
        """,
        StandardCharsets.UTF_8);
    Path result = dir.resolve("result.csv");
    assertThat(
            CoControl.run("account", "--activities", file.toString(), "--out", result.toString()))
        .as(() -> err.toString(StandardCharsets.UTF_8))
        .isZero();
    List<CSVRecord> rows = read(result);
    assertThat(ch4(rows, "L-2020")).isCloseTo(26.1617406903, within(1e-9));
    assertThat(ch4(rows, "L-2021")).isCloseTo(27.4732796077, within(1e-9));
    double shallow = 0;
    for (int y = 1972; y < 2022; y++) {
      shallow +=
          27.6 * Math.pow(1.05, y - 2022) * Math.exp(-0.09 * (2021 - y)) * (1 - Math.exp(-0.09));
    }
    assertThat(ch4(rows, "S-2022")).isCloseTo(shallow * 0.5 * 16 / 12, within(1e-9));
    assertThat(ch4(rows, "WW-1")).isCloseTo(48, within(1e-12));
    CSVRecord line =
        rows.stream()
            .filter(r -> r.get("record_id").equals("L-2022") && r.get("substance").equals("CH4"))
            .findFirst()
            .orElseThrow();
    assertThat(line.get("method")).isEqualTo("first_order_decay");
    assertThat(line.get("source_category")).isEqualTo("LANDFILL");
    assertThat(line.get("ipcc")).isEqualTo("4.A");
    assertThat(line.get("provenance"))
        .contains("DDOCmd 2021 (records L-2021)=69 t")
        .contains("DDOCma 2021=");
  }

  @Test
  void sourcesListsTheWasteClassesWithTheirIpccCodes() {
    assertThat(CoControl.run("sources")).isZero();
    String o = out.toString(StandardCharsets.UTF_8);
    assertThat(o)
        .contains("LANDFILL")
        .contains("4.A")
        .contains("COMPOSTING")
        .contains("4.B")
        .contains("INCINERATION")
        .contains("4.C")
        .contains("WW_DOMESTIC")
        .contains("4.D.1")
        .contains("WW_INDUSTRIAL")
        .contains("4.D.2");
  }
}
