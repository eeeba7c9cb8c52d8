package org.cocontrol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.energybalance.BalanceAccounts;
import org.cocontrol.core.energybalance.BalanceLabels;
import org.cocontrol.core.energybalance.BalanceResult;
import org.cocontrol.core.energybalance.BalanceRow;
import org.cocontrol.core.energybalance.EnergyBalance;
import org.cocontrol.core.energybalance.FuelFactors;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.unit.Unit;
import org.cocontrol.reference.EnergyBalanceReference;
import org.cocontrol.reference.ReferenceLoader;
import org.junit.jupiter.api.Test;

/**
 * The energy balance table of core's BalanceAccountsTests (a small region; its hand computation is
 * there), written as a yearbook would: a title, a merged group row above the fuel names, units in
 * the header and in a units row, numbered labels with "(-)" and "其中：", a total column, "-" cells, a
 * note below; computed with the shipped national factors.
 */
class EnergyBalanceReaderTests {

  static final BalanceLabels LABELS = EnergyBalanceReference.labels();
  static final Adcode REGION = Adcode.of(410200);

  /** Rows: label cells (column A, B), then 原煤, 焦炭, 柴油, 天然气, 电力, 合计. */
  static final Object[][] TABLE = {
    {"一、可供本地区消费的能源量", "", 125, 2, 38.5, 9, null, null},
    {"  1.一次能源生产量", "", 100, null, "-", 2, null, null},
    {"  2.外省（区、市）调入量", "", 50, 5, 30, 8, null, null},
    {"  3.进口量", "", null, null, 10, null, null, null},
    {"  4.境内轮船和飞机在境外的加油量", "", null, null, 0.5, null, null, null},
    {"  5.本省（区、市）调出量(-)", "", -20, 3, null, -1, null, null},
    {"  6.出口量（－）", "", null, null, -2, null, null, null},
    {"  7.境外轮船和飞机在境内的加油量(-)", "", null, null, -1, null, null, null},
    {"  8.库存增(-)减(+)量", "", -5, null, 1, null, null, null},
    {"二、加工转换投入(-)产出(+)量", "", -100, 22, null, -3, 100, null},
    {"  1.火力发电", "", -60, null, null, -3, 100, null},
    {"  2.供热", "", -10, null, null, null, null, null},
    {"  3.炼焦", "", -30, 22, null, null, null, null},
    {"三、损失量", "", 0.5, null, null, 0.2, null, null},
    {"四、终端消费量", "", 24, 23, 33, 6, 50, null},
    {"  1.农、林、牧、渔业", "", null, null, 5, null, null, null},
    {"  2.工业", "", 20, 23, null, 3, 50, null},
    {"", "其中：用作原料、材料", 2, null, null, 1, null, null},
    {"  3.建筑业", "", null, null, 3, null, null, null},
    {"  4.交通运输、仓储和邮政业", "", null, null, 25, null, null, null},
    {"  5.批发和零售业、住宿和餐饮业", "", null, null, null, 1, null, null},
    {"  6.其他", "", null, null, null, 0.5, null, null},
    {"  7.居民生活", "", 4, null, null, 1.5, null, null},
    {"", "城镇", 1, null, null, 1.5, null, null},
    {"", "乡村", "3", null, null, null, null, null},
    {"五、平衡差额", "", 0.5, 1, 5.5, -0.2, null, null},
    {"六、消费量合计", "", 94.5, 23, 33, 9.2, 50, null},
  };

