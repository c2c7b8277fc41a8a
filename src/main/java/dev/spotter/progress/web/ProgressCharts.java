package dev.spotter.progress.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;

import dev.spotter.clients.Client;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.ClientBody;
import dev.spotter.progress.MeasuredDay;
import dev.spotter.progress.Site;
import dev.spotter.progress.TestResult;
import dev.spotter.progress.charts.Chart;
import dev.spotter.progress.charts.LineChart;
import dev.spotter.progress.engine.Point;
import dev.spotter.progress.engine.Trends;
import dev.spotter.science.TrainingLoad;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.Estimate;
import dev.spotter.science.assessment.SeniorFitnessTest;
import dev.spotter.training.TrainingHistory;
import org.springframework.stereotype.Component;

/**
 * Draws a client's charts for a period: body mass with its 7-day average and trend line, body fat by equation,
 * estimated 1RM per lift, weekly sets per muscle group, weekly training load and the acute:chronic ratio, and each
 * test's history against its normal range. Each chart carries its values as a table.
 */
@Component
public class ProgressCharts {

    static final int LIFTS = 4;
    static final int MUSCLES = 5;
    static final int TABLE_ROWS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final TrainingHistory training;

    ProgressCharts(TrainingHistory training) {
        this.training = training;
    }

    /** The charts of one period; a chart without data is null (tests: left out). */
    public record ChartSet(Chart bodyMass, Chart bodyFat, Chart lifts, Chart volume, Chart load, Chart acwr,
                           List<Chart> tests, List<TrainingHistory.LiftTrend> liftTrends) {
    }

    public ChartSet charts(SpotterPrincipal me, Client client, List<MeasuredDay> days, List<TestResult> results,
                           Readings readings, LocalDate from, LocalDate to) {
        List<MeasuredDay> inPeriod = days.stream().filter(d -> !d.measurement().measuredOn().isBefore(from)
                && !d.measurement().measuredOn().isAfter(to)).toList();
        TrainingHistory.Trends trends = training.trends(me, client.id(), from, to, volumeFrom(to),
                to.minusWeeks(16));
        Loads loads = weeklyLoads(trends.loads(), to);
        return new ChartSet(bodyMass(inPeriod, readings), bodyFat(inPeriod), lifts(trends.lifts(), readings),
                volume(trends.weeks()), load(loads), acwr(loads), tests(client, results, from, to), trends.lifts());
    }

    Chart bodyMass(List<MeasuredDay> days, Readings readings) {
        var unit = readings.unit(Site.BODY_MASS);
        List<Point> mass = days.stream().filter(d -> d.measurement().has(Site.BODY_MASS))
                .map(d -> new Point(d.measurement().measuredOn(),
                        unit.fromSi(d.measurement().value(Site.BODY_MASS)))).toList();
        if (mass.isEmpty()) {
            return null;
        }
        List<Point> average = Trends.movingAverage(mass, 7);
        var line = Trends.leastSquares(mass);
        LineChart chart = new LineChart("chart-mass", "Body mass (" + unit.symbol() + ")",
                "Body mass from " + DAY.format(mass.get(0).day()) + " to " + DAY.format(mass.get(mass.size() - 1)
                        .day()) + ": " + Readings.plain(mass.get(0).value(), 1) + " to "
                        + Readings.plain(mass.get(mass.size() - 1).value(), 1) + " " + unit.symbol()
                        + line.map(l -> ", trend " + signed(l.perWeek(), 2) + " " + unit.symbol() + " a week")
                        .orElse(""))
                .series("Measured", mass, LineChart.Style.DOTS)
                .series("7-day average", average, LineChart.Style.LINE);
        line.ifPresent(l -> chart.series("Least-squares trend", List.of(new Point(mass.get(0).day(),
                l.at(mass.get(0).day())), new Point(mass.get(mass.size() - 1).day(),
                l.at(mass.get(mass.size() - 1).day()))), LineChart.Style.DASHED));
        List<List<String>> rows = new ArrayList<>();
        boolean weekly = mass.size() > TABLE_ROWS;
        if (weekly) {
            Map<LocalDate, double[]> weeks = new TreeMap<>();
            for (Point p : mass) {
                double[] sum = weeks.computeIfAbsent(p.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        w -> new double[2]);
                sum[0] += p.value();
                sum[1]++;
            }
            weeks.forEach((week, sum) -> rows.add(List.of("Week of " + DAY.format(week),
                    Readings.plain(sum[0] / sum[1], 1), "")));
        } else {
            for (int i = 0; i < mass.size(); i++) {
                rows.add(List.of(DAY.format(mass.get(i).day()), Readings.plain(mass.get(i).value(), 1),
                        Readings.plain(average.get(i).value(), 1)));
            }
        }
        return new Chart("chart-mass", "Body mass", describe(chart), chart.svg(),
                List.of(weekly ? "Week" : "Day", "Body mass (" + unit.symbol() + ")" + (weekly ? ", weekly mean" : ""),
                        weekly ? "" : "7-day average"),
                rows, legend(chart));
    }

