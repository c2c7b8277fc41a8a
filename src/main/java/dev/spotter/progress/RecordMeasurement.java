package dev.spotter.progress;

import java.time.LocalDate;
import java.util.Map;

/** Record a client's body measurements taken on a day: any of the sites, each in the unit it was measured in. */
public record RecordMeasurement(LocalDate measuredOn, Map<Site, Quantity> values, String notes) {

    public RecordMeasurement {
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
