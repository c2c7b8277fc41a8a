package dev.spotter.progress.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.Goal;
import dev.spotter.progress.GoalBook;
import dev.spotter.progress.GoalProgress;
import dev.spotter.progress.MeasuredDay;
import dev.spotter.progress.ProgressLog;
import dev.spotter.progress.ProgressReport;
import dev.spotter.progress.ReportBook;
import dev.spotter.progress.Site;
import dev.spotter.progress.engine.Point;
import dev.spotter.progress.engine.Trends;
import dev.spotter.progress.web.Csv;
import dev.spotter.progress.web.Readings;
import dev.spotter.progress.web.SeriesCsv;
import dev.spotter.training.TrainingHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Goals, trends, training series and progress reports over HTTP, with a CSV of every series. */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
@Tag(name = "Progress", description = "Body measurements, assessments, goals, trends and reports")
class GoalsAndReportsApi {

    private final GoalBook goals;
    private final ReportBook reports;
    private final ProgressLog progress;
    private final TrainingHistory training;

    GoalsAndReportsApi(GoalBook goals, ReportBook reports, ProgressLog progress, TrainingHistory training) {
        this.goals = goals;
        this.reports = reports;
        this.progress = progress;
        this.training = training;
    }

    @Schema(description = "A goal to set: kind BODY_MASS (target kg), LIFT (subject: exercise id, target estimated "
            + "1RM kg) or TEST (subject: test code, target in the test's SI unit or its estimate's); targetOn optional")
    record GoalInput(Goal.Kind kind, String subject, Double target, LocalDate targetOn) {
    }

    @Schema(description = "A goal as it stands: latest value, per cent of the way from start to target, the "
            + "least-squares trend per week over the last 12 weeks, the projected day at that pace (null when the "
            + "trend heads elsewhere) and milestones reached")
    record GoalDto(UUID id, Goal.Kind kind, String subject, String title, String unit, double start,
                   LocalDate startOn, double target, LocalDate targetOn, Double current, Double percent,
                   Double trendPerWeek, LocalDate projectedOn, Boolean onCourse, LocalDate achievedOn,
                   List<Goal.Milestone> milestones) {

        static GoalDto of(GoalProgress p) {
            Goal g = p.goal();
            return new GoalDto(g.id(), g.kind(), g.subject(), p.title(), p.unit(), g.startValue(), g.startOn(),
                    g.target(), g.targetOn(), p.current(), p.percent(), p.trend() == null ? null : p.trend().perWeek(),
                    p.projectedOn(), p.onCourse(), g.achievedOn(), g.milestones());
        }
    }

    @Schema(description = "A series with its 7-day moving average and least-squares line (slope per week)")
    record TrendDto(String series, String unit, List<Point> points, List<Point> movingAverage7Days,
                    Double slopePerWeek, Double interceptAtFirst) {
    }

    @Schema(description = "A report to write: the period and the coach's comments (up to 4000 characters)")
    record ReportInput(LocalDate from, LocalDate to, String comments) {
    }

    @Schema(description = "A progress report; sentAt is null until it is sent, and only sent reports reach the client")
    record ReportDto(UUID id, LocalDate from, LocalDate to, String comments, String author, Instant createdAt,
                     Instant sentAt, String pdf) {

        static ReportDto of(ProgressReport r) {
            return new ReportDto(r.id(), r.from(), r.to(), r.comments(), r.author(), r.createdAt(), r.sentAt(),
                    "/app/clients/" + r.clientId() + "/progress/reports/" + r.id() + "/pdf");
        }
    }

    @GetMapping("/goals")
    @Operation(summary = "A client's goals with trend, projection and milestones")
    List<GoalDto> goals(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId) {
        return goals.standing(me, clientId).stream().map(GoalDto::of).toList();
    }

