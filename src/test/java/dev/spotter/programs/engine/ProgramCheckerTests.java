package dev.spotter.programs.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.Experience;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Library;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.programs.engine.Finding.Severity;
import org.junit.jupiter.api.Test;

import static dev.spotter.programs.engine.ProgramSketch.block;
import static dev.spotter.programs.engine.ProgramSketch.client;
import static dev.spotter.programs.engine.ProgramSketch.deload;
import static dev.spotter.programs.engine.ProgramSketch.everyWeek;
import static dev.spotter.programs.engine.ProgramSketch.inSlot;
import static dev.spotter.programs.engine.ProgramSketch.phase;
import static dev.spotter.programs.engine.ProgramSketch.program;
import static dev.spotter.programs.engine.ProgramSketch.reps;
import static dev.spotter.programs.engine.ProgramSketch.session;
import static dev.spotter.programs.engine.ProgramSketch.swap;
import static dev.spotter.programs.engine.ProgramSketch.timed;
import static dev.spotter.programs.engine.ProgramSketch.week;
import static dev.spotter.programs.engine.ProgramSketch.without;
import static org.assertj.core.api.Assertions.assertThat;

/** The checker judging small hand-written programs, one rule at a time. */
class ProgramCheckerTests {

    private static final ProgramChecker CHECKER = new ProgramChecker(Library.builtIn());

    private final Athlete healthy = client().athlete();

    // ------------------------------------------------------------------ a sound program

    @Test
    void findsNothingWrongWithASoundProgramForAHealthyClient() {
        assertThat(CHECKER.check(sound(1), healthy).findings()).isEmpty();
        assertThat(CHECKER.check(sound(3), healthy).findings()).isEmpty();
    }

    // ------------------------------------------------------------------ exercises

    @Test
    void flagsAnExerciseTheLibraryDoesNotKnow() {
        Program program = everyWeek(sound(1), "A1",
                item -> item.withExercise("zercher-squat", "Zercher squat", List.of()));

        Finding finding = only(CHECKER.check(program, healthy), "exercise.unknown");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Zercher squat").contains("not in the exercise library");
        assertThat(finding).extracting(Finding::week, Finding::session, Finding::slot).containsExactly(1, 1, "A1");
    }

