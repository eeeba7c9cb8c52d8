package org.cocontrol.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocontrol.core.footprint.CbamReport;
import org.cocontrol.core.footprint.FootprintResult;
import org.cocontrol.core.footprint.ProductFootprint;

/**
 * The xlsx an exporter files: the CBAM communication to importers laid out as the Commission's
 * communication template names its sheets ({@code A_InstData}, {@code Summary_Products}, {@code
 * E_PurchPrec}), with the product carbon footprints ({@code Footprint}) and the notes. Each sheet
 * has two header rows, Chinese then English; numbers are stored as numbers.
 */
public final class FootprintWorkbook {

  /** Sheet names, as the CBAM communication template names them. */
  public static final String INSTALLATION = "A_InstData";

  public static final String PRODUCTS = "Summary_Products";
  public static final String PRECURSORS = "E_PurchPrec";
  public static final String FOOTPRINT = "Footprint";
  public static final String NOTES = "Notes";

  /** Rows above the data in each table sheet (Chinese header, English header). */
  public static final int HEADER_ROWS = 2;

  private static final List<String[]> PRODUCT_COLUMNS =
      List.of(
          new String[] {"商品类别", "Aggregated goods category"},
          new String[] {"CN编码", "CN code"},
          new String[] {"产品", "Good"},
          new String[] {"生产工序", "Production process"},
          new String[] {"产量", "Activity level"},
          new String[] {"单位", "Unit"},
          new String[] {"归属直接排放 (tCO2e)", "Attributed direct emissions (tCO2e)"},
          new String[] {"归属间接排放 (tCO2e)", "Attributed indirect emissions (tCO2e)"},
          new String[] {"前体隐含直接排放 (tCO2e)", "Precursors' embedded direct emissions (tCO2e)"},
          new String[] {"前体隐含间接排放 (tCO2e)", "Precursors' embedded indirect emissions (tCO2e)"},
          new String[] {"隐含直接排放 (tCO2e)", "Embedded direct emissions (tCO2e)"},
          new String[] {"隐含间接排放 (tCO2e)", "Embedded indirect emissions (tCO2e)"},
          new String[] {"特定隐含直接排放 (tCO2e/单位)", "SEE direct (tCO2e/unit)"},
          new String[] {"特定隐含间接排放 (tCO2e/单位)", "SEE indirect (tCO2e/unit)"},
          new String[] {"特定隐含排放合计 (tCO2e/单位)", "SEE total (tCO2e/unit)"});

  private static final List<String[]> PRECURSOR_COLUMNS =
      List.of(
          new String[] {"记录编号", "Record"},
          new String[] {"外购物料", "Purchased input"},
          new String[] {"前体", "Precursor"},
          new String[] {"用于产品", "Consumed by"},
          new String[] {"数量 (t)", "Mass (t)"},
          new String[] {"特定隐含直接排放 (tCO2e/t)", "SEE direct (tCO2e/t)"},
          new String[] {"特定隐含间接排放 (tCO2e/t)", "SEE indirect (tCO2e/t)"},
          new String[] {"数据来源", "Source of the values"},
          new String[] {"核验标记", "Verification tag"});

  private static final List<String[]> FOOTPRINT_COLUMNS =
      List.of(
          new String[] {"产品", "Product"},
          new String[] {"产品名称", "Product name"},
          new String[] {"产量", "Production"},
          new String[] {"单位", "Unit"},
          new String[] {"GWP版本", "GWP set"},
          new String[] {"直接排放 (tCO2e)", "Direct (tCO2e)"},
          new String[] {"外购电力热力 (tCO2e)", "Purchased electricity and heat (tCO2e)"},
          new String[] {"上游 (tCO2e)", "Upstream (tCO2e)"},
          new String[] {"自产前体 (tCO2e)", "Own precursors (tCO2e)"},
          new String[] {"合计 (tCO2e)", "Total (tCO2e)"},
          new String[] {"单位产品碳足迹 (tCO2e/单位)", "Carbon footprint (tCO2e/unit)"});

  private FootprintWorkbook() {}

