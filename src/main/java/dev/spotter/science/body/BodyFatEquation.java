package dev.spotter.science.body;

/** A published body-fat equation, named so that a result can say which one produced it and on whose authority. */
public enum BodyFatEquation {
    /**
     * Hodgdon JA, Beckett MB. Prediction of percent body fat for U.S. Navy men from body circumferences and height.
     * Report No. 84-11. San Diego: Naval Health Research Center; 1984.
     */
    US_NAVY_MEN("US Navy", "Hodgdon & Beckett 1984",
            "Hodgdon JA, Beckett MB. Prediction of percent body fat for U.S. Navy men from body circumferences and "
                    + "height. Report No. 84-11. San Diego: Naval Health Research Center; 1984"),
    /**
     * Hodgdon JA, Beckett MB. Prediction of percent body fat for U.S. Navy women from body circumferences and
     * height. Report No. 84-29. San Diego: Naval Health Research Center; 1984.
     */
    US_NAVY_WOMEN("US Navy", "Hodgdon & Beckett 1984",
            "Hodgdon JA, Beckett MB. Prediction of percent body fat for U.S. Navy women from body circumferences and "
                    + "height. Report No. 84-29. San Diego: Naval Health Research Center; 1984"),
    /**
     * Jackson AS, Pollock ML. Generalized equations for predicting body density of men. Br J Nutr
     * 1978;40(3):497-504 (chest, abdomen, thigh), with Siri's conversion to per cent fat.
     */
    JACKSON_POLLOCK_3_MEN("Jackson & Pollock 3-site", "Jackson & Pollock 1978; Siri 1961",
            "Jackson AS, Pollock ML. Generalized equations for predicting body density of men. Br J Nutr "
                    + "1978;40(3):497-504; Siri WE 1961"),
    /**
     * Jackson AS, Pollock ML, Ward A. Generalized equations for predicting body density of women. Med Sci Sports
     * Exerc 1980;12(3):175-81 (triceps, suprailiac, thigh), with Siri's conversion to per cent fat.
     */
    JACKSON_POLLOCK_3_WOMEN("Jackson & Pollock 3-site", "Jackson, Pollock & Ward 1980; Siri 1961",
            "Jackson AS, Pollock ML, Ward A. Generalized equations for predicting body density of women. Med Sci "
                    + "Sports Exerc 1980;12(3):175-81; Siri WE 1961");

    private final String label;
    private final String shortCitation;
    private final String reference;

    BodyFatEquation(String label, String shortCitation, String reference) {
        this.label = label;
        this.shortCitation = shortCitation;
        this.reference = reference;
    }

    public String label() {
        return label;
    }

    public String shortCitation() {
        return shortCitation;
    }

    /** The full reference, for a footnote or a report. */
    public String reference() {
        return reference;
    }

    /** How the UI names the estimate, such as "US Navy (Hodgdon &amp; Beckett 1984)". */
    public String display() {
        return label + " (" + shortCitation + ")";
    }
}