    @Test
    void refusesAnExerciseThatInvolvesWhatTheClientMustAvoid() {
        Athlete kneePain = client().avoids(SafetyTag.LOADED_DEEP_KNEE_FLEXION).athlete();

        Finding finding = only(CHECKER.check(sound(1), kneePain), "safety.contraindicated");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message())
                .contains("Goblet squat involves loaded deep knee bend, which this client must avoid");
    }

    @Test
    void reportsAContraindicationRepeatedForTwelveWeeksOnceAtItsFirstWeek() {
        Program program = everyWeek(sound(3), "A1", item -> swap(item, "back-squat"));
        Athlete kneePain = client().avoids(SafetyTag.LOADED_DEEP_KNEE_FLEXION).athlete();

        CheckReport report = CHECKER.check(program, kneePain);

        assertThat(report.findings()).filteredOn(finding -> finding.rule().equals("safety.contraindicated"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.message()).startsWith("Session 1 (Full body A, Monday), A1: Barbell back "
                            + "squat involves loaded deep knee bend, which this client must avoid")
                            .endsWith("(weeks 1-12).");
                    assertThat(finding).extracting(Finding::week, Finding::session, Finding::slot)
                            .containsExactly(1, 1, "A1");
                });
    }

    @Test
    void judgesAnExerciseByWhatTheLibraryKnowsNotTheNameTheProgramGivesIt() {
        Program disguised = everyWeek(sound(1), "A1", item -> item.withExercise("back-squat", "Wall sit",
                List.of()));

        Finding finding = only(CHECKER.check(disguised, client().avoids(SafetyTag.VALSALVA).athlete()),
                "safety.contraindicated");

        assertThat(finding.message()).contains("Barbell back squat involves breath-holding strain")
                .doesNotContain("Wall sit");
    }

    @Test
    void refusesAnExerciseWithUnreviewedTagsWhenTheClientHasSomethingToAvoid() {
        Exercise goblet = Library.byId("goblet-squat");
        Exercise imported = new Exercise("fedb-mystery-squat", "Mystery squat", List.of(), "", goblet.modality(),
                goblet.pattern(), goblet.primary(), goblet.secondary(), goblet.equipment(), goblet.level(), false,
                goblet.load(), Set.of(), false, Set.of(), "", List.of(), List.of(), "", "", List.of(), List.of(),
                null, Exercise.Origin.IMPORTED, null, null);
        List<Exercise> library = new ArrayList<>(Library.builtIn());
        library.add(imported);
        ProgramChecker checker = new ProgramChecker(library);
        Program program = everyWeek(sound(1), "A1", item -> item.withExercise(imported.id(), imported.name(),
                List.of()));

        Finding finding = only(checker.check(program, client().avoids(SafetyTag.IMPACT).athlete()),
                "safety.unreviewed");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Mystery squat").contains("nobody has reviewed").contains("impact");
        assertThat(checker.check(program, healthy).findings()).isEmpty();
    }

    @Test
    void refusesAMovementThatHurts() {
        Athlete sorePush = client().hurtsWhen(Pattern.VERTICAL_PUSH).athlete();

        Finding finding = only(CHECKER.check(sound(1), sorePush), "safety.painful");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Seated dumbbell shoulder press is a vertical push movement, which is "
                + "painful for this client");
        assertThat(finding.slot()).isEqualTo("B2");
    }

    @Test
    void refusesAnExerciseNeedingEquipmentTheClientLacks() {
        Athlete homeGym = client().equipment(Equipment.DUMBBELL, Equipment.BENCH, Equipment.MAT,
                Equipment.STATIONARY_BIKE, Equipment.BANDS, Equipment.CABLE, Equipment.WALL).athlete();

        Finding finding = only(CHECKER.check(sound(1), homeGym), "safety.equipment", "Lat pulldown");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Lat pulldown needs machine, which this client does not have");
        assertThat(finding.slot()).isEqualTo("B3");
    }

    @Test
    void ignoresEquipmentWhenTheClientsEquipmentIsUnknown() {
        assertThat(healthy.equipment()).isNull();
        assertThat(rules(CHECKER.check(sound(1), healthy))).doesNotContain("safety.equipment");
    }

    @Test
    void warnsAboutAnExerciseAboveTheClientsLevelTreatingUnknownExperienceAsBeginner() {
        Program program = everyWeek(sound(1), "C1", item -> swap(item, "pistol-squat"));

        for (Experience beginner : new Experience[] {Experience.NONE, null}) {
            Finding finding = only(CHECKER.check(program, client().experience(beginner).athlete()), "safety.level");

            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).contains("Pistol squat is an advanced exercise, above this client's "
                    + "beginner level");
        }
        assertThat(rules(CHECKER.check(program, client().experience(Experience.ADVANCED).athlete())))
                .doesNotContain("safety.level");
    }

    @Test
    void warnsAboutAnExerciseTheClientDislikes() {
        Finding finding = only(CHECKER.check(sound(1), client().dislikes("push-up").athlete()),
                "preference.disliked");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("Push-up is an exercise this client dislikes");
    }

    // ------------------------------------------------------------------ clearance and intensity

    @Test
    void blocksEveryProgramUntilAClinicianClearsTheClient() {
        Athlete waiting = client().clearance(ClearanceStatus.RECOMMENDED).athlete();

        Finding finding = only(CHECKER.check(sound(1), waiting), "clearance.blocked");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("No exercise until a clinician clears the client");
        assertThat(finding.week()).isNull();
    }

    @Test
    void blocksOnACeilingOfNoneWithoutRepeatingItForEveryPrescription() {
        CheckReport report = CHECKER.check(sound(1), client().ceiling(IntensityCeiling.NONE).athlete());

        assertThat(rules(report)).containsExactly("clearance.blocked");
    }

    @Test
    void holdsEachLoadToTheClientsCeilingNotTheOneTheProgramWasWrittenUnder() {
        Program writtenForVigorous = sound(1);
        assertThat(writtenForVigorous.ceiling()).isEqualTo(IntensityCeiling.VIGOROUS);
        Athlete moderate = client().ceiling(IntensityCeiling.MODERATE).athlete();

        CheckReport report = CHECKER.check(writtenForVigorous, moderate);

        assertThat(report.findings()).filteredOn(finding -> finding.rule().equals("intensity.ceiling"))
                .allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.ERROR))
                .anySatisfy(finding -> assertThat(finding.message()).contains("Goblet squat asks for 2-3 "
                        + "reps in reserve").contains("at least 3 reps in reserve").endsWith("(weeks 1-4)."))
                .anySatisfy(finding -> assertThat(finding.message()).contains("Stationary bike asks for "
                        + "60-70 % of heart-rate reserve").contains("at most 59 % of heart-rate reserve")
                        .endsWith("(weeks 1-3)."));
    }

    @Test
    void treatsAnUnknownCeilingAsLightToModerate() {
        Program program = everyWeek(sound(1), "A1", item -> item.withDose(item.sets(), item.dose(),
                LoadRule.rir(4, 5), item.restSeconds(), null, null));

        CheckReport report = CHECKER.check(program, client().ceiling(null).athlete());

        assertThat(report.findings()).filteredOn(finding -> finding.rule().equals("intensity.ceiling"))
                .noneMatch(finding -> "A1".equals(finding.slot()))
                .anySatisfy(finding -> assertThat(finding.message()).contains("light to moderate")
                        .contains("at least 4 reps in reserve"));
    }

    // ------------------------------------------------------------------ sessions and schedule

    @Test
    void reportsASessionThatDoesNotFitTheClientsTimeOncePerSession() {
        CheckReport report = CHECKER.check(sound(3), client().minutes(45).athlete());

        assertThat(report.findings()).filteredOn(finding -> finding.rule().equals("duration.session"))
                .hasSize(3)
                .allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.ERROR))
                .anySatisfy(finding -> assertThat(finding.message()).startsWith("Session 1 (Full body A, Monday) "
                        + "takes about 62-64 min; the client has 45, and 41-49 is allowed (weeks 1-3, 5-7 and 9-11"));
    }

    @Test
    void fallsBackToTheProgramsMinutesWhenTheClientHasNotSaid() {
        Athlete unsaid = client().minutes(null).athlete();
        Program shortSessions = new Program("Short", Specialisation.GENERAL_FITNESS, ProgressionModel.LINEAR, 3, 30,
                IntensityCeiling.VIGOROUS, List.of(), sound(1).phases(), 1L);

        assertThat(rules(CHECKER.check(sound(1), unsaid))).doesNotContain("duration.session");
        assertThat(rules(CHECKER.check(shortSessions, unsaid))).contains("duration.session");
    }

    @Test
    void letsADeloadSessionBeShorterThanTheClientsTime() {
        Session deloadSession = sound(1).week(4).sessions().get(0);
        assertThat(SessionClock.minutes(deloadSession)).isLessThan(54);

        assertThat(rules(CHECKER.check(sound(1), healthy))).doesNotContain("duration.session");
    }

    @Test
    void requiresARestDay() {
        Program everyDay = everyWeek(sound(1), week -> {
            List<Session> sessions = new ArrayList<>(week.sessions());
            for (int day : new int[] {2, 4, 6, 7}) {
                Session copy = sessions.get(0);
                sessions.add(new Session(day, "Extra", copy.focus(), copy.blocks()));
            }
            return new Week(week.number(), week.deload(), week.focus(), sessions);
        });

        Finding finding = only(CHECKER.check(everyDay, healthy), "schedule.rest-day");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("all seven days").endsWith("(weeks 1-4).");
    }

    @Test
    void warnsAboutTwoSessionsOnTheSameDay() {
        Program doubled = everyWeek(sound(1), week -> {
            List<Session> sessions = new ArrayList<>(week.sessions());
            Session friday = sessions.get(2);
            sessions.set(2, new Session(1, friday.name(), friday.focus(), friday.blocks()));
            return new Week(week.number(), week.deload(), week.focus(), sessions);
        });

        Finding finding = only(CHECKER.check(doubled, healthy), "schedule.same-day");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("Sessions 1 and 3 both fall on Monday (weeks 1-4).");
    }

    @Test
    void refusesASessionWithNoExercises() {
        Program withEmptyDay = everyWeek(sound(1), week -> {
            List<Session> sessions = new ArrayList<>(week.sessions());
            sessions.add(session(7, "Long walk"));
            return new Week(week.number(), week.deload(), week.focus(), sessions);
        });

        Finding finding = only(CHECKER.check(withEmptyDay, healthy), "session.empty");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("Session 4 (Long walk, Sunday) has no exercises");
        assertThat(finding.session()).isEqualTo(4);
    }

    @Test
    void refusesAProgramWithNoWeeks() {
        Finding finding = only(CHECKER.check(program(Specialisation.GENERAL_FITNESS), healthy), "program.empty");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("no weeks");
    }

    @Test
    void warnsOncePerSessionWithoutAWarmUp() {
        Program program = without(without(sound(1), "A0"), "A00");

        Finding finding = only(CHECKER.check(program, client().minutes(55).athlete()), "warmup.missing");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("Session 1 (Full body A, Monday) has no warm-up (weeks 1-4).");
    }

    // ------------------------------------------------------------------ each week as a whole

    @Test
    void refusesMoreWeeklyHardSetsThanTheSpecialisationAllows() {
        Program program = everyWeek(sound(1), "A1", item -> item.withDose(10, item.dose(), item.load(),
                item.restSeconds(), null, null));

        CheckReport report = CHECKER.check(program, healthy);

        assertThat(report.findings()).filteredOn(finding -> finding.rule().equals("volume.above")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.message()).isEqualTo("Quads: 13 hard sets a week, more than the 12 at "
                            + "the top of the 4-12 range for general fitness (weeks 1-3).");
                });
    }

    @Test
    void warnsWhenAMuscleGroupGetsTooFewHardSetsForTheSpecialisation() {
        Program muscleGain = new Program("Hypertrophy", Specialisation.MUSCLE_GAIN, ProgressionModel.DOUBLE, 3, 60,
                IntensityCeiling.VIGOROUS, List.of(), sound(1).phases(), 1L);

        Finding finding = only(CHECKER.check(muscleGain, healthy), "volume.below", "Chest");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("Chest: 6 hard sets a week, under the 10-20 range for muscle "
                + "gain / bodybuilding; more days or minutes would let the program reach it (weeks 1-3).");
    }

    @Test
    void refusesAGeneralFitnessWeekThatLeavesOutAMajorMovement() {
        Finding finding = only(CHECKER.check(without(sound(1), "C1"), healthy), "patterns.coverage");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("No single-leg exercise is trained").endsWith("(weeks 1-3).");
    }

    @Test
    void onlyWarnsAboutAMissingMovementForOtherSpecialisations() {
        Program strength = new Program("Strength", Specialisation.STRENGTH, ProgressionModel.LINEAR, 3, 60,
                IntensityCeiling.VIGOROUS, List.of(), without(sound(1), "C1").phases(), 1L);

        Finding finding = only(CHECKER.check(strength, healthy), "patterns.coverage");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).startsWith("No single-leg exercise is trained");
    }

    @Test
    void onlyWarnsAboutAMissingMovementWhenNothingInTheLibraryIsSafeForIt() {
        Athlete soreSingleLeg = client().hurtsWhen(Pattern.LUNGE).athlete();

        Finding finding = only(CHECKER.check(without(sound(1), "C1"), soreSingleLeg), "patterns.coverage");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("no exercise in the library is safe for this client");
    }

    @Test
    void aSafeJumpDoesNotMakeAMissingStrengthSquatAnError() {
        // Squat jumps are safe for this client but are not strength work; no strength squat is safe for them.
        Athlete noSafeSquat = client().equipment(Equipment.NONE).avoids(SafetyTag.LOADED_DEEP_KNEE_FLEXION)
                .athlete();

        Finding finding = only(CHECKER.check(without(sound(1), "A1"), noSafeSquat), "patterns.coverage");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).startsWith("No squat exercise is trained");
    }

    @Test
    void aDeloadAfterWeeksWithoutStrengthWorkIsNotAnError() {
        Program cardioOnly = everyWeek(sound(1), week -> new Week(week.number(), week.deload(), week.focus(),
                week.sessions().stream().map(session -> new Session(session.day(), session.name(), session.focus(),
                        session.blocks().stream().filter(block -> !block.kind().countsAsHardSets()).toList()))
                        .toList()));

        assertThat(CHECKER.check(cardioOnly, healthy).findings()).extracting(Finding::rule)
                .doesNotContain("deload.not-lighter");
    }

    @Test
    void refusesASeniorWeekWithBalanceOnFewerThanTwoDays() {
        Athlete senior = client().age(70).athlete();

        Finding finding = only(CHECKER.check(sound(1), senior), "senior.balance");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("Balance exercises appear in 0 sessions a week")
                .contains("at least 2 days").endsWith("(weeks 1-4).");

        Program withBalance = everyWeek(sound(1), week -> {
            List<Session> sessions = new ArrayList<>();
            for (Session session : week.sessions()) {
                List<Block> blocks = new ArrayList<>(session.blocks());
                blocks.add(block(BlockKind.BALANCE, timed("BAL", "single-leg-stance-chair-supported", 2, 30,
                        LoadRule.hold())));
                sessions.add(new Session(session.day(), session.name(), session.focus(), blocks));
            }
            return new Week(week.number(), week.deload(), week.focus(), sessions);
        });
        assertThat(rules(CHECKER.check(withBalance, senior))).doesNotContain("senior.balance");
    }

    @Test
    void warnsWhenFewerThanTwoSessionsAWeekTrainStrength() {
        Program program = everyWeek(sound(1), week -> {
            List<Session> sessions = new ArrayList<>(week.sessions());
            for (int i = 1; i < sessions.size(); i++) {
                Session session = sessions.get(i);
                sessions.set(i, new Session(session.day(), session.name(), session.focus(), session.blocks().stream()
                        .map(block -> block.kind() == BlockKind.STRENGTH
                                ? new Block(BlockKind.ACCESSORY, block.items()) : block).toList()));
            }
            return new Week(week.number(), week.deload(), week.focus(), sessions);
        });

        Finding finding = only(CHECKER.check(program, healthy), "strength.days");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).startsWith("Main strength work appears in 1 session a week");
        Program mobility = new Program("Mobility", Specialisation.MOBILITY, ProgressionModel.LINEAR, 3, 60,
                IntensityCeiling.VIGOROUS, List.of(), program.phases(), 1L);
        assertThat(rules(CHECKER.check(mobility, healthy))).doesNotContain("strength.days");
    }

    @Test
    void warnsOnceWhenWeeksFallShortOfTheAerobicGuideline() {
        Program easyRides = sound(1);
        for (String slot : List.of("A6", "B5", "C5")) {
            easyRides = everyWeek(easyRides, slot, ride -> ride.withDose(ride.sets(), ride.dose(),
                    LoadRule.heartRateReserve(40, 55), ride.restSeconds(), null, null));
        }

        Finding finding = only(CHECKER.check(easyRides, healthy), "cardio.minutes");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).startsWith("The week has about 90-96 minutes of aerobic exercise")
                .contains("at least 150").endsWith("(weeks 1-3).");
        assertThat(finding.week()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ over the weeks

    @Test
    void refusesAPhaseWhereNothingGetsHarderFromWeekToWeek() {
        Program flat = everyWeek(sound(1), week -> soundWeek(week.number(), 1, week.deload()));

        Finding finding = only(CHECKER.check(flat, healthy), "progression.missing");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("In phase Phase 1").contains("from week 1 to week 2, or from week 2 "
                + "to week 3");
        assertThat(finding.week()).isEqualTo(1);
    }

    @Test
    void countsFewerRepsInReserveAsProgression() {
        Program flat = everyWeek(sound(1), week -> soundWeek(week.number(), 1, week.deload()));
        Program harder = everyWeek(flat, week -> week.deload() ? week : inSlot(week, "A1",
                item -> item.withDose(item.sets(), item.dose(), LoadRule.rir(4 - week.number(), 5 - week.number()),
                        item.restSeconds(), null, null)));

        assertThat(rules(CHECKER.check(harder, healthy))).doesNotContain("progression.missing");
    }

    @Test
    void countsMovingToTheExercisesNextProgressionAsProgressionButNotMovingBack() {
        Program flat = everyWeek(sound(1), week -> soundWeek(week.number(), 1, week.deload()));
        List<String> ladder = List.of("incline-push-up", "knee-push-up", "push-up");
        Program climbing = everyWeek(flat, week -> week.deload() ? week
                : inSlot(week, "A2", item -> swap(item, ladder.get(week.number() - 1))));
        Program descending = everyWeek(flat, week -> week.deload() ? week
                : inSlot(week, "A2", item -> swap(item, ladder.get(3 - week.number()))));

        assertThat(rules(CHECKER.check(climbing, healthy))).doesNotContain("progression.missing");
        assertThat(rules(CHECKER.check(descending, healthy))).contains("progression.missing");
    }

    @Test
    void warnsThatAProgramTooShortCannotShowProgression() {
        Program oneWeek = program(Specialisation.GENERAL_FITNESS, phase("Taster", soundWeek(1, 1, false)));

        Finding finding = only(CHECKER.check(oneWeek, healthy), "progression.too-short");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("too short");
    }

    @Test
    void refusesALongProgramWithNoDeload() {
        List<Week> weeks = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            weeks.add(soundWeek(n, n, false));
        }
        Program program = program(Specialisation.GENERAL_FITNESS, phase("Build", weeks.toArray(Week[]::new)));

        Finding finding = only(CHECKER.check(program, healthy), "deload.missing");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("6 weeks with no deload");
        assertThat(rules(CHECKER.check(program, healthy))).doesNotContain("deload.late");
    }

    @Test
    void refusesMoreThanFiveHardWeeksInARow() {
        List<Week> weeks = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            weeks.add(soundWeek(n, n, false));
        }
        weeks.add(soundWeek(8, 0, true));
        Program program = program(Specialisation.GENERAL_FITNESS, phase("Build", weeks.toArray(Week[]::new)));

        Finding finding = only(CHECKER.check(program, healthy), "deload.late");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("Weeks 1-7 go 7 weeks without a deload; week 6 should be");
        assertThat(finding.week()).isEqualTo(6);
    }

    @Test
    void refusesADeloadWeekThatIsNoLighter() {
        Program heavyDeload = everyWeek(sound(1), week -> week.deload() ? deload(week.number(),
                soundWeek(week.number(), 3, false).sessions().toArray(Session[]::new)) : week);

        Finding finding = only(CHECKER.check(heavyDeload, healthy), "deload.not-lighter");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("Deload week 4 has 35 hard sets, no fewer than the 35 in week 3; a "
                + "deload should be clearly lighter.");
    }

    // ------------------------------------------------------------------ youth

    @Test
    void refusesMaximalLoadsForAYoungAthlete() {
        Program heavy = everyWeek(sound(1), "A1", item -> item.withDose(item.sets(), Dose.reps(3, 5),
                LoadRule.percent1Rm(85, 90), item.restSeconds(), null, null));

        Finding finding = only(CHECKER.check(heavy, client().age(15).athlete()), "youth.maximal");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("Goblet squat asks a young athlete for more than 85 % 1RM and sets of "
                + "fewer than 6 reps under an external load");
        assertThat(rules(CHECKER.check(heavy, healthy))).doesNotContain("youth.maximal");
    }

    @Test
    void refusesTrainingCloseToFailureInAYouthProgram() {
        Program youth = new Program("Youth", Specialisation.YOUTH, ProgressionModel.LINEAR, 3, 60,
                IntensityCeiling.VIGOROUS, List.of(), everyWeek(sound(1), "A2", item -> item.withDose(item.sets(),
                item.dose(), LoadRule.bodyweight(1, 2), item.restSeconds(), null, null)).phases(), 1L);

        Finding finding = only(CHECKER.check(youth, healthy), "youth.maximal");

        assertThat(finding.message()).contains("Push-up asks a young athlete for fewer than 2 reps in reserve");
    }

    // ------------------------------------------------------------------ speed

    @Test
    void checksATwelveWeekFourDayProgramAThousandTimes() {
        Program program = everyWeek(sound(3), week -> {
            List<Session> sessions = new ArrayList<>(week.sessions());
            Session first = sessions.get(0);
            List<Block> blocks = new ArrayList<>(first.blocks());
            blocks.add(block(BlockKind.COOL_DOWN, timed("A7", "standing-hip-flexor-stretch", 2, 30,
                    LoadRule.hold())));
            sessions.add(new Session(6, "Full body D", first.focus(), blocks));
            return new Week(week.number(), week.deload(), week.focus(), sessions);
        });
        assertThat(program.weeks()).hasSize(12).allSatisfy(week -> assertThat(week.sessions()).hasSize(4));

        CheckReport report = null;
        for (int i = 0; i < 1_000; i++) {
            report = CHECKER.check(program, healthy);
        }

        assertThat(report).isNotNull();
    }

    // ------------------------------------------------------------------ the sound program

    /**
     * Three full-body sessions a week (Monday, Wednesday, Friday) in phases of four weeks, the fourth a deload;
     * the conditioning ride grows by a minute a week.
     */
    private static Program sound(int phases) {
        List<Phase> list = new ArrayList<>();
        for (int p = 0; p < phases; p++) {
            int first = 4 * p + 1;
            list.add(phase("Phase " + (p + 1), soundWeek(first, 1, false), soundWeek(first + 1, 2, false),
                    soundWeek(first + 2, 3, false), soundWeek(first + 3, 0, true)));
        }
        return program(Specialisation.GENERAL_FITNESS, list.toArray(Phase[]::new));
    }

    private static Week soundWeek(int number, int weekOfPhase, boolean deload) {
        int sets = deload ? 2 : 3;
        int accessory = deload ? 1 : 2;
        LoadRule effort = LoadRule.rir(2, 3);
        Prescription ride = deload ? timed("ride", "stationary-bike", 1, 20 * 60, LoadRule.heartRateReserve(40, 50))
                : timed("ride", "stationary-bike", 1, (24 + weekOfPhase) * 60, LoadRule.heartRateReserve(60, 70));
        Prescription warmRide = timed("ride", "stationary-bike", 1, 5 * 60, LoadRule.heartRateReserve(30, 40));
        Session a = session(1, "Full body A",
                block(BlockKind.WARM_UP, slot(warmRide, "A00"), timed("A0", "arm-circles", 1, 60, LoadRule.hold())),
                block(BlockKind.STRENGTH, reps("A1", "goblet-squat", sets, 8, 10, effort),
                        reps("A2", "push-up", sets, 8, 12, LoadRule.bodyweight(2, 3)),
                        reps("A3", "one-arm-dumbbell-row", sets, 10, 12, effort)),
                block(BlockKind.ACCESSORY, rest(reps("A4", "seated-leg-curl", accessory, 10, 12, effort)),
                        rest(reps("A5", "dead-bug", accessory, 8, 10, LoadRule.bodyweight(2, 3)))),
                block(BlockKind.CONDITIONING, slot(ride, "A6")));
        Session b = session(3, "Full body B",
                block(BlockKind.WARM_UP, slot(warmRide, "B00"),
                        timed("B0", "leg-swing-front-to-back", 1, 60, LoadRule.hold())),
                block(BlockKind.STRENGTH, reps("B1", "dumbbell-romanian-deadlift", sets, 8, 10, effort),
                        reps("B2", "seated-dumbbell-shoulder-press", sets, 8, 10, effort),
                        reps("B3", "lat-pulldown", sets, 10, 12, effort)),
                block(BlockKind.ACCESSORY, rest(reps("B4", "pallof-press-standing", accessory, 10, 12,
                        LoadRule.band(2, 3)))),
                block(BlockKind.CONDITIONING, slot(ride, "B5")));
        Session c = session(5, "Full body C",
                block(BlockKind.WARM_UP, slot(warmRide, "C00"), timed("C0", "high-knee-march", 1, 60,
                        LoadRule.hold())),
                block(BlockKind.STRENGTH, reps("C1", "dumbbell-split-squat", sets, 8, 10, effort),
                        reps("C2", "dumbbell-bench-press", sets, 8, 10, effort),
                        reps("C3", "seated-cable-row", sets, 10, 12, effort)),
                block(BlockKind.ACCESSORY, rest(timed("C4", "farmer-carry-dumbbell", accessory, 30, effort))),
                block(BlockKind.CONDITIONING, slot(ride, "C5")));
        return deload ? deload(number, a, b, c) : week(number, a, b, c);
    }

    private static Prescription slot(Prescription item, String slot) {
        return new Prescription(slot, item.exerciseId(), item.exerciseName(), item.sets(), item.dose(),
                item.perSide(), item.load(), item.restSeconds(), item.tempo(), item.notes(), item.why());
    }

    /** Accessories rest a minute between sets. */
    private static Prescription rest(Prescription item) {
        return item.withDose(item.sets(), item.dose(), item.load(), 60, null, null);
    }

    // ------------------------------------------------------------------ reading a report

    private static List<String> rules(CheckReport report) {
        return report.findings().stream().map(Finding::rule).toList();
    }

    /** The one finding a rule made, failing if it made none or several. */
    private static Finding only(CheckReport report, String rule) {
        return only(report, rule, "");
    }

    private static Finding only(CheckReport report, String rule, String mentioning) {
        List<Finding> found = report.findings().stream()
                .filter(finding -> finding.rule().equals(rule) && finding.message().contains(mentioning))
                .toList();
        assertThat(found).as("findings of %s in %s", rule, report.findings()).hasSize(1);
        return found.get(0);
    }
}