  /**
   * Writes the workbook.
   *
   * @param installationName the installation's name as registered (Chinese or English)
   * @param installationCode its registered code (统一社会信用代码 or the ledger's entity code)
   * @param region its region, as text
   */
  public static void write(
      FootprintResult result,
      String installationName,
      String installationCode,
      String region,
      OutputStream out)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);

      Sheet inst = wb.createSheet(INSTALLATION);
      List<Object[]> info = new ArrayList<>();
      info.add(new Object[] {"装置名称", "Installation name", installationName});
      info.add(new Object[] {"装置代码", "Installation code", installationCode});
      info.add(new Object[] {"所在地区", "Region", region});
      info.add(new Object[] {"国家", "Country", "CN"});
      info.add(new Object[] {"报告期开始", "Reporting period start", result.year() + "-01-01"});
      info.add(new Object[] {"报告期结束", "Reporting period end", result.year() + "-12-31"});
      info.add(new Object[] {"全球增温潜势 (CBAM)", "GWP set (CBAM)", result.cbam().gwpSet().name()});
      info.add(
          new Object[] {
            "方法",
            "Method",
            "Implementing Regulation (EU) 2023/1773 Annex III; actual values, no defaults"
          });
      for (int i = 0; i < info.size(); i++) {
        cells(inst.createRow(i), info.get(i), null);
        inst.getRow(i).getCell(0).setCellStyle(bold);
      }

      Sheet products = table(wb, PRODUCTS, PRODUCT_COLUMNS, bold);
      int r = HEADER_ROWS;
      for (CbamReport.Good g : result.cbam().goods()) {
        cells(
            products.createRow(r++),
            new Object[] {
              g.category(),
              g.cnCode(),
              g.nameZh() + " / " + g.nameEn(),
              g.product(),
              g.activityLevel(),
              g.unit(),
              g.attributedDirectT(),
              g.attributedIndirectT(),
              g.precursorDirectT(),
              g.precursorIndirectT(),
              g.embeddedDirectT(),
              g.embeddedIndirectT(),
              g.seeDirect(),
              g.seeIndirect(),
              g.seeTotal()
            },
            null);
      }

      Sheet precursors = table(wb, PRECURSORS, PRECURSOR_COLUMNS, bold);
      r = HEADER_ROWS;
      for (CbamReport.Precursor p : result.cbam().purchased()) {
        cells(
            precursors.createRow(r++),
            new Object[] {
              p.recordId(),
              p.activity(),
              p.precursor(),
              p.consumedBy(),
              p.massT(),
              p.seeDirect(),
              p.seeIndirect(),
              p.source(),
              p.tag()
            },
            null);
      }

      Sheet footprint = table(wb, FOOTPRINT, FOOTPRINT_COLUMNS, bold);
      r = HEADER_ROWS;
      for (ProductFootprint p : result.footprints()) {
        cells(
            footprint.createRow(r++),
            new Object[] {
              p.product(),
              p.nameZh() + " / " + p.nameEn(),
              p.production(),
              p.unit(),
              p.gwpSet().name(),
              p.directT(),
              p.indirectT(),
              p.upstreamT(),
              p.ownPrecursorsT(),
              p.totalT(),
              p.perUnit()
            },
            null);
      }

      Sheet notes = wb.createSheet(NOTES);
      cells(notes.createRow(0), new Object[] {"说明 / Notes"}, bold);
      for (int i = 0; i < result.notes().size(); i++) {
        cells(notes.createRow(i + 1), new Object[] {result.notes().get(i)}, null);
      }
      for (Sheet s : List.of(inst, products, precursors, footprint)) {
        s.setColumnWidth(0, 24 * 256);
        s.setColumnWidth(1, 28 * 256);
        s.setColumnWidth(2, 28 * 256);
      }
      notes.setColumnWidth(0, 120 * 256);
      wb.write(out);
    }
  }

  private static Sheet table(XSSFWorkbook wb, String name, List<String[]> columns, CellStyle bold) {
    Sheet s = wb.createSheet(name);
    Row zh = s.createRow(0);
    Row en = s.createRow(1);
    for (int c = 0; c < columns.size(); c++) {
      zh.createCell(c).setCellValue(columns.get(c)[0]);
      zh.getCell(c).setCellStyle(bold);
      en.createCell(c).setCellValue(columns.get(c)[1]);
      en.getCell(c).setCellStyle(bold);
    }
    s.createFreezePane(0, HEADER_ROWS);
    return s;
  }

  private static void cells(Row row, Object[] values, CellStyle style) {
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      var cell = row.createCell(c);
      if (v instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (v != null) {
        cell.setCellValue(v.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }
}
