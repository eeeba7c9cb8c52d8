package org.cocontrol.core.readside;

import java.util.Map;
import java.util.SortedMap;
import org.cocontrol.core.comparison.Explanation;

/**
 * A region's yearly amounts of one substance, all from one layer, and the years left out because
 * they cannot be compared with the reference year (with the reason).
 */
public record Series(SortedMap<Integer, RegionValue> values, Map<Integer, Explanation> refused) {}
