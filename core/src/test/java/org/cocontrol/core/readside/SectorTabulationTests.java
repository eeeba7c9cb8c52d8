package org.cocontrol.core.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cocontrol.core.accounting.Scope.BIOGENIC;
import static org.cocontrol.core.accounting.Scope.DIRECT;
import static org.cocontrol.core.accounting.Scope.EXPORTED;
import static org.cocontrol.core.accounting.Scope.INDIRECT;
import static org.cocontrol.core.accounting.Scope.MEMO;
import static org.cocontrol.core.readside.ReadModelTests.cell;
import static org.cocontrol.core.substance.Substance.CH4;
import static org.cocontrol.core.substance.Substance.CO2;
import static org.cocontrol.core.substance.Substance.HFC_134A;
import static org.cocontrol.core.substance.Substance.HFC_32;
import static org.cocontrol.core.substance.Substance.N2O;
import static org.cocontrol.core.substance.Substance.SO2;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.GwpTable;
import org.cocontrol.core.substance.Substance;
import org.junit.jupiter.api.Test;

/**
 * The inventory report by sector on a hand-built ledger of Henan 2023 (counties 410105 and 410302)
 * and a small provincial-style layout; every expected number is worked out by hand in the comments.
 */
class SectorTabulationTests {

  static final Adcode HENAN = ReadModelTests.HENAN;
  static final Adcode JINSHUI = ReadModelTests.JINSHUI;
  static final Adcode LAOCHENG = ReadModelTests.LAOCHENG;
  static final Adcode DONGCHENG = Adcode.of(110101);

  /** AR5: CH4 28, N2O 265, HFC-134a 1300, HFC-32 677. SAR: CH4 21, N2O 310, no HFC-32. */
  static final GwpTable GWP =
      GwpTable.of(
          List.of(
              gwp(CO2, GwpSet.AR5, 1),
              gwp(CH4, GwpSet.AR5, 28),
              gwp(N2O, GwpSet.AR5, 265),
              gwp(HFC_134A, GwpSet.AR5, 1300),
              gwp(HFC_32, GwpSet.AR5, 677),
              gwp(CO2, GwpSet.SAR, 1),
              gwp(CH4, GwpSet.SAR, 21),
              gwp(N2O, GwpSet.SAR, 310),
              gwp(HFC_134A, GwpSet.SAR, 1300)));

  static GwpTable.Entry gwp(Substance s, GwpSet set, double value) {
    return new GwpTable.Entry(s, set, value, "", "", "V1");
  }

  /**
   * The source categories' IPCC codes; LANDFILL and REFRIG stand for sources other helpers add
   * (4.A, 2.F.1): they land in their sectors by the code alone.
   */
  static final Map<String, String> IPCC =
      Map.of(
          "POWER", "1.A.1.a",
          "IND_BOILER", "1.A.2.m",
          "RESIDENTIAL", "1.A.4.b",
          "CEMENT", "2.A.1",
          "ENTERIC", "3.A.1",
          "LANDFILL", "4.A",
          "REFRIG", "2.F.1");

  static ReportRow row(String code, String parent, String name, String ipcc, boolean optional) {
    return new ReportRow(
        code, parent, "", name, "", Arrays.asList(ipcc.split(";")), Set.of(), optional);
  }

  static ReportRow memo(String code, String parent, String name, String ipcc, Scope... scopes) {
    return new ReportRow(
        code, parent, "", name, "", List.of(ipcc), Set.of(scopes), !code.equals("E2"));
  }

  static final ReportLayout LAYOUT =
      ReportLayout.of(
          "test",
          "测试",
          List.of(
              new ReportRow("E", "", "", "能源活动", "", List.of(), Set.of(), false),
              new ReportRow("E1", "E", "", "化石燃料燃烧", "", List.of(), Set.of(), false),
              row("E1.1", "E1", "能源生产与加工转换", "1.A.1", false),
              row("E1.2", "E1", "工业和建筑业", "1.A.2", false),
              row("E1.5", "E1", "居民生活", "1.A.4.b", false),
              memo("E2", "E", "生物质燃烧（信息项）", "1", BIOGENIC),
              row("E3", "E", "逸散排放", "1.B", false),
              row("P", "", "工业生产过程", "2", false),
              row("A", "", "农业", "3", false),
              row("L", "", "土地利用变化和林业", "3.B", false),
              row("W", "", "废弃物处理", "4", false),
              row("O", "", "其他", "5", true),
              row("U", "", "未归类", "*", true),
              memo("M1", "", "外购电力和热力（信息项）", "*", INDIRECT, EXPORTED),
              memo("M2", "", "其他信息项", "*", MEMO),
              memo("M3", "", "其他生物质CO2（信息项）", "*", BIOGENIC)));

