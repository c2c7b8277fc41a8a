package dev.spotter.science.body;

/**
 * Siri's two-compartment conversion from whole-body density to per cent fat: %fat = 495 / density - 450 (Siri WE.
 * Body composition from fluid spaces and density: analysis of methods. In: Brozek J, Henschel A (eds). Techniques
 * for Measuring Body Composition. Washington, DC: National Academy of Sciences; 1961:223-44).
 */
public final class Siri {

    /** The densities (g/cm³) between which the conversion gives a per cent fat a person can have. */
    public static final double MIN_DENSITY = 0.95;
    public static final double MAX_DENSITY = 1.10;

    private Siri() {
    }

    public static double percentFat(double densityGPerCm3) {
        if (!(densityGPerCm3 >= MIN_DENSITY && densityGPerCm3 <= MAX_DENSITY)) {
            throw new IllegalArgumentException("body density must be between 0.95 and 1.1 g/cm³");
        }
        return 495 / densityGPerCm3 - 450;
    }
}
