package dev.spotter.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The validations the problem's records share, each failing with a message that names what is wrong. */
final class Checks {

    private Checks() {
    }

    static String named(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** A copy of the windows in week order, refusing windows that overlap, which would count minutes twice. */
    static List<WeeklyWindow> apart(List<WeeklyWindow> windows, String what) {
        Objects.requireNonNull(windows, what);
        List<WeeklyWindow> sorted = new ArrayList<>(windows);
        sorted.forEach(window -> Objects.requireNonNull(window, what + " contains no window"));
        sorted.sort(Comparator.comparingInt(WeeklyWindow::startMinute));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("The " + what + " overlap: " + sorted.get(i - 1) + " and "
                        + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }
}
