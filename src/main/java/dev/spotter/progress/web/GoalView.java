package dev.spotter.progress.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.spotter.progress.Goal;
import dev.spotter.progress.GoalProgress;
import dev.spotter.progress.Site;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.Estimate;

/** A goal as its card reads: where it stands, the trend a week, and when it will be reached at that pace. */
public record GoalView(GoalProgress progress, String current, String target, String trend, String projection) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    static GoalView of(GoalProgress p, Readings readings) {
        Goal goal = p.goal();
        java.util.function.DoubleFunction<String> show = value -> switch (goal.kind()) {
            case BODY_MASS, LIFT -> readings.show(Site.BODY_MASS, value);
            case TEST -> {
                AssessmentKind kind = AssessmentKind.ofCode(goal.subject());
                yield kind.estimate() == Estimate.NONE ? TestFields.value(kind, value)
                        : Readings.plain(value, 1) + " " + kind.estimate().unit();
            }
        };
        String trend = null;
        if (p.trend() != null && p.trend().points() >= 2) {
            double perWeek = p.trend().perWeek();
            String amount = goal.kind() == Goal.Kind.TEST ? Readings.plain(Math.abs(perWeek), 2) + " " + p.unit()
                    : readings.change(Site.BODY_MASS, Math.abs(perWeek)).substring(1);
            trend = (perWeek >= 0 ? "+" : "−") + amount + " a week (least squares, last "
                    + p.trend().points() + " values)";
        }
        String projection;
        if (goal.achievedOn() != null) {
            projection = "Reached on " + DAY.format(goal.achievedOn());
        } else if (p.projectedOn() != null) {
            projection = "At this pace: " + DAY.format(p.projectedOn())
                    + (Boolean.TRUE.equals(p.onCourse()) ? " (on course)" : Boolean.FALSE.equals(p.onCourse())
                    ? " (after the target day)" : "");
        } else if (p.trend() == null) {
            projection = "Needs two values to project";
        } else {
            projection = "Not heading towards the target at the current trend";
        }
        return new GoalView(p, p.current() == null ? "—" : show.apply(p.current()), show.apply(goal.target()), trend,
                projection);
    }

    public String targetOn() {
        return progress.goal().targetOn() == null ? null : DAY.format(progress.goal().targetOn());
    }
}
