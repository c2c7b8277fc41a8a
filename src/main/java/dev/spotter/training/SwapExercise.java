package dev.spotter.training;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldsException;

/**
 * A client's request to train another exercise in a slot of their open workout. The device names the swap
 * ({@code swapId}), so a swap sent twice is made once.
 */
public record SwapExercise(UUID swapId, String slot, String exerciseId, SwapReason reason, String note) {

    public static final int MAX_NOTE = 500;

    public SwapExercise {
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        if (swapId == null) {
            problems.add(new InvalidFieldsException.Problem("swapId", "is required: a new UUID for every swap"));
        }
        if (slot == null || slot.isBlank()) {
            problems.add(new InvalidFieldsException.Problem("slot", "is required"));
        }
        if (exerciseId == null || exerciseId.isBlank()) {
            problems.add(new InvalidFieldsException.Problem("exerciseId", "is required: choose the exercise to do "
                    + "instead"));
        }
        if (reason == null || !reason.chosenByClient()) {
            problems.add(new InvalidFieldsException.Problem("reason", "is required: say why you swap"));
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new InvalidFieldsException.Problem("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        slot = slot.strip();
        exerciseId = exerciseId.strip();
    }
}
