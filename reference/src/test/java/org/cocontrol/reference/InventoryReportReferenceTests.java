package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.classification.SourceCategory;
import org.cocontrol.core.readside.LedgerCell;
import org.cocontrol.core.readside.ReportLayout;
import org.cocontrol.core.readside.ReportRow;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.junit.jupiter.api.Test;

class InventoryReportReferenceTests {

  private final Map<String, ReportLayout> layouts = InventoryReportReference.layouts();
  private final Classification classification = ReferenceLoader.load().classification();

  private static LedgerCell direct(String source) {
    return new LedgerCell(Adcode.of(410000), 2023, source, Substance.CO2, Scope.DIRECT, 1);
  }

  @Test
  void theFiveIpccSectorsAreTheTopLevelRowsOfTheTotal() {
    ReportLayout ipcc = layouts.get(InventoryReportReference.IPCC2006);
    assertThat(
            ipcc.children("").stream()
                .filter(r -> !r.isMemo() && !r.optional())
                .map(r -> r.numbering() + " " + r.nameZh()))
        .containsExactly("1 能源", "2 工业过程和产品使用", "3 农业、林业和其他土地利用", "4 废弃物", "5 其他");
    ReportLayout provincial = layouts.get(InventoryReportReference.PROVINCIAL);
    assertThat(
            provincial.children("").stream()
                .filter(r -> !r.isMemo() && !r.optional())
                .map(ReportRow::nameZh))
        .containsExactly("能源活动", "工业生产过程", "农业", "土地利用变化和林业", "废弃物处理");
  }

  /**
   * Every IPCC code a row names is a category of the 2006 Guidelines, so a typo cannot quietly send
   * a sector to the catch-all.
   */
  @Test
  void everyPrefixIsAnIpccCategory() {
    for (ReportLayout l : layouts.values()) {
      for (ReportRow r : l.rows()) {
        for (String p : r.ipcc()) {
          if (!p.equals(ReportRow.ANY)) {
            assertThat(classification.ipccCategory(p)).as(l.code() + " " + r.code()).isPresent();
          }
        }
      }
    }
  }

  /**
   * Every source category lands in a row of its own IPCC sector, never in the catch-all; the waste,
   * product-use and fleet categories other work adds land by their IPCC codes alone.
   */
  @Test
  void everySourceCategoryHasItsRow() {
    for (ReportLayout l : layouts.values()) {
      for (SourceCategory s : classification.sources()) {
        ReportRow row = l.rowOf(direct(s.code()), s.ipcc());
        assertThat(row.code()).as(l.code() + " " + s.code()).isNotEqualTo("UNCL");
      }
      for (String code : List.of("4.A", "4.B", "4.C", "4.D", "2.D", "2.F.1", "2.G.1", "1.A.3.b")) {
        assertThat(l.rowOf(direct("NEW"), code).code())
            .as(l.code() + " " + code)
            .isNotEqualTo("UNCL");
      }
    }
    ReportLayout ipcc = layouts.get(InventoryReportReference.IPCC2006);
    assertThat(ipcc.rowOf(direct("POWER"), "1.A.1.a").code()).isEqualTo("1.A");
    assertThat(ipcc.rowOf(direct("LANDFILL"), "4.A").code()).isEqualTo("4.A");
    ReportLayout provincial = layouts.get(InventoryReportReference.PROVINCIAL);
    assertThat(provincial.rowOf(direct("RESIDENTIAL"), "1.A.4.b").nameZh()).isEqualTo("居民生活");
    assertThat(provincial.rowOf(direct("CEMENT"), "2.A.1").nameZh()).isEqualTo("水泥生产过程");
    assertThat(provincial.rowOf(direct("REFRIG"), "2.F.1").nameZh()).isEqualTo("其他工业生产过程和产品使用");
    assertThat(provincial.rowOf(direct("WWTP"), "4.D.1").nameZh()).isEqualTo("废水处理");
    assertThat(provincial.rowOf(direct("ENTERIC"), "3.A.1").nameZh()).isEqualTo("动物肠道发酵甲烷");
    LedgerCell biomass =
        new LedgerCell(Adcode.of(410000), 2023, "RESIDENTIAL", Substance.CO2, Scope.BIOGENIC, 1);
    assertThat(provincial.rowOf(biomass, "1.A.4.b").nameZh()).isEqualTo("生物质燃烧CO2（信息项）");
    assertThat(provincial.rowOf(biomass, "4.C.1").code()).isEqualTo("MEMO.BIO");
  }
}
