package org.cocontrol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.accounting.Scope;
import org.cocontrol.core.footprint.CbamReport;
import org.cocontrol.core.footprint.FacilityRecord;
import org.cocontrol.core.footprint.FootprintReference;
import org.cocontrol.core.footprint.FootprintResult;
import org.cocontrol.core.footprint.ProductFootprint;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;
import org.cocontrol.io.FootprintWorkbook;
import org.junit.jupiter.api.Test;

/** The shipped footprint tables load, and a cement plant accounted with them adds up. */
class FootprintDataTests {

  private static final ReferenceData REF = ReferenceLoader.load();
  private static final FootprintReference FP = FootprintData.load(REF.classification());

  @Test
  void shippedTablesLoadWithTheirSources() {
    assertThat(FP.productCodes())
        .contains(
            "clinker",
            "cement",
            "pig_iron",
            "dri",
            "crude_steel",
            "sinter",
            "aluminium",
            "ammonia",
            "nitric_acid",
            "urea",
            "hydrogen",
            "electricity");
    assertThat(FP.product("cement").orElseThrow().precursors()).containsExactly("clinker");
    assertThat(FP.product("cement").orElseThrow().cnCode()).isEqualTo("2523 29 00");
    assertThat(FP.product("nitric_acid").orElseThrow().cbamGases())
        .containsExactlyInAnyOrder(Substance.CO2, Substance.N2O);
    assertThat(FP.upstream("clinker_purchased").orElseThrow().precursor()).isEqualTo("clinker");
    assertThat(FP.upstreamFactors())
        .allSatisfy(u -> assertThat(u.citation().document()).isNotBlank());
  }

  @Test
  void aCementPlantAccountedWithTheShippedDataAddsUp() {
    Accountant a = Accountant.of(REF, AccountingOptions.defaults());
    List<ActivityRecord> records = CEMENT_RECORDS;
    List<FacilityRecord> accounted = new ArrayList<>();
    double direct = 0;
    double indirect = 0;
    for (ActivityRecord r : records) {
      RecordResult res = a.account(r);
      accounted.add(FacilityRecord.of(res));
      direct += res.co2e().containsKey(Scope.DIRECT) ? res.co2e().get(Scope.DIRECT).tonnes() : 0;
      indirect +=
          res.co2e().containsKey(Scope.INDIRECT) ? res.co2e().get(Scope.INDIRECT).tonnes() : 0;
    }
    // The purchased clinker and the cement have no emissions of their own.
    assertThat(a.account(records.get(4)).lines()).isEmpty();
    FootprintResult fp = FootprintResult.compute(FP, REF.gwp(), GwpSet.AR5, "C1", 2023, accounted);
    ProductFootprint clinker = fp.footprints().get(0);
    ProductFootprint cement = fp.footprints().get(1);
    assertThat(clinker.product()).isEqualTo("clinker");
    // Calcination: 100,000 t × 0.52 tCO2/t (ipcc.ef.co2.clinker) = 52,000 t inside the clinker's D
    assertThat(clinker.directT()).isGreaterThan(52000);
    // Upstream: coal 10,000 t × 0.14; purchased clinker 20,000 t × 0.92 = 18,400
    assertThat(clinker.upstreamT()).isCloseTo(1400, withinPercentage(1e-7));
    assertThat(cement.upstreamT()).isCloseTo(18400, withinPercentage(1e-7));
    // All the clinker made goes into the cement: the cement carries every emission of the plant.
    assertThat(cement.totalT()).isCloseTo(direct + indirect + 1400 + 18400, withinPercentage(1e-7));
    assertThat(fp.cbam().goods()).extracting(g -> g.cnCode()).contains("2523 29 00");
  }

  @Test
  void theCbamWorkbookReadsBackAsWritten() throws Exception {
    FootprintResult fp =
        FootprintResult.compute(FP, REF.gwp(), GwpSet.AR5, "C1", 2023, cementPlant());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FootprintWorkbook.write(fp, "示例水泥厂", "C1", "340100 合肥市", bytes);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(wb.getSheet("A_InstData").getRow(0).getCell(2).getStringCellValue())
          .isEqualTo("示例水泥厂");
      Sheet products = wb.getSheet("Summary_Products");
      assertThat(products.getRow(0).getCell(12).getStringCellValue()).startsWith("特定隐含直接排放");
      assertThat(products.getRow(1).getCell(12).getStringCellValue())
          .isEqualTo("SEE direct (tCO2e/unit)");
      assertThat(products.getLastRowNum()).isEqualTo(FootprintWorkbook.HEADER_ROWS + 1);
      for (int i = 0; i < fp.cbam().goods().size(); i++) {
        CbamReport.Good g = fp.cbam().goods().get(i);
        Row row = products.getRow(FootprintWorkbook.HEADER_ROWS + i);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(g.cnCode());
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(g.activityLevel());
        assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(g.seeDirect());
        assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(g.seeIndirect());
        assertThat(row.getCell(14).getNumericCellValue()).isEqualTo(g.seeTotal());
      }
      Row cement = products.getRow(FootprintWorkbook.HEADER_ROWS + 1);
      assertThat(cement.getCell(3).getStringCellValue()).isEqualTo("cement");
      Row bought = wb.getSheet("E_PurchPrec").getRow(FootprintWorkbook.HEADER_ROWS);
      assertThat(bought.getCell(2).getStringCellValue()).isEqualTo("clinker");
      assertThat(bought.getCell(4).getNumericCellValue()).isEqualTo(20000);
      assertThat(bought.getCell(5).getNumericCellValue()).isEqualTo(0.85);
      Row fpRow = wb.getSheet("Footprint").getRow(FootprintWorkbook.HEADER_ROWS + 1);
      assertThat(fpRow.getCell(10).getNumericCellValue())
          .isEqualTo(fp.footprints().get(1).perUnit());
    }
  }

  private static final List<ActivityRecord> CEMENT_RECORDS =
      List.of(
          rec("k1", "CEMENT_KILN", "raw_coal", 10000, Unit.T, null),
          rec("k2", "CEMENT", "clinker", 100000, Unit.T, null),
          rec("k3", "CEMENT_KILN", "electricity_purchased", 6000, Unit.MWH, null),
          rec("m1", "NONMETAL", "electricity_purchased", 4000, Unit.MWH, "cement_mill"),
          rec("m2", "NONMETAL", "clinker_purchased", 20000, Unit.T, null),
          rec("m3", "NONMETAL", "cement", 150000, Unit.T, "cement_mill"));

  private static List<FacilityRecord> cementPlant() {
    Accountant a = Accountant.of(REF, AccountingOptions.defaults());
    return CEMENT_RECORDS.stream().map(r -> FacilityRecord.of(a.account(r))).toList();
  }

  private static ActivityRecord rec(
      String id, String source, String activity, double amount, Unit unit, String technology) {
    return ActivityRecord.builder(id)
        .entity("C1")
        .region(340100)
        .year(2023)
        .source(source)
        .activity(activity, amount, unit)
        .technology(technology)
        .build();
  }
}
