package dev.spotter.scheduling.solver;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The studio's week as the solver needs it: opening hours, the step at which classes may start, trainers, rooms,
 * class types (each with how many it wants a week) and member preferences. It refuses, with a message saying what
 * is wrong, anything the solver could not make sense of: overlapping windows, duplicate or unknown ids, durations
 * that are not positive.
 */
public record TimetableProblem(List<WeeklyWindow> openingHours, Duration startStep, List<Trainer> trainers,
                               List<Room> rooms, List<ClassType> classTypes,
                               List<MemberPreference> memberPreferences) {

    public TimetableProblem {
        openingHours = Checks.apart(openingHours, "opening hours");
        if (openingHours.isEmpty()) {
            throw new IllegalArgumentException("The studio needs opening hours on at least one day");
        }
        Objects.requireNonNull(startStep, "startStep");
        if (startStep.toMinutes() <= 0 || startStep.toMinutes() > 240) {
            throw new IllegalArgumentException("Classes must be able to start every 1 to 240 minutes, not every "
                    + startStep);
        }
        trainers = List.copyOf(Objects.requireNonNull(trainers, "trainers"));
        rooms = List.copyOf(Objects.requireNonNull(rooms, "rooms"));
        classTypes = List.copyOf(Objects.requireNonNull(classTypes, "classTypes"));
        memberPreferences = List.copyOf(Objects.requireNonNull(memberPreferences, "memberPreferences"));
        if (trainers.isEmpty()) {
            throw new IllegalArgumentException("A timetable needs at least one trainer");
        }
        if (rooms.isEmpty()) {
            throw new IllegalArgumentException("A timetable needs at least one room");
        }
        Set<String> classTypeIds = unique(classTypes, ClassType::id, "class type");
        unique(trainers, Trainer::id, "trainer");
        unique(rooms, Room::id, "room");
        for (MemberPreference preference : memberPreferences) {
            if (!classTypeIds.contains(preference.classTypeId())) {
                throw new IllegalArgumentException("A member preference at " + preference.window()
                        + " names an unknown class type: " + preference.classTypeId());
            }
        }
    }

    /** Every time a class may start: each step of the opening hours that leaves room for the shortest class. */
    public List<TimeSlot> timeSlots() {
        int shortest = classTypes.stream().mapToInt(ClassType::durationMinutes).min().orElse(1);
        List<TimeSlot> slots = new ArrayList<>();
        for (WeeklyWindow open : openingHours) {
            for (int minute = open.startMinute(); minute + shortest <= open.endMinute();
                 minute += (int) startStep.toMinutes()) {
                int minuteOfDay = minute % WeekClock.MINUTES_PER_DAY;
                slots.add(new TimeSlot(open.day(), LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), open.to()));
            }
        }
        return slots;
    }

    /** The unsolved timetable: one unplaced session for each class wanted, named like {@code spin-3}. */
    public Timetable toTimetable() {
        List<ClassSession> sessions = new ArrayList<>();
        for (ClassType type : classTypes) {
            for (int n = 1; n <= type.perWeek(); n++) {
                sessions.add(new ClassSession(type, n, rooms, trainers));
            }
        }
        return new Timetable(timeSlots(), rooms, trainers, classTypes, memberPreferences, sessions);
    }

    public int classCount() {
        return classTypes.stream().mapToInt(ClassType::perWeek).sum();
    }

    private static <T> Set<String> unique(List<T> items, Function<T, String> id, String what) {
        Set<String> ids = new HashSet<>();
        for (T item : items) {
            Objects.requireNonNull(item, "a " + what);
            if (!ids.add(id.apply(item))) {
                throw new IllegalArgumentException("Two of the " + what + "s share the id " + id.apply(item));
            }
        }
        return ids;
    }
}
