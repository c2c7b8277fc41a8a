package dev.spotter.progress.engine;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Moving averages and least-squares lines, checked against worked examples computed by hand. */
class TrendsTests {

    private static final LocalDate DAY = LocalDate.parse("2026-01-05");

    @Test
    void fitsTheLeastSquaresLineOfAWorkedExample() {
        // The classic five-point example (x = 1..5, y = 2, 4, 5, 4, 5): mean x = 3, mean y = 4, Sxy = 6,
        // Sxx = 10, so slope = 0.6 and intercept = 4 - 0.6 x 3 = 2.2 (Montgomery DC, Runger GC. Applied
        // Statistics and Probability for Engineers, ch. 11, least-squares estimators b1 = Sxy / Sxx, b0 = y - b1 x).
        List<Point> points = List.of(p(1, 2), p(2, 4), p(3, 5), p(4, 4), p(5, 5));
        Trends.Line line = Trends.leastSquares(points).orElseThrow();
        assertThat(line.slopePerDay()).isCloseTo(0.6, within(1e-12));
        assertThat(line.at(DAY.plusDays(0))).isCloseTo(2.2, within(1e-12));
        assertThat(line.at(DAY.plusDays(5))).isCloseTo(5.2, within(1e-12));
    }

    @Test
    void projectsTheDayTheLineReachesATargetOnlyWhenItHeadsThere() {
        // Losing 0.1 kg a day from 80 kg: 75 kg is 50 days after the first point.
        List<Point> losing = List.of(new Point(DAY, 80), new Point(DAY.plusDays(10), 79));
        Trends.Line line = Trends.leastSquares(losing).orElseThrow();
        assertThat(line.perWeek()).isCloseTo(-0.7, within(1e-12));
        assertThat(line.reaches(75, DAY.plusDays(10))).contains(DAY.plusDays(50));
        assertThat(line.reaches(85, DAY.plusDays(10))).isEmpty();
        assertThat(Trends.leastSquares(List.of(new Point(DAY, 80)))).isEmpty();
    }

    @Test
    void averagesTheSevenDaysEndingOnEachPoint() {
        // Days 0, 2, 6 fall in one 7-day window; day 7 drops day 0: (80 + 81 + 79 + 78) and (81 + 79 + 78) / 3.
        List<Point> points = List.of(new Point(DAY, 80), new Point(DAY.plusDays(2), 81),
                new Point(DAY.plusDays(6), 79), new Point(DAY.plusDays(7), 78));
        List<Point> averaged = Trends.movingAverage(points, 7);
        assertThat(averaged.get(0).value()).isEqualTo(80);
        assertThat(averaged.get(2).value()).isEqualTo(80);
        assertThat(averaged.get(3).value()).isCloseTo(238 / 3.0, within(1e-12));
    }

    private static Point p(int x, double y) {
        return new Point(DAY.plusDays(x), y);
    }
}
