package org.cocontrol.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.ControlSpec;
import org.cocontrol.core.accounting.RateValue;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.RateUnit;
import org.cocontrol.core.unit.Unit;
import org.cocontrol.io.ImportProblem.Severity;
import org.cocontrol.reference.ReferenceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading activity CSV files: every field mapped, and every problem found with its line and column.
 */
class ActivityReaderTests {

  static final ReferenceData REF = ReferenceLoader.load();

  /** The same three records as {@link XlsxActivityReaderTests} builds in a workbook. */
  static final String VALID_CSV =
      "\uFEFF"
          + "记录编号,企业编号,行政区划代码,年份,排放源,活动类型,活动水平,计量单位,低位发热量,低位发热量单位,含碳量,含碳量单位,碳氧化率,"
          + "硫分,灰分,挥发分,治理设施,工艺,measured_SO2_t,measured_PM2.5_t\r\n"
          + "R1,E1,110105,2022,POWER,原煤,\"1,000\",t,20908.4,kJ/kg,0.02637,tC/GJ,99%,0.8,20.5,25,"
          + "wet_fgd:0.95:0.9；SCR:90%;静电除尘,pulverized coal boiler,12.5,1.2\r\n"
          + "R2,E2,210102,2021,1.A.1.a,natural_gas,12.5,万Nm3,389.31,,,,,,,,,,,\r\n"
          + "R3,E2,210102,2021,power,柴油,3,吨,,,0.0202,,,,,,,,,\r\n";

  @TempDir Path dir;

  static ActivityReader reader() {
    return new ActivityReader(REF.classification(), REF.regions());
  }

