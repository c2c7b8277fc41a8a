package dev.spotter.science;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A client's daily training load over a span of days (rest days count as zero), with the weekly load, monotony
 * and strain, week-to-week change, and the acute:chronic workload ratio by rolling averages and by exponentially
 * weighted moving averages.
 */
public final class TrainingLoad {

    /** Days in the acute window, and in the chronic window. */
    public static final int ACUTE_DAYS = 7;
    public static final int CHRONIC_DAYS = 28;

    /** The most days one series may span, ten years. */
    public static final int MAX_DAYS = 3660;

    // Gabbett TJ. The training-injury prevention paradox: should athletes be training smarter and harder? Br J
    // Sports Med 2016;50(5):273-80: injury risk rises when the acute:chronic ratio passes 1.5, and with week-to-week
    // rises in load of 15 % or more. Flags for a conversation, not predictions of injury.
    private static final double ACWR_LIMIT = 1.5;
    private static final double WEEKLY_RISE_LIMIT = 0.15;

    private final LocalDate first;
    private final double[] daily;

    private TrainingLoad(LocalDate first, double[] daily) {
        this.first = first;
        this.daily = daily;
    }

    /** A warning a trainer should look at on a given day. */
    public enum Flag {
        ROLLING_ACWR_ABOVE_1_5("Acute:chronic ratio (rolling averages) above 1.5"),
        EWMA_ACWR_ABOVE_1_5("Acute:chronic ratio (EWMA) above 1.5"),
        WEEKLY_RISE_ABOVE_15_PERCENT("Load up more than 15 % on the week before");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One session's load in arbitrary units on the day it happened. */
    public record Session(LocalDate date, double load) {

        public Session {
            if (date == null) {
                throw new IllegalArgumentException("a session needs a date");
            }
            if (!(load >= 0 && load <= 10_000)) {
                throw new IllegalArgumentException("session load must be between 0 and 10000");
            }
        }
    }

    /**
     * Session-RPE load: the client's CR-10 rating of the whole session times its minutes (Foster C, Florhaug JA,
     * Franklin J, et al. A new approach to monitoring exercise training. J Strength Cond Res 2001;15(1):109-15).
     */
    public static double sessionRpe(double rpeCr10, double minutes) {
        if (!(rpeCr10 >= 0 && rpeCr10 <= 10)) {
            throw new IllegalArgumentException("session RPE must be between 0 and 10");
        }
        if (!(minutes > 0 && minutes <= 1000)) {
            throw new IllegalArgumentException("minutes must be between 1 and 1000");
        }
        return rpeCr10 * minutes;
    }

