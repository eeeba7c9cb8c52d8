package org.cocontrol.core.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.cocontrol.core.Fixtures;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;

class ControlProperties {

  private final Accountant accountant =
      Accountant.of(
          Fixtures.reference(Fixtures.accountingParameters()), AccountingOptions.defaults());

  @Property(tries = 300)
  void aControlNeverIncreasesTheSubstanceItControls(
      @ForAll @DoubleRange(min = 0, max = 1e6) double tonnes,
      @ForAll @DoubleRange(min = 0, max = 1) double efficiency,
      @ForAll @DoubleRange(min = 0, max = 1) double operatingRate) {
    ActivityRecord.Builder b =
        ActivityRecord.builder("R")
            .region(210100)
            .year(2022)
            .source("POWER")
            .activity("raw_coal", tonnes, Unit.T);
    RecordResult without = accountant.account(b.build());
    RecordResult with =
        accountant.account(
            b.controls(
                    List.of(
                        new ControlSpec("wet_fgd", efficiency, operatingRate),
                        new ControlSpec("scr", efficiency, operatingRate),
                        new ControlSpec("esp", efficiency, operatingRate)))
                .build());
    for (Substance s : List.of(Substance.SO2, Substance.NOX, Substance.PM, Substance.PM25)) {
      assertThat(with.total(s)).isLessThanOrEqualTo(without.total(s) * (1 + 1e-12));
      assertThat(with.total(s)).isGreaterThanOrEqualTo(0);
    }
  }
}
