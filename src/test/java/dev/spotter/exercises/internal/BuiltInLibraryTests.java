package dev.spotter.exercises.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Library;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.Population;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The built-in library is large, complete and covers what a trainer's work needs. */
class BuiltInLibraryTests {

    private final List<Exercise> library = Library.builtIn();

    @Test
    void holdsAtLeast250Exercises() {
        assertThat(library).hasSizeGreaterThanOrEqualTo(250);
    }

    @Test
    void everyExerciseIsComplete() {
        assertThat(library).allSatisfy(exercise -> {
            assertThat(exercise.name()).as(exercise.id()).isNotBlank();
            assertThat(exercise.summary()).as(exercise.id() + " summary").isNotBlank();
            assertThat(exercise.setup()).as(exercise.id() + " setup").isNotBlank();
            assertThat(exercise.cues()).as(exercise.id() + " cues").hasSizeBetween(3, 5);
            assertThat(exercise.mistakes()).as(exercise.id() + " mistakes").hasSizeBetween(2, 4);
            assertThat(exercise.breathing()).as(exercise.id() + " breathing").isNotBlank();
            assertThat(exercise.safety()).as(exercise.id() + " safety").isNotBlank();
            assertThat(exercise.primary()).as(exercise.id() + " primary").hasSizeBetween(1, 3);
            assertThat(exercise.secondary()).as(exercise.id() + " secondary").doesNotContainAnyElementsOf(
                    exercise.primary());
            assertThat(exercise.equipment()).as(exercise.id() + " equipment").isNotEmpty();
            assertThat(exercise.tagsReviewed()).isTrue();
            if (exercise.modality() == Modality.CARDIO) {
                assertThat(exercise.met()).as(exercise.id() + " MET").isNotNull();
            }
        });
    }

    @Test
    void almostEveryExerciseSitsOnALadder() {
        long linked = library.stream()
                .filter(exercise -> !exercise.regressions().isEmpty() || !exercise.progressions().isEmpty())
                .count();
        assertThat((double) linked / library.size()).isGreaterThan(0.9);
    }

    @Test
    void laddersAgreeInBothDirections() {
        Map<String, Exercise> byId = library.stream().collect(Collectors.toMap(Exercise::id, e -> e));
        assertThat(library).allSatisfy(exercise -> {
            for (String harder : exercise.progressions()) {
                assertThat(byId.get(harder).regressions()).as(harder + " should list " + exercise.id())
                        .contains(exercise.id());
            }
        });
    }

    @Test
    void coversEveryPatternAndModality() {
        assertThat(library.stream().map(Exercise::pattern).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Pattern.values());
        assertThat(library.stream().map(Exercise::modality).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Modality.values());
    }

    @Test
    void coversEveryEquipmentContext() {
        Map<String, Set<Equipment>> contexts = new HashMap<>();
        contexts.put("bodyweight at home", EnumSet.of(Equipment.NONE, Equipment.MAT, Equipment.CHAIR,
                Equipment.WALL, Equipment.STEP));
        contexts.put("bands", EnumSet.of(Equipment.BANDS, Equipment.MINI_BAND));
        contexts.put("dumbbells", EnumSet.of(Equipment.DUMBBELL));
        contexts.put("full gym", EnumSet.of(Equipment.BARBELL, Equipment.RACK, Equipment.MACHINE, Equipment.CABLE,
                Equipment.BENCH));
        contexts.put("pool", EnumSet.of(Equipment.POOL));
        contexts.forEach((context, allowed) -> {
            Set<Pattern> patterns = library.stream()
                    .filter(exercise -> allowed.containsAll(exercise.equipment().stream()
                            .filter(item -> item != Equipment.NONE).toList()))
                    .filter(exercise -> exercise.equipment().stream().anyMatch(allowed::contains)
                            || allowed.contains(Equipment.NONE))
                    .map(Exercise::pattern)
                    .collect(Collectors.toSet());
            assertThat(patterns).as(context).isNotEmpty();
            if (!context.equals("pool")) {
                assertThat(patterns).as(context + " trains the main patterns")
                        .containsAnyOf(Pattern.SQUAT, Pattern.HINGE, Pattern.LUNGE);
            }
        });
    }

    @Test
    void hasOptionsForYouthAndSeniorsIncludingFallPrevention() {
        assertThat(library).filteredOn(exercise -> exercise.populations().contains(Population.YOUTH))
                .hasSizeGreaterThanOrEqualTo(15);
        List<Exercise> seniors = library.stream()
                .filter(exercise -> exercise.populations().contains(Population.SENIOR)).toList();
        assertThat(seniors).hasSizeGreaterThanOrEqualTo(20);
        assertThat(seniors).anyMatch(exercise -> exercise.equipment().contains(Equipment.CHAIR));
        assertThat(seniors).anyMatch(exercise -> exercise.modality() == Modality.BALANCE);
    }

    @Test
    void stretchesAndMobilisesEveryMajorJoint() {
        Set<Muscle> reached = library.stream().filter(exercise -> exercise.modality() == Modality.MOBILITY)
                .flatMap(exercise -> java.util.stream.Stream.concat(exercise.primary().stream(),
                        exercise.secondary().stream()))
                .collect(Collectors.toSet());
        assertThat(reached).contains(Muscle.NECK, Muscle.CHEST, Muscle.UPPER_BACK, Muscle.FOREARMS,
                Muscle.LOWER_BACK, Muscle.HIP_FLEXORS, Muscle.GLUTES, Muscle.ADDUCTORS, Muscle.HAMSTRINGS,
                Muscle.QUADS, Muscle.CALVES);
    }

    @Test
    void includesWarmUpsAndTheCommonCardioModes() {
        assertThat(library).filteredOn(exercise -> exercise.summary().toLowerCase().contains("warm-up"))
                .hasSizeGreaterThanOrEqualTo(8);
        Set<Equipment> cardioKit = library.stream().filter(exercise -> exercise.modality() == Modality.CARDIO)
                .flatMap(exercise -> exercise.equipment().stream()).collect(Collectors.toSet());
        assertThat(cardioKit).contains(Equipment.NONE, Equipment.TREADMILL, Equipment.STATIONARY_BIKE,
                Equipment.ROWER, Equipment.ELLIPTICAL, Equipment.POOL);
    }

    /** Ainsworth BE et al., 2011 Compendium of Physical Activities, Med Sci Sports Exerc 43(8):1575-81. */
    @Test
    void metValuesMatchThe2011Compendium() throws IOException {
        Path compendium = Path.of("../shared/data/compendium-2011/compendium.csv");
        assumeTrue(Files.exists(compendium), "Skipping: ../shared/data/compendium-2011 is not present in this "
                + "checkout");
        Map<String, Double> published = new HashMap<>();
        for (String line : Files.readAllLines(compendium).subList(2, Files.readAllLines(compendium).size())) {
            String[] cells = line.split("\\|", -1);
            if (cells.length > 5 && !cells[4].isBlank() && !cells[5].isBlank() && !cells[4].equals(".")) {
                published.put(cells[4].strip(), Double.parseDouble(cells[5].strip()));
            }
        }
        assertThat(library).filteredOn(exercise -> exercise.met() != null).allSatisfy(exercise ->
                assertThat(published.get(exercise.met().code())).as(exercise.id() + " " + exercise.met().code())
                        .isEqualTo(exercise.met().value()));
    }
}
