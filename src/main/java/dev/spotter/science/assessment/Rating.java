package dev.spotter.science.assessment;

/**
 * Where a result falls in a published norm table (a category or percentile band) and the table's citation, or why
 * there is none: a table that does not cover the client's age or sex gives no rating rather than a guess.
 */
public record Rating(String band, String source, boolean normed) {

    /** The band shown when a table has no row for the client. */
    public static final String NO_NORM_FOR_AGE = "No norm for this age";
    public static final String NO_NORM_FOR_SEX = "No norm for this sex";

    public Rating {
        if (band == null || band.isBlank() || source == null) {
            throw new IllegalArgumentException("a rating needs a band and a source");
        }
    }

    public static Rating of(String band, String source) {
        return new Rating(band, source, true);
    }

    /** No rating: the table cited does not cover this client's age (or, for some tables, sex). */
    public static Rating noNormForAge(String source) {
        return new Rating(NO_NORM_FOR_AGE, source, false);
    }

    /** No rating: the table cited covers this age for one sex only. */
    public static Rating noNormForSex(String source) {
        return new Rating(NO_NORM_FOR_SEX, source, false);
    }

    /** No rating because Spotter holds no citable norm for the test; the result and its change still count. */
    public static Rating unrated(String why) {
        return new Rating(why, "", false);
    }
}
