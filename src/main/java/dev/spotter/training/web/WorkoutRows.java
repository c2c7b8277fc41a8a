package dev.spotter.training.web;

import java.util.List;

import dev.spotter.programs.engine.Prescription;
import dev.spotter.training.LoggedSet;
import dev.spotter.training.WorkoutFile;

/** A workout's prescriptions in order, each with the sets the client logged for it. */
final class WorkoutRows {

    private WorkoutRows() {
    }

    record Row(Prescription item, List<TodayItems.SetRow> sets) {
    }

    static List<Row> of(WorkoutFile file) {
        return file.session().prescriptions().map(item -> new Row(item, file.sets().stream()
                .filter(set -> set.slot().equals(item.slot()))
                .map(WorkoutRows::row).toList())).toList();
    }

    private static TodayItems.SetRow row(LoggedSet set) {
        return new TodayItems.SetRow(set.setNumber(), set, set.id(), null, null, null, null, null, null);
    }
}
