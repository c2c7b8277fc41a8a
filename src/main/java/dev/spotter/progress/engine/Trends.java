package dev.spotter.progress.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trend of a series over time: a trailing moving average that smooths day-to-day noise (body mass swings with
 * water and food by a kilogram or more), and an ordinary least-squares line through the points that says how fast
 * the value moves and when it would reach a target at that pace.
 */
public final class Trends {

    private Trends() {
    }

    /**
     * For each point, the mean of the points in the {@code days} days ending on its day (that day included), so a
     * 7-day average on a Sunday covers Monday to Sunday. Points must be in date order.
     */
    public static List<Point> movingAverage(List<Point> points, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a moving average spans at least one day");
        }
        List<Point> averaged = new ArrayList<>(points.size());
        int start = 0;
        double sum = 0;
        for (int end = 0; end < points.size(); end++) {
            Point point = points.get(end);
            sum += point.value();
            while (ChronoUnit.DAYS.between(points.get(start).day(), point.day()) >= days) {
                sum -= points.get(start).value();
                start++;
            }
            averaged.add(new Point(point.day(), sum / (end - start + 1)));
        }
        return averaged;
    }

    /** The least-squares line value = intercept + slope x (days since {@code origin}). */
    public record Line(LocalDate origin, double intercept, double slopePerDay, int points) {

        public double at(LocalDate day) {
            return intercept + slopePerDay * ChronoUnit.DAYS.between(origin, day);
        }

        public double perWeek() {
            return slopePerDay * 7;
        }

        /**
         * The first day after {@code from} on which the line reaches {@code target}, when it heads that way;
         * empty when it is flat or moving away, or would take longer than ten years.
         */
        public Optional<LocalDate> reaches(double target, LocalDate from) {
            double now = at(from);
            if (Math.abs(target - now) < 1e-9) {
                return Optional.of(from);
            }
            if (Math.abs(slopePerDay) < 1e-12 || Math.signum(target - now) != Math.signum(slopePerDay)) {
                return Optional.empty();
            }
            double days = Math.ceil((target - now) / slopePerDay);
            return days > 3660 ? Optional.empty() : Optional.of(from.plusDays((long) days));
        }
    }

    /** The least-squares line through the points, needing at least two distinct days. */
    public static Optional<Line> leastSquares(List<Point> points) {
        if (points.size() < 2) {
            return Optional.empty();
        }
        LocalDate origin = points.get(0).day();
        double n = points.size();
        double sumX = 0;
        double sumY = 0;
        for (Point p : points) {
            sumX += ChronoUnit.DAYS.between(origin, p.day());
            sumY += p.value();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = ChronoUnit.DAYS.between(origin, p.day()) - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value() - meanY);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        return Optional.of(new Line(origin, meanY - slope * meanX, slope, points.size()));
    }
}
