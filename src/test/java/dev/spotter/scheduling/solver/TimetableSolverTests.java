package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static dev.spotter.scheduling.solver.Studio.ALEX;
import static dev.spotter.scheduling.solver.Studio.JO;
import static dev.spotter.scheduling.solver.Studio.MAIN_STUDIO;
import static dev.spotter.scheduling.solver.Studio.SAM;
import static dev.spotter.scheduling.solver.Studio.SPIN;
import static dev.spotter.scheduling.solver.Studio.SPIN_ROOM;
import static dev.spotter.scheduling.solver.Studio.YOGA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimetableSolverTests {

    /** Stops as soon as the timetable is feasible and has not improved for a fifth of a second. */
    private static final TimetableSolver SOLVER =
            new TimetableSolver(new SolveLimits(Duration.ofSeconds(5), Duration.ofMillis(200)));

    /** Aqua needs a pool and a qualification that this studio has neither of. */
    private static final ClassType AQUA =
            new ClassType("aqua", "Aqua", Duration.ofMinutes(45), "aqua", Set.of("pool"), 12, 2);

    @AfterAll
    static void closeSolver() {
        SOLVER.close();
    }

    @Test
    void buildsAFeasibleTimetableForASmallStudio() {
        SolvedTimetable solved = SOLVER.solve(Studio.small());

        Timetable timetable = solved.timetable();
        assertThat(timetable.isFeasible()).isTrue();
        assertThat(timetable.getSessions()).hasSize(8).allMatch(ClassSession::isPlaced);
        assertThat(solved.timeToFeasible()).isPresent();
        assertThat(solved.scoreHistory()).last().extracting(ScorePoint::score).isEqualTo(timetable.getScore());
        // The members' wish for Spin on Tuesday evening is worth more than spreading Spin over the week.
        assertThat(timetable.getSessions()).anySatisfy(session -> {
            assertThat(session.getClassType()).isEqualTo(SPIN);
            assertThat(session.day()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(session.start().getHour()).isBetween(17, 19);
        });
    }

    @Test
    void explainsAFeasibleTimetableWithoutUnmetHardRules() {
        Timetable timetable = SOLVER.solve(Studio.small()).timetable();

        TimetableExplanation explanation = SOLVER.explain(timetable);

        assertThat(explanation.feasible()).isTrue();
        assertThat(explanation.score()).isEqualTo(timetable.getScore());
        assertThat(explanation.unmetHardConstraints()).isEmpty();
        assertThat(explanation.constraints())
                .filteredOn(impact -> impact.constraint().equals(TimetableConstraints.MEMBERS_PREFERRED_TIME))
                .singleElement()
                .satisfies(impact -> assertThat(impact.reasons())
                        .anyMatch(reason -> reason.contains("meets a wish of 12 members for Spin on Tue 17:00-20:00")));
    }

    @Test
    void reportsTheHardRulesAStudioCannotMeetBeforeAndAfterSolving() {
        TimetableProblem noPoolNoAquaTrainer = new TimetableProblem(Studio.openingHours(), Duration.ofMinutes(30),
                List.of(JO, SAM, ALEX), List.of(SPIN_ROOM, MAIN_STUDIO), List.of(SPIN, YOGA, AQUA), List.of());

        assertThat(SOLVER.precheck(noPoolNoAquaTrainer)).containsExactlyInAnyOrder(
                new Impossibility(TimetableConstraints.TRAINER_NOT_QUALIFIED, "No trainer is qualified to lead Aqua"),
                new Impossibility(TimetableConstraints.ROOM_LACKS_EQUIPMENT, "No room has the pool that Aqua needs"));

        SolvedTimetable solved;
        try (TimetableSolver brief = new TimetableSolver(new SolveLimits(Duration.ofMillis(500), Duration.ZERO))) {
            solved = brief.solve(noPoolNoAquaTrainer);
        }
        TimetableExplanation explanation = SOLVER.explain(solved.timetable());

        assertThat(solved.timetable().isFeasible()).isFalse();
        assertThat(solved.timeToFeasible()).isEmpty();
        assertThat(explanation.unmetHardConstraints())
                .extracting(ConstraintImpact::constraint)
                .containsExactlyInAnyOrder(TimetableConstraints.TRAINER_NOT_QUALIFIED,
                        TimetableConstraints.ROOM_LACKS_EQUIPMENT);
        assertThat(explanation.unmetHardConstraints()).allSatisfy(impact ->
                assertThat(impact.reasons()).hasSize(2).allMatch(reason -> reason.contains("Aqua at ")));
    }

    @Test
    void precheckCountsClassHoursAgainstTheQualifiedTrainersHours() {
        Trainer jo = Studio.trainer("jo", "Jo", Set.of("spin"), 10);
        Trainer alex = Studio.trainer("alex", "Alex", Set.of("spin"), 10);
        ClassType spinEveryDay = new ClassType("spin", "Spin", Duration.ofMinutes(45), "spin", Set.of("bikes"), 15, 30);
        ClassType spinIntervals =
                new ClassType("spin-hiit", "Spin intervals", Duration.ofMinutes(30), "spin", Set.of("bikes"), 15, 2);
        TimetableProblem problem = new TimetableProblem(Studio.openingHours(), Duration.ofMinutes(30),
                List.of(jo, alex, SAM), List.of(SPIN_ROOM), List.of(spinEveryDay, spinIntervals), List.of());

        // Sam's 20 hours make enough in all, but Sam may lead neither kind of Spin.
        assertThat(SOLVER.precheck(problem)).containsExactly(
                new Impossibility(TimetableConstraints.TRAINER_OVER_WEEKLY_HOURS, "Spin and Spin intervals need "
                        + "23 h 30 min a week but the trainers qualified for them can lead at most 20 h"));
    }

    @Test
    void precheckCountsAllClassHoursAgainstAllTrainersHours() {
        Trainer jo = Studio.trainer("jo", "Jo", Set.of("spin"), 10);
        ClassType spinEveryDay = new ClassType("spin", "Spin", Duration.ofMinutes(45), "spin", Set.of("bikes"), 15, 14);

        assertThat(SOLVER.precheck(new TimetableProblem(Studio.openingHours(), Duration.ofMinutes(30), List.of(jo),
                List.of(SPIN_ROOM), List.of(spinEveryDay), List.of()))).containsExactly(
                new Impossibility(TimetableConstraints.TRAINER_OVER_WEEKLY_HOURS,
                        "The classes need 10 h 30 min a week but the trainers can lead at most 10 h"),
                new Impossibility(TimetableConstraints.TRAINER_OVER_WEEKLY_HOURS,
                        "Spin needs 10 h 30 min a week but the trainers qualified for it can lead at most 10 h"));
    }

    @Test
    void precheckNamesClassesThatNoTrainersAvailabilityOrOpeningHoursCanHold() {
        Trainer kim = new Trainer("kim", "Kim", Set.of("spin", "yoga"),
                List.of(WeeklyWindow.of(DayOfWeek.MONDAY, "07:00", "07:30"),
                        WeeklyWindow.of(DayOfWeek.SUNDAY, "08:00", "18:00")), Duration.ofHours(20), List.of());
        ClassType retreat = new ClassType("retreat", "Yoga retreat", Duration.ofHours(15), "yoga", Set.of("mats"), 12, 1);
        TimetableProblem problem = new TimetableProblem(Studio.openingHours(), Duration.ofMinutes(30), List.of(kim),
                List.of(SPIN_ROOM, MAIN_STUDIO), List.of(SPIN, retreat), List.of());

        // Kim's Sunday is no help: the studio is closed on Sundays.
        assertThat(SOLVER.precheck(problem)).contains(
                new Impossibility(TimetableConstraints.TRAINER_UNAVAILABLE,
                        "No trainer qualified for Spin is available for 45 min at a time while the studio is open"),
                new Impossibility(TimetableConstraints.OUTSIDE_OPENING_HOURS,
                        "Yoga retreat lasts 15 h, longer than the studio is open on any day"));
    }

    @Test
    void precheckNamesTheClassThatNoRoomFits() {
        ClassType bootcamp = new ClassType("bootcamp", "Bootcamp", Duration.ofMinutes(45), "hiit", Set.of(), 40, 2);
        TimetableProblem problem = new TimetableProblem(Studio.openingHours(), Duration.ofMinutes(30),
                List.of(JO), List.of(SPIN_ROOM, MAIN_STUDIO), List.of(bootcamp), List.of());

        assertThat(SOLVER.precheck(problem)).containsExactly(
                new Impossibility(TimetableConstraints.ROOM_TOO_SMALL, "No room fits 40 for Bootcamp"));
    }

    @Test
    void precheckFindsNothingInASolvableStudio() {
        assertThat(SOLVER.precheck(Studio.small())).isEmpty();
    }

    @Test
    void runsAJobInTheBackgroundAndReportsItsProgress() {
        UUID job = SOLVER.start(Studio.small());

        await(() -> SOLVER.status(job) == JobStatus.DONE);

        JobProgress progress = SOLVER.progress(job);
        assertThat(progress.failure()).isEmpty();
        assertThat(progress.bestSoFar()).hasValueSatisfying(best -> assertThat(best.isFeasible()).isTrue());
        assertThat(progress.timeToFeasible()).isPresent();
        assertThat(progress.scoreHistory()).isNotEmpty()
                .extracting(ScorePoint::score).isSorted();
        assertThat(progress.scoreHistory()).extracting(ScorePoint::elapsed).isSorted();
    }

    @Test
    void stopsAJobOnRequestAndKeepsItsBestTimetable() {
        try (TimetableSolver patient = new TimetableSolver(new SolveLimits(Duration.ofMinutes(1),
                Duration.ofMinutes(1)))) {
            UUID job = patient.start(Studio.small());
            await(() -> !patient.progress(job).scoreHistory().isEmpty());
            assertThat(patient.status(job)).isEqualTo(JobStatus.SOLVING);

            patient.stop(job);

            await(() -> patient.status(job) == JobStatus.STOPPED);
            assertThat(patient.progress(job).bestSoFar()).hasValueSatisfying(best ->
                    assertThat(best.isPlaced()).isTrue());
            patient.forget(job);
            assertThatThrownBy(() -> patient.status(job))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No timetable job " + job);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for the job").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
