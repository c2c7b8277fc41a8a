package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small studios and their pieces, named as a trainer would, for the solver's tests. */
final class Studio {

    static final ClassType SPIN = new ClassType("spin", "Spin", Duration.ofMinutes(45), "spin", Set.of("bikes"), 15, 3);
    static final ClassType YOGA = new ClassType("yoga", "Yoga", Duration.ofMinutes(60), "yoga", Set.of("mats"), 12, 3);
    static final ClassType HIIT = new ClassType("hiit", "HIIT", Duration.ofMinutes(30), "hiit", Set.of(), 20, 2);

    static final Room SPIN_ROOM = new Room("spin-room", "Spin room", 20, Set.of("bikes"));
    static final Room MAIN_STUDIO = new Room("main", "Main studio", 25, Set.of("mats"));

    static final Trainer JO = trainer("jo", "Jo", Set.of("spin", "hiit"), 20);
    static final Trainer SAM = trainer("sam", "Sam", Set.of("yoga", "hiit"), 20);
    static final Trainer ALEX = trainer("alex", "Alex", Set.of("spin", "yoga"), 20);

    private Studio() {
    }

    /** Open Monday to Saturday, 07:00 to 21:00. */
    static List<WeeklyWindow> openingHours() {
        return weekdaysAndSaturday("07:00", "21:00");
    }

    static List<WeeklyWindow> weekdaysAndSaturday(String from, String to) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                windows.add(WeeklyWindow.of(day, from, to));
            }
        }
        return windows;
    }

    static Trainer trainer(String id, String name, Set<String> qualifications, int maxHours) {
        return new Trainer(id, name, qualifications, openingHours(), Duration.ofHours(maxHours), List.of());
    }

    /** Three trainers, two rooms, eight classes a week, and members who like Spin on Tuesday evenings. */
    static TimetableProblem small() {
        return new TimetableProblem(openingHours(), Duration.ofMinutes(30), List.of(JO, SAM, ALEX),
                List.of(SPIN_ROOM, MAIN_STUDIO), List.of(SPIN, YOGA, HIIT),
                List.of(new MemberPreference("spin", WeeklyWindow.of(DayOfWeek.TUESDAY, "17:00", "20:00"), 12)));
    }

    static TimeSlot at(DayOfWeek day, String start) {
        return new TimeSlot(day, LocalTime.parse(start), LocalTime.of(21, 0));
    }

    static ClassSession session(String id, ClassType type, TimeSlot slot, Room room, Trainer trainer) {
        return new ClassSession(id, type, slot, room, trainer);
    }
}
