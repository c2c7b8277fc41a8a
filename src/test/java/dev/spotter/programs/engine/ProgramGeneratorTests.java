package dev.spotter.programs.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Library;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.SafetyTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramGeneratorTests {

    private static final ProgramGenerator GENERATOR = new ProgramGenerator(Library.builtIn());
    private static final ProgramChecker CHECKER = new ProgramChecker(Library.builtIn());
    private static final Set<Equipment> GYM = EquipmentAccess.FULL_GYM.equipment();

    private static Athlete athlete(int age, Experience experience, Set<SafetyTag> avoid, ClearanceStatus clearance,
                                   IntensityCeiling ceiling) {
        return new Athlete(age, experience, Goal.GENERAL_HEALTH, Set.of(), 3, 60, GYM, Set.of(), Set.of(), avoid,
                Set.of(), clearance, ceiling, null);
    }

    private static Program draft(Athlete athlete, Specialisation specialisation) {
        Generation generation = GENERATOR.generate(athlete, specialisation, 12, 7);
        assertThat(generation).isInstanceOf(Generation.Drafted.class);
        return ((Generation.Drafted) generation).program();
    }

    @Test
    void listsEverythingMissingInsteadOfWritingHalfAProgram() {
        Athlete incomplete = new Athlete(null, null, null, Set.of(), null, null, null, Set.of(), Set.of(), Set.of(),
                Set.of(), ClearanceStatus.NOT_SCREENED, null, null);

        Generation generation = GENERATOR.generate(incomplete, Specialisation.GENERAL_FITNESS, 12, 1);

        assertThat(generation).isInstanceOf(Generation.Refused.class);
        assertThat(((Generation.Refused) generation).missing()).extracting(Generation.Missing::field)
                .containsExactly("screening", "dateOfBirth", "experience", "daysAvailable", "minutesPerSession",
                        "equipmentAccess");
    }

    @Test
    void refusesWhileScreeningRecommendsMedicalClearance() {
        Generation generation = GENERATOR.generate(athlete(50, Experience.BEGINNER, Set.of(),
                ClearanceStatus.RECOMMENDED, IntensityCeiling.NONE), Specialisation.GENERAL_FITNESS, 12, 1);

        assertThat(((Generation.Refused) generation).missing()).singleElement().satisfies(missing -> {
            assertThat(missing.field()).isEqualTo("clearance");
            assertThat(missing.message()).contains("medical clearance");
        });
    }

    @Test
    void keepsEverythingModerateWhenClearanceIsRecommendedForVigorousWork() {
        Athlete athlete = athlete(45, Experience.ADVANCED, Set.of(), ClearanceStatus.RECOMMENDED_FOR_VIGOROUS,
                IntensityCeiling.VIGOROUS);

        Program program = draft(athlete, Specialisation.STRENGTH);

        assertThat(program.ceiling()).isEqualTo(IntensityCeiling.MODERATE);
        IntensityLimits moderate = IntensityLimits.of(IntensityCeiling.MODERATE);
        assertThat(program.prescriptions()).allMatch(item -> moderate.allows(item.load()));
        assertThat(program.rationale()).anyMatch(reason -> reason.text().contains("clearance before vigorous"));
    }

    @Test
    void neverPrescribesWhatTheClientMustAvoidAndSaysWhatItChoseInstead() {
        Set<SafetyTag> knee = EnumSet.of(SafetyTag.LOADED_DEEP_KNEE_FLEXION, SafetyTag.IMPACT);
        Athlete athlete = athlete(40, Experience.INTERMEDIATE, knee, ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS);

        Program program = draft(athlete, Specialisation.STRENGTH);

        assertThat(program.prescriptions().map(item -> Library.byId(item.exerciseId())))
                .allMatch(exercise -> exercise.tags().stream().noneMatch(knee::contains));
        assertThat(program.prescriptions().flatMap(item -> item.why().stream()))
                .anyMatch(reason -> reason.rule().equals("selection.substituted")
                        && reason.text().contains("loaded deep knee bend"));
    }

    @Test
    void everyPrescriptionSaysWhyWithASource() {
        Program program = draft(athlete(30, Experience.INTERMEDIATE, Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS), Specialisation.MUSCLE_GAIN);

        assertThat(program.prescriptions()).allSatisfy(item -> {
            assertThat(item.why()).isNotEmpty();
            assertThat(item.why()).anyMatch(reason -> reason.source() != null);
        });
    }

    @Test
    void deloadsCloseEveryPhaseOfAboutFourWeeks() {
        Program program = draft(athlete(30, Experience.BEGINNER, Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS), Specialisation.GENERAL_FITNESS);

        assertThat(program.weeks()).filteredOn(Week::deload).extracting(Week::number).containsExactly(4, 8, 12);
        assertThat(ProgramGenerator.phaseLengths(10)).containsExactly(4, 3, 3);
        assertThat(ProgramGenerator.phaseLengths(16)).containsExactly(4, 4, 4, 4);
    }

    @Test
    void choosesTheProgressionModelByExperience() {
        assertThat(draft(athlete(30, Experience.NONE, Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS), Specialisation.STRENGTH).progression()).isEqualTo(ProgressionModel.LINEAR);
        assertThat(draft(athlete(30, Experience.INTERMEDIATE, Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS), Specialisation.STRENGTH).progression())
                .isEqualTo(ProgressionModel.DAILY_UNDULATING);
        assertThat(draft(athlete(30, Experience.ADVANCED, Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS), Specialisation.STRENGTH).progression()).isEqualTo(ProgressionModel.BLOCK);
        assertThat(draft(athlete(30, Experience.INTERMEDIATE, Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS), Specialisation.MUSCLE_GAIN).progression())
                .isEqualTo(ProgressionModel.DOUBLE);
    }

    @Test
    void youngAthletesNeverLiftMaximally() {
        Program program = draft(athlete(15, Experience.ADVANCED, Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS), Specialisation.STRENGTH);

        assertThat(program.prescriptions()).allSatisfy(item -> {
            if (item.load().kind() == LoadRule.Kind.PERCENT_1RM) {
                assertThat(item.load().high()).isLessThanOrEqualTo(IntensityLimits.YOUTH_MAX_PERCENT_1RM);
            }
            if (item.load().kind().repsInReserve() && item.load().low() != null) {
                assertThat(item.load().low()).isGreaterThanOrEqualTo(IntensityLimits.YOUTH_MIN_RIR);
            }
        });
        assertThat(CHECKER.check(program, athlete(15, Experience.ADVANCED, Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.VIGOROUS)).errors()).isEmpty();
    }

    @Test
    void olderAdultsTrainBalanceAtLeastTwiceAWeekWhateverTheProgram() {
        Program program = draft(athlete(70, Experience.BEGINNER, Set.of(), ClearanceStatus.CLEARED,
                IntensityCeiling.MODERATE), Specialisation.STRENGTH);

        List<Exercise> library = Library.builtIn();
        for (Week week : program.weeks()) {
            long balanceDays = week.sessions().stream().filter(session -> session.prescriptions()
                    .anyMatch(item -> library.stream().anyMatch(exercise -> exercise.id().equals(item.exerciseId())
                            && exercise.modality() == Modality.BALANCE))).count();
            assertThat(balanceDays).as("week %d", week.number()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aDeloadIsLighterEvenWhenEverySessionHoldsOnlySingleSets() {
        // Found by the property test: two 20-minute sessions leave single sets that halving cannot reduce.
        Athlete athlete = new Athlete(65, Experience.NONE, Goal.WEIGHT_LOSS, Set.of(), 2, 20,
                EquipmentAccess.HOME.equipment(), Set.of(), Set.of(), Set.of(), Set.of(), ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.MODERATE, null);
        Generation generation = GENERATOR.generate(athlete, Specialisation.STRENGTH_CONDITIONING, 4, 0);

        assertThat(CHECKER.check(((Generation.Drafted) generation).program(), athlete).findings())
                .extracting(Finding::rule).doesNotContain("deload.not-lighter");
    }

    @Test
    void sizesEverySessionToTheMinutesAvailable() {
        for (int minutes : new int[] {20, 45, 90}) {
            Athlete athlete = new Athlete(35, Experience.INTERMEDIATE, Goal.WEIGHT_LOSS, Set.of(), 4, minutes, GYM,
                    Set.of(), Set.of(), Set.of(), Set.of(), ClearanceStatus.NOT_REQUIRED, IntensityCeiling.VIGOROUS,
                    null);
            Program program = draft(athlete, Specialisation.WEIGHT_LOSS);
            assertThat(program.weeks().stream().flatMap(week -> week.sessions().stream()))
                    .allSatisfy(session -> assertThat(SessionClock.seconds(session))
                            .isBetween((int) (minutes * 60 * 0.9), (int) (minutes * 60 * 1.1)));
        }
    }

    @Test
    void showsHeartRateTargetsInBeatsWhenRestingHeartRateIsKnown() {
        Athlete athlete = new Athlete(40, Experience.BEGINNER, Goal.CARDIOVASCULAR_HEALTH, Set.of(), 3, 45, GYM,
                Set.of(), Set.of(), Set.of(), Set.of(), ClearanceStatus.NOT_REQUIRED, IntensityCeiling.MODERATE, 70);

        Program program = draft(athlete, Specialisation.ENDURANCE);

        // Tanaka: 208 - 0.7 x 40 = 180; Karvonen at 40 % of reserve: 70 + 0.4 x 110 = 114.
        assertThat(program.prescriptions().filter(item -> item.load().kind() == LoadRule.Kind.HEART_RATE_RESERVE
                && item.load().low() == 40.0)).anyMatch(item -> item.notes().contains("About 114-"));
    }
}
