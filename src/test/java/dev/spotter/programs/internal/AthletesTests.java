package dev.spotter.programs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.Client;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.clients.SafetyProfile;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.programs.engine.Athlete;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A client and their safety profile, as the program engine sees them. */
class AthletesTests {

    private static Exercise exercise(String id, String name, List<String> aliases) {
        return new Exercise(id, name, aliases, "", Modality.STRENGTH, Pattern.SQUAT, Set.of(Muscle.QUADS), Set.of(),
                Set.of(Equipment.DUMBBELL), Level.BEGINNER, false, LoadType.EXTERNAL, Set.of(), true, Set.of(), "",
                List.of(), List.of(), "", "", List.of(), List.of(), null, Exercise.Origin.BUILT_IN, null, null);
    }

    private static final List<Exercise> LIBRARY = List.of(exercise("goblet-squat", "Goblet squat", List.of()),
            exercise("burpee", "Burpee", List.of("Squat thrust")), exercise("lunge", "Lunge", List.of()));

    @Test
    void mapsProfileSafetyAndTheExercisesTheClientNamed() {
        Client client = new Client(null, null, null, "Priya Shah", null, null, LocalDate.parse("1968-02-03"),
                "FEMALE", null, null, 72, Goal.GENERAL_HEALTH, null, null, Set.of(Goal.MOBILITY), Experience.NONE, 60,
                2, 2, 3, 45, Set.of(), List.of("goblet squats", "Lunge", "skipping"),
                List.of("squat thrust"), null, null, ClientStatus.ACTIVE, ClearanceStatus.NOT_REQUIRED,
                IntensityCeiling.MODERATE, Instant.now(), null, null, Instant.now(), Instant.now());
        SafetyProfile safety = new SafetyProfile(ClearanceStatus.NOT_REQUIRED, IntensityCeiling.LIGHT_TO_MODERATE,
                Set.of(SafetyTag.IMPACT), Set.of(Equipment.DUMBBELL, Equipment.CHAIR));

        Athlete athlete = Athletes.of(client, safety, LocalDate.parse("2026-11-25"), LIBRARY);

        assertThat(athlete.age()).isEqualTo(58);
        assertThat(athlete.goal()).isEqualTo(Goal.GENERAL_HEALTH);
        assertThat(athlete.otherGoals()).containsExactly(Goal.MOBILITY);
        assertThat(athlete.daysAvailable()).isEqualTo(3);
        assertThat(athlete.minutesPerSession()).isEqualTo(45);
        assertThat(athlete.restingHeartRate()).as("for beats-a-minute targets").isEqualTo(72);
        assertThat(athlete.equipment()).containsExactlyInAnyOrder(Equipment.DUMBBELL, Equipment.CHAIR);
        assertThat(athlete.avoid()).containsExactly(SafetyTag.IMPACT);
        assertThat(athlete.ceiling()).as("the safety profile's ceiling, lowered by conditions")
                .isEqualTo(IntensityCeiling.LIGHT_TO_MODERATE);
        assertThat(athlete.preferred()).containsExactlyInAnyOrder("goblet-squat", "lunge");
        assertThat(athlete.disliked()).containsExactly("burpee");
        assertThat(athlete.novice()).isTrue();
        assertThat(Athletes.context(athlete).maxLevel()).isEqualTo(Level.BEGINNER);
    }
}
