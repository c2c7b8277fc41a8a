package dev.spotter.scheduling.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Obvious impossibilities, found by counting before any search: a class type nobody may lead or no room can hold,
 * more class hours than the trainers or rooms can give. Passing it does not promise a feasible timetable; failing
 * it means none exists.
 */
final class Precheck {

    private Precheck() {
    }

    static List<Impossibility> of(TimetableProblem problem) {
        List<Impossibility> found = new ArrayList<>();
        for (ClassType type : problem.classTypes()) {
            if (type.perWeek() > 0) {
                checkClassType(problem, type, found);
            }
        }
        checkTrainerHours(problem, found);
        checkRoomHours(problem, found);
        return List.copyOf(found);
    }

    private static void checkClassType(TimetableProblem problem, ClassType type, List<Impossibility> found) {
        if (problem.openingHours().stream().noneMatch(open -> open.minutes() >= type.durationMinutes())) {
            found.add(new Impossibility(TimetableConstraints.OUTSIDE_OPENING_HOURS, type + " lasts "
                    + WeekClock.hours(type.durationMinutes()) + ", longer than the studio is open on any day"));
        }
        List<Trainer> qualified = problem.trainers().stream().filter(t -> t.isQualifiedFor(type)).toList();
        if (qualified.isEmpty()) {
            found.add(new Impossibility(TimetableConstraints.TRAINER_NOT_QUALIFIED,
                    "No trainer is qualified to lead " + type));
        } else if (qualified.stream().noneMatch(t -> longestStretch(problem, t) >= type.durationMinutes())) {
            found.add(new Impossibility(TimetableConstraints.TRAINER_UNAVAILABLE, "No trainer qualified for "
                    + type + " is available for " + WeekClock.hours(type.durationMinutes())
                    + " at a time while the studio is open"));
        }
        boolean fits = problem.rooms().stream().anyMatch(room -> room.fits(type));
        boolean equipped = problem.rooms().stream().anyMatch(room -> room.hasEquipmentFor(type));
        if (!fits) {
            found.add(new Impossibility(TimetableConstraints.ROOM_TOO_SMALL,
                    "No room fits " + type.expectedAttendance() + " for " + type));
        }
        if (!equipped) {
            found.add(new Impossibility(TimetableConstraints.ROOM_LACKS_EQUIPMENT, "No room has the "
                    + String.join(", ", type.equipment().stream().sorted().toList()) + " that " + type + " needs"));
        }
        if (fits && equipped && problem.rooms().stream().noneMatch(room -> suits(room, type))) {
            found.add(new Impossibility(TimetableConstraints.ROOM_TOO_SMALL, "No room with the "
                    + String.join(", ", type.equipment().stream().sorted().toList()) + " that " + type
                    + " needs fits " + type.expectedAttendance()));
        }
    }

    /**
     * Classes needing a qualification against what the trainers holding it can give: each trainer at most their
     * weekly hours, and no more than they are available while the studio is open.
     */
    private static void checkTrainerHours(TimetableProblem problem, List<Impossibility> found) {
        long needed = 0;
        long offered = 0;
        Map<String, Long> neededByQualification = new LinkedHashMap<>();
        Map<String, List<String>> classesByQualification = new LinkedHashMap<>();
        for (ClassType type : problem.classTypes()) {
            long minutes = (long) type.perWeek() * type.durationMinutes();
            needed += minutes;
            if (minutes > 0) {
                neededByQualification.merge(type.qualification(), minutes, Long::sum);
                classesByQualification.computeIfAbsent(type.qualification(), q -> new ArrayList<>()).add(type.name());
            }
        }
        for (Trainer trainer : problem.trainers()) {
            offered += capacity(problem, trainer);
        }
        if (needed > offered) {
            found.add(new Impossibility(TimetableConstraints.TRAINER_OVER_WEEKLY_HOURS, "The classes need "
                    + WeekClock.hours(needed) + " a week but the trainers can lead at most "
                    + WeekClock.hours(offered)));
        }
        neededByQualification.forEach((qualification, minutes) -> {
            long qualifiedOffer = problem.trainers().stream()
                    .filter(t -> t.qualifications().contains(qualification))
                    .mapToLong(t -> capacity(problem, t)).sum();
            if (qualifiedOffer > 0 && minutes > qualifiedOffer) {
                List<String> classes = classesByQualification.get(qualification);
                found.add(new Impossibility(TimetableConstraints.TRAINER_OVER_WEEKLY_HOURS,
                        String.join(" and ", classes) + (classes.size() == 1 ? " needs " : " need ")
                                + WeekClock.hours(minutes) + " a week but the trainers qualified for "
                                + (classes.size() == 1 ? "it" : "them") + " can lead at most "
                                + WeekClock.hours(qualifiedOffer)));
            }
        });
    }

    /** Each class type against the opening hours of the rooms that suit it. */
    private static void checkRoomHours(TimetableProblem problem, List<Impossibility> found) {
        long open = problem.openingHours().stream().mapToLong(WeeklyWindow::minutes).sum();
        for (ClassType type : problem.classTypes()) {
            long suitable = problem.rooms().stream().filter(room -> suits(room, type)).count();
            long minutes = (long) type.perWeek() * type.durationMinutes();
            if (suitable > 0 && minutes > suitable * open) {
                found.add(new Impossibility(TimetableConstraints.ROOM_DOUBLE_BOOKED, type + " needs "
                        + WeekClock.hours(minutes) + " a week but the rooms that suit it are open for "
                        + WeekClock.hours(suitable * open)));
            }
        }
    }

    private static boolean suits(Room room, ClassType type) {
        return room.fits(type) && room.hasEquipmentFor(type);
    }

    private static long capacity(TimetableProblem problem, Trainer trainer) {
        long available = 0;
        for (WeeklyWindow window : trainer.availability()) {
            for (WeeklyWindow open : problem.openingHours()) {
                available += open.overlapMinutes(window.startMinute(), window.endMinute());
            }
        }
        return Math.min(available, trainer.maxWeeklyMinutes());
    }

    private static int longestStretch(TimetableProblem problem, Trainer trainer) {
        int longest = 0;
        for (WeeklyWindow window : trainer.availability()) {
            for (WeeklyWindow open : problem.openingHours()) {
                longest = Math.max(longest, open.overlapMinutes(window.startMinute(), window.endMinute()));
            }
        }
        return longest;
    }
}