    Chart bodyFat(List<MeasuredDay> days) {
        Map<String, List<Point>> byEquation = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (MeasuredDay day : days) {
            for (var estimate : day.composition().estimates()) {
                String name = estimate.equation().label();
                byEquation.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new Point(day.measurement().measuredOn(), estimate.percentFat()));
                rows.add(List.of(DAY.format(day.measurement().measuredOn()), estimate.equation().display(),
                        Readings.plain(estimate.percentFat(), 1)));
            }
        }
        if (byEquation.isEmpty()) {
            return null;
        }
        LineChart chart = new LineChart("chart-fat", "Body fat (%)", "Estimated per cent body fat by "
                + String.join(" and ", byEquation.keySet()));
        byEquation.forEach((name, points) -> chart.series(name, points, LineChart.Style.LINE_AND_DOTS));
        return new Chart("chart-fat", "Body fat", describe(chart), chart.svg(), List.of("Day", "Equation", "Body fat (%)"),
                last(rows), legend(chart));
    }

    Chart lifts(List<TrainingHistory.LiftTrend> lifts, Readings readings) {
        if (lifts.isEmpty()) {
            return null;
        }
        var unit = readings.unit(Site.BODY_MASS);
        LineChart chart = new LineChart("chart-lifts", "Estimated 1RM (" + unit.symbol() + ")",
                "Best estimated one-repetition maximum per training day (Epley) of the "
                        + Math.min(LIFTS, lifts.size()) + " most trained lifts");
        List<List<String>> rows = new ArrayList<>();
        for (TrainingHistory.LiftTrend lift : lifts.subList(0, Math.min(LIFTS, lifts.size()))) {
            List<Point> points = lift.best().stream().map(d -> new Point(d.day(), unit.fromSi(d.value()))).toList();
            chart.series(lift.name(), points, points.size() > 60 ? LineChart.Style.LINE : LineChart.Style.LINE_AND_DOTS);
            Point first = points.get(0);
            Point best = points.stream().max(Comparator.comparingDouble(Point::value)).orElseThrow();
            Point latest = points.get(points.size() - 1);
            rows.add(List.of(lift.name(), Readings.plain(first.value(), 1) + " (" + DAY.format(first.day()) + ")",
                    Readings.plain(best.value(), 1) + " (" + DAY.format(best.day()) + ")",
                    Readings.plain(latest.value(), 1) + " (" + DAY.format(latest.day()) + ")"));
        }
        return new Chart("chart-lifts", "Estimated 1RM per lift", describe(chart), chart.svg(),
                List.of("Lift", "First", "Best", "Latest"), rows, legend(chart));
    }

    private static LocalDate volumeFrom(LocalDate to) {
        return to.minusWeeks(12).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    Chart volume(List<TrainingHistory.WeekVolume> weeks) {
        if (weeks.isEmpty()) {
            return null;
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        weeks.forEach(w -> w.setsByMuscle().forEach((muscle, sets) -> totals.merge(muscle, sets, Integer::sum)));
        List<String> top = totals.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MUSCLES).map(Map.Entry::getKey).toList();
        LineChart chart = new LineChart("chart-volume", "Weekly sets per muscle group",
                "Sets done each week over the last 12 weeks for the " + top.size()
                        + " most trained muscle groups (primary movers)");
        for (String muscle : top) {
            chart.series(muscle, weeks.stream().map(w -> new Point(w.week(),
                    w.setsByMuscle().getOrDefault(muscle, 0))).toList(), LineChart.Style.LINE_AND_DOTS);
        }
        List<String> columns = new ArrayList<>(List.of("Week of"));
        columns.addAll(top);
        List<List<String>> rows = weeks.stream().map(w -> {
            List<String> row = new ArrayList<>(List.of(DAY.format(w.week())));
            top.forEach(muscle -> row.add(String.valueOf(w.setsByMuscle().getOrDefault(muscle, 0))));
            return row;
        }).toList();
        return new Chart("chart-volume", "Weekly sets per muscle group", describe(chart), chart.svg(), columns, rows,
                legend(chart));
    }

    Chart load(Loads loads) {
        List<Point> weekly = loads.weekly();
        if (weekly.isEmpty()) {
            return null;
        }
        LineChart chart = new LineChart("chart-load", "Weekly training load (AU)",
                "Session RPE times minutes, summed over each 7 days, for the last 12 weeks")
                .series("Weekly load", weekly, LineChart.Style.LINE_AND_DOTS);
        return new Chart("chart-load", "Weekly training load", describe(chart), chart.svg(),
                List.of("Week ending", "Load (AU)"), weekly.stream().map(p -> List.of(DAY.format(p.day()),
                Readings.plain(p.value(), 0))).toList(), legend(chart));
    }

    Chart acwr(Loads loads) {
        List<Point> ratios = loads.ratios();
        if (ratios.isEmpty()) {
            return null;
        }
        LineChart chart = new LineChart("chart-acwr", "Acute:chronic workload ratio",
                "7-day over 28-day rolling average load at the end of each week (Hulin et al. 2016); 0.8 to 1.3 is "
                        + "the range Gabbett (2016) associates with the lowest injury risk")
                .band("0.8-1.3", 0.8, 1.3)
                .series("Acute:chronic ratio", ratios, LineChart.Style.LINE_AND_DOTS);
        return new Chart("chart-acwr", "Acute:chronic workload ratio", describe(chart), chart.svg(),
                List.of("Week ending", "Ratio"), ratios.stream().map(p -> List.of(DAY.format(p.day()),
                Readings.plain(p.value(), 2))).toList(), legend(chart));
    }

    private record Loads(List<Point> weekly, List<Point> ratios) {
    }

    private static Loads weeklyLoads(List<TrainingLoad.Session> sessions, LocalDate to) {
        if (sessions.isEmpty()) {
            return new Loads(List.of(), List.of());
        }
        LocalDate first = sessions.stream().map(TrainingLoad.Session::date).min(LocalDate::compareTo).orElseThrow();
        if (first.isAfter(to)) {
            return new Loads(List.of(), List.of());
        }
        TrainingLoad load = TrainingLoad.of(sessions, first, to);
        List<Point> weekly = new ArrayList<>();
        List<Point> ratios = new ArrayList<>();
        for (int week = 11; week >= 0; week--) {
            LocalDate end = to.minusWeeks(week);
            if (end.isBefore(first)) {
                continue;
            }
            weekly.add(new Point(end, load.weekly(end)));
            var ratio = load.rollingAcwr(end);
            if (ratio.isPresent()) {
                ratios.add(new Point(end, ratio.getAsDouble()));
            }
        }
        return new Loads(weekly, ratios);
    }

    List<Chart> tests(Client client, List<TestResult> results, LocalDate from, LocalDate to) {
        Map<String, List<TestResult>> bySeries = new LinkedHashMap<>();
        results.stream().filter(t -> !t.testedOn().isBefore(from) && !t.testedOn().isAfter(to))
                .sorted(Comparator.comparing((TestResult t) -> t.kind().ordinal()))
                .forEach(t -> bySeries.computeIfAbsent(t.series(), k -> new ArrayList<>()).add(t));
        ClientBody body = ClientBody.of(client);
        Integer age = body.ageOn(to);
        List<Chart> charts = new ArrayList<>();
        int n = 0;
        for (List<TestResult> tests : bySeries.values()) {
            tests.sort(Comparator.comparing(TestResult::testedOn));
            AssessmentKind kind = tests.get(0).kind();
            boolean estimate = kind.estimate() != Estimate.NONE;
            String unit = estimate ? kind.estimate().unit() : displayUnit(kind);
            DoubleFunction<Double> shown = value -> estimate ? value : display(kind, value);
            List<Point> points = tests.stream().map(t -> new Point(t.testedOn(), shown.apply(estimate
                    ? t.result().estimate().getAsDouble() : t.result().value()))).toList();
            String name = kind.displayName() + (tests.get(0).lift() == null ? "" : ": " + tests.get(0).lift());
            String id = "chart-test-" + (n++);
            LineChart chart = new LineChart(id, name + " (" + unit + ")", (estimate ? kind.estimate().label()
                    + " from each " + kind.displayName() : kind.displayName()) + " over time")
                    .series(name, points, LineChart.Style.LINE_AND_DOTS);
            String band = null;
            SeniorFitnessTest.Item item = item(kind);
            if (item != null && age != null && body.sex() != null) {
                var range = SeniorFitnessTest.normalRange(item, body.sex(), age);
                if (range.isPresent()) {
                    band = "Normal range, age " + (age / 5 * 5) + "-" + (age / 5 * 5 + 4);
                    chart.band(band, shown.apply(range.get().low()), shown.apply(range.get().high()));
                }
            }
            List<List<String>> rows = tests.stream().map(t -> List.of(DAY.format(t.testedOn()),
                    TestFields.value(kind, t.result().value()) + (estimate ? " → " + Readings.plain(
                            t.result().estimate().getAsDouble(), 1) + " " + kind.estimate().unit() : ""),
                    t.result().rating().band())).toList();
            String summary = describe(chart) + (band == null ? "" : "; shaded: " + band + " (Rikli & Jones)");
            charts.add(new Chart(id, name, summary, chart.svg(), List.of("Day", "Result", "Rating"), rows,
                    legend(chart)));
        }
        return charts;
    }

    private static SeniorFitnessTest.Item item(AssessmentKind kind) {
        return switch (kind) {
            case SFT_CHAIR_STAND -> SeniorFitnessTest.Item.CHAIR_STAND;
            case SFT_ARM_CURL -> SeniorFitnessTest.Item.ARM_CURL;
            case SFT_SIX_MINUTE_WALK -> SeniorFitnessTest.Item.SIX_MINUTE_WALK;
            case SFT_TWO_MINUTE_STEP -> SeniorFitnessTest.Item.TWO_MINUTE_STEP;
            case SFT_CHAIR_SIT_AND_REACH -> SeniorFitnessTest.Item.CHAIR_SIT_AND_REACH;
            case SFT_BACK_SCRATCH -> SeniorFitnessTest.Item.BACK_SCRATCH;
            case SFT_EIGHT_FOOT_UP_AND_GO -> SeniorFitnessTest.Item.EIGHT_FOOT_UP_AND_GO;
            default -> null;
        };
    }

    /** Reaches and jumps are charted in centimetres, like the forms take them. */
    private static double display(AssessmentKind kind, double si) {
        return displayUnit(kind).equals("cm") ? si * 100 : si;
    }

    private static String displayUnit(AssessmentKind kind) {
        return kind.unit().equals("m") && !kind.inputs().contains(dev.spotter.science.assessment.Input.DISTANCE_M)
                ? "cm" : kind.unit();
    }

    private static String describe(LineChart chart) {
        return chart.description();
    }

    private static List<String> legend(LineChart chart) {
        return chart.allSeries().stream().map(LineChart.Series::name).toList();
    }

    private static List<List<String>> last(List<List<String>> rows) {
        return rows.size() <= TABLE_ROWS ? rows : rows.subList(rows.size() - TABLE_ROWS, rows.size());
    }

    private static String signed(double value, int decimals) {
        return (value > 0 ? "+" : value < 0 ? "−" : "±") + Readings.plain(Math.abs(value), decimals);
    }
}
