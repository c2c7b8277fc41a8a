package dev.spotter.science.body;

/**
 * Jackson and Pollock's generalized three-site skinfold equations for body density, converted to per cent fat by
 * Siri's equation. Skinfolds are millimetres; the sum and its square enter the equation, with age in years.
 *
 * <p>Men (Jackson &amp; Pollock 1978), chest + abdomen + thigh: density = 1.10938 - 0.0008267 sum + 0.0000016 sum²
 * - 0.0002574 age. Women (Jackson, Pollock &amp; Ward 1980), triceps + suprailiac + thigh: density = 1.0994921 -
 * 0.0009929 sum + 0.0000023 sum² - 0.0001392 age. Both were fitted to adults (men 18-61, women 18-55 years); Spotter
 * refuses anyone under 18.
 */
public final class SkinfoldBodyFat {

    private static final int MIN_AGE = 18;
    private static final int MAX_AGE = 100;

    private SkinfoldBodyFat() {
    }

    /** A man's estimate from chest, abdomen and thigh skinfolds (mm) and age. */
    public static BodyFatEstimate jacksonPollock3Men(double chestMm, double abdomenMm, double thighMm, int ageYears) {
        double sum = Measurement.Kind.CHEST_SKINFOLD.require(chestMm)
                + Measurement.Kind.ABDOMEN_SKINFOLD.require(abdomenMm)
                + Measurement.Kind.THIGH_SKINFOLD.require(thighMm);
        requireAdult(ageYears);
        double density = 1.10938 - 0.0008267 * sum + 0.0000016 * sum * sum - 0.0002574 * ageYears;
        return new BodyFatEstimate(Siri.percentFat(density), density, BodyFatEquation.JACKSON_POLLOCK_3_MEN);
    }

    /** A woman's estimate from triceps, suprailiac and thigh skinfolds (mm) and age. */
    public static BodyFatEstimate jacksonPollock3Women(double tricepsMm, double suprailiacMm, double thighMm,
                                                       int ageYears) {
        double sum = Measurement.Kind.TRICEPS_SKINFOLD.require(tricepsMm)
                + Measurement.Kind.SUPRAILIAC_SKINFOLD.require(suprailiacMm)
                + Measurement.Kind.THIGH_SKINFOLD.require(thighMm);
        requireAdult(ageYears);
        double density = 1.0994921 - 0.0009929 * sum + 0.0000023 * sum * sum - 0.0001392 * ageYears;
        return new BodyFatEstimate(Siri.percentFat(density), density, BodyFatEquation.JACKSON_POLLOCK_3_WOMEN);
    }

    private static void requireAdult(int ageYears) {
        if (ageYears < MIN_AGE || ageYears > MAX_AGE) {
            throw new IllegalArgumentException("the Jackson & Pollock equations are for ages 18 to 100 years");
        }
    }
}
