package org.cocontrol.core.synergy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cocontrol.core.region.Adcode;

/**
 * A region between a base year and a later year: the region as a whole, judged like a measure, and each
 * source category with its share of the region's reductions.
 *
 * @param sources by source code; empty when the inventory rows carried no source breakdown
 */
public record RegionResult(Adcode region, int baseYear, int year, MeasureResult total, List<SourceResult> sources) {

  public RegionResult {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(total, "total");
    sources = List.copyOf(sources);
  }

  /** Sources where both CO2 and APeq fell, largest joint share of the region's reductions first. */
  public List<SourceResult> coReductionDrivers() {
    List<SourceResult> out = new ArrayList<>();
    for (SourceResult s : sources) {
      if (s.result().quadrant() == Quadrant.SYNERGY) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingDouble(s -> -(s.shareOfCo2Reduction().orElse(0) + s.shareOfApeqReduction().orElse(0))));
    return out;
  }

  /** Sources where one of CO2 and APeq fell and the other rose, in source order. */
  public List<SourceResult> tradeOffs() {
    return sources.stream().filter(SourceResult::isTradeOff).toList();
  }

  /** The region's verdict, followed by which sources drove co-reduction and which traded one off against the other. */
  public Verdict summary() {
    StringBuilder zh = new StringBuilder(total.verdict().zh());
    StringBuilder en = new StringBuilder(total.verdict().en());
    List<SourceResult> drivers = coReductionDrivers();
    if (!drivers.isEmpty()) {
      zh.append("；协同减排来源：").append(String.join("、", drivers.stream().map(SourceResult::source).toList()));
      en.append("; co-reduction from: ").append(String.join(", ", drivers.stream().map(SourceResult::source).toList()));
    }
    List<SourceResult> trade = tradeOffs();
    if (!trade.isEmpty()) {
      zh.append("；此消彼长：").append(String.join("、", trade.stream().map(s -> s.source() + "（" + s.result().quadrant().nameZh() + "）").toList()));
      en.append("; trade-offs: ").append(String.join(", ", trade.stream().map(s -> s.source() + " (" + s.result().quadrant().code() + ")").toList()));
    }
    return Verdict.of(zh.toString(), en.toString());
  }
}
