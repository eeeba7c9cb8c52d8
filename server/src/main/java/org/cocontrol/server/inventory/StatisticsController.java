package org.cocontrol.server.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.auth.AccessPolicy;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.server.system.Messages;
import org.cocontrol.store.StatisticsStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/statistics}: the regional statistics intensities are computed from (GDP,
 * industrial value added, population, energy consumption), entered by authorities for their
 * jurisdiction. A batch is saved whole or not at all.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsController {

  /** The statistics and the units each may be given in. */
  static final Map<String, List<String>> UNITS =
      Map.of(
          "gdp", List.of("万元", "亿元"),
          "industrial_value_added", List.of("万元", "亿元"),
          "population", List.of("万人", "人"),
          "energy_consumption", List.of("tce", "万tce"));

  record StatisticIn(String region, Integer year, String name, Double value, String unit) {}

  record StatisticView(String region, int year, String name, double value, String unit) {}

  private final Statistics statistics;

  StatisticsController(Statistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping
  List<StatisticView> list(
      @RequestParam String region,
      @RequestParam(required = false) String name,
      Authentication auth) {
    Caller c = authority(auth);
    Adcode r =
        Adcode.parseAny(region)
            .orElseThrow(
                () ->
                    BadRequestException.invalid(Messages.text("statistics.invalidRegion", region)));
    if (!AccessPolicy.mayRead(c, r)) {
      throw BadRequestException.forbidden(Messages.text("access.regionOutside", r));
    }
    return statistics.list(r, name).stream()
        .map(s -> new StatisticView(s.region().toString(), s.year(), s.name(), s.value(), s.unit()))
        .toList();
  }

  @PostMapping
  Map<String, Integer> save(@RequestBody List<StatisticIn> rows, Authentication auth) {
    Caller c = authority(auth);
    List<ApiError.Problem> problems = new ArrayList<>();
    List<StatisticsStore.Statistic> out = new ArrayList<>();
    Map<String, Integer> rowOf = new java.util.HashMap<>();
    for (int i = 0; rows != null && i < rows.size(); i++) {
      StatisticIn s = rows.get(i);
      int row = i + 1;
      Adcode r = s.region() == null ? null : Adcode.parseAny(s.region()).orElse(null);
      if (r == null) {
        problems.add(
            new ApiError.Problem(
                row,
                "region",
                "row " + row,
                s.region(),
                Messages.text("statistics.invalidRegionCode")));
      } else if (!AccessPolicy.mayWrite(c, r)) {
        problems.add(
            new ApiError.Problem(
                row, "region", "row " + row, s.region(), Messages.text("access.outside")));
      }
      if (s.year() == null || s.year() < 1900 || s.year() > 2100) {
        problems.add(
            new ApiError.Problem(
                row,
                "year",
                "row " + row,
                String.valueOf(s.year()),
                Messages.text("statistics.year")));
      }
      List<String> units = s.name() == null ? null : UNITS.get(s.name());
      if (units == null) {
        problems.add(
            new ApiError.Problem(
                row,
                "name",
                "row " + row,
                s.name(),
                Messages.text("statistics.name", UNITS.keySet())));
      } else if (s.unit() == null || !units.contains(s.unit())) {
        problems.add(
            new ApiError.Problem(
                row, "unit", "row " + row, s.unit(), Messages.text("statistics.unit", units)));
      }
      if (s.value() == null || !(s.value() > 0) || s.value().isInfinite()) {
        problems.add(
            new ApiError.Problem(
                row,
                "value",
                "row " + row,
                String.valueOf(s.value()),
                Messages.text("statistics.value")));
      }
      if (r != null && s.year() != null && s.value() != null && units != null) {
        String key = r + "/" + s.year() + "/" + s.name();
        Integer first = rowOf.putIfAbsent(key, row);
        if (first != null) {
          problems.add(
              new ApiError.Problem(
                  row,
                  "name",
                  "row " + row,
                  s.name(),
                  Messages.text("statistics.duplicate", first)));
        }
        out.add(new StatisticsStore.Statistic(r, s.year(), s.name(), s.value(), s.unit()));
      }
    }
    if (!problems.isEmpty() || out.isEmpty()) {
      throw new BadRequestException(
          HttpStatus.BAD_REQUEST,
          new ApiError(
              problems.isEmpty()
                  ? Messages.text("statistics.empty")
                  : Messages.text("statistics.rejected"),
              problems));
    }
    statistics.save(c.username(), out);
    return Map.of("saved", out.size());
  }

  private static Caller authority(Authentication auth) {
    return AccessPolicy.requireAuthority(Caller.of(auth), Messages.text("access.statistics"));
  }
}
