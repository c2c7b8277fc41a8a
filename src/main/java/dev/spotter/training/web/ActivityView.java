package dev.spotter.training.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import dev.spotter.science.HeartRateAnalysis.Zone;
import dev.spotter.training.ImportedActivity;

/**
 * An imported activity as the pages read it: "Running", "42:10", "6.01 km", "4:59 /km", TRIMP to one decimal, and
 * the zones as a bar whose segments are as wide as the share of time in them.
 */
record ActivityView(ImportedActivity activity) {

    /** One zone of the bar: its number (0 below zone 1), its name, where it starts, its time and share. */
    record ZoneBar(int number, String name, int fromBpm, String time, int seconds, String percent) {

        /** The segment's width, for the bar's inline style. */
        public String width() {
            return "width: " + percent + "%";
        }
    }

    static List<ActivityView> of(List<ImportedActivity> activities) {
        return activities.stream().map(ActivityView::new).toList();
    }

    /** "Running", or "Cardio" when the file does not say. */
    public String sport() {
        return switch (activity.sport()) {
            case UNKNOWN -> "Cardio";
            case OTHER -> "Other cardio";
            default -> activity.sport().name().charAt(0) + activity.sport().name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** "42:10", "1:02:33". */
    public String duration() {
        return clock(activity.seconds());
    }

    /** "6.01 km", "850 m", or null for a session that went nowhere (a static bike without distance). */
    public String distance() {
        double metres = activity.metres();
        if (metres < 1) {
            return null;
        }
        if (metres < 1000) {
            return Math.round(metres) + " m";
        }
        return BigDecimal.valueOf(metres / 1000).setScale(2, RoundingMode.HALF_UP).toPlainString() + " km";
    }

    /** "4:59 /km", or null without distance. */
    public String pace() {
        return activity.paceSecondsPerKm() == null || distance() == null ? null
                : clock(activity.paceSecondsPerKm()) + " /km";
    }

    /** "62.4". */
    public String trimp() {
        return activity.trimp() == null ? null
                : BigDecimal.valueOf(activity.trimp()).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** "Running · 6.01 km": the activity's title in a list. */
    public String title() {
        return distance() == null ? sport() + " · " + duration() : sport() + " · " + distance();
    }

    /** The zones from below zone 1 up, or an empty list when they were not computed. */
    public List<ZoneBar> zones() {
        return activity.zoneTimes().stream().map(zone -> new ZoneBar(zone.zone().ordinal(), name(zone.zone()),
                zone.fromBpm(), clock(zone.seconds()), zone.seconds(),
                BigDecimal.valueOf(zone.percent()).setScale(1, RoundingMode.HALF_UP).toPlainString())).toList();
    }

    /** "Zone 2 38 %, zone 3 41 %": the bar in words, for screen readers. */
    public String zonesInWords() {
        return String.join(", ", zones().stream().filter(zone -> zone.seconds() > 0)
                .map(zone -> zone.name() + " " + zone.percent() + " %").toList());
    }

    private static String name(Zone zone) {
        return zone == Zone.BELOW_ZONE_1 ? "Below zone 1" : "Zone " + zone.ordinal();
    }

    private static String clock(int seconds) {
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        int rest = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }
}
