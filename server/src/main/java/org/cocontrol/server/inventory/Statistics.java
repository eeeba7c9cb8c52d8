package org.cocontrol.server.inventory;

import java.util.List;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.system.AuditedChanges;
import org.cocontrol.store.StatisticsStore;
import org.springframework.stereotype.Service;

/**
 * Regional statistics (the denominators of intensities): read by region, saved as one audited
 * batch.
 */
@Service
class Statistics {

  private final StatisticsStore store;
  private final AuditedChanges changes;

  Statistics(StatisticsStore store, AuditedChanges changes) {
    this.store = store;
    this.changes = changes;
  }

  List<StatisticsStore.Statistic> list(Adcode region, String name) {
    return store.list(region, name);
  }

  /**
   * Saves checked rows in one transaction with one audit entry about the smallest division holding
   * them all.
   */
  void save(String username, List<StatisticsStore.Statistic> rows) {
    Adcode about =
        rows.stream()
            .map(StatisticsStore.Statistic::region)
            .reduce(Statistics::enclosing)
            .orElseThrow();
    changes.run(
        username,
        "statistics",
        about.toString(),
        rows.size() + " rows",
        about,
        () -> store.saveAll(rows));
  }

  /** The smallest division containing both. */
  private static Adcode enclosing(Adcode a, Adcode b) {
    Adcode up = a;
    while (!b.isWithin(up)) {
      up = up.parent().orElse(Adcode.NATION);
    }
    return up;
  }
}