  static final List<LedgerCell> LEDGER =
      List.of(
          cell(JINSHUI, 2023, "POWER", CO2, DIRECT, 1000),
          cell(JINSHUI, 2023, "POWER", CH4, DIRECT, 2),
          cell(JINSHUI, 2023, "POWER", N2O, DIRECT, 0.5),
          cell(JINSHUI, 2023, "POWER", SO2, DIRECT, 30), // a pollutant: not in the table
          cell(JINSHUI, 2023, "POWER", CO2, MEMO, 20), // control electricity: memo
          cell(LAOCHENG, 2023, "IND_BOILER", CO2, INDIRECT, 300), // purchased electricity
          cell(LAOCHENG, 2023, "IND_BOILER", CO2, DIRECT, 200),
          cell(LAOCHENG, 2023, "RESIDENTIAL", CO2, BIOGENIC, 50), // straw burnt at home
          cell(LAOCHENG, 2023, "RESIDENTIAL", CH4, DIRECT, 0.1),
          cell(JINSHUI, 2023, "CEMENT", CO2, DIRECT, 400),
          cell(JINSHUI, 2023, "REFRIG", HFC_134A, DIRECT, 0.01),
          cell(JINSHUI, 2023, "REFRIG", HFC_32, DIRECT, 0.02),
          cell(LAOCHENG, 2023, "ENTERIC", CH4, DIRECT, 10),
          cell(LAOCHENG, 2023, "LANDFILL", CH4, DIRECT, 5),
          cell(JINSHUI, 2023, "UNKNOWN", CO2, DIRECT, 7), // a source without an IPCC code
          cell(JINSHUI, 2022, "POWER", CO2, DIRECT, 999), // another year
          cell(DONGCHENG, 2023, "POWER", CO2, DIRECT, 5)); // another province

  static SectorReport report(GwpSet set) {
    return ReadModel.of(LEDGER, List.of(), List.of(), null, GWP)
        .sectors(HENAN, 2023, LAYOUT, IPCC, set);
  }

  static Map<String, SectorReport.Line> byCode(SectorReport r) {
    return r.lines().stream().collect(Collectors.toMap(l -> l.row().code(), l -> l));
  }

