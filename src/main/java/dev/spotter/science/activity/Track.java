package dev.spotter.science.activity;

import dev.spotter.science.GreatCircle;
import dev.spotter.science.HeartRateSample;
import dev.spotter.science.activity.Activity.Format;
import dev.spotter.science.activity.Activity.Sport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the points of a track in segments as a reader finds them, checks each one, and turns them into an
 * {@link Activity} with the file's own totals where it has them. A heart rate of 0 is how devices write a lost
 * signal, so it is left out; any other rate outside 20-250 bpm refuses the file.
 */
final class Track {

    /** The longest activity accepted; anything longer is a clock fault. */
    static final Duration MAX_DURATION = Duration.ofDays(7);

    private final List<List<Point>> segments = new ArrayList<>();
    private int points;
    private Instant latest;
    private Instant fileStart;
    private Duration fileDuration;
    private Double fileDistance;
    private Sport sport = Sport.UNKNOWN;

    /** A point as read: a time, and whatever else the file recorded there (null where nothing). */
    record Point(Instant time, Double latitude, Double longitude, Double distance, Integer bpm) {
    }

    void startSegment() {
        segments.add(new ArrayList<>());
    }

    void add(Point point) {
        if (++points > ActivityFiles.MAX_POINTS) {
            throw new ActivityFileRejected("the file has more than " + ActivityFiles.MAX_POINTS + " track points");
        }
        if (point.time() == null) {
            throw new ActivityFileRejected("track point " + points + " has no time");
        }
        if (latest != null && point.time().isBefore(latest)) {
            throw new ActivityFileRejected("track point times go backwards at point " + points);
        }
        latest = point.time();
        if (point.bpm() != null && point.bpm() != 0
                && (point.bpm() < HeartRateSample.MIN_BPM || point.bpm() > HeartRateSample.MAX_BPM)) {
            throw new ActivityFileRejected("heart rate " + point.bpm() + " is impossible");
        }
        if ((point.latitude() == null) != (point.longitude() == null)) {
            throw new ActivityFileRejected("track point " + points + " has a latitude or a longitude but not both");
        }
        if (point.latitude() != null && !(point.latitude() >= -90 && point.latitude() <= 90)) {
            throw new ActivityFileRejected("latitude " + point.latitude() + " is impossible");
        }
        if (point.longitude() != null && !(point.longitude() >= -180 && point.longitude() <= 180)) {
            throw new ActivityFileRejected("longitude " + point.longitude() + " is impossible");
        }
        if (point.distance() != null && !(point.distance() >= 0 && point.distance() < 1e8)) {
            throw new ActivityFileRejected("distance " + point.distance() + " m is impossible");
        }
        if (segments.isEmpty()) {
            startSegment();
        }
        segments.get(segments.size() - 1).add(point);
    }

    void fileStart(Instant start) {
        if (fileStart == null) {
            fileStart = start;
        }
    }

    void fileDuration(Duration duration) {
        fileDuration = duration;
    }

    void fileDistance(double meters) {
        if (!(meters >= 0 && meters < 1e8)) {
            throw new ActivityFileRejected("distance " + meters + " m is impossible");
        }
        fileDistance = meters;
    }

    void sport(Sport sport) {
        this.sport = sport;
    }

    Activity toActivity(Format format) {
        List<Point> all = segments.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            throw new ActivityFileRejected("the file has no track points");
        }
        Instant start = fileStart != null ? fileStart : all.get(0).time();
        Duration duration = fileDuration != null && fileDuration.compareTo(Duration.ZERO) > 0 ? fileDuration
                : recordedTime();
        if (duration.isZero() || duration.isNegative()) {
            throw new ActivityFileRejected("the activity lasts no time");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new ActivityFileRejected("the activity lasts more than " + MAX_DURATION.toDays() + " days");
        }
        List<HeartRateSample> heartRate = all.stream()
                .filter(point -> point.bpm() != null && point.bpm() != 0)
                .map(point -> new HeartRateSample(point.time(), point.bpm()))
                .toList();
        return new Activity(format, start, duration, distance(all), heartRate, sport);
    }

    private Duration recordedTime() {
        Duration total = Duration.ZERO;
        for (List<Point> segment : segments) {
            if (!segment.isEmpty()) {
                total = total.plus(Duration.between(segment.get(0).time(), segment.get(segment.size() - 1).time()));
            }
        }
        return total;
    }

    // The file's own total first, then the device's running distance, and only then the GPS positions, summed
    // within each segment so that a gap between segments (a pause, or a car ride) adds nothing.
    private double distance(List<Point> all) {
        if (fileDistance != null) {
            return fileDistance;
        }
        double[] recorded = all.stream().filter(point -> point.distance() != null)
                .mapToDouble(Point::distance).toArray();
        if (recorded.length > 0) {
            return Arrays.stream(recorded).max().getAsDouble() - Arrays.stream(recorded).min().getAsDouble();
        }
        double meters = 0;
        for (List<Point> segment : segments) {
            Point previous = null;
            for (Point point : segment) {
                if (point.latitude() != null) {
                    if (previous != null) {
                        meters += GreatCircle.meters(previous.latitude(), previous.longitude(), point.latitude(),
                                point.longitude());
                    }
                    previous = point;
                }
            }
        }
        return meters;
    }

    /** An ISO 8601 time; one without an offset is taken as UTC, as GPX and TCX require. */
    static Instant time(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ActivityFileRejected("time \"" + shortened(text) + "\" is not a date and time");
        }
    }

    static double number(String text, String what) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ActivityFileRejected(what + " \"" + shortened(text) + "\" is not a number");
        }
    }

    static int wholeNumber(String text, String what) {
        double value = number(text, what);
        if (value != Math.rint(value) || Math.abs(value) > 100_000) {
            throw new ActivityFileRejected(what + " \"" + shortened(text) + "\" is not a whole number");
        }
        return (int) value;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
