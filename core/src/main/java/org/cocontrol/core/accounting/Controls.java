package org.cocontrol.core.accounting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocontrol.core.text.Message;
import org.cocontrol.core.text.Numbers;

/**
 * The {@code controls} column, read and written in one place: entries {@code
 * code[:efficiency[:operating_rate]]} separated by {@code ;} (or {@code ；,，}), e.g. {@code
 * wet_fgd:0.98;scr:0.87;esp}. An efficiency or rate may be a fraction or a percentage ({@code
 * 95%}); a blank part ({@code scr::0.9}) means "not given". Activity files and the ledger both use
 * it, so what is stored is read back by the same rule it was written by.
 */
public final class Controls {

  private static final Pattern SEPARATORS = Pattern.compile("[;；,，]");
  private static final Pattern PARTS = Pattern.compile("[:：]");

  private Controls() {}

  /**
   * One entry that could not be read.
   *
   * @param entry the entry as written ({@code scr:1.5})
   */
  public record Problem(String entry, Message message) {}

  /** The controls read, in the order written, and every entry that could not be read. */
  public record Parsed(List<ControlSpec> controls, List<Problem> problems) {
    public Parsed {
      controls = List.copyOf(controls);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads a controls cell.
   *
   * @param codeOf a control's code from a code or name as written ({@code SCR}, {@code 静电除尘} →
   *     {@code esp}), empty when unknown
   */
  public static Parsed parse(String text, Function<String, Optional<String>> codeOf) {
    List<ControlSpec> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (text == null) {
      return new Parsed(out, problems);
    }
    Set<String> seen = new HashSet<>();
    for (String entry : SEPARATORS.split(text)) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      String[] parts = PARTS.split(e, -1);
      if (parts.length > 3) {
        problems.add(
            new Problem(
                e,
                new Message(
                    "治理设施应写作 代码[:去除效率[:运行率]]，得到 '" + e + "'",
                    "a control is written code[:efficiency[:operating_rate]], got '" + e + "'")));
        continue;
      }
      String name = parts[0].strip();
      Optional<String> code = codeOf.apply(name);
      if (code.isEmpty()) {
        problems.add(
            new Problem(e, new Message("未知治理设施 '" + name + "'", "unknown control '" + name + "'")));
      } else if (!seen.add(code.get())) {
        problems.add(
            new Problem(
                e,
                new Message(
                    "治理设施 " + code.get() + " 重复列出", "control " + code.get() + " is listed twice")));
      }
      int before = problems.size();
      Double efficiency =
          parts.length > 1 ? fraction(e, parts[1], "去除效率", "efficiency", problems) : null;
      Double rate =
          parts.length > 2 ? fraction(e, parts[2], "运行率", "operating rate", problems) : null;
      if (code.isPresent() && problems.size() == before) {
        out.add(new ControlSpec(code.get(), efficiency, rate));
      }
    }
    return new Parsed(out, problems);
  }

  /**
   * The column's text for controls: {@code code[:efficiency[:operating_rate]]} joined by {@code ;},
   * empty for none.
   */
  public static String format(List<ControlSpec> controls) {
    return controls.stream().map(Controls::format).collect(Collectors.joining(";"));
  }

  private static String format(ControlSpec c) {
    String s = c.code();
    if (c.efficiency() != null || c.operatingRate() != null) {
      s += ":" + (c.efficiency() == null ? "" : c.efficiency());
    }
    if (c.operatingRate() != null) {
      s += ":" + c.operatingRate();
    }
    return s;
  }

  /** An efficiency or operating rate from 0 to 1; a blank part means "not given". */
  private static Double fraction(
      String entry, String part, String whatZh, String whatEn, List<Problem> problems) {
    String p = part.strip();
    if (p.isEmpty()) {
      return null;
    }
    try {
      double v = Numbers.fraction(p);
      if (v >= 0 && v <= 1) {
        return v;
      }
    } catch (Numbers.BadValue e) {
      // reported below with the range
    }
    problems.add(
        new Problem(
            entry,
            new Message(
                "治理设施 '" + entry + "' 的" + whatZh + "应为 0–1 之间的小数或百分数（如 0.95 或 95%），得到 '" + p + "'",
                "control '"
                    + entry
                    + "': "
                    + whatEn
                    + " must be a fraction from 0 to 1 or a percentage (0.95 or 95%), got '"
                    + p
                    + "'")));
    return null;
  }
}
