package dev.spotter.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.spotter.science.assessment.AssessmentKind;

/** A planned assessment: the day, the tests to run in order, and whether it has been run. */
public record AssessmentSession(UUID id, UUID clientId, LocalDate scheduledOn, String title,
                                List<AssessmentKind> kinds, boolean done, Instant completedAt) {

    public AssessmentSession {
        kinds = List.copyOf(kinds);
    }

    /** Ready-made batteries a coach can schedule in one go. */
    public enum Battery {
        SENIOR_FITNESS_TEST("Senior Fitness Test", List.of(AssessmentKind.SFT_CHAIR_STAND,
                AssessmentKind.SFT_ARM_CURL, AssessmentKind.SFT_CHAIR_SIT_AND_REACH, AssessmentKind.SFT_BACK_SCRATCH,
                AssessmentKind.SFT_EIGHT_FOOT_UP_AND_GO, AssessmentKind.SFT_SIX_MINUTE_WALK,
                AssessmentKind.SFT_TWO_MINUTE_STEP)),
        FITNESSGRAM("FitnessGram", List.of(AssessmentKind.FITNESSGRAM_AEROBIC_CAPACITY,
                AssessmentKind.FITNESSGRAM_BMI, AssessmentKind.FITNESSGRAM_CURL_UPS,
                AssessmentKind.FITNESSGRAM_PUSH_UPS, AssessmentKind.FITNESSGRAM_TRUNK_LIFT,
                AssessmentKind.FITNESSGRAM_BACK_SAVER_SIT_AND_REACH)),
        HEALTH_AND_FITNESS("Health and fitness check", List.of(AssessmentKind.RESTING_HEART_RATE,
                AssessmentKind.BLOOD_PRESSURE, AssessmentKind.YMCA_STEP_TEST, AssessmentKind.PUSH_UPS,
                AssessmentKind.PLANK, AssessmentKind.SIT_AND_REACH)),
        AEROBIC_FIELD_TESTS("Aerobic field tests", List.of(AssessmentKind.COOPER_12_MINUTE_RUN,
                AssessmentKind.ONE_AND_A_HALF_MILE_RUN, AssessmentKind.ROCKPORT_WALK)),
        STRENGTH_AND_POWER("Strength and power", List.of(AssessmentKind.FIVE_REP_MAX, AssessmentKind.THREE_REP_MAX,
                AssessmentKind.ONE_REP_MAX, AssessmentKind.VERTICAL_JUMP));

        private final String title;
        private final List<AssessmentKind> kinds;

        Battery(String title, List<AssessmentKind> kinds) {
            this.title = title;
            this.kinds = kinds;
        }

        public String title() {
            return title;
        }

        public List<AssessmentKind> kinds() {
            return kinds;
        }
    }
}