  static byte[] workbook(Object[][] rows, String fuelHeader) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("能源平衡表");
      s.createRow(0).createCell(0).setCellValue("2020年某市能源平衡表（实物量）");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
      Row group = s.createRow(1);
      group.createCell(0).setCellValue("项目");
      group.createCell(2).setCellValue("煤炭");
      group.createCell(4).setCellValue("石油");
      s.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
      // 天然气 merged down from the group row into the header row
      group.createCell(5).setCellValue("天然气");
      s.addMergedRegion(new CellRangeAddress(1, 2, 5, 5));
      Row head = s.createRow(2);
      head.createCell(2).setCellValue("原煤\n(万吨)");
      head.createCell(3).setCellValue(fuelHeader);
      head.createCell(4).setCellValue("柴油（万吨）");
      head.createCell(6).setCellValue("电力");
      head.createCell(7).setCellValue("合计");
      Row units = s.createRow(3);
      units.createCell(0).setCellValue("计量单位");
      units.createCell(3).setCellValue("万吨");
      units.createCell(5).setCellValue("亿立方米");
      units.createCell(6).setCellValue("亿千瓦时");
      for (int i = 0; i < rows.length; i++) {
        Row r = s.createRow(4 + i);
        for (int c = 0; c < rows[i].length; c++) {
          Object v = rows[i][c];
          if (v == null) {
            continue;
          }
          Cell cell = r.createCell(c);
          if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue((String) v);
          }
        }
      }
      s.createRow(5 + rows.length).createCell(0).setCellValue("注：本表为示例。");
      wb.write(out);
      return out.toByteArray();
    }
  }

  static EnergyBalanceReader.Result read(Object[][] rows, String coke) throws IOException {
    return EnergyBalanceReader.read("balance.xlsx", workbook(rows, coke), LABELS, REGION, 2020);
  }

  @Test
  void readsTheYearbookLayout() throws IOException {
    EnergyBalanceReader.Result r = read(TABLE, "焦炭");
    assertThat(r.problems()).isEmpty();
    EnergyBalance t = r.balance();
    assertThat(t.columns())
        .extracting(c -> c.fuel().code(), EnergyBalance.Column::unit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("raw_coal", Unit.WAN_T),
            org.assertj.core.groups.Tuple.tuple("coke", Unit.WAN_T),
            org.assertj.core.groups.Tuple.tuple("diesel", Unit.WAN_T),
            org.assertj.core.groups.Tuple.tuple("natural_gas", Unit.YI_M3),
            org.assertj.core.groups.Tuple.tuple("electricity", Unit.YI_KWH));
    assertThat(t.value(BalanceRow.FEEDSTOCK, "raw_coal")).isEqualTo(2);
    assertThat(t.value(BalanceRow.RESIDENTIAL_RURAL, "raw_coal")).isEqualTo(3);
    assertThat(t.signed(BalanceRow.OUTFLOW, "coke")).isEqualTo(-3);
    assertThat(t.has(BalanceRow.PRODUCTION)).isTrue();
    assertThat(t.values().get(BalanceRow.PRODUCTION)).doesNotContainKey("diesel");
  }

  /**
   * The hand computation is in core's BalanceAccountsTests; the shipped factors (latest versions)
   * are the ones used there.
   */
  @Test
  void computesWithTheShippedFactors() throws IOException {
    EnergyBalance t = read(TABLE, "焦炭").balance();
    Map<String, FuelFactors> f = FuelFactors.forTable(ReferenceLoader.load().parameters(), t);
    assertThat(f).containsOnlyKeys("raw_coal", "coke", "diesel", "natural_gas");
    BalanceResult r = BalanceAccounts.compute(t, LABELS, f);
    assertThat(r.referenceT()).isCloseTo(5_300_772.6699106665, within(5_300_772.67 * 1e-9));
    assertThat(r.sectoralT()).isCloseTo(5_157_572.498166, within(5_157_572.5 * 1e-9));
    Map<BalanceRow, Double> byRow = new HashMap<>();
    r.sectoral().forEach(l -> byRow.merge(l.row(), l.co2T(), Double::sum));
    // (1 + 3) e(原煤) + 1.5 e(天然气), from the 居民生活 row itself
    assertThat(byRow.get(BalanceRow.RESIDENTIAL))
        .isCloseTo(400_340.275302, within(400_340.28 * 1e-9));
    assertThat(r.reference().get(0).factors()).anyMatch(s -> s.startsWith("NCV=cn.ncv.raw_coal@"));
  }

  /** 液化天然气 in 万吨 takes natural gas's NCV per tonne (IPCC 48.0 GJ/t) and national CC and OF. */
  @Test
  void liquefiedNaturalGasByMass() {
    FuelFactors f =
        FuelFactors.resolve(
                ReferenceLoader.load().parameters(),
                LABELS.fuelOf("液化天然气").orElseThrow().activity(),
                org.cocontrol.core.unit.Dimension.MASS,
                REGION,
                2020)
            .orElseThrow();
    assertThat(f.ncv()).isEqualTo(48.0);
    assertThat(f.carbonContent()).isEqualTo(0.0153);
    assertThat(f.oxidation()).isEqualTo(0.99);
    assertThat(f.used()).anyMatch(u -> u.startsWith("NCV=ipcc.ncv.natural_gas@"));
  }

  @Test
  void unknownRowAndColumnAreNamedByPlace() throws IOException {
    Object[][] rows = TABLE.clone();
    rows[3] = new Object[] {"  3.工业增加值", "", 1, null, null, null, null, null};
    EnergyBalanceReader.Result r = read(rows, "核燃料");
    assertThat(r.balance()).isNull();
    assertThat(r.problems())
        .extracting(ImportProblem::location, ImportProblem::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("能源平衡表!D3", "核燃料"),
            org.assertj.core.groups.Tuple.tuple("能源平衡表!8:8", "3.工业增加值"));
    assertThat(r.problems().get(0).message()).contains("无法识别").contains("unknown");
  }

  @Test
  void aValueThatIsNotANumberAndARowGivenTwice() throws IOException {
    Object[][] rows = TABLE.clone();
    rows[2] = new Object[] {"  2.外省调入量", "", "五十", 5, 30, 8, null, null};
    rows[3] = new Object[] {"调入量", "", 1, null, null, null, null, null};
    EnergyBalanceReader.Result r = read(rows, "焦炭");
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems())
        .extracting(ImportProblem::location, ImportProblem::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple("能源平衡表!C7", "原煤"),
            org.assertj.core.groups.Tuple.tuple("能源平衡表!8:8", ""));
  }

  @Test
  void aTableWithoutFuelsOrSectorsIsRefused() throws IOException {
    EnergyBalanceReader.Result none =
        EnergyBalanceReader.read(
            "x.csv",
            "项目,甲,乙\n工业,1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            LABELS,
            REGION,
            2020);
    assertThat(none.balance()).isNull();
    assertThat(none.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("燃料列"));
    EnergyBalanceReader.Result noFinal =
        EnergyBalanceReader.read(
            "x.csv",
            "项目,原煤,天然气\n一次能源生产量,1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            LABELS,
            REGION,
            2020);
    assertThat(noFinal.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("终端消费"));
    EnergyBalanceReader.Result garbage =
        EnergyBalanceReader.read("x.xlsx", new byte[] {1, 2, 3}, LABELS, REGION, 2020);
    assertThat(garbage.balance()).isNull();
    assertThat(garbage.problems()).isNotEmpty();
  }

  @Test
  void theShippedExampleReads() {
    EnergyBalanceReader.Result r =
        EnergyBalanceReader.read(Path.of("../examples/energy-balance.xlsx"), LABELS, REGION, 2020);
    assertThat(r.problems()).isEmpty();
    assertThat(r.balance().columns()).hasSizeGreaterThan(4);
  }

  @Test
  void labelsAreUnambiguous() {
    assertThat(LABELS.rowOf("其中：用作原料、材料")).contains(BalanceRow.FEEDSTOCK);
    assertThat(LABELS.rowOf("（一）农、林、牧、渔业")).contains(BalanceRow.AGRICULTURE);
    assertThat(LABELS.rowOf("库存增（－）减（＋）量")).contains(BalanceRow.STOCK_CHANGE);
    assertThat(LABELS.fuelOf("天然气(亿立方米)")).map(f -> f.code()).contains("natural_gas");
    List<String> ceadsMapped =
        List.of("raw_coal", "washed_coal", "coke", "coke_oven_gas", "crude_oil");
    ceadsMapped.forEach(c -> assertThat(LABELS.fuel(c).orElseThrow().activity()).isEqualTo(c));
  }
}
