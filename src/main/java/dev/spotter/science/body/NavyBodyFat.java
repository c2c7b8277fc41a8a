package dev.spotter.science.body;

/**
 * The US Navy circumference equations (Hodgdon &amp; Beckett 1984) in their metric form: body density from
 * base-10 logarithms of circumferences and height in centimetres, then Siri's conversion to per cent fat.
 *
 * <p>Men: density = 1.0324 - 0.19077 log10(waist - neck) + 0.15456 log10(height), the waist taken at the navel.
 * Women: density = 1.29579 - 0.35004 log10(waist + hip - neck) + 0.22100 log10(height), the waist at its narrowest
 * and the hip at its widest. Inputs are metres, as Spotter stores them.
 */
public final class NavyBodyFat {

    private NavyBodyFat() {
    }

    /** A man's estimate from neck and waist circumference and height, all in metres. */
    public static BodyFatEstimate men(double neckM, double waistM, double heightM) {
        Measurement.Kind.NECK.require(neckM);
        Measurement.Kind.WAIST.require(waistM);
        Measurement.Kind.HEIGHT.require(heightM);
        if (waistM <= neckM) {
            throw new IllegalArgumentException("waist circumference must be larger than neck circumference "
                    + "for the US Navy equation");
        }
        double density = 1.0324 - 0.19077 * Math.log10(cm(waistM) - cm(neckM)) + 0.15456 * Math.log10(cm(heightM));
        return estimate(density, BodyFatEquation.US_NAVY_MEN);
    }

    /** A woman's estimate from neck, waist and hip circumference and height, all in metres. */
    public static BodyFatEstimate women(double neckM, double waistM, double hipM, double heightM) {
        Measurement.Kind.NECK.require(neckM);
        Measurement.Kind.WAIST.require(waistM);
        Measurement.Kind.HIP.require(hipM);
        Measurement.Kind.HEIGHT.require(heightM);
        if (waistM <= neckM) {
            throw new IllegalArgumentException("waist circumference must be larger than neck circumference "
                    + "for the US Navy equation");
        }
        double density = 1.29579 - 0.35004 * Math.log10(cm(waistM) + cm(hipM) - cm(neckM))
                + 0.22100 * Math.log10(cm(heightM));
        return estimate(density, BodyFatEquation.US_NAVY_WOMEN);
    }

    /**
     * The estimate for either sex from measurements a form may have left empty: refuses, naming the field, when one
     * the equation needs is missing (the hip only matters for women).
     */
    public static BodyFatEstimate estimate(Sex sex, Double neckM, Double waistM, Double hipM, Double heightM) {
        if (sex == null) {
            throw new IllegalArgumentException("the US Navy equation needs the client's sex");
        }
        require(neckM, Measurement.Kind.NECK);
        require(waistM, Measurement.Kind.WAIST);
        require(heightM, Measurement.Kind.HEIGHT);
        if (sex == Sex.MALE) {
            return men(neckM, waistM, heightM);
        }
        require(hipM, Measurement.Kind.HIP);
        return women(neckM, waistM, hipM, heightM);
    }

    private static void require(Double value, Measurement.Kind kind) {
        if (value == null) {
            throw new IllegalArgumentException(kind.label() + " is needed for the US Navy equation");
        }
    }

    private static BodyFatEstimate estimate(double density, BodyFatEquation equation) {
        if (!(density >= Siri.MIN_DENSITY && density <= Siri.MAX_DENSITY)) {
            throw new IllegalArgumentException("these measurements are outside the range the US Navy equation "
                    + "was fitted to");
        }
        return new BodyFatEstimate(Siri.percentFat(density), density, equation);
    }

    private static double cm(double metres) {
        return metres * 100;
    }
}