    /** The daily series from the first to the last day; sessions outside those days are left out. */
    public static TrainingLoad of(Collection<Session> sessions, LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the series needs a first day and a last day on or after it");
        }
        long days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("the series can span at most " + MAX_DAYS + " days");
        }
        double[] daily = new double[(int) days];
        for (Session session : sessions) {
            long index = ChronoUnit.DAYS.between(firstDay, session.date());
            if (index >= 0 && index < days) {
                daily[(int) index] += session.load();
            }
        }
        return new TrainingLoad(firstDay, daily);
    }

    /** The load on a day: the sum of its sessions, zero on a rest day. */
    public double on(LocalDate day) {
        return daily[index(day)];
    }

    /** The load of the seven days ending on the given day (the day before the series starts counts as zero). */
    public double weekly(LocalDate endingOn) {
        return sum(index(endingOn), ACUTE_DAYS);
    }

    /**
     * Monotony over the seven days ending on the given day: mean daily load divided by its standard deviation
     * (Foster C. Monitoring training in athletes with reference to overtraining syndrome. Med Sci Sports Exerc
     * 1998;30(7):1164-8). The seven days are the whole week, not a sample of it, so the deviation is the population
     * one (divided by 7). Empty when every day carried the same load, where the ratio has no value.
     */
    public OptionalDouble monotony(LocalDate endingOn) {
        int end = index(endingOn);
        double mean = sum(end, ACUTE_DAYS) / ACUTE_DAYS;
        double squares = 0;
        for (int i = end - ACUTE_DAYS + 1; i <= end; i++) {
            double deviation = at(i) - mean;
            squares += deviation * deviation;
        }
        double sd = Math.sqrt(squares / ACUTE_DAYS);
        return sd < 1e-9 ? OptionalDouble.empty() : OptionalDouble.of(mean / sd);
    }

    /** Strain over the seven days ending on the given day: weekly load times monotony (Foster 1998). */
    public OptionalDouble strain(LocalDate endingOn) {
        OptionalDouble monotony = monotony(endingOn);
        return monotony.isPresent() ? OptionalDouble.of(weekly(endingOn) * monotony.getAsDouble())
                : OptionalDouble.empty();
    }

    /** This week's load over the previous week's, minus one (0.2 is a 20 % rise); empty without a loaded week. */
    public OptionalDouble weekOverWeekChange(LocalDate endingOn) {
        int end = index(endingOn);
        if (end < 2 * ACUTE_DAYS - 1) {
            return OptionalDouble.empty();
        }
        double previous = sum(end - ACUTE_DAYS, ACUTE_DAYS);
        return previous <= 0 ? OptionalDouble.empty() : OptionalDouble.of(sum(end, ACUTE_DAYS) / previous - 1);
    }

    /**
     * Acute:chronic workload ratio by rolling averages: mean daily load of the last 7 days over that of the last 28
     * days, the acute week included (Hulin BT, Gabbett TJ, Lawson DW, Caputi P, Sampson JA. The acute:chronic
     * workload ratio predicts injury: high chronic workload may decrease injury risk in elite rugby league players.
     * Br J Sports Med 2016;50(4):231-6). Empty before 28 days of series or when the chronic load is zero.
     */
    public OptionalDouble rollingAcwr(LocalDate on) {
        int end = index(on);
        if (end < CHRONIC_DAYS - 1) {
            return OptionalDouble.empty();
        }
        double chronic = sum(end, CHRONIC_DAYS) / CHRONIC_DAYS;
        return chronic <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of(sum(end, ACUTE_DAYS) / ACUTE_DAYS / chronic);
    }

    /**
     * Acute:chronic workload ratio by exponentially weighted moving averages, acute over chronic (Williams S, West S,
     * Cross MJ, Stokes KA. Better way to determine the acute:chronic workload ratio? Br J Sports Med
     * 2017;51(3):209-10). Empty before 28 days of series, while the averages are still settling, or when the
     * chronic average is zero.
     */
    public OptionalDouble ewmaAcwr(LocalDate on) {
        int end = index(on);
        if (end < CHRONIC_DAYS - 1) {
            return OptionalDouble.empty();
        }
        double chronic = ewma(on, CHRONIC_DAYS);
        return chronic <= 0 ? OptionalDouble.empty() : OptionalDouble.of(ewma(on, ACUTE_DAYS) / chronic);
    }

    /**
     * The exponentially weighted moving average of daily load on a day, with decay lambda = 2 / (N + 1) (Williams et
     * al. 2017): EWMA today = lambda x load today + (1 - lambda) x EWMA yesterday.
     *
     * <p>The average needs a value for the day before the series starts. Williams et al. leave the choice open;
     * Spotter takes the mean daily load of the first seven days (fewer if the series is shorter). Seeding with the
     * first day's load would make a series that starts on a rest day begin at zero, and the chronic average, which
     * forgets slowly, would stay too low for weeks and inflate the ratio; a week's mean is a fair guess at what the
     * client was used to.
     */
    public double ewma(LocalDate on, int n) {
        if (n < 1 || n > 365) {
            throw new IllegalArgumentException("the EWMA window must be between 1 and 365 days");
        }
        int end = index(on);
        double lambda = 2.0 / (n + 1);
        int seedDays = Math.min(ACUTE_DAYS, daily.length);
        double average = sum(seedDays - 1, seedDays) / seedDays;
        for (int i = 0; i <= end; i++) {
            average = lambda * daily[i] + (1 - lambda) * average;
        }
        return average;
    }

    /** What a trainer should look at on the given day. */
    public Set<Flag> flags(LocalDate on) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (rollingAcwr(on).orElse(0) > ACWR_LIMIT) {
            flags.add(Flag.ROLLING_ACWR_ABOVE_1_5);
        }
        if (ewmaAcwr(on).orElse(0) > ACWR_LIMIT) {
            flags.add(Flag.EWMA_ACWR_ABOVE_1_5);
        }
        if (weekOverWeekChange(on).orElse(0) > WEEKLY_RISE_LIMIT) {
            flags.add(Flag.WEEKLY_RISE_ABOVE_15_PERCENT);
        }
        return flags;
    }

    private int index(LocalDate day) {
        long index = day == null ? -1 : ChronoUnit.DAYS.between(first, day);
        if (index < 0 || index >= daily.length) {
            throw new IllegalArgumentException("the day must be between " + first + " and "
                    + first.plusDays(daily.length - 1L));
        }
        return (int) index;
    }

    private double sum(int end, int days) {
        double total = 0;
        for (int i = end - days + 1; i <= end; i++) {
            total += at(i);
        }
        return total;
    }

    private double at(int index) {
        return index < 0 ? 0 : daily[index];
    }
}
