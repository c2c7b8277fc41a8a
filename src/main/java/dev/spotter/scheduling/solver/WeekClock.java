package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Minutes of the week and how a trainer reads them ("Tue 18:00"). */
final class WeekClock {

    static final int MINUTES_PER_DAY = 24 * 60;

    private WeekClock() {
    }

    static int minuteOfWeek(DayOfWeek day, LocalTime time) {
        return (day.getValue() - 1) * MINUTES_PER_DAY + time.getHour() * 60 + time.getMinute();
    }

    static String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    static String label(int minuteOfWeek) {
        DayOfWeek day = DayOfWeek.of(minuteOfWeek / MINUTES_PER_DAY + 1);
        int minuteOfDay = minuteOfWeek % MINUTES_PER_DAY;
        return dayLabel(day) + " " + LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    /** "45 min", "2 h", "22 h 30 min". */
    static String hours(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
