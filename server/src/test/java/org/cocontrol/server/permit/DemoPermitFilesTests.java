package org.cocontrol.server.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cocontrol.io.Table;
import org.junit.jupiter.api.Test;

/**
 * The shipped demo facilities, permits and 2023 monthly report files (built by {@code
 * demo/make_permits_and_reports.py}): the facilities and permits pass the API's own checks, and the
 * monthly files are well formed — twelve months per facility, sums equal to the plants' annual
 * figures in {@code power_plants.csv}, lab chronology inside 40 days of month end and carbon per GJ
 * inside the band, except in the two plants made to be caught (named in the demo README).
 */
class DemoPermitFilesTests {

  /** C_ar / NCV ≈ 0.018 tC/GJ in April–June at every unit. */
  static final String LOW_CARBON = "GPPD-1075619";

  /** The twelve lab reports of unit U1 carry one test date (2024-01-20). */
  static final String SAME_TEST_DATE = "GPPD-1070264";

  static List<Table.Row> csv(String path) throws IOException {
    try (InputStreamReader r =
        new InputStreamReader(
            Objects.requireNonNull(DemoPermitFilesTests.class.getResourceAsStream(path), path),
            StandardCharsets.UTF_8)) {
      Table t = Table.read(path, r, Table.Columns.any(List.of(), Table.WIDE));
      assertThat(t.problems()).as(path).isEmpty();
      return t.rows();
    }
  }

  static Map<String, Table.Row> byId(String path, String column) throws IOException {
    Map<String, Table.Row> out = new HashMap<>();
    for (Table.Row r : csv(path)) {
      out.put(r.get(column), r);
    }
    return out;
  }

  @Test
  void shippedFacilitiesAndPermitsPassTheApisChecks() throws IOException {
    Map<String, Table.Row> enterprises = byId("/demo/enterprises.csv", "id");
    PermitRegistry.Shipped shipped =
        PermitRegistry.readShipped("/demo/facilities.csv", "/demo/permits.csv");
    Map<String, Set<String>> codes = new HashMap<>();
    shipped
        .facilities()
        .forEach(
            (entity, list) -> {
              assertThat(enterprises).containsKey(entity);
              PermitInput.Checked<List<org.cocontrol.core.reporting.Facility>> c =
                  PermitInput.facilities(new PermitViews.FacilitiesIn(list));
              assertThat(c.problems()).as(entity).isEmpty();
              codes.put(
                  entity,
                  c.value().stream()
                      .map(org.cocontrol.core.reporting.Facility::code)
                      .collect(Collectors.toSet()));
            });
    LocalDate midYear = LocalDate.of(2023, 6, 30);
    shipped
        .permits()
        .forEach(
            (entity, versions) -> {
              String credit = enterprises.get(entity).get("credit_code");
              boolean covers2023 = false;
              for (PermitViews.PermitIn in : versions) {
                PermitInput.Checked<PermitInput.PermitFields> c =
                    PermitInput.permit(
                        in, credit.isBlank() ? null : credit, codes.getOrDefault(entity, Set.of()));
                assertThat(c.problems()).as(entity).isEmpty();
                covers2023 |= PermitRegistry.inForce(c.value().permit(), midYear);
                String number = enterprises.get(entity).get("permit_number");
                if (!number.isBlank()) {
                  assertThat(in.number()).isEqualTo(number);
                }
              }
              assertThat(covers2023).as(entity).isTrue();
            });
    // every synthetic enterprise and every accounted plant has a permit
    Map<String, Table.Row> plants = byId("/demo/power_plants.csv", "plant_id");
    for (Table.Row e : enterprises.values()) {
      boolean wanted =
          e.get("synthetic").equals("Y")
              || e.get("source").equals("GPPD")
                  && plants.get(e.get("id").substring(5)).get("accounted").equals("Y");
      assertThat(shipped.permits().containsKey(e.get("id"))).as(e.get("id")).isEqualTo(wanted);
    }
    assertThat(shipped.permits().get("SYN-HA-03")).hasSize(2);
  }

