package dev.spotter.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.engine.Point;
import dev.spotter.progress.engine.Trends;
import dev.spotter.progress.internal.Goals;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.Estimate;
import dev.spotter.training.TrainingHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals and how they stand: each is followed on its series (body mass, a lift's estimated 1RM from training, a
 * test's result), with a least-squares trend over the last twelve weeks, a projected day, and milestones recorded
 * the first time the series passes a quarter, half, three quarters and all of the way.
 */
@Service
public class GoalBook {

    /** How far back the trend looks: long enough to smooth a bad week, short enough to follow a change of plan. */
    static final int TREND_DAYS = 84;

    private final ClientDirectory clients;
    private final ProgressLog progress;
    private final AssessmentLog assessments;
    private final TrainingHistory training;
    private final Goals goals;
    private final Clock clock;

    GoalBook(ClientDirectory clients, ProgressLog progress, AssessmentLog assessments,
             TrainingHistory training, Goals goals, Clock clock) {
        this.clients = clients;
        this.progress = progress;
        this.assessments = assessments;
        this.training = training;
        this.goals = goals;
        this.clock = clock;
    }

    /** Sets a goal (coaches only); it starts from the latest value of its series, which must exist. */
    @Transactional
    public Goal set(SpotterPrincipal caller, UUID clientId, Goal.Kind kind, String subject, Double target,
                    LocalDate targetOn) {
        ProgressLog.requireCoach(caller);
        Client client = clients.client(caller, clientId);
        if (kind == null) {
            throw new InvalidFieldException("kind", "is required");
        }
        if (target == null || !Double.isFinite(target) || target <= 0) {
            throw new InvalidFieldException("target", "is required and must be above 0");
        }
        LocalDate today = progress.today(caller);
        if (targetOn != null && !targetOn.isAfter(today)) {
            throw new InvalidFieldException("targetOn", "must be after today");
        }
        String what = kind == Goal.Kind.BODY_MASS ? null : subject == null || subject.isBlank() ? null
                : subject.strip();
        if (kind != Goal.Kind.BODY_MASS && what == null) {
            throw new InvalidFieldException("subject", kind == Goal.Kind.LIFT ? "must name the lift"
                    : "must name the test");
        }
        if (kind == Goal.Kind.TEST) {
            try {
                AssessmentKind.ofCode(what);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("subject", "is not a known test");
            }
        }
        if (kind == Goal.Kind.BODY_MASS) {
            dev.spotter.science.body.Measurement.Kind.BODY_MASS.require(target);
        }
        List<Point> series = new Evidence(caller, client).series(kind, what, LocalDate.of(1900, 1, 1), today);
        if (series.isEmpty()) {
            throw new InvalidFieldException("subject", switch (kind) {
                case BODY_MASS -> "has no body mass recorded yet: record one first, the goal starts from it";
                case LIFT -> "has no logged sets yet: the goal starts from the lift's latest estimated 1RM";
                case TEST -> "has no result yet: record the test first, the goal starts from it";
            });
        }
        Point start = series.get(series.size() - 1);
        if (Math.abs(start.value() - target) < 1e-9) {
            throw new InvalidFieldException("target", "is where the client already is");
        }
        Goal goal = new Goal(UUID.randomUUID(), client.id(), kind, what, target, targetOn, start.value(),
                start.day(), null, List.of());
        goals.add(caller.studioId(), goal, caller.memberId().value(), Instant.now(clock));
        return goal;
    }

    /** Every goal of the client as it stands today, recording any milestone newly reached. */
    @Transactional
    public List<GoalProgress> standing(SpotterPrincipal caller, UUID clientId) {
        Client client = clients.client(caller, clientId);
        LocalDate today = progress.today(caller);
        List<GoalProgress> standing = new ArrayList<>();
        Evidence evidence = new Evidence(caller, client);
        for (Goal goal : goals.ofClient(caller.studioId(), client.id())) {
            // The trend also reads the weeks before the goal was set, so that a new goal has a pace at once.
            List<Point> series = evidence.series(goal.kind(), goal.subject(), goal.startOn().minusDays(TREND_DAYS),
                    today);
            Goal current = review(caller, goal, series);
            standing.add(progress(caller, current, series, today));
        }
        return standing;
    }

    @Transactional
    public void delete(SpotterPrincipal caller, UUID clientId, UUID goalId) {
        ProgressLog.requireCoach(caller);
        Client client = clients.client(caller, clientId);
        goals.find(caller.studioId(), client.id(), goalId).orElseThrow(() -> new NotFoundException("Goal"));
        goals.delete(caller.studioId(), goalId);
    }

    private Goal review(SpotterPrincipal caller, Goal goal, List<Point> series) {
        List<Goal.Milestone> reached = new ArrayList<>(goal.milestones());
        LocalDate achieved = goal.achievedOn();
        for (int percent : new int[] {25, 50, 75, 100}) {
            if (reached.stream().anyMatch(m -> m.percent() == percent)) {
                continue;
            }
            for (Point point : series) {
                if (!point.day().isBefore(goal.startOn()) && goal.percentAt(point.value()) >= percent - 1e-9) {
                    Goal.Milestone milestone = new Goal.Milestone(percent, point.day(), point.value());
                    goals.reach(caller.studioId(), goal.id(), milestone);
                    reached.add(milestone);
                    if (percent == 100 && achieved == null) {
                        achieved = point.day();
                    }
                    break;
                }
            }
        }
        reached.sort(java.util.Comparator.comparingInt(Goal.Milestone::percent));
        return new Goal(goal.id(), goal.clientId(), goal.kind(), goal.subject(), goal.target(), goal.targetOn(),
                goal.startValue(), goal.startOn(), achieved, reached);
    }

    private GoalProgress progress(SpotterPrincipal caller, Goal goal, List<Point> series, LocalDate today) {
        Double current = series.isEmpty() ? null : series.get(series.size() - 1).value();
        LocalDate last = series.isEmpty() ? today : series.get(series.size() - 1).day();
        List<Point> recent = series.stream().filter(p -> !p.day().isBefore(last.minusDays(TREND_DAYS))).toList();
        Trends.Line line = Trends.leastSquares(recent).orElse(null);
        LocalDate projected = goal.achievedOn() != null || line == null ? null
                : line.reaches(goal.target(), today).orElse(null);
        List<Point> sinceStart = series.stream().filter(p -> !p.day().isBefore(goal.startOn())).toList();
        return new GoalProgress(goal, title(caller, goal), unit(goal), sinceStart, current,
                current == null ? null : goal.percentAt(current), line, projected);
    }

    private String title(SpotterPrincipal caller, Goal goal) {
        return switch (goal.kind()) {
            case BODY_MASS -> "Body mass";
            case LIFT -> training.exerciseName(caller, goal.subject()).orElse(goal.subject()) + ", estimated 1RM";
            case TEST -> AssessmentKind.ofCode(goal.subject()).displayName();
        };
    }

    private static String unit(Goal goal) {
        if (goal.kind() != Goal.Kind.TEST) {
            return "kg";
        }
        AssessmentKind kind = AssessmentKind.ofCode(goal.subject());
        return kind.estimate() == Estimate.NONE ? kind.unit() : kind.estimate().unit();
    }

    /**
     * What one client's goals are measured against. Measurements and test results are read once, on the first goal
     * that needs them, however many goals follow them.
     */
    private final class Evidence {

        private final SpotterPrincipal caller;
        private final Client client;
        private List<MeasuredDay> measurements;
        private List<TestResult> results;

        Evidence(SpotterPrincipal caller, Client client) {
            this.caller = caller;
            this.client = client;
        }

        /** The goal's series from {@code from}, oldest first: one value per day. */
        List<Point> series(Goal.Kind kind, String subject, LocalDate from, LocalDate to) {
            return switch (kind) {
                case BODY_MASS -> measurements().stream()
                        .map(MeasuredDay::measurement)
                        .filter(m -> m.has(Site.BODY_MASS) && !m.measuredOn().isBefore(from))
                        .map(m -> new Point(m.measuredOn(), m.value(Site.BODY_MASS))).toList();
                case LIFT -> training.estimatedMaxes(caller, client.id(), from, to).stream()
                        .filter(trend -> trend.exerciseId().equals(subject)).findFirst()
                        .map(trend -> trend.best().stream().map(d -> new Point(d.day(), d.value())).toList())
                        .orElse(List.of());
                case TEST -> results().stream()
                        .filter(t -> t.kind().code().equals(subject) && !t.testedOn().isBefore(from))
                        .map(t -> new Point(t.testedOn(), t.result().estimate().isPresent()
                                ? t.result().estimate().getAsDouble() : t.result().value())).toList();
            };
        }

        private List<MeasuredDay> measurements() {
            if (measurements == null) {
                measurements = progress.measurements(caller, client.id());
            }
            return measurements;
        }

        private List<TestResult> results() {
            if (results == null) {
                results = assessments.results(caller, client.id());
            }
            return results;
        }
    }
}
