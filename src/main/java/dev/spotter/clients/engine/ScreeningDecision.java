package dev.spotter.clients.engine;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.IntensityCeiling;

/**
 * Combines the PAR-Q+ and the ACSM algorithm into one clearance status and intensity ceiling, always taking the
 * more cautious of the two. A recorded clinician clearance lifts the status to CLEARED with the ceiling the
 * algorithm allows after clearance, further capped by any ceiling the clinician set.
 */
public final class ScreeningDecision {

    private ScreeningDecision() {
    }

    /** What screening decided. */
    public record Decision(ClearanceStatus status, IntensityCeiling ceiling, String reason) {
    }

    /** Why a screening cannot be finalised yet. */
    public static final class Unfinished extends IllegalStateException {
        public Unfinished(String message) {
            super(message);
        }
    }

    public static Decision decide(ParQPlus.Outcome parq, AcsmScreening.Result acsm) {
        if (parq == ParQPlus.Outcome.INCOMPLETE) {
            throw new Unfinished("Answer all seven PAR-Q+ questions");
        }
        if (parq == ParQPlus.Outcome.FOLLOW_UP_NEEDED) {
            throw new Unfinished("Record the follow-up answers for every PAR-Q+ question answered yes");
        }
        if (parq == ParQPlus.Outcome.SEEK_ADVICE || acsm.clearance() == AcsmScreening.Clearance.BEFORE_ANY_EXERCISE) {
            String why = parq == ParQPlus.Outcome.SEEK_ADVICE
                    ? "A PAR-Q+ follow-up answer calls for further advice before becoming more active. "
                    : "";
            return new Decision(ClearanceStatus.RECOMMENDED, IntensityCeiling.NONE,
                    why + (acsm.clearance() == AcsmScreening.Clearance.BEFORE_ANY_EXERCISE ? acsm.recommendation()
                            : "Medical clearance is recommended before training."));
        }
        if (acsm.clearance() == AcsmScreening.Clearance.BEFORE_VIGOROUS) {
            return new Decision(ClearanceStatus.RECOMMENDED_FOR_VIGOROUS, acsm.ceilingNow(), acsm.recommendation());
        }
        return new Decision(ClearanceStatus.NOT_REQUIRED, acsm.ceilingNow(), acsm.recommendation());
    }

    /** The decision once a clinician has cleared the client, optionally with a ceiling of their own. */
    public static Decision cleared(AcsmScreening.Result acsm, IntensityCeiling clinicianCeiling) {
        IntensityCeiling ceiling = acsm.ceilingAfterClearance();
        if (clinicianCeiling != null) {
            ceiling = ceiling.min(clinicianCeiling);
        }
        return new Decision(ClearanceStatus.CLEARED, ceiling,
                "Cleared by a clinician. " + (clinicianCeiling == null ? "Progress gradually."
                        : "The clinician set the intensity ceiling."));
    }
}
