package dev.spotter.scheduling.solver;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a web page shows about a timetable job: its status, the best timetable so far (empty until the first one is
 * built), how the best score improved over time, and the error when it failed.
 */
public record JobProgress(JobStatus status, Optional<Timetable> bestSoFar, List<ScorePoint> scoreHistory,
                          Optional<String> failure) {

    public JobProgress {
        scoreHistory = List.copyOf(scoreHistory);
    }

    public Optional<Duration> timeToFeasible() {
        return ScorePoints.firstFeasible(scoreHistory);
    }
}
