package dev.spotter.programs.engine;

import dev.spotter.clients.IntensityCeiling;

/**
 * The hardest prescription each intensity ceiling allows, in every unit a program uses. The bands follow the
 * classification of exercise intensity in Garber CE et al., Med Sci Sports Exerc 2011;43(7):1334-59, Table 4
 * (moderate: 40-59 % HRR, RPE 12-13, 50-69 % 1RM; vigorous: 60-89 % HRR, RPE 14-17, 70-84 % 1RM, near maximal
 * above), with reps in reserve read on the scale of Zourdos MC et al., J Strength Cond Res 2016;30(1):267-75.
 */
public record IntensityLimits(double maxHeartRateReserve, double maxBorg, double maxPercent1Rm, double minRir,
                              double maxMet) {

    /** The limits a ceiling sets. A ceiling of NONE allows no exercise at all. */
    public static IntensityLimits of(IntensityCeiling ceiling) {
        return switch (ceiling) {
            case NONE -> new IntensityLimits(0, 0, 0, 99, 0);
            // Start light and stay at the low end of moderate until screening or clearance says otherwise.
            case LIGHT_TO_MODERATE -> new IntensityLimits(50, 12, 60, 4, 4.5);
            case MODERATE -> new IntensityLimits(59, 13, 69, 3, 5.9);
            case VIGOROUS -> new IntensityLimits(89, 17, 100, 0, 20);
        };
    }

    /** Youth programs never load maximally: at most 85 % 1RM and always two reps in reserve (NSCA 2009). */
    public static final double YOUTH_MAX_PERCENT_1RM = 85;
    public static final double YOUTH_MIN_RIR = 2;

    /** Whether a load rule stays inside these limits. */
    public boolean allows(LoadRule load) {
        Double hardest = load.hardest();
        if (hardest == null) {
            return maxBorg > 0;
        }
        return switch (load.kind()) {
            case PERCENT_1RM -> hardest <= maxPercent1Rm;
            case RIR, BODYWEIGHT, BAND -> hardest >= minRir;
            case HEART_RATE_RESERVE -> hardest <= maxHeartRateReserve;
            case RPE -> hardest <= maxBorg;
            case MET -> hardest <= maxMet;
            case HOLD -> maxBorg > 0;
        };
    }

    /** The limit a load rule is held to, as a coach reads it ("at least 3 reps in reserve"). */
    public String describeLimit(LoadRule.Kind kind) {
        return switch (kind) {
            case PERCENT_1RM -> "at most " + (int) maxPercent1Rm + " % 1RM";
            case RIR, BODYWEIGHT, BAND -> "at least " + (int) minRir + " reps in reserve";
            case HEART_RATE_RESERVE -> "at most " + (int) maxHeartRateReserve + " % of heart-rate reserve";
            case RPE -> "at most RPE " + (int) maxBorg;
            case MET -> "at most " + maxMet + " METs";
            case HOLD -> "no exercise";
        };
    }
}
