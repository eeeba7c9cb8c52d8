package org.cocontrol.server.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.auth.Caller;
import org.cocontrol.server.system.ApiError;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.server.system.BadRequestException;
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
 * {@code /api/v1/statistics}: the regional statistics intensities are computed from (GDP, industrial value
 * added, population, energy consumption), entered by authorities for their jurisdiction. A batch is saved
 * whole or not at all.
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsController {

  /** The statistics and the units each may be given in. */
  static final Map<String, List<String>> UNITS = Map.of(
      "gdp", List.of("万元", "亿元"),
      "industrial_value_added", List.of("万元", "亿元"),
      "population", List.of("万人", "人"),
      "energy_consumption", List.of("tce", "万tce"));

  record StatisticIn(String region, Integer year, String name, Double value, String unit) {}

  record StatisticView(String region, int year, String name, double value, String unit) {}

  private final StatisticsStore store;
  private final AuditedChanges changes;

  StatisticsController(StatisticsStore store, AuditedChanges changes) {
    this.store = store;
    this.changes = changes;
  }

  @GetMapping
  List<StatisticView> list(@RequestParam String region, @RequestParam(required = false) String name, Authentication auth) {
    Caller c = authority(auth);
    Adcode r = Adcode.parseAny(region).orElseThrow(() -> BadRequestException.invalid("地区代码无效 / invalid region: " + region));
    if (!r.isWithin(c.scope())) {
      throw BadRequestException.forbidden("region " + r + " is outside your jurisdiction");
    }
    return store.list(r, name).stream().map(s -> new StatisticView(s.region().toString(), s.year(), s.name(), s.value(), s.unit())).toList();
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
        problems.add(new ApiError.Problem(row, "region", "row " + row, s.region(), "地区代码无效 / invalid region code"));
      } else if (!c.mayReportIn(r)) {
        problems.add(new ApiError.Problem(row, "region", "row " + row, s.region(), "不在您的辖区 / outside your jurisdiction"));
      }
      if (s.year() == null || s.year() < 1900 || s.year() > 2100) {
        problems.add(new ApiError.Problem(row, "year", "row " + row, String.valueOf(s.year()), "年份应为1900–2100 / year must be 1900–2100"));
      }
      List<String> units = s.name() == null ? null : UNITS.get(s.name());
      if (units == null) {
        problems.add(new ApiError.Problem(row, "name", "row " + row, s.name(), "统计项应为 " + UNITS.keySet() + " / name must be one of " + UNITS.keySet()));
      } else if (s.unit() == null || !units.contains(s.unit())) {
        problems.add(new ApiError.Problem(row, "unit", "row " + row, s.unit(), "单位应为 " + units + " / unit must be one of " + units));
      }
      if (s.value() == null || !(s.value() > 0) || s.value().isInfinite()) {
        problems.add(new ApiError.Problem(row, "value", "row " + row, String.valueOf(s.value()), "数值应为正数 / value must be a positive number"));
      }
      if (r != null && s.year() != null && s.value() != null && units != null) {
        String key = r + "/" + s.year() + "/" + s.name();
        Integer first = rowOf.putIfAbsent(key, row);
        if (first != null) {
          problems.add(new ApiError.Problem(row, "name", "row " + row, s.name(), "与第 " + first + " 行重复（同一地区、年份、统计项）/ the same region, year"
              + " and statistic as row " + first));
        }
        out.add(new StatisticsStore.Statistic(r, s.year(), s.name(), s.value(), s.unit()));
      }
    }
    if (!problems.isEmpty() || out.isEmpty()) {
      throw new BadRequestException(HttpStatus.BAD_REQUEST, new ApiError(problems.isEmpty()
          ? "没有数据 / no rows" : "统计数据被拒绝，未保存 / statistics rejected, nothing saved", problems));
    }
    Adcode about = out.stream().map(StatisticsStore.Statistic::region).reduce(StatisticsController::enclosing).orElseThrow();
    changes.run(c.username(), "statistics", about.toString(), out.size() + " rows", about, () -> store.saveAll(out));
    return Map.of("saved", out.size());
  }

  /** The smallest division containing both. */
  private static Adcode enclosing(Adcode a, Adcode b) {
    Adcode up = a;
    while (!b.isWithin(up)) {
      up = up.parent().orElse(Adcode.NATION);
    }
    return up;
  }

  private static Caller authority(Authentication auth) {
    return Caller.authority(auth, "统计数据仅限主管部门 / statistics are for authorities");
  }
}
