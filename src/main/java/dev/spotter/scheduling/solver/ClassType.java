package dev.spotter.scheduling.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of class on the timetable (Spin, Yoga, Bootcamp): how long it lasts, the qualification its trainer needs,
 * the equipment its room needs, how many members are expected, and how many of it the studio wants each week.
 * Two class types are the same when their ids match.
 */
public record ClassType(String id, String name, Duration duration, String qualification, Set<String> equipment,
                        int expectedAttendance, int perWeek) {

    public ClassType {
        id = Checks.named(id, "A class type's id");
        name = Checks.named(name, "The name of class type " + id);
        Objects.requireNonNull(duration, "duration of " + name);
        if (duration.toMinutes() <= 0) {
            throw new IllegalArgumentException("The duration of " + name + " must be at least one minute, was "
                    + duration);
        }
        if (duration.toMinutes() > WeekClock.MINUTES_PER_DAY) {
            throw new IllegalArgumentException("The duration of " + name + " must fit in a day, was " + duration);
        }
        qualification = Checks.named(qualification, "The qualification " + name + " needs");
        equipment = Set.copyOf(Objects.requireNonNull(equipment, "equipment of " + name));
        if (expectedAttendance <= 0) {
            throw new IllegalArgumentException("The expected attendance of " + name + " must be positive, was "
                    + expectedAttendance);
        }
        if (perWeek < 0) {
            throw new IllegalArgumentException("The classes of " + name + " per week must not be negative, was "
                    + perWeek);
        }
    }

    public int durationMinutes() {
        return (int) duration.toMinutes();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClassType type && type.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
