package org.cocontrol.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocontrol.core.substance.Substance;

/**
 * Where each column sits in one activity file, read from its header row. Problems with the header
 * are reported once here rather than on every row.
 */
final class Header {

  private static final String MEASURED_PREFIX = "measured_";
  private static final String MEASURED_SUFFIX = "_t";
  private static final String MEASURED_PREFIX_ZH = "实测";
  private static final List<String> MEASURED_SUFFIXES_ZH =
      List.of("(t)", "（t）", "(吨)", "（吨）", "_t");

  private final Map<Column, Integer> index = new EnumMap<>(Column.class);
  private final Map<Integer, Substance> measured = new LinkedHashMap<>();
  private final boolean[] named;
  private boolean complete = true;

  private Header(int width) {
    this.named = new boolean[width];
  }

  static Header read(long line, List<String> cells, Places at, Problems problems) {
    return read(line, cells, at, problems, Column.Layout.ACTIVITIES);
  }

  /** The header of a file of the given layout (an activity file, a report's monthly data). */
  static Header read(
      long line, List<String> cells, Places at, Problems problems, Column.Layout layout) {
    Header h = new Header(cells.size());
    Map<Substance, Integer> substanceColumns = new EnumMap<>(Substance.class);
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      h.named[i] = true;
      Place where = at.cell(line, i);
      Optional<Column> column = Column.byHeader(text, layout);
      if (column.isPresent()) {
        Integer earlier = h.index.putIfAbsent(column.get(), i);
        if (earlier != null) {
          String first = cells.get(earlier).strip();
          problems.error(
              where,
              text,
              text,
              "重复的列 '" + text + "'，与列 '" + first + "' 相同",
              "duplicate column '" + text + "', same as column '" + first + "'");
        }
        continue;
      }
      Optional<String> substanceText = measuredSubstance(text);
      if (substanceText.isPresent()) {
        Optional<Substance> s = Substance.parse(substanceText.get());
        if (s.isEmpty() || substanceText.get().isBlank()) {
          problems.error(
              where,
              text,
              text,
              "实测排放量列中的物质 '" + substanceText.get() + "' 未知",
              "unknown substance '"
                  + substanceText.get()
                  + "' in measured-emission column '"
                  + text
                  + "'");
        } else if (substanceColumns.containsKey(s.get())) {
          String first = cells.get(substanceColumns.get(s.get())).strip();
          problems.error(
              where,
              text,
              text,
              "重复的实测排放量列 '" + text + "'，与列 '" + first + "' 同为 " + s.get().code(),
              "duplicate measured-emission column '"
                  + text
                  + "', column '"
                  + first
                  + "' is also "
                  + s.get().code());
        } else {
          substanceColumns.put(s.get(), i);
          h.measured.put(i, s.get());
        }
        continue;
      }
      // Extra columns (notes, names) are common in real files; ignoring them silently would also
      // hide typos, so the
      // warning names the column the user probably meant.
      Optional<String> meant = Column.closest(text, layout);
      problems.warning(
          where,
          text,
          text,
          "未识别的列 '" + text + "'，已忽略" + meant.map(m -> "；是否应为 '" + m + "'？").orElse(""),
          "unknown column '"
              + text
              + "' ignored"
              + meant.map(m -> "; did you mean '" + m + "'?").orElse(""));
    }
    for (Column c : Column.values()) {
      if (c.required(layout) && !h.index.containsKey(c)) {
        h.complete = false;
        problems.error(
            at.row(line),
            c.key(),
            "",
            "缺少必填列 " + c.key() + "（或 " + String.join("、", c.aliases()) + "）",
            "missing required column " + c.key());
      }
    }
    return h;
  }

  /**
   * The substance text of a measured-emission header ({@code measured_SO2_t}, {@code 实测二氧化硫(t)}),
   * if it is one.
   */
  private static Optional<String> measuredSubstance(String text) {
    // Cut from the text as written, so a message quotes the substance as the user spelled it.
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith(MEASURED_PREFIX)
        && lower.endsWith(MEASURED_SUFFIX)
        && t.length() >= MEASURED_PREFIX.length() + MEASURED_SUFFIX.length()) {
      return Optional.of(
          t.substring(MEASURED_PREFIX.length(), t.length() - MEASURED_SUFFIX.length()).strip());
    }
    if (t.startsWith(MEASURED_PREFIX_ZH)) {
      String rest = t.substring(MEASURED_PREFIX_ZH.length());
      for (String suffix : MEASURED_SUFFIXES_ZH) {
        if (rest.toLowerCase(Locale.ROOT).endsWith(suffix)) {
          rest = rest.substring(0, rest.length() - suffix.length());
          break;
        }
      }
      return Optional.of(rest.strip());
    }
    return Optional.empty();
  }

  /** The position of a column, or -1 when the file does not have it. */
  int indexOf(Column c) {
    return index.getOrDefault(c, -1);
  }

  boolean has(Column c) {
    return index.containsKey(c);
  }

  /** Whether every required column is present, so rows can become records. */
  boolean complete() {
    return complete;
  }

  /** Measured-emission columns by position. */
  Map<Integer, Substance> measured() {
    return Collections.unmodifiableMap(measured);
  }

  /**
   * Whether a position has a header, used or already reported; values elsewhere belong to no
   * column.
   */
  boolean named(int column) {
    return column < named.length && named[column];
  }
}
