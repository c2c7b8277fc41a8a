package dev.spotter.progress.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import dev.spotter.progress.engine.Point;

/**
 * A time-series chart drawn as SVG on the server: lines or dots per series over dates, optional shaded bands (a
 * norm's normal range, a ratio's safe zone), readable axes with round ticks, and a title and description that
 * screen readers announce. Colours come from CSS classes so the chart follows the page's light or dark theme.
 */
public final class LineChart {

    /** How a series is drawn. */
    public enum Style {
        LINE, DOTS, LINE_AND_DOTS, DASHED
    }

    /** A named series in date order. */
    public record Series(String name, List<Point> points, Style style) {

        public Series {
            points = List.copyOf(points);
        }
    }

    /** A horizontal band between two values, such as a normal range. */
    public record Band(String label, double low, double high) {
    }

    /** The series colours, also set by the page's CSS classes chart-series-0 to 5 (which win in a browser). */
    private static final String[] COLOURS = {"#0f766e", "#c2410c", "#4f46e5", "#a16207", "#be185d", "#475569"};

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 52;
    private static final int RIGHT = 14;
    private static final int TOP = 14;
    private static final int BOTTOM = 30;

    private final String id;
    private final String title;
    private final String description;
    private final List<Series> series = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private DoubleFunction<String> yFormat = value -> plain(value);

    public LineChart(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    public LineChart series(String name, List<Point> points, Style style) {
        if (!points.isEmpty()) {
            series.add(new Series(name, points, style));
        }
        return this;
    }

    public LineChart band(String label, double low, double high) {
        bands.add(new Band(label, Math.min(low, high), Math.max(low, high)));
        return this;
    }

    /** How the y axis writes its values, such as minutes and seconds for times. */
    public LineChart yFormat(DoubleFunction<String> format) {
        this.yFormat = format;
        return this;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    public List<Series> allSeries() {
        return List.copyOf(series);
    }

    public List<Band> bands() {
        return List.copyOf(bands);
    }

    /** The chart as an SVG element sized by its container. */
    public String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\" preserveAspectRatio=\"xMidYMid meet\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        if (series.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        LocalDate first = series.stream().map(s -> s.points().get(0).day()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = series.stream().map(s -> s.points().get(s.points().size() - 1).day())
                .max(LocalDate::compareTo).orElseThrow();
        if (!last.isAfter(first)) {
            first = first.minusDays(3);
            last = last.plusDays(3);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (Point p : s.points()) {
                min = Math.min(min, p.value());
                max = Math.max(max, p.value());
            }
        }
        for (Band band : bands) {
            min = Math.min(min, band.low());
            max = Math.max(max, band.high());
        }
        double[] ticks = ticks(min, max);
        double low = ticks[0];
        double high = ticks[ticks.length - 1];
        long span = ChronoUnit.DAYS.between(first, last);
        LocalDate origin = first;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        java.util.function.ToDoubleFunction<LocalDate> x = day -> LEFT + plotWidth
                * ChronoUnit.DAYS.between(origin, day) / span;
        DoubleFunction<Double> y = value -> TOP + plotHeight * (1 - (value - low) / (high - low));

        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            double top = y.apply(band.high());
            svg.append("<rect class=\"chart-band\" fill=\"#dcfce7\" x=\"").append(LEFT).append("\" y=\"").append(fmt(top))
                    .append("\" width=\"").append(fmt(plotWidth)).append("\" height=\"")
                    .append(fmt(Math.max(1, y.apply(band.low()) - top))).append("\"><title>").append(escape(
                            band.label() + ": " + yFormat.apply(band.low()) + " to " + yFormat.apply(band.high())))
                    .append("</title></rect>")
                    .append("<text class=\"chart-band-label\" fill=\"#166534\" font-size=\"11\" x=\"").append(WIDTH - RIGHT - 4).append("\" y=\"")
                    .append(fmt(top + 12)).append("\" text-anchor=\"end\">").append(escape(band.label()))
                    .append("</text>");
        }
        for (double tick : ticks) {
            double ty = y.apply(tick);
            svg.append("<line class=\"chart-grid\" stroke=\"#e4e0db\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(fmt(ty)).append("\" y2=\"").append(fmt(ty)).append("\"/>")
                    .append("<text class=\"chart-tick\" fill=\"#5c554f\" font-size=\"12\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(ty + 4))
                    .append("\" text-anchor=\"end\">").append(escape(yFormat.apply(tick))).append("</text>");
        }
        DateTimeFormatter dates = span > 400 ? DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)
                : DateTimeFormatter.ofPattern("d MMM", Locale.UK);
        int labels = 5;
        for (int i = 0; i < labels; i++) {
            LocalDate day = first.plusDays(Math.round((double) span * i / (labels - 1)));
            double tx = x.applyAsDouble(day);
            svg.append("<text class=\"chart-tick\" fill=\"#5c554f\" font-size=\"12\" x=\"").append(fmt(tx)).append("\" y=\"").append(HEIGHT - 8)
                    .append("\" text-anchor=\"").append(i == 0 ? "start" : i == labels - 1 ? "end" : "middle")
                    .append("\">").append(escape(dates.format(day))).append("</text>");
        }
        svg.append("<line class=\"chart-axis\" stroke=\"#a8a29e\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String css = "chart-series chart-series-" + (i % 6);
            boolean dots = s.style() == Style.DOTS || s.style() == Style.LINE_AND_DOTS || s.points().size() == 1;
            if (s.style() != Style.DOTS && s.points().size() > 1) {
                svg.append("<polyline class=\"").append(css).append(s.style() == Style.DASHED ? " chart-dashed" : "")
                        .append("\" fill=\"none\" stroke=\"").append(COLOURS[i % 6]).append("\" stroke-width=\"2.5\"")
                        .append(s.style() == Style.DASHED ? " stroke-dasharray=\"6 5\"" : "").append(" points=\"");
                for (Point p : s.points()) {
                    svg.append(fmt(x.applyAsDouble(p.day()))).append(',').append(fmt(y.apply(p.value()))).append(' ');
                }
                svg.append("\"/>");
            }
            if (dots && s.points().size() <= 400) {
                svg.append("<g class=\"").append(css).append(" chart-dots\" fill=\"").append(COLOURS[i % 6])
                        .append("\" stroke=\"none\">");
                for (Point p : s.points()) {
                    svg.append("<circle r=\"").append(s.style() == Style.DOTS ? "2.5" : "3.5").append("\" cx=\"")
                            .append(fmt(x.applyAsDouble(p.day()))).append("\" cy=\"").append(fmt(y.apply(p.value())))
                            .append("\"/>");
                }
                svg.append("</g>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Round tick values covering min to max: 4 to 6 steps of 1, 2 or 5 times a power of ten. */
    static double[] ticks(double min, double max) {
        if (max - min < 1e-9) {
            double pad = Math.max(1, Math.abs(min) * 0.05);
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude <= 1 ? 1 : raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10);
        double start = Math.floor(min / step) * step;
        double end = Math.ceil(max / step) * step;
        int count = (int) Math.round((end - start) / step) + 1;
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = start + i * step;
        }
        return ticks;
    }

    static String plain(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.valueOf((long) Math.rint(value));
        }
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
