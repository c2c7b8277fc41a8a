package dev.spotter.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.programs.DoseChange;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Prescription;

/**
 * The dose of one prescription as typed into the builder's inline form. Fields stay text so that "eight" comes
 * back with a message next to it rather than a conversion error; {@code measure} says which of reps, time or
 * distance the set is measured by, and only that one is read.
 */
record DoseForm(String sets, String measure, String repsLow, String repsHigh, String seconds, String metres,
                String loadKind, String loadLow, String loadHigh, String restSeconds, String tempo, String notes) {

    static DoseForm of(Prescription item) {
        var dose = item.dose();
        var load = item.load();
        return new DoseForm(String.valueOf(item.sets()),
                dose.byReps() ? "reps" : dose.seconds() != null ? "seconds" : "metres",
                text(dose.repsLow()), text(dose.repsHigh()), text(dose.seconds()), text(dose.metres()),
                load.kind().name(), number(load.low()), number(load.high()), String.valueOf(item.restSeconds()),
                item.tempo(), item.notes());
    }

    /** The change the form asks for; text that is not a number is reported next to its field. */
    DoseChange change() {
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        String by = measure == null ? "reps" : measure;
        Integer setCount = whole("sets", sets, problems);
        Integer low = by.equals("reps") ? whole("repsLow", repsLow, problems) : null;
        Integer high = by.equals("reps") ? whole("repsHigh", repsHigh, problems) : null;
        Integer time = by.equals("seconds") ? whole("seconds", seconds, problems) : null;
        Integer distance = by.equals("metres") ? whole("metres", metres, problems) : null;
        LoadRule.Kind kind = null;
        if (loadKind != null && !loadKind.isBlank()) {
            try {
                kind = LoadRule.Kind.valueOf(loadKind);
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidFieldsException.Problem("loadKind", "choose how the load is given"));
            }
        }
        Double loadFrom = decimal("loadLow", loadLow, problems);
        Double loadTo = decimal("loadHigh", loadHigh, problems);
        Integer rest = whole("restSeconds", restSeconds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new DoseChange(setCount, low, high, time, distance, kind, loadFrom, loadTo, rest, tempo, notes);
    }

    private static Integer whole(String field, String value, List<InvalidFieldsException.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new InvalidFieldsException.Problem(field, "must be a whole number"));
            return null;
        }
    }

    private static Double decimal(String field, String value, List<InvalidFieldsException.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new InvalidFieldsException.Problem(field, "must be a number"));
            return null;
        }
    }

    private static String text(Integer value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String number(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue())
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
