package dev.spotter.training.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.spotter.programs.engine.Prescription;
import dev.spotter.science.MassUnit;
import dev.spotter.training.LoggedSet;
import dev.spotter.training.engine.Performance;
import dev.spotter.training.WorkoutFile;

/** A workout's prescriptions in order, each with the sets the client logged for it. */
final class WorkoutRows {

    private WorkoutRows() {
    }

    record Row(Prescription item, List<TodayItems.SetRow> sets) {
    }

    static List<Row> of(WorkoutFile file, MassUnit unit) {
        return file.session().prescriptions().map(item -> new Row(item, file.sets().stream()
                .filter(set -> set.slot().equals(item.slot()))
                .map(set -> row(set, unit)).toList())).toList();
    }

    private static TodayItems.SetRow row(LoggedSet set, MassUnit unit) {
        return new TodayItems.SetRow(set.setNumber(), set, set.id(), null, null, null, null, null, null, unit);
    }

    /** "Back squat: best estimated 1RM 102.5 kg, up from 100 kg": the workout's records as the coach reads them. */
    static List<String> records(WorkoutFile file, MassUnit unit) {
        Map<String, String> names = new HashMap<>();
        file.swaps().forEach(swap -> names.put(swap.fromExerciseId(), swap.fromExerciseName()));
        file.session().prescriptions().forEach(item -> names.put(item.exerciseId(), item.exerciseName()));
        return file.records().stream().map(record -> {
            String name = names.getOrDefault(record.exerciseId(), record.exerciseId());
            String load = Performance.load(BigDecimal.valueOf(record.loadKg()), unit);
            return switch (record.kind()) {
                case ESTIMATED_1RM -> name + ": best estimated 1RM " + weight(record.value(), unit) + ", up from "
                        + weight(record.previous(), unit) + " (from " + load + ")";
                case REPS_AT_LOAD -> name + ": " + Math.round(record.value()) + " reps at " + load + ", the most yet"
                        + (record.previous() > 0 ? " (before: " + Math.round(record.previous()) + ")" : "");
                case SESSION_VOLUME -> name + ": most volume in a session, " + weight(record.value(), unit)
                        + " (before: " + weight(record.previous(), unit) + ")";
            };
        }).toList();
    }

    private static String weight(double kg, MassUnit unit) {
        return Performance.load(BigDecimal.valueOf(kg).setScale(1, RoundingMode.HALF_UP), unit);
    }
}
