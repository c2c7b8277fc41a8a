package dev.spotter.science;

import dev.spotter.science.HeartRateAnalysis.Sex;
import dev.spotter.science.HeartRateAnalysis.Zone;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

class HeartRateAnalysisTests {

    private static final Instant START = Instant.parse("2025-03-03T07:00:00Z");

    @Test
    void banisterTrimpForAManAndAWoman() {
        // Resting 60, maximal 190, 30 minutes at 150: x = (150 - 60) / (190 - 60) = 0.6923.
        // Men: 30 x 0.6923 x 0.64 x e^(1.92 x 0.6923) = 30 x 0.6923 x 0.64 x 3.7781 = 50.22.
        // Women: 30 x 0.6923 x 0.86 x e^(1.67 x 0.6923) = 30 x 0.6923 x 0.86 x 3.1777 = 56.76.
        assertThat(HeartRateAnalysis.trimp(30, 150, 60, 190, Sex.MALE)).isCloseTo(50.22, within(0.01));
        assertThat(HeartRateAnalysis.trimp(30, 150, 60, 190, Sex.FEMALE)).isCloseTo(56.76, within(0.01));
    }

    @Test
    void trimpSummedReadingByReadingMatchesTheWholeSessionAtASteadyRate() {
        List<HeartRateSample> steady = new ArrayList<>();
        for (int minute = 0; minute <= 30; minute++) {
            steady.add(new HeartRateSample(START.plusSeconds(60L * minute), 150));
        }

        assertThat(new HeartRateAnalysis(steady).trimp(60, 190, Sex.MALE)).isCloseTo(50.22, within(0.01));
    }

    @Test
    void timeInKarvonenZones() {
        // Resting 60, maximal 190: the reserve is 130, so zones start at 60 + 0.5 x 130 = 125, then 138, 151, 164
        // and 177 bpm. Each reading holds for the 10 s until the next.
        HeartRateAnalysis analysis = new HeartRateAnalysis(readings(120, 130, 140, 160, 170, 180, 180));

        assertThat(analysis.timeInZones(60, 190)).containsOnly(
                entry(Zone.BELOW_ZONE_1, Duration.ofSeconds(10)),
                entry(Zone.ZONE_1, Duration.ofSeconds(10)),
                entry(Zone.ZONE_2, Duration.ofSeconds(10)),
                entry(Zone.ZONE_3, Duration.ofSeconds(10)),
                entry(Zone.ZONE_4, Duration.ofSeconds(10)),
                entry(Zone.ZONE_5, Duration.ofSeconds(10)));
        assertThat(HeartRateAnalysis.zoneOf(125, 60, 190)).as("a boundary belongs to the zone above")
                .isEqualTo(Zone.ZONE_1);
    }

    @Test
    void averageIsWeightedByTimeAndMaxIsTheHighestReading() {
        // (120 + 130 + 140 + 160 + 170 + 180) x 10 s / 60 s = 150
        HeartRateAnalysis analysis = new HeartRateAnalysis(readings(120, 130, 140, 160, 170, 180, 180));

        assertThat(analysis.average()).hasValueCloseTo(150.0, within(1e-9));
        assertThat(analysis.max()).hasValue(180);
    }

    @Test
    void aLongGapInTheRecordingCountsForNothing() {
        List<HeartRateSample> samples = new ArrayList<>(readings(100, 100));
        // The strap drops out for five minutes while reading 100, then comes back at 160 for 10 s.
        samples.add(new HeartRateSample(START.plusSeconds(310), 160));
        samples.add(new HeartRateSample(START.plusSeconds(320), 160));

        HeartRateAnalysis analysis = new HeartRateAnalysis(samples);

        // (100 x 10 + 160 x 10) / 20 = 130
        assertThat(analysis.average()).hasValueCloseTo(130.0, within(1e-9));
        assertThat(analysis.timeInZones(60, 190).values().stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void refusesReadingsNoHeartProduces() {
        assertThatThrownBy(() -> new HeartRateSample(START, 400))
                .hasMessage("heart rate must be between 20 and 250 bpm");
        assertThatThrownBy(() -> new HeartRateAnalysis(List.of(new HeartRateSample(START.plusSeconds(5), 100),
                new HeartRateSample(START, 100)))).hasMessage("heart-rate readings must be in time order");
        assertThatThrownBy(() -> HeartRateAnalysis.trimp(30, 150, 60, 50, Sex.MALE))
                .hasMessage("maximal heart rate must be above the resting rate and at most 250 bpm");
    }

    private static List<HeartRateSample> readings(int... bpm) {
        List<HeartRateSample> samples = new ArrayList<>();
        for (int i = 0; i < bpm.length; i++) {
            samples.add(new HeartRateSample(START.plusSeconds(10L * i), bpm[i]));
        }
        return samples;
    }
}
