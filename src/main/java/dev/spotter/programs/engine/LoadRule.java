package dev.spotter.programs.engine;

import java.util.Locale;

/**
 * How hard a prescription is: a kind and a range. Effort-based kinds (RIR, body weight, band) carry reps in
 * reserve; cardio kinds carry per cent of heart-rate reserve, Borg RPE (6-20) or METs; a hold has no number.
 */
public record LoadRule(Kind kind, Double low, Double high) {

    /** What the numbers mean. */
    public enum Kind {
        PERCENT_1RM("% of 1RM"),
        RIR("Reps in reserve"),
        BODYWEIGHT("Body weight"),
        BAND("Band"),
        HEART_RATE_RESERVE("% of heart-rate reserve"),
        RPE("RPE (6-20)"),
        MET("METs"),
        HOLD("Easy hold");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether low and high are reps in reserve, where a lower number is harder. */
        public boolean repsInReserve() {
            return this == RIR || this == BODYWEIGHT || this == BAND;
        }
    }

    public LoadRule {
        if (kind == null) {
            throw new IllegalArgumentException("A load rule needs a kind");
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("The low end of a load range is above its high end");
        }
        if (low != null && low < 0 || high != null && high < 0) {
            throw new IllegalArgumentException("Load numbers cannot be negative");
        }
    }

    public static LoadRule percent1Rm(double low, double high) {
        return new LoadRule(Kind.PERCENT_1RM, low, high);
    }

    public static LoadRule rir(double low, double high) {
        return new LoadRule(Kind.RIR, low, high);
    }

    public static LoadRule bodyweight(double lowRir, double highRir) {
        return new LoadRule(Kind.BODYWEIGHT, lowRir, highRir);
    }

    public static LoadRule band(double lowRir, double highRir) {
        return new LoadRule(Kind.BAND, lowRir, highRir);
    }

    public static LoadRule heartRateReserve(double low, double high) {
        return new LoadRule(Kind.HEART_RATE_RESERVE, low, high);
    }

    public static LoadRule hold() {
        return new LoadRule(Kind.HOLD, null, null);
    }

    /** The hardest end of the range: the fewest reps in reserve, otherwise the highest number. */
    public Double hardest() {
        return kind.repsInReserve() ? low : high;
    }

    /** The rule as a coach writes it: "70-75 % 1RM", "2-3 RIR", "40-59 % HRR", "RPE 12-13". */
    public String describe() {
        return switch (kind) {
            case PERCENT_1RM -> range() + " % 1RM";
            case RIR -> range() + " reps in reserve";
            case BODYWEIGHT -> "Body weight" + (low == null ? "" : ", " + range() + " reps in reserve");
            case BAND -> "Band" + (low == null ? "" : ", " + range() + " reps in reserve");
            case HEART_RATE_RESERVE -> range() + " % of heart-rate reserve";
            case RPE -> "RPE " + range() + " (6-20)";
            case MET -> range() + " METs";
            case HOLD -> "Easy, no strain";
        };
    }

    /** The description as it reads inside a sentence: "Body weight" becomes "body weight"; "RPE" stays as it is. */
    public String describeInSentence() {
        String text = describe();
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private String range() {
        if (low == null && high == null) {
            return "";
        }
        if (low == null || high == null || low.equals(high)) {
            return number(low == null ? high : low);
        }
        return number(low) + "-" + number(high);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
