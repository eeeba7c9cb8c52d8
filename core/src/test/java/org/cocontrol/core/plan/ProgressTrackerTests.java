package org.cocontrol.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed statuses; the path is base + (year − baseYear)/(targetYear − baseYear) × (level −
 * base).
 */
class ProgressTrackerTests {

  private static final double EPS = 1e-9;
  private final ProgressTracker tracker = ProgressTracker.DEFAULT;

  /**
   * CO2 per unit GDP −18% vs 2020, 2020 level 100: the 2025 level is 82 and the 2023 path value
   * 89.2.
   */
  private static final Target CO2_INTENSITY =
      Target.of(IndicatorKind.REDUCTION, 2020, 100.0, 2025, 18.0);

  @Nested
  class Reduction {
    @Test
    void ahead_of_the_path_is_on_track_and_projects_the_trend() {
      IndicatorStatus s = tracker.evaluate(CO2_INTENSITY, Map.of(2023, 88.0), 2023);
      assertThat(s.status()).isEqualTo(Status.ON_TRACK);
      assertThat(s.reason()).isEqualTo(Reason.ON_PATH);
      assertThat(s.targetLevel()).isCloseTo(82, within(EPS));
      assertThat(s.expected()).isCloseTo(89.2, within(EPS));
      assertThat(s.actual()).isEqualTo(88.0);
      // (100 − 88) / (100 − 89.2)
      assertThat(s.progressRatio()).isCloseTo(12 / 10.8, within(EPS));
      // line through (2020, 100) and (2023, 88): −4 a year, 80 in 2025
      assertThat(s.projected()).isCloseTo(80, within(EPS));
    }

    @Test
    void behind_the_path_by_less_than_half_is_at_risk() {
      IndicatorStatus s = tracker.evaluate(CO2_INTENSITY, Map.of(2023, 94.0), 2023);
      assertThat(s.status()).isEqualTo(Status.AT_RISK);
      assertThat(s.reason()).isEqualTo(Reason.BEHIND_PATH);
      assertThat(s.progressRatio()).isCloseTo(6 / 10.8, within(EPS));
      assertThat(s.projected()).isCloseTo(90, within(EPS));
    }

    @Test
    void far_behind_with_a_trend_that_misses_is_off_track() {
      IndicatorStatus s = tracker.evaluate(CO2_INTENSITY, Map.of(2023, 97.0), 2023);
      assertThat(s.status()).isEqualTo(Status.OFF_TRACK);
      assertThat(s.reason()).isEqualTo(Reason.FAR_BEHIND_PATH);
      assertThat(s.progressRatio()).isCloseTo(3 / 10.8, within(EPS));
      assertThat(s.projected()).isCloseTo(95, within(EPS));
    }

