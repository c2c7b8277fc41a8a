package dev.spotter.programs.engine;

import java.util.List;
import java.util.stream.Stream;

import dev.spotter.clients.IntensityCeiling;

/**
 * A training program: phases of weeks of sessions of blocks of prescriptions, with the specialisation and
 * progression model it follows, the intensity ceiling it was written under, and the reasons for its shape.
 * Immutable: an edit makes a new program, and the builder stores each one as a new version.
 */
public record Program(String title, Specialisation specialisation, ProgressionModel progression, int daysPerWeek,
                      int minutesPerSession, IntensityCeiling ceiling, List<Reason> rationale, List<Phase> phases,
                      long seed) {

    public Program {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A program has a title");
        }
        if (specialisation == null || progression == null || ceiling == null) {
            throw new IllegalArgumentException("A program has a specialisation, a progression model and a ceiling");
        }
        rationale = rationale == null ? List.of() : List.copyOf(rationale);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    public List<Week> weeks() {
        return phases.stream().flatMap(phase -> phase.weeks().stream()).toList();
    }

    public Stream<Prescription> prescriptions() {
        return weeks().stream().flatMap(week -> week.sessions().stream()).flatMap(Session::prescriptions);
    }

    public Week week(int number) {
        return weeks().stream().filter(week -> week.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No week " + number));
    }

    /** The phase a week belongs to. */
    public Phase phaseOf(int weekNumber) {
        return phases.stream().filter(phase -> phase.weeks().stream().anyMatch(week -> week.number() == weekNumber))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No week " + weekNumber));
    }

    public Program withPhases(List<Phase> newPhases) {
        return new Program(title, specialisation, progression, daysPerWeek, minutesPerSession, ceiling, rationale,
                newPhases, seed);
    }

    public Program withTitle(String newTitle) {
        return new Program(newTitle, specialisation, progression, daysPerWeek, minutesPerSession, ceiling, rationale,
                phases, seed);
    }
}
