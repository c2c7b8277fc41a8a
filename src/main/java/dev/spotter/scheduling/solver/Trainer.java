package dev.spotter.scheduling.solver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A trainer who can lead classes: what they are qualified to lead, when in the week they can work, the most hours a
 * week they have agreed to, and the times they would rather teach (empty when they have no preference).
 *
 * <p>Two trainers are the same trainer when their ids match, so that the solver's joins hash an id, not every
 * window.
 */
public record Trainer(String id, String name, Set<String> qualifications, List<WeeklyWindow> availability,
                      Duration maxWeeklyHours, List<WeeklyWindow> preferredTimes) {

    public Trainer {
        id = Checks.named(id, "A trainer's id");
        name = Checks.named(name, "The name of trainer " + id);
        qualifications = Set.copyOf(Objects.requireNonNull(qualifications, "qualifications of " + name));
        availability = Checks.apart(availability, "availability of " + name);
        preferredTimes = Checks.apart(preferredTimes, "preferred times of " + name);
        Objects.requireNonNull(maxWeeklyHours, "maximum weekly hours of " + name);
        if (maxWeeklyHours.toMinutes() <= 0) {
            throw new IllegalArgumentException("The maximum weekly hours of " + name + " must be positive, was "
                    + maxWeeklyHours);
        }
    }

    public boolean isQualifiedFor(ClassType classType) {
        return qualifications.contains(classType.qualification());
    }

    public int maxWeeklyMinutes() {
        return (int) maxWeeklyHours.toMinutes();
    }

    /** Minutes of {@code [start, end)} that fall outside every availability window. */
    public int minutesUnavailable(int start, int end) {
        int covered = 0;
        for (WeeklyWindow window : availability) {
            covered += window.overlapMinutes(start, end);
        }
        return end - start - covered;
    }

    /** True when the trainer named no preference, or a class starting at this minute falls in one. */
    public boolean prefersStartAt(int minuteOfWeek) {
        if (preferredTimes.isEmpty()) {
            return true;
        }
        for (WeeklyWindow window : preferredTimes) {
            if (window.includes(minuteOfWeek)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trainer trainer && trainer.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
