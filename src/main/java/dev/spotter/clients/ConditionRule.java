package dev.spotter.clients;

import java.util.Set;

import dev.spotter.exercises.SafetyTag;

/**
 * How a condition or injury limits training: the safety tags to avoid and any intensity cap, with guidance for the
 * trainer and the published source it rests on. Spotter ships cited defaults; a studio may edit its own copy.
 */
public record ConditionRule(String key, String label, String region, Set<SafetyTag> avoid, IntensityCeiling ceiling,
                            String guidance, String source, boolean studioVersion) {

    public ConditionRule {
        avoid = Set.copyOf(avoid);
    }
}
