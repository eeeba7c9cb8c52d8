package org.cocontrol.cli;

import java.util.List;
import java.util.Locale;
import org.cocontrol.core.synergy.MeasureResult;
import org.cocontrol.core.synergy.Quadrant;
import org.cocontrol.core.synergy.RankedMeasure;

/**
 * The co-control coordinate chart as a standalone SVG: x = relative APeq reduction, y = relative
 * CO2 reduction, one labelled point per measure (an undefined relative reduction, from a zero base,
 * is drawn at 0).
 */
final class SynergyChart {

  private static final int SIZE = 640;
  private static final int MARGIN = 70;

  private SynergyChart() {}

  static String svg(List<RankedMeasure> measures) {
    double range = 0.1;
    for (RankedMeasure m : measures) {
      range = Math.max(range, Math.max(Math.abs(x(m.result())), Math.abs(y(m.result()))));
    }
    range *= 1.15;
    int plot = SIZE - 2 * MARGIN;
    int mid = MARGIN + plot / 2;
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(SIZE)
        .append("\" height=\"")
        .append(SIZE)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    b.append("<rect x=\"")
        .append(mid)
        .append("\" y=\"")
        .append(MARGIN)
        .append("\" width=\"")
        .append(plot / 2)
        .append("\" height=\"")
        .append(plot / 2)
        .append("\" fill=\"#e8f5e9\"/>\n");
    b.append(line(MARGIN, mid, SIZE - MARGIN, mid)).append(line(mid, MARGIN, mid, SIZE - MARGIN));
    b.append(text(SIZE / 2, 30, "middle", "协同控制坐标系 / co-control coordinate chart", "14"));
    b.append(text(SIZE - MARGIN, mid + 32, "end", "大气污染物当量相对减排 / relative APeq reduction →", "12"));
    b.append("<text x=\"")
        .append(mid - 34)
        .append("\" y=\"")
        .append(MARGIN)
        .append("\" text-anchor=\"end\" transform=\"rotate(-90 ")
        .append(mid - 34)
        .append(' ')
        .append(MARGIN)
        .append(")\">CO2 相对减排 / relative CO2 reduction →</text>\n");
    b.append(text(SIZE - MARGIN - 6, MARGIN + 16, "end", "协同减排 synergy", "12"));
    b.append(text(MARGIN + 6, MARGIN + 16, "start", "仅降碳 carbon_only", "12"));
    b.append(text(SIZE - MARGIN - 6, SIZE - MARGIN - 8, "end", "仅减污 pollutant_only", "12"));
    b.append(text(MARGIN + 6, SIZE - MARGIN - 8, "start", "双增 both_increase", "12"));
    b.append(text(SIZE - MARGIN, mid + 16, "end", pct(range), "10"))
        .append(text(MARGIN, mid + 16, "start", pct(-range), "10"));
    b.append(text(mid + 6, MARGIN + 4, "start", pct(range), "10"))
        .append(text(mid + 6, SIZE - MARGIN, "start", pct(-range), "10"));
    for (RankedMeasure m : measures) {
      double px = mid + x(m.result()) / range * plot / 2;
      double py = mid - y(m.result()) / range * plot / 2;
      b.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>%n",
              px,
              py,
              colour(m.result().quadrant())));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n",
              px + 8,
              py - 6,
              escape(m.rank() + ". " + m.result().id())));
    }
    return b.append("</svg>\n").toString();
  }

  private static double x(MeasureResult r) {
    return r.apeq().relativeReduction().orElse(0);
  }

  private static double y(MeasureResult r) {
    return r.co2().relativeReduction().orElse(0);
  }

  private static String colour(Quadrant q) {
    return switch (q) {
      case SYNERGY -> "#2e7d32";
      case POLLUTANT_ONLY -> "#1565c0";
      case CARBON_ONLY -> "#ef6c00";
      case BOTH_INCREASE -> "#c62828";
      case NO_EFFECT -> "#757575";
    };
  }

  private static String line(int x1, int y1, int x2, int y2) {
    return "<line x1=\""
        + x1
        + "\" y1=\""
        + y1
        + "\" x2=\""
        + x2
        + "\" y2=\""
        + y2
        + "\" stroke=\"#424242\"/>\n";
  }

  private static String text(int x, int y, String anchor, String s, String size) {
    return "<text x=\""
        + x
        + "\" y=\""
        + y
        + "\" text-anchor=\""
        + anchor
        + "\" font-size=\""
        + size
        + "\">"
        + escape(s)
        + "</text>\n";
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", v * 100);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
