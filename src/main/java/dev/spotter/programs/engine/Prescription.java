package dev.spotter.programs.engine;

import java.util.List;

/**
 * One exercise in a session with its dose: sets, reps or time or distance, load rule, rest and tempo, the coach's
 * notes, and why it is there. {@code slot} names its place in the session so the same exercise can be followed
 * from week to week.
 */
public record Prescription(String slot, String exerciseId, String exerciseName, int sets, Dose dose,
                           boolean perSide, LoadRule load, int restSeconds, String tempo, String notes,
                           List<Reason> why) {

    public Prescription {
        if (slot == null || slot.isBlank() || exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("A prescription has a slot and an exercise");
        }
        if (sets < 1 || sets > 20) {
            throw new IllegalArgumentException("Sets must be between 1 and 20");
        }
        if (restSeconds < 0 || restSeconds > 900) {
            throw new IllegalArgumentException("Rest must be between 0 and 15 minutes");
        }
        if (dose == null || load == null) {
            throw new IllegalArgumentException("A prescription has a dose and a load rule");
        }
        tempo = tempo == null || tempo.isBlank() ? null : tempo.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        why = why == null ? List.of() : List.copyOf(why);
    }

    /** "3 x 8-12 reps each side". */
    public String describeDose() {
        return (sets > 1 ? sets + " x " : "") + dose.describe() + (perSide ? " each side" : "");
    }

    public Prescription withExercise(String id, String name, List<Reason> reasons) {
        return new Prescription(slot, id, name, sets, dose, perSide, load, restSeconds, tempo, notes, reasons);
    }

    public Prescription withDose(int newSets, Dose newDose, LoadRule newLoad, int newRest, String newTempo,
                                 String newNotes) {
        return new Prescription(slot, exerciseId, exerciseName, newSets, newDose, perSide, newLoad, newRest,
                newTempo, newNotes, why);
    }
}