  static ActivityImport readCsv(String text) throws IOException {
    return reader()
        .read(
            "test.csv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            TableFormat.CSV);
  }

  static List<ActivityRecord> expectedRecords() {
    RateUnit kjPerKg = RateUnit.parse("kJ/kg").orElseThrow();
    RateUnit tcPerGj = RateUnit.parse("tC/GJ").orElseThrow();
    ActivityRecord r1 =
        new ActivityRecord(
            "R1",
            "E1",
            Adcode.of(110105),
            2022,
            "POWER",
            "raw_coal",
            1000,
            Unit.T,
            RateValue.of(20908.4, kjPerKg),
            RateValue.of(0.02637, tcPerGj),
            0.99,
            0.8,
            20.5,
            25.0,
            List.of(
                new ControlSpec("wet_fgd", 0.95, 0.9),
                new ControlSpec("scr", 0.9, null),
                ControlSpec.of("esp")),
            "pulverized coal boiler",
            Map.of(Substance.SO2, 12.5, Substance.PM25, 1.2),
            null);
    ActivityRecord r2 =
        new ActivityRecord(
            "R2",
            "E2",
            Adcode.of(210102),
            2021,
            "1.A.1.a",
            "natural_gas",
            12.5,
            Unit.WAN_NM3,
            RateValue.of(389.31, RateUnit.parse("GJ/万Nm3").orElseThrow()),
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            Map.of(),
            null);
    ActivityRecord r3 =
        new ActivityRecord(
            "R3",
            "E2",
            Adcode.of(210102),
            2021,
            "POWER",
            "diesel",
            3,
            Unit.T,
            null,
            RateValue.of(0.0202, tcPerGj),
            null,
            null,
            null,
            null,
            List.of(),
            null,
            Map.of(),
            null);
    return List.of(r1, r2, r3);
  }

  @Test
  void validCsvWithChineseHeadersMapsEveryField() throws IOException {
    ActivityImport result = readCsv(VALID_CSV);

    assertThat(result.problems()).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(result.records()).containsExactlyElementsOf(expectedRecords());
  }

  @Test
  void ncvWithoutUnitIsPerTonneForSolidsAndPerTenThousandCubicMetresForGases() throws IOException {
    ActivityImport result =
        readCsv(
            """
        record_id,entity_id,region,year,source,activity,amount,unit,ncv
        a,e,110105,2022,POWER,raw_coal,1,t,20.908
        b,e,110105,2022,POWER,天然气,1,万Nm3,389.31
        """);

    assertThat(result.problems()).isEmpty();
    assertThat(result.records())
        .extracting(r -> r.ncv().unit().toString())
        .containsExactly("GJ/t", "GJ/万Nm3");
  }

  @Test
  void csvWithManyErrorsReportsEveryProblemWithItsLineAndColumn() throws IOException {
    String csv =
        "record_id,entity_id,region,year,source,activity,amount,unit,controls,technology\n"
            + "A1,E,110105,2022,POWER,raw_coal,10,tonnes2,,\n" // line 2
            + "A2,E,110105,2022,POWER,raw_coal,abc,t,,\n" // line 3
            + "A3,E,110105,2022,POWER,raw_coal,-5,t,,\"two\nlines\"\n" // lines 4-5
            + "A4,E,1101,2022,POWER,raw_coal,5,t,,\n" // line 6
            + "A1,E,110105,2022,POWER,raw_coal,5,t,,\n" // line 7
            + "A6,E,110105,2022,POWER,unobtainium,5,t,,\n" // line 8
            + "A7,E,110105,2022,POWER,raw_coal,5,t,magic_filter,\n" // line 9
            + "\n" // line 10
            + "A8,E,110105,2022,POWER,raw_coal,5,t,scr:1.5,\n" // line 11
            + "A9,,110105,1850,POWER,raw_coal,NaN,t,,\n" // line 12
            + "A10,E,119999,2022,NOPE,raw_coal,1e400,head,,\n" // line 13
            + "A11,E,110105,2022,POWER,raw_coal,5,t,esp:0.99:95%,\n" // line 14
            + ",,,,,,,,,\n"; // line 15

    ActivityImport result = readCsv(csv);

    assertThat(result.isValid()).isFalse();
    assertThat(result.problems())
        .extracting(
            ImportProblem::severity,
            ImportProblem::location,
            ImportProblem::column,
            ImportProblem::value)
        .containsExactly(
            tuple(Severity.ERROR, "line 2", "unit", "tonnes2"),
            tuple(Severity.ERROR, "line 3", "amount", "abc"),
            tuple(Severity.ERROR, "line 4", "amount", "-5"),
            tuple(Severity.ERROR, "line 6", "region", "1101"),
            tuple(Severity.ERROR, "line 7", "record_id", "A1"),
            tuple(Severity.ERROR, "line 8", "activity", "unobtainium"),
            tuple(Severity.ERROR, "line 9", "controls", "magic_filter"),
            tuple(Severity.ERROR, "line 11", "controls", "scr:1.5"),
            tuple(Severity.ERROR, "line 12", "entity_id", ""),
            tuple(Severity.ERROR, "line 12", "year", "1850"),
            tuple(Severity.ERROR, "line 12", "amount", "NaN"),
            tuple(Severity.ERROR, "line 13", "region", "119999"),
            tuple(Severity.ERROR, "line 13", "source", "NOPE"),
            tuple(Severity.ERROR, "line 13", "amount", "1e400"),
            tuple(Severity.ERROR, "line 13", "unit", "head"));
    assertThat(result.problems().get(0))
        .hasToString("line 2, column unit: 未知计量单位 'tonnes2' / unknown unit 'tonnes2'");
    assertThat(result.problems().get(4).message())
        .contains("first seen at line 2")
        .contains("首次出现在 line 2");
    assertThat(result.problems().get(7).message())
        .contains("efficiency must be a fraction from 0 to 1");
    assertThat(result.problems().get(11).message()).contains("not in the GB/T 2260 code list");
    assertThat(result.problems().get(14).message()).contains("does not fit activity raw_coal");
    assertThat(result.warnings()).isEmpty();
    assertThat(result.errors()).hasSize(15);
    assertThat(result.records())
        .singleElement()
        .satisfies(
            r -> assertThat(r.controls()).containsExactly(new ControlSpec("esp", 0.99, 0.95)));
  }

  @Test
  void missingRequiredColumnsAreReportedOnceOnTheHeader() throws IOException {
    ActivityImport result =
        readCsv(
            """
        record_id,entity_id,region,source,activity,amount
        a,e,110105,POWER,raw_coal,1
        b,e,110105,POWER,raw_coal,2
        """);

    assertThat(result.problems())
        .extracting(ImportProblem::location, ImportProblem::column)
        .containsExactly(tuple("line 1", "year"), tuple("line 1", "unit"));
    assertThat(result.records()).isEmpty();
  }

  @Test
  void headerProblemsAreReportedOnTheHeaderCell() throws IOException {
    ActivityImport result =
        readCsv(
            """
        Record ID , entity_id,region,year,source,activity,amount,数量,unit,measured_XYZ_t,measured_so2_t,实测氮氧化物（吨）,备注
        a,e,110105,2022,POWER,raw_coal,1,1,t,,3,2,note
        """);

    assertThat(result.problems())
        .extracting(ImportProblem::severity, ImportProblem::column, ImportProblem::message)
        .containsExactly(
            tuple(
                Severity.ERROR,
                "数量",
                "重复的列 '数量'，与列 'amount' 相同 / duplicate column '数量', same as column 'amount'"),
            tuple(
                Severity.ERROR,
                "measured_XYZ_t",
                "实测排放量列中的物质 'XYZ' 未知 / unknown substance 'XYZ' in measured-emission column 'measured_XYZ_t'"),
            tuple(Severity.WARNING, "备注", "未识别的列 '备注'，已忽略 / unknown column '备注' ignored"));
    assertThat(result.records())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.measuredTonnes())
                    .containsOnly(entry(Substance.SO2, 3.0), entry(Substance.NOX, 2.0)));
  }

  @Test
  void optionalValuesAreCheckedAgainstTheirRanges() throws IOException {
    ActivityImport result =
        readCsv(
            """
        record_id,entity_id,region,year,source,activity,amount,unit,oxidation,sulfur_pct,ncv,ncv_unit,carbon_content,carbon_content_unit,controls
        a,e,110105,2022,POWER,raw_coal,1,t,99,120,20,tC/GJ,0.03,tCO2/GJ,scr:0.9:0.5:1
        b,e,110105,2022,POWER,外购电力,1,MWh,0,-1,5,,,kgC/GJ,scr;SCR
        """);

    assertThat(result.problems())
        .extracting(
            ImportProblem::severity,
            ImportProblem::location,
            ImportProblem::column,
            ImportProblem::value)
        .containsExactly(
            tuple(Severity.ERROR, "line 2", "ncv_unit", "tC/GJ"),
            tuple(Severity.ERROR, "line 2", "carbon_content_unit", "tCO2/GJ"),
            tuple(Severity.ERROR, "line 2", "oxidation", "99"),
            tuple(Severity.ERROR, "line 2", "sulfur_pct", "120"),
            tuple(Severity.ERROR, "line 2", "controls", "scr:0.9:0.5:1"),
            tuple(Severity.ERROR, "line 3", "ncv", "5"),
            tuple(Severity.WARNING, "line 3", "carbon_content_unit", "kgC/GJ"),
            tuple(Severity.ERROR, "line 3", "oxidation", "0"),
            tuple(Severity.ERROR, "line 3", "sulfur_pct", "-1"),
            tuple(Severity.ERROR, "line 3", "controls", "SCR"));
  }

  @Test
  void gbkCsvIsRefusedWithAdviceToSaveAsUtf8() throws IOException {
    byte[] gbk = "记录编号,企业编号\r\n".getBytes(Charset.forName("GBK"));

    ActivityImport result =
        reader().read("gbk.csv", new ByteArrayInputStream(gbk), TableFormat.CSV);

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("gbk.csv");
              assertThat(p.message()).contains("UTF-8");
            });
  }

  @Test
  void malformedCsvStopsWithTheLineWhereItBroke() throws IOException {
    ActivityImport result =
        readCsv(
            "record_id,entity_id,region,year,source,activity,amount,unit\n"
                + "a,e,110105,2022,POWER,raw_coal,1,t\n"
                + "b,\"e\"x,110105,2022,POWER,raw_coal,1,t\n");

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("line 3");
              assertThat(p.message()).startsWith("CSV 格式错误");
            });
    assertThat(result.records()).hasSize(1);
  }

  @Test
  void textCellsAreNoWiderThanTheLedgerKeepsThemAndHoldNoControlCharacters() throws IOException {
    ActivityImport result =
        readCsv(
            "record_id,entity_id,region,year,source,activity,amount,unit,technology,controls\n"
                + "r".repeat(101)
                + ",e,110105,2022,POWER,raw_coal,1,t,,\n"
                + "ok,\"e\u0000x\",110105,2022,POWER,raw_coal,1,t,,\n"
                + "ok2,e,110105,2022,POWER,raw_coal,1,t,"
                + "x".repeat(65)
                + ",\n"
                + "ok3,e,110105,2022,POWER,raw_coal,1,t,bell\u0007,\n");

    assertThat(result.records()).isEmpty();
    assertThat(result.errors())
        .extracting(ImportProblem::location, ImportProblem::column)
        .containsExactly(
            tuple("line 2", "record_id"),
            tuple("line 3", "entity_id"),
            tuple("line 4", "technology"),
            tuple("line 5", "technology"));
    assertThat(result.errors().get(0).message()).contains("longer than 100 characters");
    assertThat(result.errors().get(1).message())
        .contains("control character")
        .doesNotContain("\u0000");
  }

  @Test
  void aHeaderWithoutDataRowsIsNoUpload() throws IOException {
    assertThat(readCsv("record_id,entity_id,region,year,source,activity,amount,unit\n\n").errors())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no data rows"));
  }

  @Test
  void emptyFileHasNoHeader() throws IOException {
    assertThat(readCsv("\n\n").errors())
        .singleElement()
        .satisfies(
            p -> assertThat(p.message()).isEqualTo("文件为空，没有表头 / the file is empty: no header row"));
  }

  @Test
  void filesAreReadByExtensionAndXlsIsRefusedWithSaveAsAdvice() throws IOException {
    Path csv = Files.writeString(dir.resolve("a.CSV"), VALID_CSV);
    Path xls = Files.write(dir.resolve("old.xls"), new byte[] {1, 2, 3});
    Path txt = Files.writeString(dir.resolve("a.txt"), VALID_CSV);
    Path fakeXlsx = Files.writeString(dir.resolve("fake.xlsx"), VALID_CSV);

    assertThat(reader().read(csv).records()).containsExactlyElementsOf(expectedRecords());
    assertThat(reader().read(xls).errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("old.xls");
              assertThat(p.message()).contains("save the file as .xlsx").contains("另存为 .xlsx");
            });
    assertThat(reader().read(txt).errors())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("use .csv or .xlsx"));
    assertThat(reader().read(fakeXlsx).errors())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not a valid xlsx file"));
  }

  @Test
  void aFileWithOnlyAHeaderIsNoUpload() throws IOException {
    assertThat(readCsv("record_id,entity_id,region,year,source,activity,amount,unit\n").errors())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo("文件只有表头，没有数据行 / the file has a header but no data rows"));
  }

  @Test
  void aRegionCodeMustBeInUseInTheRecordsYear() throws IOException {
    // 梅列区 350402 was merged into the new 三元区 350404 in 2021 (yearly MCA lists 1983-2020 and
    // 2021-2024).
    ActivityImport result =
        readCsv(
            """
        record_id,entity_id,region,year,source,activity,amount,unit
        a,e,350402,2019,POWER,raw_coal,1,t
        b,e,350402,2022,POWER,raw_coal,1,t
        c,e,350404,2019,POWER,raw_coal,1,t
        d,e,350404,2022,POWER,raw_coal,1,t
        e,e,990100,2022,POWER,raw_coal,1,t
        f,e,419001,2022,POWER,raw_coal,1,t
        g,e,000000,1950,POWER,raw_coal,1,t
        """);
    assertThat(result.problems())
        .extracting(
            ImportProblem::severity,
            ImportProblem::location,
            ImportProblem::column,
            ImportProblem::value)
        .containsExactly(
            tuple(Severity.ERROR, "line 3", "region", "350402"),
            tuple(Severity.WARNING, "line 4", "region", "350404"),
            tuple(Severity.ERROR, "line 6", "region", "990100"));
    assertThat(result.problems().get(0).message())
        .isEqualTo(
            "行政区划代码 '350402'（梅列区）在 2022 年不存在（使用年份：1983–2020）"
                + " / region '350402' (梅列区) did not exist in 2022 (in use 1983–2020)");
    assertThat(result.problems().get(1).message()).contains("2021–2024");
    assertThat(result.records())
        .extracting(ActivityRecord::recordId)
        .containsExactly("a", "c", "d", "f", "g");
  }

  @Test
  void anAmountAboveWhatAnyProvinceCouldHaveIsRefusedWithItsRowAndColumn() throws IOException {
    ActivityImport result =
        readCsv(
            """
        record_id,entity_id,region,year,source,activity,amount,unit,measured_SO2_t
        ok,e,410105,2022,POWER,raw_coal,1e9,t,
        coal,e,410105,2022,POWER,raw_coal,1.1e9,t,
        wan,e,410105,2022,POWER,raw_coal,2e5,万t,
        gas,e,410105,2022,POWER,natural_gas,2e8,万Nm3,
        so2,e,410105,2022,POWER,raw_coal,1,t,2e9
        hens,e,410105,2022,ENTERIC,poultry,5e9,head,
        """);
    assertThat(result.errors())
        .extracting(ImportProblem::location, ImportProblem::column, ImportProblem::value)
        .containsExactly(
            tuple("line 3", "amount", "1.1e9"),
            tuple("line 4", "amount", "2e5"),
            tuple("line 5", "amount", "2e8"),
            tuple("line 6", "measured_SO2_t", "2e9"));
    assertThat(result.errors().get(1).message())
        .isEqualTo(
            "活动水平 200000.0 万t 超出原煤的合理上限 1.0E9 t，请检查数值和计量单位"
                + " / amount 200000.0 万t is above the plausible maximum for raw_coal (1.0E9 t); check the value and its unit");
    assertThat(result.records()).extracting(ActivityRecord::recordId).containsExactly("ok", "hens");
  }

  @Test
  void anUnknownColumnIsNamedWithTheColumnMeant() throws IOException {
    ActivityImport result =
        readCsv(
            """
        record_id,entity_id,region,year,source,activity,amount,unit,sulphur_pct,含硫率,remarks
        a,e,410105,2022,POWER,raw_coal,1,t,0.8,0.8,hello
        """);
    assertThat(result.warnings())
        .extracting(ImportProblem::message)
        .containsExactly(
            "未识别的列 'sulphur_pct'，已忽略；是否应为 'sulfur_pct'？ / unknown column 'sulphur_pct' ignored; did you mean 'sulfur_pct'?",
            "未识别的列 '含硫率'，已忽略；是否应为 '含硫量'？ / unknown column '含硫率' ignored; did you mean '含硫量'?",
            "未识别的列 'remarks'，已忽略 / unknown column 'remarks' ignored");
  }

  @Test
  void identifiersFitTheLedgerAndHoldNoControlCharacters() throws IOException {
    ActivityImport result =
        readCsv(
            "record_id,entity_id,region,year,source,activity,amount,unit\n"
                + "r"
                + "x".repeat(100)
                + ",e,410105,2022,POWER,raw_coal,1,t\n"
                + "ok,E\u0000X,410105,2022,POWER,raw_coal,1,t\n");
    assertThat(result.errors())
        .extracting(ImportProblem::location, ImportProblem::column)
        .containsExactly(tuple("line 2", "record_id"), tuple("line 3", "entity_id"));
    assertThat(result.errors().get(0).message()).contains("record_id 超过 100 个字符");
  }
}
