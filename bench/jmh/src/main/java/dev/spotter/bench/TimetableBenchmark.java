package dev.spotter.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import dev.spotter.scheduling.solver.ScorePoint;
import dev.spotter.scheduling.solver.SolveLimits;
import dev.spotter.scheduling.solver.SolvedTimetable;
import dev.spotter.scheduling.solver.Timetable;
import dev.spotter.scheduling.solver.TimetableConstraints;
import dev.spotter.scheduling.solver.TimetableExplanation;
import dev.spotter.scheduling.solver.TimetableProblem;
import dev.spotter.scheduling.solver.TimetableSolver;

/**
 * Time to a feasible timetable for a busy studio (20 trainers, 8 rooms, 300 classes a week), with its score over
 * time. A plain main rather than JMH: what matters is one long solve's curve, not the mean of many short calls.
 * Each seed is a different studio of the same size; the first is solved in a cold JVM, as the first solve after
 * Spotter starts would be. The baseline in the same run is the construction heuristic alone (every class placed
 * once, never moved), on the same studio just after the full solve.
 *
 * <p>Usage: {@code TimetableBenchmark [seeds, default 1,2,3] [time limit s, default 30] [patience s, default 5]}
 */
public final class TimetableBenchmark {

    private static final double[] CHECKPOINTS_S = {0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 60};

    private static final List<String> SOFT_RULES = List.of(TimetableConstraints.MEMBERS_PREFERRED_TIME,
            TimetableConstraints.UNFAIR_LOAD, TimetableConstraints.GAP_IN_TRAINERS_DAY,
            TimetableConstraints.SAME_CLASS_SAME_DAY, TimetableConstraints.OUTSIDE_TRAINERS_PREFERRED_TIMES);

    private TimetableBenchmark() {
    }

    public static void main(String[] args) {
        List<Long> seeds = args.length > 0
                ? Arrays.stream(args[0].split(",")).map(Long::parseLong).toList()
                : List.of(1L, 2L, 3L);
        Duration limit = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        Duration patience = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 5);
        List<String> summary = new ArrayList<>();
        List<String> curves = new ArrayList<>();
        List<String> softRules = new ArrayList<>();
        try (TimetableSolver solver = new TimetableSolver(new SolveLimits(limit, patience))) {
            for (long seed : seeds) {
                TimetableProblem studio = BusyStudio.week(seed);
                System.err.printf("seed %d: %d trainers, %d rooms, %d classes, %d start times; precheck: %s%n", seed,
                        studio.trainers().size(), studio.rooms().size(), studio.classCount(),
                        studio.timeSlots().size(), solver.precheck(studio));

                long solveStart = System.nanoTime();
                SolvedTimetable solved = solver.solve(studio);
                Duration solveTime = Duration.ofNanos(System.nanoTime() - solveStart);
                TimetableExplanation explained = solver.explain(solved.timetable());

                long draftStart = System.nanoTime();
                Timetable draft = solver.draft(studio);
                Duration draftTime = Duration.ofNanos(System.nanoTime() - draftStart);
                TimetableExplanation draftExplained = solver.explain(draft);

                summary.add(String.format(Locale.ROOT, "| %d | baseline: construction heuristic alone | %s | %s | %s | %s |",
                        seed, seconds(draftTime), draft.isFeasible() ? seconds(draftTime) : "not feasible",
                        draft.getScore(), unmet(draftExplained)));
                summary.add(String.format(Locale.ROOT, "| %d | **full solve** (stopped after %s) | %s | **%s** | %s | %s |",
                        seed, seconds(solveTime), seconds(firstPlaced(solved)),
                        solved.timeToFeasible().map(TimetableBenchmark::seconds).orElse("not feasible"),
                        solved.timetable().getScore(), unmet(explained)));
                curves.add(curve(seed, solved.scoreHistory(), solveTime, limit));
                softRules.add(softRow(seed, "baseline", draftExplained));
                softRules.add(softRow(seed, "full solve", explained));
                System.err.println(summary.get(summary.size() - 2));
                System.err.println(summary.get(summary.size() - 1));
            }
        }
        System.out.println("| seed | run | all classes placed after | feasible after | final score | hard rules broken |");
        System.out.println("|---|---|---|---|---|---|");
        summary.forEach(System.out::println);
        System.out.println();
        System.out.println("Best score over time (full solve):");
        System.out.println();
        StringBuilder header = new StringBuilder("| seed |");
        StringBuilder rule = new StringBuilder("|---|");
        for (double checkpoint : CHECKPOINTS_S) {
            if (checkpoint * 1000 <= limit.toMillis()) {
                header.append(' ').append(trim(checkpoint)).append(" s |");
                rule.append("---|");
            }
        }
        System.out.println(header);
        System.out.println(rule);
        curves.forEach(System.out::println);
        System.out.println();
        System.out.println("Soft rules in the final timetables (points of soft score):");
        System.out.println();
        System.out.println("| seed | run | " + String.join(" | ", SOFT_RULES) + " |");
        System.out.println("|---|---|" + "---|".repeat(SOFT_RULES.size()));
        softRules.forEach(System.out::println);
    }

    private static String softRow(long seed, String run, TimetableExplanation explanation) {
        StringBuilder row = new StringBuilder("| " + seed + " | " + run + " |");
        for (String rule : SOFT_RULES) {
            int soft = explanation.constraints().stream().filter(impact -> impact.constraint().equals(rule))
                    .mapToInt(impact -> impact.impact().softScore()).sum();
            row.append(' ').append(soft).append(" |");
        }
        return row.toString();
    }

    /** The best score at each checkpoint: a dash before every class was placed, "stopped" once the solver had. */
    private static String curve(long seed, List<ScorePoint> history, Duration solveTime, Duration limit) {
        StringBuilder row = new StringBuilder("| " + seed + " |");
        for (double checkpoint : CHECKPOINTS_S) {
            long millis = (long) (checkpoint * 1000);
            if (millis > limit.toMillis()) {
                break;
            }
            if (millis > solveTime.toMillis()) {
                row.append(" stopped |");
                continue;
            }
            HardSoftScore best = null;
            for (ScorePoint point : history) {
                if (point.elapsed().toMillis() <= millis) {
                    best = point.score();
                }
            }
            row.append(' ').append(best == null ? "-" : best.toString()).append(" |");
        }
        return row.toString();
    }

    private static Duration firstPlaced(SolvedTimetable solved) {
        return solved.scoreHistory().isEmpty() ? Duration.ZERO : solved.scoreHistory().get(0).elapsed();
    }

    private static String unmet(TimetableExplanation explanation) {
        return explanation.unmetHardConstraints().isEmpty() ? "none"
                : String.join(", ", explanation.unmetHardConstraints().stream()
                        .map(impact -> impact.constraint() + " (" + impact.reasons().size() + ")").toList());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
