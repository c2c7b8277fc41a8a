package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static dev.spotter.scheduling.solver.Studio.HIIT;
import static dev.spotter.scheduling.solver.Studio.JO;
import static dev.spotter.scheduling.solver.Studio.MAIN_STUDIO;
import static dev.spotter.scheduling.solver.Studio.SPIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimetableProblemTests {

    @Test
    void rejectsAClassWithANegativeDuration() {
        assertThatThrownBy(() -> new ClassType("spin", "Spin", Duration.ofMinutes(-45), "spin", Set.of(), 15, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The duration of Spin must be at least one minute, was PT-45M");
    }

    @Test
    void rejectsAPreferenceForAnUnknownClassType() {
        MemberPreference aqua = new MemberPreference("aqua", WeeklyWindow.of(DayOfWeek.MONDAY, "09:00", "11:00"), 5);

        assertThatThrownBy(() -> problem(List.of(JO), List.of(SPIN), List.of(aqua)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A member preference at Mon 09:00-11:00 names an unknown class type: aqua");
    }

    @Test
    void rejectsTwoTrainersWithOneId() {
        Trainer anotherJo = Studio.trainer("jo", "Joanna", Set.of("yoga"), 10);

        assertThatThrownBy(() -> problem(List.of(JO, anotherJo), List.of(SPIN), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two of the trainers share the id jo");
    }

    @Test
    void rejectsOverlappingAvailability() {
        assertThatThrownBy(() -> new Trainer("kim", "Kim", Set.of("spin"),
                List.of(WeeklyWindow.of(DayOfWeek.MONDAY, "07:00", "12:00"),
                        WeeklyWindow.of(DayOfWeek.MONDAY, "11:00", "14:00")), Duration.ofHours(10), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The availability of Kim overlap: Mon 07:00-12:00 and Mon 11:00-14:00");
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> WeeklyWindow.of(DayOfWeek.FRIDAY, "18:00", "07:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A window must end after it starts: FRIDAY 18:00-07:00");
    }

    @Test
    void rejectsATrainerWithoutWeeklyHours() {
        assertThatThrownBy(() -> Studio.trainer("kim", "Kim", Set.of("spin"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The maximum weekly hours of Kim must be positive, was PT0S");
    }

    @Test
    void offersStartTimesThatLeaveRoomForTheShortestClass() {
        TimetableProblem problem = new TimetableProblem(List.of(WeeklyWindow.of(DayOfWeek.MONDAY, "07:00", "09:00")),
                Duration.ofMinutes(30), List.of(JO), List.of(MAIN_STUDIO), List.of(SPIN, HIIT), List.of());

        assertThat(problem.timeSlots()).extracting(TimeSlot::start)
                .containsExactly(LocalTime.of(7, 0), LocalTime.of(7, 30), LocalTime.of(8, 0), LocalTime.of(8, 30));
    }

    @Test
    void wantsOneSessionForEveryClassOfTheWeek() {
        Timetable unsolved = problem(List.of(JO), List.of(SPIN, HIIT), List.of()).toTimetable();

        assertThat(unsolved.getSessions()).extracting(ClassSession::getId)
                .containsExactly("spin-1", "spin-2", "spin-3", "hiit-1", "hiit-2");
        assertThat(unsolved.getSessions()).noneMatch(ClassSession::isPlaced);
    }

    @Test
    void offersAClassOnlyTheRoomsThatSuitItAndTheTrainersQualifiedToLeadIt() {
        Room corner = new Room("corner", "Corner", 10, Set.of("bikes"));
        Room bigSpinRoom = new Room("big-spin", "Big spin room", 40, Set.of("bikes"));
        List<Room> rooms = List.of(MAIN_STUDIO, Studio.SPIN_ROOM, corner, bigSpinRoom);
        List<Trainer> trainers = List.of(JO, Studio.SAM, Studio.ALEX);

        ClassSession first = new ClassSession(SPIN, 1, rooms, trainers);
        ClassSession second = new ClassSession(SPIN, 2, rooms, trainers);

        assertThat(first.getCandidateRooms()).containsExactly(Studio.SPIN_ROOM, bigSpinRoom);
        assertThat(second.getCandidateRooms()).containsExactly(bigSpinRoom, Studio.SPIN_ROOM);
        assertThat(first.getCandidateTrainers()).containsExactly(JO, Studio.ALEX);
    }

    @Test
    void offersEveryRoomAndTrainerWhenNoneSuitsSoThatTheBrokenRuleShows() {
        ClassType aqua = new ClassType("aqua", "Aqua", Duration.ofMinutes(45), "aqua", Set.of("pool"), 12, 1);

        ClassSession session = new ClassSession(aqua, 1, List.of(MAIN_STUDIO, Studio.SPIN_ROOM), List.of(JO));

        assertThat(session.getCandidateRooms()).containsExactly(MAIN_STUDIO, Studio.SPIN_ROOM);
        assertThat(session.getCandidateTrainers()).containsExactly(JO);
    }

    private static TimetableProblem problem(List<Trainer> trainers, List<ClassType> types,
                                            List<MemberPreference> preferences) {
        return new TimetableProblem(Studio.openingHours(), Duration.ofMinutes(30), trainers, List.of(MAIN_STUDIO),
                types, preferences);
    }
}
