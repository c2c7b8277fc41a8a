package dev.spotter.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.spotter.scheduling.solver.ClassType;
import dev.spotter.scheduling.solver.MemberPreference;
import dev.spotter.scheduling.solver.Room;
import dev.spotter.scheduling.solver.TimetableProblem;
import dev.spotter.scheduling.solver.Trainer;
import dev.spotter.scheduling.solver.WeeklyWindow;

/**
 * A busy studio's week, the size the timetable issue targets: 20 trainers, 8 rooms, 300 classes of 12 kinds,
 * classes starting on any quarter hour. Rooms and class types are fixed; trainers' qualifications, shifts, weekly
 * hours and preferences and the members' wishes are drawn from the seed, so one seed is always the same studio.
 */
final class BusyStudio {

    private static final List<Room> ROOMS = List.of(
            new Room("studio-1", "Studio 1", 35, Set.of("mats", "sound")),
            new Room("studio-2", "Studio 2", 25, Set.of("mats", "sound", "steps")),
            new Room("spin", "Spin room", 30, Set.of("bikes", "sound")),
            new Room("reformer", "Reformer studio", 12, Set.of("reformers")),
            new Room("mind-body", "Mind and body room", 20, Set.of("mats")),
            new Room("functional", "Functional zone", 24, Set.of("racks", "kettlebells", "sound")),
            new Room("boxing", "Boxing studio", 18, Set.of("bags")),
            new Room("pool", "Pool", 20, Set.of("pool")));

    private static final List<ClassType> CLASS_TYPES = List.of(
            type("spin", "Spin", 45, "spin", Set.of("bikes"), 24, 45),
            type("yoga", "Yoga", 60, "yoga", Set.of("mats"), 18, 40),
            type("pilates", "Pilates", 45, "pilates", Set.of("mats"), 16, 30),
            type("reformer", "Reformer Pilates", 50, "reformer", Set.of("reformers"), 10, 35),
            type("hiit", "HIIT", 30, "hiit", Set.of("sound"), 20, 30),
            type("bootcamp", "Bootcamp", 45, "hiit", Set.of(), 22, 20),
            type("strength", "Strength", 60, "strength", Set.of("racks"), 16, 25),
            type("kettlebells", "Kettlebells", 30, "strength", Set.of("kettlebells"), 14, 15),
            type("boxfit", "Boxfit", 45, "boxing", Set.of("bags"), 14, 20),
            type("aqua", "Aqua", 45, "aqua", Set.of("pool"), 16, 20),
            type("dance", "Dance", 60, "dance", Set.of("sound"), 25, 10),
            type("mobility", "Stretch and mobility", 30, "mobility", Set.of("mats"), 15, 10));

    private static final List<String> NAMES = List.of("Jo", "Sam", "Alex", "Kim", "Robin", "Charlie", "Noor", "Priya",
            "Mateo", "Lena", "Tom", "Aisha", "Ben", "Chloe", "Dev", "Eva", "Finn", "Grace", "Hugo", "Ines");

    private BusyStudio() {
    }

    static TimetableProblem week(long seed) {
        Random random = new Random(seed);
        return new TimetableProblem(openingHours(), Duration.ofMinutes(15), trainers(random), ROOMS, CLASS_TYPES,
                memberWishes(random));
    }

    /** Weekdays 06:00-22:00, Saturday 07:00-18:00, Sunday 08:00-14:00. */
    private static List<WeeklyWindow> openingHours() {
        List<WeeklyWindow> open = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            open.add(switch (day) {
                case SATURDAY -> WeeklyWindow.of(day, "07:00", "18:00");
                case SUNDAY -> WeeklyWindow.of(day, "08:00", "14:00");
                default -> WeeklyWindow.of(day, "06:00", "22:00");
            });
        }
        return open;
    }

    /**
     * Every trainer's first qualification goes round the qualifications in order of the hours they are needed, so
     * that each has a few trainers; one to three more are drawn at random.
     */
    private static List<Trainer> trainers(Random random) {
        Map<String, Integer> hoursNeeded = new LinkedHashMap<>();
        CLASS_TYPES.forEach(type -> hoursNeeded.merge(type.qualification(), type.durationMinutes() * type.perWeek(),
                Integer::sum));
        List<String> byDemand = hoursNeeded.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
        List<Trainer> trainers = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Set<String> qualifications = new LinkedHashSet<>();
            qualifications.add(byDemand.get(i % byDemand.size()));
            int more = 1 + random.nextInt(3);
            while (qualifications.size() < 1 + more) {
                qualifications.add(byDemand.get(random.nextInt(byDemand.size())));
            }
            int maxHours = List.of(12, 16, 20, 25).get(random.nextInt(4));
            List<WeeklyWindow> preferred = random.nextInt(3) == 0 ? mornings() : List.of();
            trainers.add(new Trainer("t" + (i + 1), NAMES.get(i), qualifications, shifts(random),
                    Duration.ofHours(maxHours), preferred));
        }
        return trainers;
    }

    /** Four to six working days, each an early, late, middle or split shift. */
    private static List<WeeklyWindow> shifts(Random random) {
        List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.values()));
        Collections.shuffle(days, random);
        List<WeeklyWindow> shifts = new ArrayList<>();
        for (DayOfWeek day : days.subList(0, 4 + random.nextInt(3))) {
            switch (random.nextInt(4)) {
                case 0 -> shifts.add(WeeklyWindow.of(day, "06:00", "14:00"));
                case 1 -> shifts.add(WeeklyWindow.of(day, "14:00", "22:00"));
                case 2 -> shifts.add(WeeklyWindow.of(day, "08:00", "20:00"));
                default -> {
                    shifts.add(WeeklyWindow.of(day, "06:00", "10:00"));
                    shifts.add(WeeklyWindow.of(day, "16:00", "22:00"));
                }
            }
        }
        return shifts;
    }

    private static List<WeeklyWindow> mornings() {
        return Arrays.stream(DayOfWeek.values()).map(day -> WeeklyWindow.of(day, "06:00", "13:00")).toList();
    }

    /** For every class type, the peaks of a studio's week: early mornings, lunchtimes, evenings, weekend mornings. */
    private static List<MemberPreference> memberWishes(Random random) {
        List<MemberPreference> wishes = new ArrayList<>();
        for (ClassType type : CLASS_TYPES) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    wishes.add(new MemberPreference(type.id(), WeeklyWindow.of(day, "08:00", "12:00"),
                            6 + random.nextInt(5)));
                    continue;
                }
                if (random.nextBoolean()) {
                    wishes.add(new MemberPreference(type.id(), WeeklyWindow.of(day, "06:00", "09:00"),
                            4 + random.nextInt(7)));
                }
                if (random.nextInt(3) == 0) {
                    wishes.add(new MemberPreference(type.id(), WeeklyWindow.of(day, "12:00", "13:30"),
                            3 + random.nextInt(4)));
                }
                wishes.add(new MemberPreference(type.id(), WeeklyWindow.of(day, "17:00", "20:00"),
                        8 + random.nextInt(8)));
            }
        }
        return wishes;
    }

    private static ClassType type(String id, String name, int minutes, String qualification, Set<String> equipment,
                                  int expected, int perWeek) {
        return new ClassType(id, name, Duration.ofMinutes(minutes), qualification, equipment, expected, perWeek);
    }
}
