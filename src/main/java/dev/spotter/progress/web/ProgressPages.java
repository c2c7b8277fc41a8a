package dev.spotter.progress.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.spotter.clients.Client;
import dev.spotter.platform.security.SpotterPrincipal;
import java.time.LocalDate;

import dev.spotter.progress.AssessmentLog;
import dev.spotter.progress.GoalBook;
import dev.spotter.progress.ReportBook;
import dev.spotter.progress.MeasuredDay;
import dev.spotter.progress.TestResult;
import dev.spotter.progress.ProgressLog;
import dev.spotter.progress.Site;
import dev.spotter.studios.StudioDirectory;
import org.springframework.stereotype.Component;

/** Gathers what the progress page shows, the same for a coach and for the client themselves. */
@Component
class ProgressPages {

    static final int RECENT_MEASUREMENTS = 12;

    /** How far back the page's charts look. */
    static final int CHART_MONTHS = 12;

    private final ProgressLog progress;
    private final AssessmentLog assessments;
    private final GoalBook goals;
    private final ProgressCharts charts;
    private final ReportBook reports;
    private final StudioDirectory studios;

    ProgressPages(ProgressLog progress, AssessmentLog assessments, GoalBook goals, ProgressCharts charts,
                  ReportBook reports, StudioDirectory studios) {
        this.reports = reports;
        this.progress = progress;
        this.assessments = assessments;
        this.goals = goals;
        this.charts = charts;
        this.studios = studios;
    }

    /** Where the client's progress pages live for this reader: under the client's file, or in the portal. */
    static String base(SpotterPrincipal me, Client client) {
        return me.coaches() ? "/app/clients/" + client.id() + "/progress" : "/portal/progress";
    }

    Map<String, Object> progress(SpotterPrincipal me, Client client) {
        Map<String, Object> model = new HashMap<>();
        Readings readings = new Readings(studios.unitsOf(me.studioId(), me.memberId()));
        List<MeasuredDay> days = progress.measurements(me, client.id());
        model.put("client", client);
        model.put("coach", me.coaches());
        model.put("base", base(me, client));
        model.put("readings", readings);
        model.put("sites", Site.values());
        model.put("measuredDays", days.size());
        List<MeasuredDay> recent = new ArrayList<>(days.subList(Math.max(0, days.size() - RECENT_MEASUREMENTS),
                days.size()));
        java.util.Collections.reverse(recent);
        model.put("recent", recent);
        model.put("latest", recent.isEmpty() ? null : recent.get(0));
        model.put("latestMass", latest(days, Site.BODY_MASS));
        model.put("firstMass", first(days, Site.BODY_MASS));
        List<TestResult> results = assessments.results(me, client.id());
        Map<String, TestResult> latestPerSeries = new java.util.LinkedHashMap<>();
        results.forEach(result -> latestPerSeries.put(result.series(), result));
        List<TestResult> tests = new ArrayList<>(latestPerSeries.values());
        tests.sort(java.util.Comparator.comparing((TestResult t) -> t.kind().ordinal())
                .thenComparing(t -> t.lift() == null ? "" : t.lift()));
        model.put("tests", tests);
        model.put("testCount", results.size());
        model.put("fmt", new TestFormat());
        LocalDate today = progress.today(me);
        model.put("today", today);
        model.put("chartsFrom", today.minusMonths(CHART_MONTHS));
        model.put("charts", charts.charts(me, client, days, results, readings, today.minusMonths(CHART_MONTHS),
                today));
        model.put("goals", goals.standing(me, client.id()).stream().map(g -> GoalView.of(g, readings)).toList());
        model.put("reports", reports.reports(me, client.id()));
        model.put("sessions", me.coaches() ? assessments.sessions(me, client.id(), 5).stream()
                .filter(session -> !session.done()).toList() : List.of());
        return model;
    }

    private static MeasuredDay latest(List<MeasuredDay> days, Site site) {
        for (int i = days.size() - 1; i >= 0; i--) {
            if (days.get(i).measurement().has(site)) {
                return days.get(i);
            }
        }
        return null;
    }

    private static MeasuredDay first(List<MeasuredDay> days, Site site) {
        return days.stream().filter(d -> d.measurement().has(site)).findFirst().orElse(null);
    }
}
