package dev.spotter.programs.engine;

import java.util.Set;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.SafetyTag;

/**
 * Everything the generator and checker know about the person a program is for: age, experience, goals, time,
 * equipment ({@code null} when unknown), likes and dislikes (exercise ids), the safety tags to avoid, movements
 * that hurt, clearance and intensity ceiling, and resting heart rate when measured (for heart-rate targets).
 */
public record Athlete(Integer age, Experience experience, Goal goal, Set<Goal> otherGoals, Integer daysAvailable,
                      Integer minutesPerSession, Set<Equipment> equipment, Set<String> preferred,
                      Set<String> disliked, Set<SafetyTag> avoid, Set<Pattern> painful, ClearanceStatus clearance,
                      IntensityCeiling ceiling, Integer restingHeartRate) {

    public Athlete {
        otherGoals = otherGoals == null ? Set.of() : Set.copyOf(otherGoals);
        equipment = equipment == null ? null : Set.copyOf(equipment);
        preferred = preferred == null ? Set.of() : Set.copyOf(preferred);
        disliked = disliked == null ? Set.of() : Set.copyOf(disliked);
        avoid = avoid == null ? Set.of() : Set.copyOf(avoid);
        painful = painful == null ? Set.of() : Set.copyOf(painful);
    }

    /** A trainee who should progress load by the session: new to training or in their first year. */
    public boolean novice() {
        return experience == Experience.NONE || experience == Experience.BEGINNER;
    }

    public boolean youth() {
        return age != null && age < 18;
    }

    public boolean senior() {
        return age != null && age >= 65;
    }
}
