package dev.spotter.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One set as the client logged it: the slot and exercise of the prescription, its number, and what was done
 * (reps and load, effort as RPE or reps in reserve, time, distance, heart rate, or simply done for mobility work).
 * {@code id} is chosen by the device that logged it, so a set it sends twice is stored once.
 */
public record LoggedSet(UUID id, UUID workoutId, String slot, String exerciseId, int setNumber, Integer reps,
                        BigDecimal loadKg, BigDecimal rpe, Integer rir, Integer seconds, Integer metres, Integer avgHr,
                        Integer maxHr, boolean done, Instant loggedAt) {
}