    @Test
    void far_behind_with_a_slow_trend_stays_off_track() {
      // 2021 99.5, 2022 98, 2023 96: ratio 4/10.8 < 0.5; least squares through 2020–2023:
      // mean x 2021.5, mean y 98.375; sxy = −1.5·1.625 − .5·1.125 + .5·(−.375) + 1.5·(−2.375) =
      // −6.75; sxx = 5;
      // slope −1.35; 2025: 98.375 − 1.35·3.5 = 93.65 > 82.
      IndicatorStatus s =
          tracker.evaluate(CO2_INTENSITY, Map.of(2021, 99.5, 2022, 98.0, 2023, 96.0), 2023);
      assertThat(s.projected()).isCloseTo(93.65, within(EPS));
      assertThat(s.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void far_behind_a_front_loaded_path_but_trending_to_the_target_is_at_risk() {
      // user path 100 (2020) → 84 (2021) → 82 (2025); 2021 value 93: ratio 7/16 < 0.5, but the
      // trend −7 a year
      // reaches 65 in 2025, below 82.
      IndicatorStatus s =
          tracker.evaluate(CO2_INTENSITY, Map.of(2021, 93.0), Map.of(2021, 84.0), 2021);
      assertThat(s.progressRatio()).isCloseTo(7 / 16.0, within(EPS));
      assertThat(s.projected()).isCloseTo(65, within(EPS));
      assertThat(s.status()).isEqualTo(Status.AT_RISK);
      assertThat(s.reason()).isEqualTo(Reason.BEHIND_PATH);
    }

    @Test
    void values_going_the_wrong_way_are_off_track() {
      IndicatorStatus s = tracker.evaluate(CO2_INTENSITY, Map.of(2023, 103.0), 2023);
      assertThat(s.status()).isEqualTo(Status.OFF_TRACK);
      assertThat(s.reason()).isEqualTo(Reason.WRONG_DIRECTION);
      assertThat(s.progressRatio()).isCloseTo(-3 / 10.8, within(EPS));
    }

    @Test
    void a_target_already_met_is_achieved_before_the_target_year() {
      IndicatorStatus s = tracker.evaluate(CO2_INTENSITY, Map.of(2022, 81.0), 2022);
      assertThat(s.status()).isEqualTo(Status.ACHIEVED);
      assertThat(s.reason()).isEqualTo(Reason.TARGET_MET);
    }

    @Test
    void missing_in_the_target_year_is_off_track() {
      IndicatorStatus s = tracker.evaluate(CO2_INTENSITY, Map.of(2023, 88.0, 2025, 85.0), 2025);
      assertThat(s.status()).isEqualTo(Status.OFF_TRACK);
      assertThat(s.reason()).isEqualTo(Reason.DEADLINE_PASSED);
      assertThat(s.expected()).isCloseTo(82, within(EPS));
    }

    @Test
    void without_a_stated_base_the_base_year_value_is_the_base() {
      Target noBase = Target.of(IndicatorKind.REDUCTION, 2020, null, 2025, 18.0);
      IndicatorStatus none = tracker.evaluate(noBase, Map.of(2023, 45.0), 2023);
      assertThat(none.status()).isEqualTo(Status.NO_DATA);
      assertThat(none.reason()).isEqualTo(Reason.NO_BASE);
      assertThat(none.actual()).isEqualTo(45.0);

      // base 50 recorded for 2020: level 41, path 2023 = 50 − 0.6·9 = 44.6; 45 is behind, ratio
      // 5/5.4
      IndicatorStatus s = tracker.evaluate(noBase, Map.of(2020, 50.0, 2023, 45.0), 2023);
      assertThat(s.targetLevel()).isCloseTo(41, within(EPS));
      assertThat(s.expected()).isCloseTo(44.6, within(EPS));
      assertThat(s.progressRatio()).isCloseTo(5 / 5.4, within(EPS));
      assertThat(s.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void only_the_base_known_is_no_data() {
      IndicatorStatus s = tracker.evaluate(CO2_INTENSITY, Map.of(), 2023);
      assertThat(s.status()).isEqualTo(Status.NO_DATA);
      assertThat(s.reason()).isEqualTo(Reason.NO_VALUE);
      assertThat(s.expected()).isCloseTo(89.2, within(EPS));
    }

    @Test
    void a_late_report_is_judged_in_its_own_year() {
      // 2022 value 92 against the 2022 path 92.8: on track although the 2024 path (85.6) is lower.
      IndicatorStatus s = tracker.evaluate(CO2_INTENSITY, Map.of(2022, 92.0), 2024);
      assertThat(s.status()).isEqualTo(Status.ON_TRACK);
      assertThat(s.actualYear()).isEqualTo(2022);
      assertThat(s.expected()).isCloseTo(85.6, within(EPS));
    }

    @Test
    void a_user_trajectory_replaces_the_straight_path() {
      // waypoint 2023 at 95 (slow start): 94 meets it, though the straight path (89.2) would call
      // it at risk.
      IndicatorStatus s =
          tracker.evaluate(CO2_INTENSITY, Map.of(2023, 94.0), Map.of(2023, 95.0), 2023);
      assertThat(s.status()).isEqualTo(Status.ON_TRACK);
      assertThat(s.expected()).isCloseTo(95, within(EPS));
      // 2024 on the user path: halfway from 95 to 82
      assertThat(
              tracker
                  .evaluate(CO2_INTENSITY, Map.of(2023, 94.0), Map.of(2023, 95.0), 2024)
                  .expected())
          .isCloseTo(88.5, within(EPS));
      assertThat(tracker.trajectory(CO2_INTENSITY, Map.of(), Map.of(2023, 95.0)))
          .containsExactly(Map.entry(2020, 100.0), Map.entry(2023, 95.0), Map.entry(2025, 82.0));
    }
  }

  @Nested
  class LevelsAmountsAndCounts {
    @Test
    void a_level_to_stay_below_with_a_base() {
      // PM2.5 40 µg/m3 in 2020 to 35 in 2025: path 2023 = 37; 36 is ahead, ratio 4/3
      Target pm = Target.of(IndicatorKind.AT_MOST, 2020, 40.0, 2025, 35.0);
      IndicatorStatus s = tracker.evaluate(pm, Map.of(2023, 36.0), 2023);
      assertThat(s.status()).isEqualTo(Status.ON_TRACK);
      assertThat(s.progressRatio()).isCloseTo(4 / 3.0, within(EPS));
    }

    @Test
    void a_count_without_a_base_starts_from_its_first_value() {
      Target units = Target.of(IndicatorKind.COUNT, null, null, 2025, 600.0);
      IndicatorStatus one = tracker.evaluate(units, Map.of(2022, 300.0), 2022);
      assertThat(one.status()).isEqualTo(Status.NO_DATA);
      assertThat(one.reason()).isEqualTo(Reason.NO_TRAJECTORY);

      // start (2022, 300): path 2023 = 400; 420 is ahead; trend +120 a year → 660 in 2025
      IndicatorStatus two = tracker.evaluate(units, Map.of(2022, 300.0, 2023, 420.0), 2023);
      assertThat(two.status()).isEqualTo(Status.ON_TRACK);
      assertThat(two.expected()).isCloseTo(400, within(EPS));
      assertThat(two.projected()).isCloseTo(660, within(EPS));
    }

    @Test
    void an_amount_reached_early_is_achieved() {
      Target windSolar = Target.of(IndicatorKind.ABSOLUTE, 2020, 1500.0, 2025, 3700.0);
      assertThat(tracker.evaluate(windSolar, Map.of(2024, 3700.0), 2024).status())
          .isEqualTo(Status.ACHIEVED);
      IndicatorStatus s = tracker.evaluate(windSolar, Map.of(2024, 3000.0), 2024);
      // path 2024 = 1500 + 0.8·2200 = 3260; ratio 1500/1760
      assertThat(s.expected()).isCloseTo(3260, within(EPS));
      assertThat(s.progressRatio()).isCloseTo(1500 / 1760.0, within(EPS));
      assertThat(s.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void a_level_to_hold_is_on_track_while_held_and_achieved_at_the_end() {
      Target manure =
          new Target(IndicatorKind.KEEP_STABLE, Comparison.AT_LEAST, null, null, 2025, 80.0);
      assertThat(tracker.evaluate(manure, Map.of(2023, 82.0), 2023).status())
          .isEqualTo(Status.ON_TRACK);
      assertThat(tracker.evaluate(manure, Map.of(2023, 82.0), 2023).reason())
          .isEqualTo(Reason.HELD);
      IndicatorStatus dropped = tracker.evaluate(manure, Map.of(2023, 78.0), 2023);
      assertThat(dropped.status()).isEqualTo(Status.OFF_TRACK);
      assertThat(dropped.reason()).isEqualTo(Reason.NOT_HELD);
      assertThat(dropped.expected()).isCloseTo(80, within(EPS));
      assertThat(tracker.evaluate(manure, Map.of(2025, 80.0), 2025).status())
          .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void an_inherited_target_not_yet_known_is_no_data() {
      Target inherited = Target.of(IndicatorKind.REDUCTION, 2020, 100.0, 2025, null);
      IndicatorStatus s = tracker.evaluate(inherited, Map.of(2023, 90.0), 2023);
      assertThat(s.status()).isEqualTo(Status.NO_DATA);
      assertThat(s.reason()).isEqualTo(Reason.NO_TARGET);
      assertThat(s.actual()).isEqualTo(90.0);
    }

    @Test
    void no_value_at_all_is_no_data() {
      Target share = Target.of(IndicatorKind.AT_LEAST, 2020, 40.0, 2025, 55.0);
      IndicatorStatus s = tracker.evaluate(share, Map.of(2026, 60.0), 2024);
      assertThat(s.status()).isEqualTo(Status.NO_DATA);
      assertThat(s.reason()).isEqualTo(Reason.NO_VALUE);
      assertThat(s.expected()).isCloseTo(52, within(EPS));
    }
  }

  @Test
  void bad_targets_are_refused() {
    assertThatThrownBy(() -> Target.of(IndicatorKind.REDUCTION, 2020, 1.0, 2025, 150.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent");
    assertThatThrownBy(() -> Target.of(IndicatorKind.AT_LEAST, 2026, 1.0, 2025, 2.0))
        .hasMessageContaining("after target year");
    assertThatThrownBy(() -> Target.of(IndicatorKind.INHERITED, 2020, 1.0, 2025, 2.0))
        .hasMessageContaining("inherited");
    assertThatThrownBy(
            () -> new Target(IndicatorKind.COUNT, Comparison.AT_MOST, null, null, 2025, 2.0))
        .hasMessageContaining(">=");
    assertThatThrownBy(() -> new ProgressTracker(1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
