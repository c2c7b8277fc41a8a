package dev.spotter.progress.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.spotter.clients.Client;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.AssessmentLog;
import dev.spotter.progress.GoalBook;
import dev.spotter.progress.MeasuredDay;
import dev.spotter.progress.ProgressLog;
import dev.spotter.progress.ProgressReport;
import dev.spotter.progress.Site;
import dev.spotter.progress.TestResult;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.TrainingHistory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The progress report of a period: one Thymeleaf template ({@code progress/report}) is the page in the browser
 * and, rendered here without a request, the PDF that openhtmltopdf makes of it, charts included.
 */
@Component
class ReportPages {

    static final String TEMPLATE = "progress/report";

    private final ProgressLog progress;
    private final AssessmentLog assessments;
    private final GoalBook goals;
    private final ProgressCharts charts;
    private final TrainingHistory training;
    private final StudioDirectory studios;
    private final ITemplateEngine templates;

    ReportPages(ProgressLog progress, AssessmentLog assessments, GoalBook goals, ProgressCharts charts,
                TrainingHistory training, StudioDirectory studios, ITemplateEngine templates) {
        this.progress = progress;
        this.assessments = assessments;
        this.goals = goals;
        this.charts = charts;
        this.training = training;
        this.studios = studios;
        this.templates = templates;
    }

    /** A personal record of the period: a lift's best estimated 1RM above every one before the period. */
    record Record(String lift, String best, String day, String previous) {
    }

    Map<String, Object> model(SpotterPrincipal me, Client client, ProgressReport report, boolean pdf) {
        Map<String, Object> model = new HashMap<>();
        Readings readings = new Readings(studios.unitsOf(me.studioId(), me.memberId()));
        LocalDate from = report.from();
        LocalDate to = report.to();
        List<MeasuredDay> days = progress.measurements(me, client.id());
        List<TestResult> results = assessments.results(me, client.id());
        ProgressCharts.ChartSet set = charts.charts(me, client, days, results, readings, from, to);
        model.put("client", client);
        model.put("report", report);
        model.put("pdf", pdf);
        model.put("coach", me.coaches());
        model.put("base", ProgressPages.base(me, client));
        model.put("studioName", studios.studioName(me.studioId()));
        model.put("readings", readings);
        model.put("charts", set);
        model.put("fmt", new TestFormat());
        model.put("goals", goals.standing(me, client.id()).stream().map(g -> GoalView.of(g, readings)).toList());
        model.put("adherence", training.adherence(me, client.id(), from, to));
        model.put("records", records(me, client, set.liftTrends(), from, to, readings));

        List<MeasuredDay> inPeriod = days.stream().filter(d -> !d.measurement().measuredOn().isBefore(from)
                && !d.measurement().measuredOn().isAfter(to)).toList();
        List<MeasuredDay> masses = inPeriod.stream().filter(d -> d.measurement().has(Site.BODY_MASS)).toList();
        model.put("massFirst", masses.isEmpty() ? null : masses.get(0));
        model.put("massLast", masses.isEmpty() ? null : masses.get(masses.size() - 1));
        model.put("massChange", masses.size() < 2 ? null : readings.change(Site.BODY_MASS,
                masses.get(masses.size() - 1).measurement().value(Site.BODY_MASS)
                        - masses.get(0).measurement().value(Site.BODY_MASS)));
        List<MeasuredDay> fat = inPeriod.stream().filter(d -> d.composition().preferred() != null).toList();
        model.put("fatFirst", fat.isEmpty() ? null : fat.get(0).composition().preferred());
        model.put("fatLast", fat.isEmpty() ? null : fat.get(fat.size() - 1).composition().preferred());
        Map<String, TestResult> latest = new LinkedHashMap<>();
        results.stream().filter(t -> !t.testedOn().isBefore(from) && !t.testedOn().isAfter(to))
                .forEach(t -> latest.put(t.series(), t));
        model.put("tests", new ArrayList<>(latest.values()));
        return model;
    }

    private List<Record> records(SpotterPrincipal me, Client client, List<TrainingHistory.LiftTrend> inPeriod,
                                 LocalDate from, LocalDate to, Readings readings) {
        if (inPeriod.isEmpty()) {
            return List.of();
        }
        Map<String, Double> before = new HashMap<>();
        training.estimatedMaxes(me, client.id(), LocalDate.of(1900, 1, 1), from.minusDays(1))
                .forEach(t -> before.put(t.exerciseId(), t.best().stream()
                        .mapToDouble(TrainingHistory.DayValue::value).max().orElse(0)));
        List<Record> records = new ArrayList<>();
        for (TrainingHistory.LiftTrend lift : inPeriod) {
            TrainingHistory.DayValue best = lift.best().stream()
                    .max(java.util.Comparator.comparingDouble(TrainingHistory.DayValue::value)).orElseThrow();
            Double previous = before.get(lift.exerciseId());
            if (previous == null || best.value() > previous + 1e-9) {
                records.add(new Record(lift.name(), readings.show(Site.BODY_MASS, best.value()),
                        best.day().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)),
                        previous == null ? "first time in the log" : readings.show(Site.BODY_MASS, previous)));
            }
        }
        return records;
    }

    byte[] pdf(Map<String, Object> model) {
        String html = templates.process(TEMPLATE, new Context(Locale.UK, model));
        // The PDF's built-in fonts lack a few typographic characters; their plain forms read the same.
        html = html.replace('\u2212', '-').replace('\u2192', '>').replace('\u2019', '\'').replace('\u2014', '-')
                .replace('\u2013', '-').replace("\u00b2", "2");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
