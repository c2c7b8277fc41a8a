package dev.spotter.progress.web;

import java.math.BigDecimal;
import java.util.Locale;

import dev.spotter.progress.AssessmentLog;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.Input;

/**
 * How a test's inputs and results read on a phone: reaches and jumps in centimetres, times as seconds or m:ss,
 * everything else in the unit the norm uses. Converts what was typed to SI.
 */
public final class TestFields {

    private TestFields() {
    }

    public static String name(Input input) {
        return AssessmentLog.field(input);
    }

    public static boolean centimetres(Input input) {
        return input == Input.REACH_M || input == Input.LEFT_REACH_M || input == Input.RIGHT_REACH_M
                || input == Input.JUMP_HEIGHT_M || input == Input.HEIGHT_M;
    }

    public static String label(Input input) {
        String label = Character.toUpperCase(input.label().charAt(0)) + input.label().substring(1);
        if (input == Input.TIME_S) {
            return label + " (seconds, or m:ss)";
        }
        return label + " (" + (centimetres(input) ? "cm" : input.unit()) + ")";
    }

    public static String hint(Input input) {
        return switch (input) {
            case REACH_M, LEFT_REACH_M, RIGHT_REACH_M -> "Negative when short of the target, such as -3.5";
            default -> null;
        };
    }

    /** The typed text in SI, or null when empty; refuses text that is not a number, naming the field. */
    public static Double parse(Input input, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace(',', '.');
        try {
            if (input == Input.TIME_S && value.contains(":")) {
                String[] parts = value.split(":");
                if (parts.length != 2 || parts[1].length() != 2) {
                    throw new NumberFormatException();
                }
                return Integer.parseInt(parts[0]) * 60 + new BigDecimal(parts[1]).doubleValue();
            }
            double number = new BigDecimal(value).doubleValue();
            return centimetres(input) ? number / 100 : number;
        } catch (NumberFormatException e) {
            throw new dev.spotter.platform.api.InvalidFieldException(name(input), input == Input.TIME_S
                    ? "must be seconds or minutes:seconds, such as 754 or 12:34" : "must be a number");
        }
    }

    /** An input as it was typed back into the form. */
    public static String typed(Input input, Double si) {
        if (si == null) {
            return "";
        }
        return Readings.plain(centimetres(input) ? si * 100 : si, 2);
    }

    /** A result's raw value as people read it: "-3.5 cm", "12:34", "17 stands", "2,400 m". */
    public static String value(AssessmentKind kind, double value) {
        return switch (kind.unit()) {
            case "m" -> kind.inputs().contains(Input.DISTANCE_M) ? Readings.plain(value, 0) + " m"
                    : signed(value * 100) + " cm";
            case "s" -> value >= 60 ? clock(value) : Readings.plain(value, 1) + " s";
            case "kg/m²" -> Readings.plain(value, 1) + " kg/m²";
            default -> Readings.plain(value, 1) + " " + kind.unit();
        };
    }

    /** The unit results of a test are shown in: centimetres for reaches and jumps, else the test's own. */
    public static String unit(AssessmentKind kind) {
        return kind.unit().equals("m") && !kind.inputs().contains(Input.DISTANCE_M) ? "cm" : kind.unit();
    }

    /** A change in the same terms: "+2 stands", "−0:41", "+1.5 cm". */
    public static String delta(AssessmentKind kind, double delta) {
        String sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
        double size = Math.abs(delta);
        return switch (kind.unit()) {
            case "m" -> kind.inputs().contains(Input.DISTANCE_M) ? sign + Readings.plain(size, 0) + " m"
                    : sign + Readings.plain(size * 100, 1) + " cm";
            case "s" -> size >= 60 ? sign + clock(size) : sign + Readings.plain(size, 1) + " s";
            default -> sign + Readings.plain(size, 1) + " " + kind.unit();
        };
    }

    private static String signed(double cm) {
        return (cm > 0 ? "+" : "") + Readings.plain(cm, 1);
    }

    private static String clock(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }
}