    @PostMapping("/goals")
    @Operation(summary = "Set a goal (coaches only)",
            description = "The goal starts from the latest value of its series; 400 names the field when there is "
                    + "none yet, or the target is missing or already reached.")
    ResponseEntity<GoalDto> setGoal(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                                    @RequestBody GoalInput input) {
        Goal goal = goals.set(me, clientId, input.kind(), input.subject(), input.target(), input.targetOn());
        GoalProgress standing = goals.standing(me, clientId).stream().filter(p -> p.goal().id().equals(goal.id()))
                .findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(GoalDto.of(standing));
    }

    @GetMapping("/trends/body-mass")
    @Operation(summary = "Body mass (kg) with its 7-day moving average and least-squares trend")
    TrendDto bodyMass(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId) {
        List<Point> points = progress.measurements(me, clientId).stream().map(MeasuredDay::measurement)
                .filter(m -> m.has(Site.BODY_MASS)).map(m -> new Point(m.measuredOn(), m.value(Site.BODY_MASS)))
                .toList();
        var line = Trends.leastSquares(points);
        return new TrendDto("body-mass", "kg", points, Trends.movingAverage(points, 7),
                line.map(Trends.Line::perWeek).orElse(null), line.map(Trends.Line::intercept).orElse(null));
    }

    @GetMapping(value = "/series/{series}.csv", produces = "text/csv")
    @Operation(summary = "A series as CSV: measurements, assessments, estimated-1rm, weekly-sets or session-load",
            description = "Training series cover from (default 5 years ago) to today.")
    ResponseEntity<byte[]> series(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                                  @PathVariable String series, @RequestParam(required = false) LocalDate from) {
        Client client = progress.client(me, clientId);
        LocalDate today = progress.today(me);
        LocalDate start = from == null ? today.minusYears(5) : from;
        String name = SeriesCsv.slug(client.displayName());
        return switch (series) {
            case "measurements" -> SeriesCsv.measurements(client.displayName(), progress.measurements(me, clientId));
            case "estimated-1rm" -> {
                List<List<String>> rows = new ArrayList<>();
                training.estimatedMaxes(me, clientId, start, today).forEach(lift -> lift.best().forEach(day ->
                        rows.add(List.of(day.day().toString(), lift.exerciseId(), lift.name(),
                                Readings.plain(day.value(), 2)))));
                yield Csv.download(name + "-estimated-1rm.csv", List.of("date", "exercise_id", "exercise",
                        "estimated_1rm_kg"), rows);
            }
            case "weekly-sets" -> {
                List<List<String>> rows = new ArrayList<>();
                training.weeklySets(me, clientId, start, today).forEach(week -> week.setsByMuscle().forEach(
                        (muscle, sets) -> rows.add(List.of(week.week().toString(), muscle, String.valueOf(sets)))));
                yield Csv.download(name + "-weekly-sets.csv", List.of("week_starting", "muscle_group", "sets"), rows);
            }
            case "session-load" -> Csv.download(name + "-session-load.csv", List.of("date", "load_au"),
                    training.sessionLoads(me, clientId, start).stream().map(s -> List.of(s.date().toString(),
                            Readings.plain(s.load(), 0))).toList());
            case "assessments" -> throw new InvalidFieldException("series", "is at /assessments.csv");
            default -> throw new InvalidFieldException("series", "must be measurements, estimated-1rm, "
                    + "weekly-sets or session-load");
        };
    }

    @GetMapping("/reports")
    @Operation(summary = "A client's progress reports, newest first (a client's token: those sent to them)")
    List<ReportDto> reports(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId) {
        return reports.reports(me, clientId).stream().map(ReportDto::of).toList();
    }

    @PostMapping("/reports")
    @Operation(summary = "Write a progress report of a period (coaches only)")
    ResponseEntity<ReportDto> write(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                                    @RequestBody ReportInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ReportDto.of(reports.write(me, clientId, input.from(),
                input.to(), input.comments())));
    }

    @PostMapping("/reports/{reportId}/send")
    @Operation(summary = "Share a report with the client (coaches only); it appears in their portal")
    ReportDto send(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                   @PathVariable UUID reportId) {
        return ReportDto.of(reports.send(me, clientId, reportId));
    }
}
