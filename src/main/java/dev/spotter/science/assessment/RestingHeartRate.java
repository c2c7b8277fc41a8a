package dev.spotter.science.assessment;

/**
 * Resting heart rate against the adult normal range of 60 to 100 beats/min (American Heart Association. All about
 * heart rate (pulse). Dallas: AHA, heart.org). Below 60 is common and healthy in trained people, so the low band is
 * reported as outside the usual range, not as a fault; the 2018 ACC/AHA/HRS bradycardia guideline (Kusumoto FM et al.
 * Circulation 2019;140:e382-e482) only calls a sinus rate below 50 bradycardia.
 */
public final class RestingHeartRate {

    public static final String SOURCE = "American Heart Association, adult resting heart rate 60-100 beats/min";

    private RestingHeartRate() {
    }

    /** Where a resting heart rate falls against the usual adult range. */
    public enum Category {
        BELOW_RANGE("Below 60 (below the usual range; common in trained people)"),
        NORMAL("60-100 (usual adult range)"),
        ABOVE_RANGE("Above 100 (above the usual range)");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Category classify(int beatsPerMinute) {
        Input.HEART_RATE_BPM.require((double) beatsPerMinute);
        if (beatsPerMinute < 60) {
            return Category.BELOW_RANGE;
        }
        return beatsPerMinute <= 100 ? Category.NORMAL : Category.ABOVE_RANGE;
    }
}
