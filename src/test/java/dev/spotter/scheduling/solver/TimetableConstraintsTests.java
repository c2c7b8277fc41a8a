package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

import static dev.spotter.scheduling.solver.Studio.ALEX;
import static dev.spotter.scheduling.solver.Studio.HIIT;
import static dev.spotter.scheduling.solver.Studio.JO;
import static dev.spotter.scheduling.solver.Studio.MAIN_STUDIO;
import static dev.spotter.scheduling.solver.Studio.SAM;
import static dev.spotter.scheduling.solver.Studio.SPIN;
import static dev.spotter.scheduling.solver.Studio.SPIN_ROOM;
import static dev.spotter.scheduling.solver.Studio.YOGA;
import static dev.spotter.scheduling.solver.Studio.at;
import static dev.spotter.scheduling.solver.Studio.session;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

class TimetableConstraintsTests {

    private final ConstraintVerifier<TimetableConstraints, Timetable> verifier =
            ConstraintVerifier.build(new TimetableConstraints(), Timetable.class, ClassSession.class);

    private static final Room OTHER_ROOM = new Room("other", "Other room", 30, Set.of("bikes", "mats"));

    // Trainer double-booked

    @Test
    void penalisesTrainerDoubleBookedWhenClassesOverlap() {
        // Spin runs 18:00-18:45, so HIIT at 18:30 shares 15 minutes with it although they start in different slots.
        verifier.verifyThat(TimetableConstraints::trainerDoubleBooked)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, JO),
                        session("hiit-1", HIIT, at(TUESDAY, "18:30"), OTHER_ROOM, JO))
                .justifiesWith(new Reason("Jo leads Spin at Tue 18:00 and HIIT at Tue 18:30, which overlap by 15 min"))
                .penalizesBy(15);
    }

    @Test
    void doesNotPenaliseTrainerWhoseClassesFollowOneAnother() {
        verifier.verifyThat(TimetableConstraints::trainerDoubleBooked)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, JO),
                        session("hiit-1", HIIT, at(TUESDAY, "18:45"), OTHER_ROOM, JO),
                        session("spin-2", SPIN, at(TUESDAY, "18:00"), OTHER_ROOM, ALEX))
                .hasNoImpact();
    }

    // Room double-booked

    @Test
    void penalisesRoomDoubleBookedWhenClassesOverlap() {
        verifier.verifyThat(TimetableConstraints::roomDoubleBooked)
                .given(session("yoga-1", YOGA, at(TUESDAY, "18:00"), MAIN_STUDIO, SAM),
                        session("hiit-1", HIIT, at(TUESDAY, "18:30"), MAIN_STUDIO, JO))
                .justifiesWith(new Reason(
                        "Main studio holds Yoga at Tue 18:00 and HIIT at Tue 18:30, which overlap by 30 min"))
                .penalizesBy(30);
    }

    @Test
    void doesNotPenaliseRoomUsedBackToBackOrBySeparateRooms() {
        verifier.verifyThat(TimetableConstraints::roomDoubleBooked)
                .given(session("yoga-1", YOGA, at(TUESDAY, "18:00"), MAIN_STUDIO, SAM),
                        session("hiit-1", HIIT, at(TUESDAY, "19:00"), MAIN_STUDIO, JO),
                        session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, ALEX))
                .hasNoImpact();
    }

    // Trainer not qualified

    @Test
    void penalisesTrainerNotQualifiedForTheClass() {
        verifier.verifyThat(TimetableConstraints::trainerNotQualified)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, SAM))
                .justifiesWith(new Reason("Sam is not qualified for Spin at Tue 18:00"))
                .penalizesBy(45);
    }

    @Test
    void doesNotPenaliseQualifiedTrainer() {
        verifier.verifyThat(TimetableConstraints::trainerNotQualified)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, JO))
                .hasNoImpact();
    }

    // Trainer unavailable

    @Test
    void penalisesTheMinutesOfAClassOutsideTheTrainersAvailability() {
        Trainer leavesEarly = new Trainer("kim", "Kim", Set.of("spin"),
                List.of(WeeklyWindow.of(TUESDAY, "07:00", "18:30")), Duration.ofHours(20), List.of());
        verifier.verifyThat(TimetableConstraints::trainerUnavailable)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, leavesEarly))
                .justifiesWith(new Reason("Kim is not available for 15 min of Spin at Tue 18:00"))
                .penalizesBy(15);
    }

    @Test
    void doesNotPenaliseAClassCoveredByAdjoiningAvailabilityWindows() {
        Trainer splitDay = new Trainer("kim", "Kim", Set.of("spin"),
                List.of(WeeklyWindow.of(TUESDAY, "07:00", "18:15"), WeeklyWindow.of(TUESDAY, "18:15", "21:00")),
                Duration.ofHours(20), List.of());
        verifier.verifyThat(TimetableConstraints::trainerUnavailable)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, splitDay))
                .hasNoImpact();
    }

    // Trainer over weekly hours

    @Test
    void penalisesTheMinutesATrainerLeadsBeyondTheirWeeklyHours() {
        Trainer oneHour = new Trainer("kim", "Kim", Set.of("spin"), Studio.openingHours(), Duration.ofHours(1),
                List.of());
        verifier.verifyThat(TimetableConstraints::trainerOverWeeklyHours)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, oneHour),
                        session("spin-2", SPIN, at(WEDNESDAY, "18:00"), SPIN_ROOM, oneHour))
                .justifiesWith(new Reason("Kim would lead 1 h 30 min a week, more than the 1 h agreed"))
                .penalizesBy(30);
    }

    @Test
    void doesNotPenaliseATrainerWithinTheirWeeklyHours() {
        verifier.verifyThat(TimetableConstraints::trainerOverWeeklyHours)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, JO),
                        session("spin-2", SPIN, at(WEDNESDAY, "18:00"), SPIN_ROOM, JO))
                .hasNoImpact();
    }

    // Room too small

    @Test
    void penalisesRoomTooSmallForTheExpectedMembers() {
        Room corner = new Room("corner", "Corner", 10, Set.of("bikes"));
        verifier.verifyThat(TimetableConstraints::roomTooSmall)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), corner, JO))
                .justifiesWith(new Reason("Corner holds 10, too few for the 15 expected at Spin at Tue 18:00"))
                .penalizesBy(45);
    }

    @Test
    void doesNotPenaliseRoomThatFitsTheExpectedMembers() {
        verifier.verifyThat(TimetableConstraints::roomTooSmall)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, JO))
                .hasNoImpact();
    }

    // Room lacks equipment

    @Test
    void penalisesRoomWithoutTheEquipmentTheClassNeeds() {
        verifier.verifyThat(TimetableConstraints::roomLacksEquipment)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), MAIN_STUDIO, JO))
                .justifiesWith(new Reason("Main studio has no bikes for Spin at Tue 18:00"))
                .penalizesBy(45);
    }

    @Test
    void doesNotPenaliseRoomWithTheEquipmentOrAClassThatNeedsNone() {
        verifier.verifyThat(TimetableConstraints::roomLacksEquipment)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, JO),
                        session("hiit-1", HIIT, at(TUESDAY, "19:00"), SPIN_ROOM, JO))
                .hasNoImpact();
    }

    // Outside opening hours

    @Test
    void penalisesTheMinutesAClassRunsPastClosing() {
        verifier.verifyThat(TimetableConstraints::outsideOpeningHours)
                .given(session("spin-1", SPIN, at(TUESDAY, "20:30"), SPIN_ROOM, JO))
                .justifiesWith(new Reason("Spin at Tue 20:30 runs 15 min past closing at 21:00"))
                .penalizesBy(15);
    }

    @Test
    void doesNotPenaliseAClassThatEndsAtClosing() {
        verifier.verifyThat(TimetableConstraints::outsideOpeningHours)
                .given(session("spin-1", SPIN, at(TUESDAY, "20:15"), SPIN_ROOM, JO))
                .hasNoImpact();
    }

    // Members' preferred time

    private static final MemberPreference SPIN_ON_TUESDAY_EVENING =
            new MemberPreference("spin", WeeklyWindow.of(TUESDAY, "17:00", "20:00"), 12);

    @Test
    void rewardsAClassStartingWhenMembersAskedForIt() {
        verifier.verifyThat(TimetableConstraints::membersPreferredTime)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, JO), SPIN_ON_TUESDAY_EVENING)
                .justifiesWith(new Reason("Spin at Tue 18:00 meets a wish of 12 members for Spin on Tue 17:00-20:00"))
                .rewardsWith(12);
    }

    @Test
    void doesNotRewardAnotherDayAnotherClassOrAStartAfterTheWindow() {
        verifier.verifyThat(TimetableConstraints::membersPreferredTime)
                .given(session("spin-1", SPIN, at(WEDNESDAY, "18:00"), SPIN_ROOM, JO),
                        session("yoga-1", YOGA, at(TUESDAY, "18:00"), MAIN_STUDIO, SAM),
                        session("spin-2", SPIN, at(TUESDAY, "20:00"), SPIN_ROOM, JO),
                        SPIN_ON_TUESDAY_EVENING)
                .hasNoImpact();
    }

    // Unfair load

    @Test
    void penalisesOneBusyTrainerMoreThanTwoHalfBusyOnes() {
        Trainer kim = Studio.trainer("kim", "Kim", Set.of("hiit"), 1);
        Trainer lee = Studio.trainer("lee", "Lee", Set.of("hiit"), 1);
        // All of Kim's hour costs 100; half of Kim's and half of Lee's cost 25 each.
        verifier.verifyThat(TimetableConstraints::unfairLoad)
                .given(session("hiit-1", HIIT, at(TUESDAY, "07:00"), MAIN_STUDIO, kim),
                        session("hiit-2", HIIT, at(TUESDAY, "09:00"), MAIN_STUDIO, kim))
                .justifiesWith(new Reason("Kim leads 1 h, 100 % of their 1 h"))
                .penalizesBy(100);
        verifier.verifyThat(TimetableConstraints::unfairLoad)
                .given(session("hiit-1", HIIT, at(TUESDAY, "07:00"), MAIN_STUDIO, kim),
                        session("hiit-2", HIIT, at(TUESDAY, "09:00"), MAIN_STUDIO, lee))
                .penalizesBy(50);
    }

    @Test
    void doesNotPenaliseALoadTooSmallToCount() {
        // 30 minutes of Jo's 20 hours is 2.5 %, which squares to less than one point.
        verifier.verifyThat(TimetableConstraints::unfairLoad)
                .given(session("hiit-1", HIIT, at(TUESDAY, "07:00"), MAIN_STUDIO, JO))
                .hasNoImpact();
    }

    // Gap in a trainer's day

    @Test
    void penalisesEveryWaitBetweenATrainersClassesOnOneDay() {
        verifier.verifyThat(TimetableConstraints::gapInTrainersDay)
                .given(session("spin-1", SPIN, at(TUESDAY, "07:00"), SPIN_ROOM, JO),
                        session("hiit-1", HIIT, at(TUESDAY, "10:00"), MAIN_STUDIO, JO),
                        session("spin-2", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, JO))
                .justifiesWith(new Reason("Jo waits between classes 2 times on Tue"))
                .penalizesBy(2);
    }

    @Test
    void doesNotPenaliseAChangeoverOrClassesOnDifferentDays() {
        verifier.verifyThat(TimetableConstraints::gapInTrainersDay)
                .given(session("spin-1", SPIN, at(TUESDAY, "07:00"), SPIN_ROOM, JO),
                        session("hiit-1", HIIT, new TimeSlot(TUESDAY, LocalTime.of(8, 0), LocalTime.of(21, 0)),
                                MAIN_STUDIO, JO),
                        session("spin-2", SPIN, at(WEDNESDAY, "18:00"), SPIN_ROOM, JO))
                .hasNoImpact();
    }

    // Same class twice in a day

    @Test
    void penalisesTheSameClassTwiceInADay() {
        verifier.verifyThat(TimetableConstraints::sameClassSameDay)
                .given(session("spin-1", SPIN, at(TUESDAY, "07:00"), SPIN_ROOM, JO),
                        session("spin-2", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, ALEX))
                .justifiesWith(new Reason("Spin at Tue 07:00 and Spin at Tue 18:00 fall on the same day"))
                .penalizesBy(1);
    }

    @Test
    void doesNotPenaliseTheSameClassOnDifferentDaysOrDifferentClassesOnOneDay() {
        verifier.verifyThat(TimetableConstraints::sameClassSameDay)
                .given(session("spin-1", SPIN, at(TUESDAY, "07:00"), SPIN_ROOM, JO),
                        session("spin-2", SPIN, at(WEDNESDAY, "07:00"), SPIN_ROOM, JO),
                        session("yoga-1", YOGA, at(TUESDAY, "18:00"), MAIN_STUDIO, SAM))
                .hasNoImpact();
    }

    // Outside the trainer's preferred times

    @Test
    void penalisesAClassOutsideTheTrainersPreferredTimes() {
        Trainer morningPerson = new Trainer("kim", "Kim", Set.of("spin"), Studio.openingHours(),
                Duration.ofHours(20), List.of(WeeklyWindow.of(TUESDAY, "06:00", "12:00")));
        verifier.verifyThat(TimetableConstraints::outsideTrainersPreferredTimes)
                .given(session("spin-1", SPIN, at(TUESDAY, "18:00"), SPIN_ROOM, morningPerson),
                        session("spin-2", SPIN, at(TUESDAY, "07:00"), SPIN_ROOM, morningPerson))
                .justifiesWith(new Reason("Spin at Tue 18:00 is outside Kim's preferred times"))
                .penalizesBy(1);
    }

    @Test
    void doesNotPenaliseATrainerWithoutPreferences() {
        verifier.verifyThat(TimetableConstraints::outsideTrainersPreferredTimes)
                .given(session("spin-1", SPIN, at(DayOfWeek.SATURDAY, "20:00"), SPIN_ROOM, JO))
                .hasNoImpact();
    }
}
