package dev.spotter.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldsException;

/**
 * A set to log, as the device sends it. It checks itself on construction and names every field that is out of
 * range, so a form or an API client can show the message next to the right input.
 */
public record SetEntry(UUID setId, String slot, Integer setNumber, Integer reps, BigDecimal loadKg, BigDecimal rpe,
                       Integer rir, Integer seconds, Integer metres, Integer avgHr, Integer maxHr, Boolean done) {

    public static final int MAX_REPS = 100;
    public static final int MAX_LOAD_KG = 500;
    public static final int MAX_SECONDS = 4 * 3600;
    public static final int MAX_METRES = 100_000;
    public static final int MIN_HR = 30;
    public static final int MAX_HR = 230;

    public SetEntry {
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        if (setId == null) {
            problems.add(new InvalidFieldsException.Problem("setId", "is required: a new UUID for every set"));
        }
        if (slot == null || slot.isBlank()) {
            problems.add(new InvalidFieldsException.Problem("slot", "is required"));
        }
        if (setNumber == null || setNumber < 1 || setNumber > 20) {
            problems.add(new InvalidFieldsException.Problem("setNumber", "must be between 1 and 20"));
        }
        between(problems, "reps", reps, 0, MAX_REPS);
        if (loadKg != null && (loadKg.signum() < 0 || loadKg.compareTo(BigDecimal.valueOf(MAX_LOAD_KG)) > 0)) {
            problems.add(new InvalidFieldsException.Problem("loadKg", "must be between 0 and 500 kg"));
        } else if (loadKg != null && loadKg.stripTrailingZeros().scale() > 2) {
            problems.add(new InvalidFieldsException.Problem("loadKg", "must have at most two decimals"));
        }
        if (rpe != null && (rpe.compareTo(BigDecimal.ONE) < 0 || rpe.compareTo(BigDecimal.TEN) > 0)) {
            problems.add(new InvalidFieldsException.Problem("rpe", "must be between 1 and 10"));
        } else if (rpe != null && rpe.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            problems.add(new InvalidFieldsException.Problem("rpe", "must be a whole or half number, such as 7.5"));
        }
        between(problems, "rir", rir, 0, 10);
        if (rpe != null && rir != null) {
            problems.add(new InvalidFieldsException.Problem("rir", "give either rpe or rir, not both"));
        }
        between(problems, "seconds", seconds, 1, MAX_SECONDS);
        between(problems, "metres", metres, 1, MAX_METRES);
        between(problems, "avgHr", avgHr, MIN_HR, MAX_HR);
        between(problems, "maxHr", maxHr, MIN_HR, MAX_HR);
        if (avgHr != null && maxHr != null && avgHr >= MIN_HR && maxHr <= MAX_HR && maxHr < avgHr) {
            problems.add(new InvalidFieldsException.Problem("maxHr", "must be at least the average heart rate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        slot = slot.strip();
        done = done == null || done;
    }

    private static void between(List<InvalidFieldsException.Problem> problems, String field, Integer value, int low,
                                int high) {
        if (value != null && (value < low || value > high)) {
            problems.add(new InvalidFieldsException.Problem(field, "must be between " + low + " and " + high));
        }
    }
}
