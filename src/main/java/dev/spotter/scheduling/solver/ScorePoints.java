package dev.spotter.scheduling.solver;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

final class ScorePoints {

    private ScorePoints() {
    }

    static Optional<Duration> firstFeasible(List<ScorePoint> history) {
        return history.stream().filter(point -> point.score().isFeasible()).map(ScorePoint::elapsed).findFirst();
    }
}
