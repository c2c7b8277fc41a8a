package dev.spotter.scheduling.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Builds weekly class timetables: synchronously within {@link SolveLimits}, or as jobs a web page starts, watches
 * (status, best timetable so far, score over time) and stops. It also explains a timetable's score in sentences and
 * lists, before any solving, the hard rules a problem cannot possibly meet. Close it to stop its solver threads.
 */
public final class TimetableSolver implements AutoCloseable {

    private final SolverFactory<Timetable> solverFactory;
    private final SolverFactory<Timetable> draftFactory;
    private final SolverManager<Timetable, UUID> solverManager;
    private final SolutionManager<Timetable, HardSoftScore> solutionManager;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    public TimetableSolver(SolveLimits limits) {
        solverFactory = SolverFactory.create(config(limits));
        draftFactory = SolverFactory.create(config(limits).withPhases(construction()));
        solverManager = SolverManager.create(solverFactory);
        solutionManager = SolutionManager.create(solverFactory);
    }

    private static SolverConfig config(SolveLimits limits) {
        TerminationConfig feasibleAndSettled = new TerminationConfig()
                .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                .withBestScoreFeasible(true)
                .withUnimprovedSpentLimit(limits.patienceWhenFeasible());
        return new SolverConfig()
                .withSolutionClass(Timetable.class)
                .withEntityClasses(ClassSession.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withPhases(construction(), improvement())
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(limits.timeLimit())
                        .withTerminationConfigList(List.of(feasibleAndSettled)));
    }

