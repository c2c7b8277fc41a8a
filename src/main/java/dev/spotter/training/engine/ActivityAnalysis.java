package dev.spotter.training.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import dev.spotter.science.HeartRate;
import dev.spotter.science.HeartRateAnalysis;
import dev.spotter.science.HeartRateAnalysis.Sex;
import dev.spotter.science.HeartRateAnalysis.Zone;
import dev.spotter.science.activity.Activity;

/**
 * What a recorded cardio session says about the client who did it: time in heart-rate-reserve zones (Karvonen, with
 * their resting heart rate and the maximum predicted from their age by Tanaka's formula) and Banister's TRIMP.
 * Nothing is guessed: when the recording has no heart rate, or the profile lacks what a formula needs, the result
 * says what is missing instead of a number.
 *
 * @param restingHr the resting heart rate used, null when the zones were not computed
 * @param maximalHr the age-predicted maximal heart rate used, null when the zones were not computed
 * @param zones     seconds in each zone, null when not computed
 * @param zonesMissing why the zones were not computed, such as "add a resting heart rate to the profile"
 * @param trimp     Banister's training impulse, null when not computed
 * @param trimpMissing why TRIMP was not computed
 */
public record ActivityAnalysis(Integer restingHr, Integer maximalHr, Map<Zone, Integer> zones, String zonesMissing,
                               Double trimp, String trimpMissing) {

    static final String NO_HEART_RATE = "the file has no heart-rate recording";
    static final String NO_RESTING_HR = "add a resting heart rate to the profile";
    static final String NO_AGE = "add a date of birth to the profile, for the age-predicted maximal heart rate";
    static final String NO_SEX = "add sex to the profile: TRIMP is weighted differently for women and men";

    public ActivityAnalysis {
        if ((zones == null) == (zonesMissing == null) || (trimp == null) == (trimpMissing == null)) {
            throw new IllegalArgumentException("each figure is either computed or says why not");
        }
        zones = zones == null ? null : Collections.unmodifiableMap(new EnumMap<>(zones));
    }

    /**
     * Analyses the recording for a client with this resting heart rate (bpm), age on the day (years) and sex
     * ("FEMALE" or "MALE"), any of which may be unknown.
     */
    public static ActivityAnalysis of(Activity activity, Integer restingHr, Integer ageYears, String sex) {
        String missing = zonesMissing(activity, restingHr, ageYears);
        if (missing != null) {
            return new ActivityAnalysis(null, null, null, missing, null, missing);
        }
        int maximal = maximal(ageYears);
        HeartRateAnalysis analysis = new HeartRateAnalysis(activity.heartRate());
        Map<Zone, Integer> zones = new EnumMap<>(Zone.class);
        analysis.timeInZones(restingHr, maximal)
                .forEach((zone, time) -> zones.put(zone, (int) Math.round(time.toMillis() / 1000.0)));
        Sex weighting = sex(sex);
        if (weighting == null) {
            return new ActivityAnalysis(restingHr, maximal, zones, null, null, NO_SEX);
        }
        double trimp = Math.round(analysis.trimp(restingHr, maximal, weighting) * 10) / 10.0;
        return new ActivityAnalysis(restingHr, maximal, zones, null, trimp, null);
    }

    private static String zonesMissing(Activity activity, Integer restingHr, Integer ageYears) {
        if (activity.heartRate().size() < 2) {
            return NO_HEART_RATE;
        }
        if (restingHr == null) {
            return NO_RESTING_HR;
        }
        if (ageYears == null) {
            return NO_AGE;
        }
        if (ageYears < 5 || ageYears > 110) {
            return "the age-predicted maximal heart rate needs an age between 5 and 110 years";
        }
        if (restingHr < 25 || restingHr > 120 || restingHr >= maximal(ageYears)) {
            return "a resting heart rate of " + restingHr + " bpm is too high for heart-rate-reserve zones: check it "
                    + "on the profile";
        }
        return null;
    }

    private static int maximal(int ageYears) {
        return (int) Math.round(HeartRate.maxTanaka(ageYears));
    }

    private static Sex sex(String sex) {
        if ("FEMALE".equals(sex)) {
            return Sex.FEMALE;
        }
        return "MALE".equals(sex) ? Sex.MALE : null;
    }
}
