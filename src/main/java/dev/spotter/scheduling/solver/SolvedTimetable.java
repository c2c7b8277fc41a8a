package dev.spotter.scheduling.solver;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The best timetable a synchronous solve found, with how its score improved over time. */
public record SolvedTimetable(Timetable timetable, List<ScorePoint> scoreHistory) {

    public SolvedTimetable {
        scoreHistory = List.copyOf(scoreHistory);
    }

    /** When the solver first held a timetable that breaks no hard rule, if it ever did. */
    public Optional<Duration> timeToFeasible() {
        return ScorePoints.firstFeasible(scoreHistory);
    }
}
