package dev.spotter.science.assessment;

import dev.spotter.science.body.Sex;

/** Who took a test, as far as the norm tables care: age in whole years and sex. */
public record Subject(int ageYears, Sex sex) {

    public Subject {
        if (ageYears < 3 || ageYears > 110) {
            throw new IllegalArgumentException("age must be between 3 and 110 years");
        }
        if (sex == null) {
            throw new IllegalArgumentException("the norm tables need the client's sex");
        }
    }
}
