package org.cocontrol.server.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cocontrol.core.plan.IndicatorStatus;
import org.cocontrol.core.plan.Plan;
import org.cocontrol.core.plan.PlanIndicator;
import org.cocontrol.core.plan.RollUp;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.reference.PlanCatalog;
import org.cocontrol.server.plan.PlanViews.DepartmentWorkload;
import org.cocontrol.server.plan.PlanViews.RollUpIndicator;
import org.cocontrol.server.plan.PlanViews.RollUpRegion;
import org.cocontrol.server.plan.PlanViews.RollUpView;
import org.cocontrol.store.PlanStore;
import org.springframework.stereotype.Service;

/**
 * Views across plans and regions: each department's workload over the four plans, and an indicator
 * roll-up over child regions.
 */
@Service
class PlanOverview {

  private final PlanService plans;
  private final PlanRecords records;

  PlanOverview(PlanService plans, PlanRecords records) {
    this.plans = plans;
    this.records = records;
  }

  /**
   * Each department named by a plan, with how many tasks it leads and cooperates on in each; the
   * busiest first.
   */
  List<DepartmentWorkload> departments() {
    List<DepartmentWorkload> out = new ArrayList<>();
    for (PlanCatalog.Department d : plans.catalog().departments().values()) {
      Map<String, Integer> lead = new LinkedHashMap<>();
      Map<String, Integer> coop = new LinkedHashMap<>();
      Set<String> names = new TreeSet<>();
      for (Plan p : plans.catalog().plans()) {
        p.departments()
            .forEach(
                (name, code) -> {
                  if (code.equals(d.code())) {
                    names.add(name);
                  }
                });
        lead.put(
            p.id(),
            (int)
                p.tasks().stream()
                    .filter(
                        t -> t.lead().stream().anyMatch(n -> d.code().equals(p.departmentCode(n))))
                    .count());
        coop.put(
            p.id(),
            (int)
                p.tasks().stream()
                    .filter(
                        t ->
                            t.cooperating().stream()
                                .anyMatch(n -> d.code().equals(p.departmentCode(n))))
                    .count());
      }
      if (!names.isEmpty()) {
        out.add(
            new DepartmentWorkload(
                d.code(), d.nameZh(), d.nameEn(), lead, coop, List.copyOf(names)));
      }
    }
    out.sort((a, b) -> Integer.compare(total(b), total(a)));
    return out;
  }

  private static int total(DepartmentWorkload w) {
    return w.leadByPlan().values().stream().mapToInt(Integer::intValue).sum()
        + w.cooperatingByPlan().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Each indicator's status in every child region of {@code top} that has recorded something
   * against the plan, and the statuses counted ({@link RollUp}).
   */
  RollUpView rollup(Plan p, Adcode top, int y) {
    PlanStore.IndicatorData data = records.indicatorData(p.id());
    Set<String> reporting = data.regions();
    Map<String, String> names = new LinkedHashMap<>();
    records.children(top).stream()
        .filter(c -> reporting.contains(c.adcode().toString()))
        .forEach(c -> names.put(c.adcode().toString(), c.nameZh()));
    List<String> rows = List.copyOf(names.keySet());
    List<RollUpIndicator> out = new ArrayList<>();
    for (PlanIndicator i : p.indicators()) {
      Map<String, IndicatorStatus> core = new LinkedHashMap<>();
      List<RollUpRegion> byRegion = new ArrayList<>();
      for (String c : rows) {
        Adcode child = Adcode.parseAny(c).orElseThrow();
        PlanService.Evaluated e = plans.evaluate(p, i, child, y, data);
        core.put(c, e.status());
        byRegion.add(new RollUpRegion(c, names.get(c), e.view()));
      }
      RollUp roll = RollUp.of(i.effectiveKind(), core);
      Map<String, Integer> counts = new LinkedHashMap<>();
      roll.statusCounts().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> counts.put(e.getKey().code(), e.getValue()));
      out.add(
          new RollUpIndicator(
              i.id(),
              i.name(),
              i.unit(),
              i.kind().code(),
              counts,
              roll.sumActual(),
              roll.sumTarget(),
              byRegion));
    }
    return new RollUpView(p.id(), top.toString(), y, rows, out);
  }
}
