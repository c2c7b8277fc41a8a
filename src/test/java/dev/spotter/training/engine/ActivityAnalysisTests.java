package dev.spotter.training.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.spotter.science.HeartRateAnalysis.Zone;
import dev.spotter.science.HeartRateSample;
import dev.spotter.science.activity.Activity;
import dev.spotter.science.activity.Activity.Format;
import dev.spotter.science.activity.Activity.Sport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/** Zones and TRIMP of a recorded session, and what is said instead of a number when something is missing. */
class ActivityAnalysisTests {

    private static final Instant START = Instant.parse("2025-03-03T07:00:00Z");

    // Ten minutes with the heart rate climbing one beat every 10 s from 120 to 180. At 34 years Tanaka predicts a
    // maximum of 208 - 0.7 x 34 = 184.2, used as 184; with a resting rate of 60 the reserve is 124 and the zones
    // start at 122, 134.4, 146.8, 159.2 and 171.6 bpm (Karvonen). Each rate 120 to 179 holds for 10 s.
    private static final Activity RAMP = ramp();

    @Test
    void timeInKarvonenZonesFromRestingHeartRateAndAgePredictedMaximum() {
        ActivityAnalysis analysis = ActivityAnalysis.of(RAMP, 60, 34, "FEMALE");

        assertThat(analysis.restingHr()).isEqualTo(60);
        assertThat(analysis.maximalHr()).isEqualTo(184);
        // 120-121 below zone 1, 122-134 zone 1, 135-146 zone 2, 147-159 zone 3, 160-171 zone 4, 172-179 zone 5.
        assertThat(analysis.zones()).containsOnly(entry(Zone.BELOW_ZONE_1, 20), entry(Zone.ZONE_1, 130),
                entry(Zone.ZONE_2, 120), entry(Zone.ZONE_3, 130), entry(Zone.ZONE_4, 120), entry(Zone.ZONE_5, 80));
        assertThat(analysis.zonesMissing()).isNull();
    }

    @Test
    void banisterTrimpIsWeightedBySex() {
        // Summed over the sixty 10-second readings: 22.24 for a woman, 20.12 for a man, rounded to a tenth.
        assertThat(ActivityAnalysis.of(RAMP, 60, 34, "FEMALE").trimp()).isCloseTo(22.2, within(1e-9));
        assertThat(ActivityAnalysis.of(RAMP, 60, 34, "MALE").trimp()).isCloseTo(20.1, within(1e-9));
    }

    @Test
    void withoutARestingHeartRateNeitherZonesNorTrimpAreGuessed() {
        ActivityAnalysis analysis = ActivityAnalysis.of(RAMP, null, 34, "FEMALE");

        assertThat(analysis.zones()).isNull();
        assertThat(analysis.trimp()).isNull();
        assertThat(analysis.zonesMissing()).isEqualTo("add a resting heart rate to the profile");
        assertThat(analysis.trimpMissing()).isEqualTo("add a resting heart rate to the profile");
    }

    @Test
    void withoutADateOfBirthThereIsNoMaximumToDivideTheReserve() {
        ActivityAnalysis analysis = ActivityAnalysis.of(RAMP, 60, null, "MALE");

        assertThat(analysis.zones()).isNull();
        assertThat(analysis.zonesMissing()).startsWith("add a date of birth to the profile");
    }

    @Test
    void withoutSexTheZonesAreComputedButNotTrimp() {
        ActivityAnalysis analysis = ActivityAnalysis.of(RAMP, 60, 34, null);

        assertThat(analysis.zones()).containsEntry(Zone.ZONE_3, 130);
        assertThat(analysis.trimp()).isNull();
        assertThat(analysis.trimpMissing()).startsWith("add sex to the profile");
    }

    @Test
    void aRecordingWithoutHeartRateSaysSo() {
        Activity gpsOnly = new Activity(Format.GPX, START, Duration.ofMinutes(10), 2000, List.of(), Sport.WALKING);

        ActivityAnalysis analysis = ActivityAnalysis.of(gpsOnly, 60, 34, "FEMALE");

        assertThat(analysis.zonesMissing()).isEqualTo("the file has no heart-rate recording");
        assertThat(analysis.trimpMissing()).isEqualTo("the file has no heart-rate recording");
    }

    @Test
    void aRestingRateAboveTheReserveRangeIsNotUsed() {
        ActivityAnalysis analysis = ActivityAnalysis.of(RAMP, 130, 34, "FEMALE");

        assertThat(analysis.zones()).isNull();
        assertThat(analysis.zonesMissing()).contains("130 bpm is too high");
    }

    private static Activity ramp() {
        List<HeartRateSample> samples = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            samples.add(new HeartRateSample(START.plusSeconds(10L * i), 120 + i));
        }
        return new Activity(Format.FIT, START, Duration.ofMinutes(10), 6000, samples, Sport.RUNNING);
    }
}