  static void close(Double actual, double expected) {
    assertThat(actual).isNotNull();
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-9 + 1e-12));
  }

  @Test
  void linesAreTheirCellsAndSubtotalsTheirParts() {
    SectorReport r = report(GwpSet.AR5);
    Map<String, SectorReport.Line> l = byCode(r);

    // E1.1 (POWER, 1.A.1.a): CO2 1000, CH4 2, N2O 0.5; CO2e = 1000 + 2×28 + 0.5×265 = 1188.5
    close(l.get("E1.1").tonnes().get(GasColumn.CO2), 1000);
    close(l.get("E1.1").tonnes().get(GasColumn.CH4), 2);
    close(l.get("E1.1").tonnes().get(GasColumn.N2O), 0.5);
    close(l.get("E1.1").co2e().get(GasColumn.N2O), 132.5);
    close(l.get("E1.1").co2eT(), 1188.5);
    // E1.2 (IND_BOILER, 1.A.2.m): its direct 200 only; the 300 of purchased electricity is memo
    close(l.get("E1.2").tonnes().get(GasColumn.CO2), 200);
    close(l.get("E1.2").co2eT(), 200);
    // E1.5 (RESIDENTIAL): CH4 0.1 → 2.8; its biogenic CO2 50 is not here
    assertThat(l.get("E1.5").tonnes()).containsOnlyKeys(GasColumn.CH4);
    close(l.get("E1.5").co2eT(), 2.8);
    // E1 = E = 1188.5 + 200 + 2.8 = 1391.3: CO2 1200, CH4 2.1 (58.8), N2O 0.5
    for (String e : List.of("E1", "E")) {
      close(l.get(e).tonnes().get(GasColumn.CO2), 1200);
      close(l.get(e).tonnes().get(GasColumn.CH4), 2.1);
      close(l.get(e).co2e().get(GasColumn.CH4), 58.8);
      close(l.get(e).co2eT(), 1391.3);
    }
    // E2, the biomass memo: CO2 50, no CO2e (biogenic CO2 is never weighted)
    close(l.get("E2").tonnes().get(GasColumn.CO2), 50);
    assertThat(l.get("E2").co2eT()).isNull();
    assertThat(l.get("E2").co2e()).isEmpty();
    // P: CEMENT CO2 400; HFCs 0.01×1300 + 0.02×677 = 13 + 13.54 = 26.54 (no HFC tonnes: two
    // species); 400 + 26.54 = 426.54
    close(l.get("P").tonnes().get(GasColumn.CO2), 400);
    assertThat(l.get("P").tonnes()).doesNotContainKey(GasColumn.HFCS);
    close(l.get("P").co2e().get(GasColumn.HFCS), 26.54);
    close(l.get("P").co2eT(), 426.54);
    // A (3, ENTERIC 3.A.1): CH4 10 → 280; W (4, LANDFILL 4.A): CH4 5 → 140
    close(l.get("A").co2eT(), 280);
    close(l.get("W").co2eT(), 140);
    // U, the catch-all: the source without an IPCC code, CO2 7
    close(l.get("U").co2eT(), 7);
    // memo rows: purchased electricity 300 (weighted: 300), control electricity 20
    close(l.get("M1").co2eT(), 300);
    close(l.get("M2").tonnes().get(GasColumn.CO2), 20);

    // total, territorial: CO2 1000 + 200 + 400 + 7 = 1607; CH4 2 + 0.1 + 10 + 5 = 17.1;
    // CO2e 1391.3 + 426.54 + 280 + 140 + 7 = 2244.84
    //      = by gas 1607 + 17.1×28 (478.8) + 0.5×265 (132.5) + 26.54
    close(r.total().tonnes().get(GasColumn.CO2), 1607);
    close(r.total().tonnes().get(GasColumn.CH4), 17.1);
    close(r.total().co2eT(), 2244.84);
    assertThat(r.total().row().code()).isEqualTo(SectorReport.TOTAL);
  }

  @Test
  void missingIsNotZero() {
    SectorReport r = report(GwpSet.AR5);
    Map<String, SectorReport.Line> l = byCode(r);
    // no fugitive or land-use data: shown, without values (not 0)
    for (String code : List.of("E3", "L")) {
      assertThat(l.get(code).hasData()).isFalse();
      assertThat(l.get(code).tonnes()).isEmpty();
      assertThat(l.get(code).co2eT()).isNull();
    }
    // optional rows without data are left out
    assertThat(l).doesNotContainKeys("O", "M3");
    assertThat(r.sectorsWithData()).containsExactly("E", "P", "A", "W", "U");
    assertThat(r.sectorsWithoutData()).containsExactly("L");
    assertThat(r.isComplete()).isFalse();
    // order: each parent before its parts
    assertThat(r.lines().stream().map(x -> x.row().code()))
        .containsExactly(
            "E", "E1", "E1.1", "E1.2", "E1.5", "E2", "E3", "P", "A", "L", "W", "U", "M1", "M2");
    assertThat(l.get("E1.1").depth()).isEqualTo(2);

    SectorReport empty =
        ReadModel.of(List.of(), List.of(), List.of(), null, GWP)
            .sectors(HENAN, 2023, LAYOUT, IPCC, GwpSet.AR5);
    assertThat(empty.total().hasData()).isFalse();
    assertThat(empty.total().co2eT()).isNull();
    assertThat(empty.sectorsWithoutData()).containsExactly("E", "P", "A", "L", "W");
  }

  @Test
  void aGasWithoutGwpInTheSetIsNamedAndLeftOutOfCo2e() {
    SectorReport r = report(GwpSet.SAR);
    // SAR: HFC-32 has no GWP here; HFCs = 0.01 × 1300 = 13; CH4 17.1 × 21 = 359.1,
    // N2O 0.5 × 310 = 155; total 1607 + 359.1 + 155 + 13 = 2134.1
    assertThat(r.unweighted()).containsExactly("HFC-32");
    close(r.total().co2e().get(GasColumn.HFCS), 13);
    close(r.total().co2eT(), 2134.1);
  }

  @Test
  void everyGreenhouseGasHasAColumn() {
    for (Substance s : Substance.values()) {
      assertThat(GasColumn.of(s).isPresent()).as(s.code()).isEqualTo(s.isGreenhouseGas());
    }
  }

  @Test
  void aLayoutMustPlaceEveryCellOnce() {
    ReportRow energy = row("E", "", "能源", "1", false);
    ReportRow any = row("U", "", "未归类", "*", true);
    ReportRow memoAll = memo("M", "", "信息项", "*", INDIRECT, EXPORTED, MEMO, BIOGENIC);
    assertThat(ReportLayout.of("ok", "ok", List.of(energy, any, memoAll)).rows()).hasSize(3);
    // no catch-all for the biogenic lines
    assertThatThrownBy(
            () ->
                ReportLayout.of(
                    "x",
                    "x",
                    List.of(energy, any, memo("M", "", "m", "*", INDIRECT, EXPORTED, MEMO))))
        .hasMessageContaining("biogenic");
    // the same prefix twice
    assertThatThrownBy(
            () ->
                ReportLayout.of(
                    "x", "x", List.of(energy, row("E2", "", "e", "1", false), any, memoAll)))
        .hasMessageContaining("claimed twice");
    // a parent after its part
    assertThatThrownBy(
            () -> ReportLayout.of("x", "x", List.of(row("E1", "E", "e", "1.A", false), energy)))
        .hasMessageContaining("parent");
    // a direct line cannot be a memo item
    assertThatThrownBy(() -> memo("M", "", "m", "*", DIRECT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