  @Test
  void monthlyReportFilesAreWellFormed() throws IOException, URISyntaxException {
    Map<String, Table.Row> plants = byId("/demo/power_plants.csv", "plant_id");
    Map<String, Set<String>> facilities = new HashMap<>();
    for (Table.Row r : csv("/demo/facilities.csv")) {
      facilities.computeIfAbsent(r.get("entity_id"), k -> new TreeSet<>()).add(r.get("facility"));
    }
    Path dir = Path.of(DemoPermitFilesTests.class.getResource("/demo/reports/2023").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    long total = 0;
    boolean sawLow = false;
    boolean sawSameDate = false;
    for (Path file : files) {
      total += Files.size(file);
      String entity = file.getFileName().toString().replace(".csv", "");
      Table.Row plant = plants.get(entity.substring(5));
      List<Table.Row> rows = csv("/demo/reports/2023/" + file.getFileName());
      Map<String, Set<Integer>> fuelMonths = new TreeMap<>();
      Map<String, Set<Integer>> purchasedMonths = new TreeMap<>();
      double fuel = 0;
      double generated = 0;
      Map<String, Double> generatedAt = new HashMap<>();
      List<String> reportNumbers = new ArrayList<>();
      Map<LocalDate, Integer> testDates = new HashMap<>();
      int lowMonths = 0;
      for (Table.Row r : rows) {
        assertThat(r.get("entity_id")).isEqualTo(entity);
        assertThat(r.get("year")).isEqualTo("2023");
        String facility = r.get("facility");
        assertThat(facilities.get(entity)).as(entity).contains(facility);
        int month = Integer.parseInt(r.get("month"));
        assertThat(month).isBetween(1, 12);
        double amount = Double.parseDouble(r.get("amount"));
        assertThat(amount).isPositive();
        String key = facility + "/" + month;
        switch (r.get("activity")) {
          case "raw_coal", "natural_gas" -> {
            assertThat(r.get("activity")).isEqualTo(plant.get("fuel_activity"));
            assertThat(fuelMonths.computeIfAbsent(facility, k -> new TreeSet<>()).add(month))
                .isTrue();
            fuel += amount;
            reportNumbers.add(r.get("report_no"));
            LocalDate sample = LocalDate.parse(r.get("sample_date"));
            LocalDate test = LocalDate.parse(r.get("test_date"));
            LocalDate report = LocalDate.parse(r.get("report_date"));
            testDates.merge(test, 1, Integer::sum);
            LocalDate limit = YearMonth.of(2023, month).atEndOfMonth().plusDays(40);
            boolean deliberate = entity.equals(SAME_TEST_DATE) && facility.equals("U1");
            boolean inOrder =
                !sample.isAfter(test) && !test.isAfter(report) && !report.isAfter(limit);
            assertThat(inOrder || deliberate).as(entity + " " + key).isTrue();
            if (r.get("activity").equals("raw_coal")) {
              double perGj =
                  Double.parseDouble(r.get("carbon_content")) / Double.parseDouble(r.get("ncv"));
              assertThat(r.get("carbon_content_unit")).isEqualTo("tC/t");
              if (entity.equals(LOW_CARBON) && month >= 4 && month <= 6) {
                assertThat(perGj).isBetween(0.0175, 0.0185);
                lowMonths++;
              } else {
                assertThat(perGj).as(entity + " " + key).isBetween(0.0250, 0.0280);
              }
            }
          }
          case "electricity_generated" -> {
            generated += amount;
            generatedAt.put(key, amount);
          }
          case "electricity_supplied" ->
              assertThat(amount).isLessThan(generatedAt.get(key)); // written after generation
          case "heat_supplied" -> assertThat(plant.get("name")).containsIgnoringCase("cogen");
          case "electricity_purchased" ->
              assertThat(purchasedMonths.computeIfAbsent(facility, k -> new TreeSet<>()).add(month))
                  .isTrue();
          default -> throw new AssertionError("unexpected activity " + r.get("activity"));
        }
      }
      Set<Integer> twelve = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
      assertThat(fuelMonths).isNotEmpty();
      fuelMonths.values().forEach(m -> assertThat(m).isEqualTo(twelve));
      assertThat(purchasedMonths.get("COMMON")).isEqualTo(twelve);
      double annualFuel = Double.parseDouble(plant.get("fuel_amount"));
      double annualGeneration = Double.parseDouble(plant.get("generation_mwh"));
      assertThat(Math.abs(fuel - annualFuel) / annualFuel).as(entity).isLessThan(1e-6);
      assertThat(Math.abs(generated - annualGeneration) / annualGeneration)
          .as(entity)
          .isLessThan(1e-6);
      assertThat(reportNumbers).as(entity).isSorted().doesNotHaveDuplicates();
      if (entity.equals(LOW_CARBON)) {
        assertThat(lowMonths).isEqualTo(3 * fuelMonths.size());
        sawLow = true;
      }
      if (entity.equals(SAME_TEST_DATE)) {
        assertThat(testDates.get(LocalDate.of(2024, 1, 20))).isEqualTo(12);
        sawSameDate = true;
      } else {
        assertThat(testDates.values()).as(entity).allMatch(n -> n < 12);
      }
    }
    assertThat(sawLow).isTrue();
    assertThat(sawSameDate).isTrue();
    assertThat(total).isLessThan(400_000);
  }
}