    /**
     * Places one session at a time: first its trainer (the qualified one with the lightest load), then its room (the
     * first that suits, in an order that turns with each session so that classes spread over the rooms that fit
     * them), and last its start time, the best one given both. Choosing all three at once would weigh every combination, a week of quarter hours
     * times rooms times trainers per class, too slow for a few hundred classes.
     */
    private static ConstructionHeuristicPhaseConfig construction() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withId("session"))
                .withMoveSelectorConfigs(placing("trainer"), placing("room"), placing("timeSlot")));
    }

    private static ChangeMoveSelectorConfig placing(String variable) {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("session"))
                .withValueSelectorConfig(new ValueSelectorConfig().withVariableName(variable));
    }

    /**
     * Late acceptance with a short memory, taking the first move it accepts: on a 300-class week it reached a soft
     * score three times better than Timefold's default (a memory of 400 steps) in the same number of moves, and
     * better than tabu search, simulated annealing and great deluge.
     */
    private static LocalSearchPhaseConfig improvement() {
        return new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(50))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /** The impossibilities that counting finds before solving; empty does not promise a feasible timetable. */
    public List<Impossibility> precheck(TimetableProblem problem) {
        return Precheck.of(problem);
    }

    /** Solves on the calling thread until the limits stop it, recording each improvement of the best score. */
    public SolvedTimetable solve(TimetableProblem problem) {
        Solver<Timetable> solver = solverFactory.buildSolver();
        List<ScorePoint> history = new ArrayList<>();
        solver.addEventListener(event -> {
            if (event.isNewBestSolutionInitialized()) {
                history.add(new ScorePoint(Duration.ofMillis(event.getTimeMillisSpent()),
                        (HardSoftScore) event.getNewBestScore()));
            }
        });
        Timetable best = solver.solve(problem.toTimetable());
        return new SolvedTimetable(best, history);
    }

    /**
     * The first timetable the construction heuristic builds, placing one class after another without ever moving
     * one again: a quick draft, and the baseline the full solve is measured against.
     */
    public Timetable draft(TimetableProblem problem) {
        return draftFactory.buildSolver().solve(problem.toTimetable());
    }

    /** Starts solving in the background and returns the job's id at once. */
    public UUID start(TimetableProblem problem) {
        UUID id = UUID.randomUUID();
        Job job = new Job();
        jobs.put(id, job);
        solverManager.solveBuilder()
                .withProblemId(id)
                .withProblem(problem.toTimetable())
                .withSolverJobStartedEventConsumer(event -> job.started())
                .withBestSolutionEventConsumer(event -> job.improved(event.solution()))
                .withFinalBestSolutionEventConsumer(event -> job.finished(event.solution()))
                .withExceptionHandler((jobId, error) -> job.failed(error))
                .run();
        return id;
    }

    public JobStatus status(UUID jobId) {
        return job(jobId).progress().status();
    }

    public JobProgress progress(UUID jobId) {
        return job(jobId).progress();
    }

    /** Asks the job to stop; it keeps its best timetable so far and ends as {@link JobStatus#STOPPED}. */
    public void stop(UUID jobId) {
        if (job(jobId).stopRequested()) {
            solverManager.terminateEarly(jobId);
        }
    }

    /** Stops the job if it still runs and drops everything kept about it. */
    public void forget(UUID jobId) {
        stop(jobId);
        jobs.remove(jobId);
    }

    /**
     * Scores the timetable (its score is updated) and says why: for every rule that touched the score, its impact
     * and one sentence per match.
     */
    public TimetableExplanation explain(Timetable timetable) {
        ScoreAnalysis<HardSoftScore> analysis = solutionManager.analyze(timetable, ScoreAnalysisFetchPolicy.FETCH_ALL);
        List<ConstraintImpact> impacts = new ArrayList<>();
        for (ConstraintAnalysis<HardSoftScore> constraint : analysis.constraintAnalyses()) {
            if (constraint.score().equals(HardSoftScore.ZERO)) {
                continue;
            }
            List<String> reasons = constraint.matches().stream()
                    .sorted(Comparator.comparing((MatchAnalysis<HardSoftScore> match) -> match.score())
                            .thenComparing(match -> match.justification().toString()))
                    .map(match -> match.justification().toString())
                    .toList();
            impacts.add(new ConstraintImpact(constraint.constraintName(), constraint.weight().hardScore() != 0,
                    constraint.score(), reasons));
        }
        impacts.sort(Comparator.comparing(ConstraintImpact::hard).reversed()
                .thenComparing(ConstraintImpact::impact)
                .thenComparing(ConstraintImpact::constraint));
        return new TimetableExplanation(analysis.score(), impacts);
    }

    @Override
    public void close() {
        solverManager.close();
    }

    private Job job(UUID jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            throw new IllegalArgumentException("No timetable job " + jobId);
        }
        return job;
    }

    /** One background solve as the facade tracks it; the solver's threads call in, web requests read. */
    private static final class Job {

        private JobStatus status = JobStatus.NOT_STARTED;
        private long startedNanos = System.nanoTime();
        private Timetable best;
        private final List<ScorePoint> history = new ArrayList<>();
        private boolean stopRequested;
        private String failure;

        synchronized void started() {
            if (status == JobStatus.NOT_STARTED) {
                status = JobStatus.SOLVING;
                startedNanos = System.nanoTime();
            }
        }

        synchronized void improved(Timetable timetable) {
            if (!timetable.isPlaced()) {
                return;
            }
            best = timetable;
            history.add(new ScorePoint(Duration.ofNanos(System.nanoTime() - startedNanos), timetable.getScore()));
        }

        synchronized void finished(Timetable timetable) {
            if (timetable.isPlaced()) {
                best = timetable;
            }
            status = stopRequested ? JobStatus.STOPPED : JobStatus.DONE;
        }

        synchronized void failed(Throwable error) {
            failure = error.toString();
            status = JobStatus.FAILED;
        }

        /** True when the solver still has to be told: the job is queued or solving. */
        synchronized boolean stopRequested() {
            if (status != JobStatus.NOT_STARTED && status != JobStatus.SOLVING) {
                return false;
            }
            stopRequested = true;
            // A job still queued never starts and so never reports back.
            if (status == JobStatus.NOT_STARTED) {
                status = JobStatus.STOPPED;
            }
            return true;
        }

        synchronized JobProgress progress() {
            return new JobProgress(status, Optional.ofNullable(best), history, Optional.ofNullable(failure));
        }
    }
}
