package org.cocontrol.core.synergy;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Competition ranking (1, 1, 3): items whose keys compare equal share the best rank of their group.
 */
final class Ranks {

  private Ranks() {}

  /**
   * The rank of each item of {@code sorted}, which must already be in rank order.
   *
   * @param same whether two neighbours tie
   */
  static <T> int[] tied(List<T> sorted, BiPredicate<T, T> same) {
    int[] ranks = new int[sorted.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = i > 0 && same.test(sorted.get(i - 1), sorted.get(i)) ? ranks[i - 1] : i + 1;
    }
    return ranks;
  }

  /** Ties by a comparator: neighbours that compare equal share a rank. */
  static <T> int[] of(List<T> sorted, Comparator<T> order) {
    return tied(sorted, (a, b) -> order.compare(a, b) == 0);
  }
}
