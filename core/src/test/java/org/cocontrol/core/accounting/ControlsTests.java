package org.cocontrol.core.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocontrol.core.substance.Substance;
import org.junit.jupiter.api.Test;

/**
 * The controls column and measured values: one parse and one format, and what is written reads back
 * as it was.
 */
class ControlsTests {

  private static Optional<String> known(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "wet_fgd" -> Optional.of("wet_fgd");
      case "scr" -> Optional.of("scr");
      case "esp", "静电除尘" -> Optional.of("esp");
      default -> Optional.empty();
    };
  }

  @Test
  void entriesWithEfficienciesRatesAndAliases() {
    Controls.Parsed p = Controls.parse("wet_fgd:0.98:90%；SCR::0.5, 静电除尘", ControlsTests::known);
    assertThat(p.problems()).isEmpty();
    assertThat(p.controls())
        .containsExactly(
            new ControlSpec("wet_fgd", 0.98, 0.9),
            new ControlSpec("scr", null, 0.5),
            ControlSpec.of("esp"));
    assertThat(Controls.format(p.controls())).isEqualTo("wet_fgd:0.98:0.9;scr::0.5;esp");
  }

  @Test
  void whatIsWrittenReadsBackUnchanged() {
    List<ControlSpec> controls =
        List.of(
            new ControlSpec("wet_fgd", 0.98, null),
            new ControlSpec("scr", 0.87, 0.75),
            ControlSpec.of("esp"));
    String stored = Controls.format(controls);
    assertThat(stored).isEqualTo("wet_fgd:0.98;scr:0.87:0.75;esp");
    assertThat(Controls.parse(stored, Optional::of).controls()).isEqualTo(controls);
    assertThat(Controls.format(List.of())).isEmpty();
    assertThat(Controls.parse("", Optional::of).controls()).isEmpty();
  }

  @Test
  void everyBadEntryIsReportedWithItsText() {
    Controls.Parsed p =
        Controls.parse("magic;scr:1.5;esp:0.9:x;scr;wet_fgd:1:1:1", ControlsTests::known);
    assertThat(p.problems())
        .extracting(Controls.Problem::entry)
        .containsExactly("magic", "scr:1.5", "esp:0.9:x", "scr", "wet_fgd:1:1:1");
    assertThat(p.problems().get(0).message().toString())
        .isEqualTo("未知治理设施 'magic' / unknown control 'magic'");
    assertThat(p.problems().get(1).message().en())
        .isEqualTo(
            "control 'scr:1.5': efficiency must be a fraction from 0 to 1 or a percentage (0.95 or 95%), got '1.5'");
    assertThat(p.problems().get(2).message().en()).contains("operating rate").contains("got 'x'");
    // a code counts as listed even when its efficiency was refused: scr is named twice, whatever
    // its first entry said
    assertThat(p.problems().get(3).message().en()).isEqualTo("control scr is listed twice");
  }

  @Test
  void aControlListedTwiceIsRefused() {
    Controls.Parsed p = Controls.parse("scr;SCR:0.8", ControlsTests::known);
    assertThat(p.problems())
        .singleElement()
        .satisfies(x -> assertThat(x.message().en()).isEqualTo("control scr is listed twice"));
  }

  @Test
  void measuredValuesAreOneTextSortedAsText() {
    String text =
        MeasuredValues.format(Map.of(Substance.SO2, 12.5, Substance.PM25, 1.2, Substance.NOX, 3.0));
    assertThat(text).isEqualTo("NOX=3.0;PM25=1.2;SO2=12.5");
    assertThat(MeasuredValues.parse(text))
        .containsOnly(
            entry(Substance.SO2, 12.5), entry(Substance.PM25, 1.2), entry(Substance.NOX, 3.0));
    assertThat(MeasuredValues.parse("")).isEmpty();
    assertThatThrownBy(() -> MeasuredValues.parse("XYZ=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XYZ=1");
  }
}
