package org.cocontrol.core.energybalance;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an energy balance table's rows and columns are recognised by their Chinese labels, and what
 * each row and fuel means for the project (reference data: {@code
 * classification/energy_balance_rows.csv} and {@code energy_balance_fuels.csv}).
 *
 * <p>Labels are compared after {@link #normalise}: full-width forms folded, spaces, brackets'
 * contents such as units and "(-)" signs, "其中：" and leading numbering removed, so {@code
 * "其中：用作原料、材料"}, {@code " 用作原料,材料"} and {@code "1.工业"} match their rows.
 */
public final class BalanceLabels {

  /**
   * A row's meaning in the project.
   *
   * @param sources the project source categories whose ledger and top-down CO2 the row's sectoral
   *     CO2 is compared with (empty: none); rows with the same sources are compared together
   * @param ipcc the IPCC 2006 category of the row's combustion (1.A…), or null
   */
  public record RowInfo(
      BalanceRow row, String nameZh, List<String> aliases, List<String> sources, String ipcc) {
    public RowInfo {
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(nameZh, "nameZh");
      aliases = List.copyOf(aliases);
      sources = List.copyOf(sources);
      ipcc = ipcc == null || ipcc.isBlank() ? null : ipcc;
    }
  }

  private final Map<BalanceRow, RowInfo> rows;
  private final List<BalanceFuel> fuels;
  private final Map<String, BalanceRow> rowByLabel = new HashMap<>();
  private final Map<String, BalanceFuel> fuelByLabel = new HashMap<>();
  private final Map<String, BalanceFuel> fuelByCode = new HashMap<>();

  private BalanceLabels(List<RowInfo> rows, List<BalanceFuel> fuels) {
    this.rows = new EnumMap<>(BalanceRow.class);
    for (RowInfo r : rows) {
      if (this.rows.put(r.row(), r) != null) {
        throw new IllegalArgumentException("row " + r.row() + " given twice");
      }
      label(rowByLabel, r.nameZh(), r.row());
      r.aliases().forEach(a -> label(rowByLabel, a, r.row()));
    }
    for (BalanceRow b : BalanceRow.values()) {
      if (!this.rows.containsKey(b)) {
        throw new IllegalArgumentException("row " + b + " has no label");
      }
    }
    this.fuels = List.copyOf(fuels);
    for (BalanceFuel f : fuels) {
      if (fuelByCode.put(f.code(), f) != null) {
        throw new IllegalArgumentException("fuel " + f.code() + " given twice");
      }
      label(fuelByLabel, f.nameZh(), f);
      f.aliases().forEach(a -> label(fuelByLabel, a, f));
    }
  }

  private static <T> void label(Map<String, T> map, String label, T value) {
    String key = normalise(label);
    T old = map.put(key, value);
    if (old != null && !old.equals(value)) {
      throw new IllegalArgumentException("label " + label + " means both " + old + " and " + value);
    }
  }

  /**
   * The labels; every {@link BalanceRow} needs one, and no label may mean two rows or two fuels.
   *
   * @throws IllegalArgumentException when they do not
   */
  public static BalanceLabels of(List<RowInfo> rows, List<BalanceFuel> fuels) {
    return new BalanceLabels(rows, fuels);
  }

  public RowInfo row(BalanceRow row) {
    return rows.get(row);
  }

  public List<BalanceFuel> fuels() {
    return fuels;
  }

  public Optional<BalanceFuel> fuel(String code) {
    return Optional.ofNullable(fuelByCode.get(code));
  }

  /** The row a label names, if any. */
  public Optional<BalanceRow> rowOf(String label) {
    return Optional.ofNullable(rowByLabel.get(normalise(label)));
  }

  /** The fuel a column header names, if any. */
  public Optional<BalanceFuel> fuelOf(String label) {
    return Optional.ofNullable(fuelByLabel.get(normalise(label)));
  }

  /** Full-width ASCII forms (（）：，１ …) and the ideographic space folded to ASCII. */
  private static String fold(String label) {
    StringBuilder b = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      b.append(c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c == '\u3000' ? ' ' : c);
    }
    return b.toString();
  }

  /**
   * A label as compared: full-width forms folded, bracketed parts (units, "(-)", "(区、市)") and
   * whitespace removed, a leading "其中" and numbering ("1.", "一、", "(一)") removed, ",", "，" and "、"
   * made one.
   */
  public static String normalise(String label) {
    if (label == null) {
      return "";
    }
    String s = fold(label);
    s = s.replaceAll("[\\s\\u3000\\u00a0]", "");
    s = s.replaceAll("[\\[【].*?[\\]】]", "").replaceAll("\\(.*?\\)", "");
    s = s.replaceAll("^(其中|内)[:：]?", "");
    s = s.replaceAll("^([0-9]+|[一二三四五六七八九十]+)[.、．]", "");
    s = s.replace('，', '、').replace(',', '、').replace('－', '-');
    s = s.replaceAll("[-+:：]+$", "");
    return s;
  }
}
