package dev.spotter.training;

import java.util.ArrayList;
import java.util.List;

import dev.spotter.platform.api.InvalidFieldsException;

/**
 * How the client closes a workout: how hard the whole session was on the CR-10 scale (0 rest to 10 maximal),
 * how many minutes it took (counted from the start when not given), and notes for their coach.
 */
public record FinishWorkout(Integer sessionRpe, Integer minutes, String notes) {

    public static final int MAX_MINUTES = 600;
    public static final int MAX_NOTES = 1000;

    public FinishWorkout {
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        if (sessionRpe == null) {
            problems.add(new InvalidFieldsException.Problem("sessionRpe", "is required: how hard was the session, "
                    + "0 to 10"));
        } else if (sessionRpe < 0 || sessionRpe > 10) {
            problems.add(new InvalidFieldsException.Problem("sessionRpe", "must be between 0 and 10"));
        }
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            problems.add(new InvalidFieldsException.Problem("minutes", "must be between 1 and " + MAX_MINUTES));
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(new InvalidFieldsException.Problem("notes", "must be at most " + MAX_NOTES
                    + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** The words for each point of the CR-10 scale (Foster et al., 2001, after Borg). */
    public static String words(int rpe) {
        return switch (rpe) {
            case 0 -> "Rest";
            case 1 -> "Very, very easy";
            case 2 -> "Easy";
            case 3 -> "Moderate";
            case 4 -> "Somewhat hard";
            case 5, 6 -> "Hard";
            case 7, 8, 9 -> "Very hard";
            default -> "Maximal";
        };
    }
}
