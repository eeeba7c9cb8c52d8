package org.cocontrol.io;

import java.util.ArrayList;
import java.util.List;
import org.cocontrol.core.substance.Substance;

/**
 * One column of the activity template: its header in each language, what it means and how it is
 * checked while being filled in. The headers come from {@link Column}, so the template only ever
 * writes headers the reader accepts.
 *
 * @param key the canonical header ({@code record_id}, {@code measured_SO2_t}), used as the English
 *     header
 * @param headerZh the Chinese header, one the reader accepts as an alias
 * @param width the column width in characters
 * @param text whether the column is formatted as text, so codes keep their leading zeros and long
 *     credit codes are not turned into rounded numbers
 */
record TemplateField(
    String key,
    String headerZh,
    boolean required,
    int width,
    boolean text,
    Check check,
    Text meaning,
    Text format,
    Text example) {

  /** How Excel checks a cell of the column as it is typed. */
  enum Check {
    NONE,
    UNIQUE,
    REGION,
    YEAR,
    SOURCE_LIST,
    ACTIVITY_LIST,
    UNIT_LIST,
    NCV_UNIT_LIST,
    CARBON_UNIT_LIST,
    NON_NEGATIVE,
    FRACTION,
    PERCENT
  }

  /** A text in both languages. */
  record Text(String zh, String en) {
    static Text same(String s) {
      return new Text(s, s);
    }

    static Text none() {
      return same("");
    }

    String pick(boolean chinese) {
      return chinese ? zh : en;
    }

    /** Both languages, the template's own first; one line when they are the same. */
    String both(boolean chinese) {
      if (zh.equals(en)) {
        return zh;
      }
      return chinese ? zh + "\n" + en : en + "\n" + zh;
    }
  }

  String header(boolean chinese) {
    return chinese ? headerZh : key;
  }

  /** The measured-emission columns the template offers; others can be added by hand. */
  static final List<Substance> MEASURED =
      List.of(Substance.SO2, Substance.NOX, Substance.PM, Substance.CO2);

  /** Every column, in the order of the template (and of {@code examples/activities.csv}). */
  static List<TemplateField> all() {
    List<TemplateField> out = new ArrayList<>();
    out.add(
        of(
            Column.RECORD_ID,
            14,
            true,
            Check.UNIQUE,
            new Text(
                "一行数据的编号，在本文件内不得重复；错误信息和计算结果用它指认这一行。",
                "Identifies the row; unique within the file. Errors and results refer to the row by it."),
            new Text("文本", "text"),
            Text.same("LN-001")));
    out.add(
        of(
            Column.ENTITY_ID,
            22,
            true,
            Check.NONE,
            new Text(
                "填报单位在平台登记的单位编号（企业账号见“数据报送”页的提示，主管部门见“企业”页的“单位编号”）；"
                    + "统一社会信用代码只在单位以它登记时可用。同一单位的各行填相同编号。",
                "The code the reporting entity is registered under on the platform (an enterprise account sees it on the upload page,"
                    + " an authority in the enterprises list); a credit code works only where the entity is registered by it. The same"
                    + " on every row of one entity."),
            new Text("文本", "text"),
            Text.same("91210100MA0XXXXX1A")));
    out.add(
        of(
            Column.REGION,
            14,
            true,
            Check.REGION,
            new Text(
                "单位所在地的行政区划代码（GB/T 2260，6 位数字，最细到区县），见“行政区划”表；全国合计的数据填 000000。",
                "GB/T 2260 administrative division code of the entity's location (6 digits, down to county level), listed on the regions"
                    + " sheet; 000000 for national totals."),
            new Text("6 位数字", "6 digits"),
            Text.same("210106")));
    out.add(
        of(
            Column.YEAR,
            8,
            false,
            Check.YEAR,
            new Text("数据所属年份。", "The year the data are for."),
            new Text(
                "整数 " + ActivityTemplate.MIN_YEAR + "–" + ActivityTemplate.MAX_YEAR,
                "whole number " + ActivityTemplate.MIN_YEAR + "–" + ActivityTemplate.MAX_YEAR),
            Text.same("2022")));
    out.add(
        of(
            Column.SOURCE,
            14,
            false,
            Check.SOURCE_LIST,
            new Text(
                "排放源类别：项目排放源代码（见代码表，如 POWER 火力发电），或 IPCC 2006 类别代码（如 1.A.1.a）。",
                "Source category: a project source code from the codes sheet (e.g. POWER, thermal power) or an IPCC 2006 category code"
                    + " (e.g. 1.A.1.a)."),
            new Text("代码", "code"),
            Text.same("POWER")));
    out.add(
        of(
            Column.ACTIVITY,
            16,
            false,
            Check.ACTIVITY_LIST,
            new Text(
                "活动类型（燃料、产品、外购电力等）：代码表中的中文名或代码（如 原煤 或 raw_coal）。",
                "What was burnt, produced or bought: the Chinese name or the code from the codes sheet (e.g. 原煤 or raw_coal)."),
            new Text("中文名或代码", "code or Chinese name"),
            new Text("原煤", "raw_coal")));
    out.add(
        of(
            Column.AMOUNT,
            14,
            false,
            Check.NON_NEGATIVE,
            new Text(
                "活动水平：消耗量、产量、购入或输出量、存栏量或面积，不小于 0。",
                "The amount consumed, produced, bought or sold, the head count or the area; not negative."),
            new Text("数值，单位填在“计量单位”列", "number, in the unit of column unit"),
            Text.same("1200000")));
    out.add(
        of(
            Column.UNIT,
            10,
            false,
            Check.UNIT_LIST,
            new Text(
                "活动水平的计量单位，须与活动类型相符：燃料用质量、体积或能量单位，电力和热力用能量单位，产品和氮肥用质量单位，"
                    + "畜禽用 head（头），作物面积用 ha（公顷）。",
                "Unit of the amount, fitting the activity: mass, volume or energy for fuels, energy for electricity and heat, mass for"
                    + " products and nitrogen, head for livestock, ha for crop area."),
            Text.same("t, 万t, 万Nm3, MWh, GJ, tce …"),
            Text.same("t")));
    out.add(
        of(
            Column.NCV,
            12,
            false,
            Check.NON_NEGATIVE,
            new Text(
                "实测低位发热量（可选）；不填时使用缺省值。",
                "Measured net calorific value (optional); the default applies when blank."),
            new Text("数值，单位填在下一列", "number, unit in the next column"),
            Text.same("20.934")));
    out.add(
        of(
            Column.NCV_UNIT,
            14,
            false,
            Check.NCV_UNIT_LIST,
            new Text(
                "低位发热量的单位；不填时，按质量计量的活动为 GJ/t，按体积计量的为 GJ/万Nm3。",
                "Unit of the NCV; when blank, GJ/t for activities measured by mass and GJ/万Nm3 for those measured by volume."),
            Text.same(String.join(", ", ActivityTemplate.NCV_UNITS)),
            Text.same("GJ/t")));
    out.add(
        of(
            Column.CARBON_CONTENT,
            10,
            false,
            Check.NON_NEGATIVE,
            new Text(
                "实测含碳量（可选）：单位热值含碳量（tC/GJ），或收到基元素碳含量（tC/t）；不填时使用缺省值。",
                "Measured carbon content (optional): per unit of energy (tC/GJ) or, as received, per tonne of fuel (tC/t); the default"
                    + " applies when blank."),
            new Text("数值，单位填在下一列", "number, unit in the next column"),
            Text.none()));
    out.add(
        of(
            Column.CARBON_CONTENT_UNIT,
            14,
            false,
            Check.CARBON_UNIT_LIST,
            new Text("含碳量的单位；不填时为 tC/GJ。", "Unit of the carbon content; tC/GJ when blank."),
            Text.same(String.join(", ", ActivityTemplate.CARBON_UNITS)),
            Text.none()));
    out.add(
        of(
            Column.OXIDATION,
            10,
            false,
            Check.FRACTION,
            new Text(
                "实测碳氧化率（可选）：大于 0、不超过 1 的小数（如 0.98），也可填 98%。",
                "Measured carbon oxidation rate (optional): a fraction above 0 and at most 1 (e.g. 0.98), or a percentage such as 98%."),
            Text.same("(0, 1]"),
            Text.none()));
    out.add(
        of(
            Column.SULFUR_PCT,
            8,
            false,
            Check.PERCENT,
            new Text(
                "收到基全硫（可选），质量百分数的数值：0.8 表示 0.8%；用于计算二氧化硫。",
                "Total sulfur as received (optional), in mass percent: 0.8 means 0.8 %; used for SO2."),
            new Text("质量百分数 0–100", "mass percent 0–100"),
            Text.same("0.8")));
    out.add(
        of(
            Column.ASH_PCT,
            8,
            false,
            Check.PERCENT,
            new Text(
                "收到基灰分（可选），质量百分数的数值；用于计算颗粒物。",
                "Ash as received (optional), in mass percent; used for particulate matter."),
            new Text("质量百分数 0–100", "mass percent 0–100"),
            Text.same("22")));
    out.add(
        of(
            Column.VOLATILE_PCT,
            8,
            false,
            Check.PERCENT,
            new Text(
                "挥发分（可选），质量百分数的数值；目前仅随数据保存，不参与计算。",
                "Volatile matter (optional), in mass percent; kept with the record, no method uses it yet."),
            new Text("质量百分数 0–100", "mass percent 0–100"),
            Text.none()));
    // The English meaning is also the cell's prompt, which Excel caps at 255 characters; the
    // instructions say more.
    out.add(
        of(
            Column.CONTROLS,
            24,
            false,
            Check.NONE,
            new Text(
                "污染治理设施（可选）：多个设施用分号分隔，每个写作 代码[:去除效率[:运行率]]，效率和运行率为 0–1 的小数或百分数，"
                    + "不填时用缺省值；代码或中文名见代码表。例：wet_fgd;scr:0.85;esp 即湿法脱硫、去除效率 85% 的 SCR 和静电除尘。",
                "Pollution controls (optional), separated by semicolons, each code[:efficiency[:operating_rate]] with fractions 0–1 or"
                    + " percentages; codes or Chinese names from the codes sheet. E.g. wet_fgd;scr:0.85;esp"),
            new Text("代码[:效率[:运行率]];…", "code[:efficiency[:operating_rate]];…"),
            Text.same("wet_fgd;scr;esp")));
    out.add(
        of(
            Column.TECHNOLOGY,
            16,
            false,
            Check.NONE,
            new Text(
                "燃烧或生产工艺（可选），用于选取排放因子，如 pc_boiler（煤粉炉）、cfb_boiler（循环流化床锅炉）、stoker_boiler（层燃炉）、"
                    + "gas_turbine（燃气轮机）、dry_kiln（新型干法窑）、bof（转炉）。电力锅炉可加机组容量等级（氮氧化物系数）：如 pc_boiler.le100mw、"
                    + "pc_boiler.100_300mw、pc_boiler.ge300mw。",
                "Combustion or process technology (optional), to choose factors: pc_boiler, cfb_boiler, stoker_boiler, gas_turbine, dry_kiln,"
                    + " bof. A power boiler may add its size class for NOx: pc_boiler.le100mw, pc_boiler.100_300mw, pc_boiler.ge300mw."),
            new Text("代码", "code"),
            Text.same("pc_boiler")));
    out.add(
        of(
            Column.VOC_CONTENT_PCT,
            10,
            false,
            Check.PERCENT,
            new Text(
                "涂料、油墨、胶粘剂等含VOCs产品的VOCs含量（可选），质量百分数的数值：用于计算挥发性有机物；改用低VOCs原辅材料即填较低的含量。",
                "VOC content of a coating, ink, adhesive or cleaning agent (optional), in mass percent; for VOCs. Low-VOC substitution is a lower content."),
            new Text("质量百分数 0–100", "mass percent 0–100"),
            Text.same("45")));
    for (Substance s : MEASURED) {
      out.add(
          new TemplateField(
              "measured_" + s.code() + "_t",
              "实测" + s.nameZh() + "(t)",
              false,
              14,
              false,
              Check.NON_NEGATIVE,
              new Text(
                  "实测（如 CEMS 在线监测）的" + s.nameZh() + "排放量（可选），吨；填写后替代计算值。",
                  "Measured (e.g. CEMS) "
                      + s.nameEn()
                      + " emissions (optional), in tonnes; they replace the calculated amount."),
              new Text("吨", "t"),
              Text.none()));
    }
    return List.copyOf(out);
  }

  private static TemplateField of(
      Column c, int width, boolean text, Check check, Text meaning, Text format, Text example) {
    // The first alias is the reader's preferred Chinese header, so the template and the reader
    // cannot drift apart.
    return new TemplateField(
        c.key(), c.aliases().get(0), c.required(), width, text, check, meaning, format, example);
  }
}
