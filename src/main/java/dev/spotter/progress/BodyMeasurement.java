package dev.spotter.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** One day's body measurements of a client, in SI (kg, m, skinfolds in mm); a site not measured is absent. */
public record BodyMeasurement(UUID id, UUID clientId, LocalDate measuredOn, Map<Site, Double> values, String notes,
                              Instant recordedAt) {

    public BodyMeasurement {
        EnumMap<Site, Double> copy = new EnumMap<>(Site.class);
        copy.putAll(values);
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The value at a site, or null when it was not measured. */
    public Double value(Site site) {
        return values.get(site);
    }

    public boolean has(Site site) {
        return values.containsKey(site);
    }
}
