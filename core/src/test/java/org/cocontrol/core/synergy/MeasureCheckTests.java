package org.cocontrol.core.synergy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.synergy.MeasureCheck.Field;
import org.cocontrol.core.synergy.MeasureCheck.Side;
import org.junit.jupiter.api.Test;

/** The one check of measures the command line and the REST API share: each rule, with its words. */
class MeasureCheckTests {

  private static Map<Substance, Double> amounts(Object... pairs) {
    Map<Substance, Double> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Substance) pairs[i], (Double) pairs[i + 1]);
    }
    return m;
  }

  @Test
  void aGoodMeasureIsBuiltWithOnlyTheSubstancesItGives() {
    List<MeasureCheck.Problem> problems = new ArrayList<>();
    Measure m =
        new MeasureCheck()
            .check(
                " M1 ",
                "改燃气",
                5e6,
                amounts(Substance.CO2, 100.0, Substance.SO2, 10.0, Substance.NOX, null),
                amounts(Substance.CO2, 60.0, Substance.SO2, 2.0, Substance.NOX, null),
                problems);
    assertThat(problems).isEmpty();
    assertThat(m.id()).isEqualTo("M1");
    assertThat(m.base()).containsOnlyKeys(Substance.CO2, Substance.SO2);
    assertThat(m.change(Substance.SO2).reduction()).isEqualTo(8.0);
  }

  @Test
  void everyRuleWithItsFieldAndWords() {
    MeasureCheck check = new MeasureCheck();
    List<MeasureCheck.Problem> problems = new ArrayList<>();
    assertThat(
            check.check(
                "M1", "", null, amounts(Substance.CO2, 1.0), amounts(Substance.CO2, 1.0), problems))
        .isNotNull();
    assertThat(
            check.check(
                "M1",
                "",
                Double.POSITIVE_INFINITY,
                amounts(Substance.CO2, 1.0, Substance.SO2, -2.0),
                amounts(Substance.CO2, null, Substance.SO2, 1.0),
                problems))
        .isNull();
    assertThat(check.check("", "", null, amounts(Substance.SO2, 1.0), amounts(), problems))
        .isNull();
    assertThat(problems)
        .extracting(
            MeasureCheck.Problem::field,
            MeasureCheck.Problem::side,
            MeasureCheck.Problem::substance,
            p -> p.message().toString())
        .containsExactly(
            tuple(Field.ID, null, null, "措施编号 'M1' 重复 / duplicate measure id 'M1'"),
            tuple(Field.COST, null, null, "成本须为有限数 / the cost must be a finite number"),
            tuple(
                Field.AMOUNT,
                Side.AFTER,
                Substance.CO2,
                "缺少数值（前后须同时给出） / missing value (before and after go together)"),
            tuple(
                Field.AMOUNT,
                Side.BASE,
                Substance.SO2,
                "排放量须为 ≥ 0 的有限数 / an emission must be a finite number ≥ 0"),
            tuple(Field.ID, null, null, "措施编号必填 / a measure id is required"),
            tuple(
                Field.AMOUNT,
                Side.BASE,
                Substance.CO2,
                "CO2 前后排放量必填 / CO2 before and after are required"),
            tuple(
                Field.AMOUNT,
                Side.AFTER,
                Substance.SO2,
                "缺少数值（前后须同时给出） / missing value (before and after go together)"));
  }

  @Test
  void aValueTheCallerAlreadyReportedRaisesNothingMore() {
    List<MeasureCheck.Problem> problems = new ArrayList<>();
    assertThat(
            new MeasureCheck()
                .check(
                    "M",
                    "",
                    null,
                    amounts(Substance.CO2, Double.NaN),
                    amounts(Substance.CO2, 1.0),
                    problems))
        .isNull();
    assertThat(problems).isEmpty();
  }
}
