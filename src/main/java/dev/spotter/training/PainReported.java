package dev.spotter.training;

import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;

/** A client reported pain during training; their coach should see it before the next session. */
public record PainReported(StudioId studioId, UUID reportId, UUID clientId, UUID workoutId, int score,
                           BodyRegion region, String suggestedCondition) {
}
