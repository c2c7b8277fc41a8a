package dev.spotter.scheduling.solver;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/** The best score the solver had found after some time of solving, one point of its score-over-time curve. */
public record ScorePoint(Duration elapsed, HardSoftScore score) {
}
