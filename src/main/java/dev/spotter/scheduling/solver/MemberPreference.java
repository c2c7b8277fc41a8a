package dev.spotter.scheduling.solver;

import java.util.Objects;

/**
 * What members ask for: a class type at a time of the week, weighted by how many would come (for example, from
 * bookings and wait lists of past weeks).
 */
public record MemberPreference(String classTypeId, WeeklyWindow window, int weight) {

    public MemberPreference {
        classTypeId = Checks.named(classTypeId, "The class type of a member preference");
        Objects.requireNonNull(window, "window of the preference for " + classTypeId);
        if (weight <= 0) {
            throw new IllegalArgumentException("The weight of the preference for " + classTypeId + " at " + window
                    + " must be positive, was " + weight);
        }
    }

    public boolean includesStart(int minuteOfWeek) {
        return window.includes(minuteOfWeek);
    }
}
